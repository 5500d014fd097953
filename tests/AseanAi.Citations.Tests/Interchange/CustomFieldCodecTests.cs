using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The custom fields that refine standard fields are decoded by one codec in every format: the same malformed or
/// disagreeing value is ignored for the same reason in CSL-JSON's <c>custom</c>, a BibTeX field and a RIS U1 line.
/// </summary>
public class CustomFieldCodecTests
{
    public static TheoryData<string, string, string> Inputs => new()
    {
        { "csl-json", """[{"id":"k","type":"book","title":"T","publisher":"外務省","language":"ja","custom":{"source-type":"no-such-kind","publisher-ref":[1],"title-language":"not a tag!","authors":[{"literal":"李华"}]},"author":[{"literal":"张三"}]}]""", "csl-json.custom-ignored" },
        { "bibtex", "@book{k, title = {T}, author = {张三}, publisher = {外務省}, langid = {japanese}, source-type = {no-such-kind}, publisher-ref = {[1]}, title-language = {not a tag!}, authors = {[{\"literal\":\"李华\"}]}}", "bibtex.custom-ignored" },
        { "ris", "TY  - BOOK\r\nTI  - T\r\nAU  - 张三\r\nPB  - 外務省\r\nLA  - ja\r\nU1  - source-type: \"no-such-kind\"\r\nU1  - publisher-ref: [1]\r\nU1  - title-language: \"not a tag!\"\r\nU1  - authors: [{\"literal\":\"李华\"}]\r\nER  - \r\n", "ris.custom-ignored" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_MalformedOrDisagreeingCustomFields_KeepTheStandardFields_ForTheSameReasons(string format, string text, string code)
    {
        var result = format switch
        {
            "csl-json" => CslJson.Read(text),
            "bibtex" => BibTeX.Read(text),
            _ => Ris.Read(text),
        };

        var citation = result.Value!.Single();
        citation.Publisher.Should().Be(PublisherRef.Unresolved("外務省"));
        citation.Title!.Language.Should().Be("ja");
        citation.Authors.Single().ToString().Should().Be("张三");
        var ignored = result.Diagnostics.Where(d => d.Code == code).Select(d => d.Message).ToList();
        citation.Type.Should().Be(SourceType.Book);
        ignored.Should().HaveCount(4);
        ignored.Should().ContainSingle(m => m.Contains("'no-such-kind') is not a source type name", StringComparison.Ordinal));
        ignored.Should().ContainSingle(m => m.Contains("publisher-ref", StringComparison.Ordinal) && m.Contains("is malformed", StringComparison.Ordinal));
        ignored.Should().ContainSingle(m => m.Contains("title-language", StringComparison.Ordinal) && m.Contains("is not a language tag", StringComparison.Ordinal));
        ignored.Should().ContainSingle(m => m.Contains("authors", StringComparison.Ordinal) && m.Contains("disagrees with", StringComparison.Ordinal));
    }
}
