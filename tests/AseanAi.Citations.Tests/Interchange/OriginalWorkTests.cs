using System.Text.Json.Nodes;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The original work of a translation or reprint: CSL's <c>original-title</c>, <c>original-author</c>,
/// <c>original-date</c>, <c>original-publisher</c>, <c>original-publisher-place</c>, biblatex's <c>origtitle</c>,
/// <c>origdate</c>, <c>origpublisher</c>, <c>origlocation</c>. Extra fields in the model, written under each format's name.
/// </summary>
public class OriginalWorkTests
{
    // The CSL 1.0.2 variables of a translated book, as Zotero and citeproc-js write them (date parts as strings).
    private const string TranslatedBook = """
        [{"id": "krugman", "type": "book", "title": "空間経済学", "language": "ja",
          "author": [{"family": "Fujita", "given": "Masahisa"}, {"family": "Krugman", "given": "Paul R."}],
          "original-title": "The Spatial Economy", "original-publisher": "MIT Press", "original-publisher-place": "Cambridge, MA",
          "original-date": {"date-parts": [["1999"]]},
          "original-author": [{"family": "Fujita", "given": "Masahisa"}, {"literal": "MIT Economics Group"}],
          "issued": {"date-parts": [[2000, 10]]}}]
        """;

    [Fact]
    public void ReadCslJson_OriginalVariables_AreExtraFieldsInTheFormOtherFormatsWrite()
    {
        var citation = CslJson.Read(TranslatedBook).Value!.Single();

        citation.ExtraFields.Should().Equal(
            new ExtraField("origtitle", "The Spatial Economy"),
            new ExtraField("origpublisher", "MIT Press"),
            new ExtraField("origlocation", "Cambridge, MA"),
            new ExtraField("origdate", "1999"),
            new ExtraField("original-author", "Fujita, Masahisa and {MIT Economics Group}"));
    }

    [Fact]
    public void WriteBibLaTeX_OriginalVariables_AreBiblatexFields()
    {
        var citation = CslJson.Read(TranslatedBook).Value!.Single();

        var bib = BibTeX.Write([citation]);

        bib.Should().Contain("origtitle = {The Spatial Economy}").And.Contain("origdate = {1999}")
            .And.Contain("origpublisher = {MIT Press}").And.Contain("origlocation = {Cambridge, MA}")
            .And.Contain(@"original-author = {Fujita, Masahisa and \{MIT Economics Group\}}");
    }

    [Fact]
    public void WriteCslJson_OriginalVariables_AreCslVariablesOfTheirKind()
    {
        var citation = CslJson.Read(TranslatedBook).Value!.Single();

        var item = JsonNode.Parse(CslJson.Write([citation]))!.AsArray().Single()!;

        item["original-date"]!.ToJsonString().Should().Be("""{"date-parts":[[1999]]}""");
        item["original-author"]!.ToJsonString().Should().Be("""[{"family":"Fujita","given":"Masahisa"},{"literal":"MIT Economics Group"}]""");
        item["original-title"]!.GetValue<string>().Should().Be("The Spatial Economy");
        CslSchema.Validate(CslJson.Write([citation])).Should().BeEmpty();
    }

    [Theory]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    [InlineData(InterchangeFormat.CslJson)]
    public void RoundTrip_OriginalVariables_AreKeptInEveryFormat(InterchangeFormat format)
    {
        var citation = CslJson.Read(TranslatedBook).Value!.Single();

        var back = CitationInterchange.Read(CitationInterchange.Write([citation], format), format).Value!.Single();

        back.ExtraFields.Should().BeEquivalentTo(citation.ExtraFields);
    }

    [Fact]
    public void ReadBibLaTeX_CaspervectorOrigdate_IsACslDateAndComesBack()
    {
        // caspervector.bib (Corpus/interchange), entries 1-7 and 3-2: a reprint's year, a periodical's run of years.
        const string bib = """
            @book{1-7, author = {王夫之}, title = {宋论}, location = {金陵}, publisher = {曾氏}, origdate = {1845}, language = {chinese}}
            @periodical{3-2, author = {中国图书馆学会}, title = {图书馆学通讯}, origdate = {1957/1990}, location = {北京}}
            """;
        var citations = BibTeX.Read(bib).Value!;

        var items = JsonNode.Parse(CslJson.Write(citations))!.AsArray();

        items[0]!["original-date"]!.ToJsonString().Should().Be("""{"date-parts":[[1845]]}""");
        items[1]!["original-date"]!.ToJsonString().Should().Be("""{"date-parts":[[1957],[1990]]}""");
        foreach (var format in new[] { InterchangeFormat.CslJson, InterchangeFormat.Ris, InterchangeFormat.BibTeX })
        {
            CitationInterchange.Read(CitationInterchange.Write(citations, format), format).Value!.Select(c => c.ExtraFields)
                .Should().BeEquivalentTo(citations.Select(c => c.ExtraFields), o => o.WithStrictOrdering(), format.ToString());
        }
    }

    [Fact]
    public void OriginalDate_NotADate_IsACslLiteral_AndComesBackAsWritten()
    {
        // zotero-chinese-ssc-data.json (Corpus/interchange-heldout) names a classic's original date by its reign: 光绪二十六年十一月二十一日.
        var citation = new Citation { Id = "k", Type = SourceType.Book, Title = new LocalizedText("宫中档", "zh-Hans"), ExtraFields = [new ExtraField("origdate", "光绪二十六年十一月二十一日")] };

        var json = CslJson.Write([citation]);

        var date = JsonNode.Parse(json)!.AsArray().Single()!["original-date"]!.AsObject();
        date.Select(p => p.Key).Should().Equal("literal");
        date["literal"]!.GetValue<string>().Should().Be("光绪二十六年十一月二十一日");
        CslJson.Read(json).Value!.Single().ExtraFields.Should().Equal(citation.ExtraFields);
    }

    [Fact]
    public void ReadCslJson_OriginalDateTheTextFormCannotHold_StaysItsJson_AndIsWrittenBack()
    {
        const string json = """[{"id": "k", "type": "book", "original-date": {"raw": "1845", "date-parts": [[1845]]}}]""";

        var citation = CslJson.Read(json).Value!.Single();

        citation.ExtraFields.Single().Value.Should().StartWith("json:");
        JsonNode.Parse(CslJson.Write([citation]))!.AsArray().Single()!["original-date"]!["raw"]!.GetValue<string>().Should().Be("1845");
    }

    [Fact]
    public void OriginalAuthor_TextNotInBibTeXForm_IsACustomField_AndComesBackAsWritten()
    {
        var citation = new Citation { Id = "k", Type = SourceType.Book, ExtraFields = [new ExtraField("original-author", "Paul Krugman")] };

        var json = CslJson.Write([citation]);

        JsonNode.Parse(json)!.AsArray().Single()!["custom"]!["original-author"]!.GetValue<string>().Should().Be("Paul Krugman");
        CslJson.Read(json).Value!.Single().ExtraFields.Should().Equal(citation.ExtraFields);
    }
}
