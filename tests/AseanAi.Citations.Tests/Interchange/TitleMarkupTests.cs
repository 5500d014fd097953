using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// CSL-JSON's inline markup in titles (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>, small caps,
/// no case change): TeX commands in BibTeX and BibLaTeX, plain text in RIS, and the model's markup again on reading.
/// </summary>
public class TitleMarkupTests
{
    // zotero-chinese-legal-data.json (Corpus/interchange-heldout), the item "Roe v. Wade" as Zotero writes it.
    private const string ZoteroLegalCase = """
        [{"id": "roe", "type": "legal_case", "title": "Roe <i>v.</i> Wade", "container-title": "U.S.", "volume": "410",
          "page": "113", "issued": {"date-parts": [[1973]]}, "authority": "Supreme Court"}]
        """;

    [Theory]
    [InlineData("Roe <i>v.</i> Wade", @"Roe \textit{v.} Wade")]
    [InlineData("A <b>bold</b> claim", @"A \textbf{bold} claim")]
    [InlineData("E = mc<sup>2</sup> revisited", @"E = mc\textsuperscript{2} revisited")]
    [InlineData("H<sub>2</sub>O in <span style=\"font-variant:small-caps;\">Asean</span> rivers", @"H\textsubscript{2}O in \textsc{Asean} rivers")]
    [InlineData("The <span class=\"nocase\">pH</span> of rain", "The {{pH}} of rain")]
    [InlineData("<i>Nature</i> at <i>its <b>best</b></i>", @"\textit{Nature} at \textit{its \textbf{best}}")]
    [InlineData("a <i>b</i>", @"a \textit{b}")]
    public void Write_TitleWithMarkup_IsTexCommands(string title, string tex)
    {
        var citation = new Citation { Id = "k", Type = SourceType.Book, Title = new LocalizedText(title, "en") };

        BibTeX.Write([citation]).Should().Contain("title = {" + tex + "}");
    }

    [Fact]
    public void Write_CjkTitleWithMarkup_IsBracedWholeWithTexCommands()
    {
        var citation = new Citation { Id = "k", Type = SourceType.Book, Title = new LocalizedText("《<i>史记</i>》研究", "zh-Hans") };

        BibTeX.Write([citation]).Should().Contain(@"title = {{《\textit{史记}》研究}}");
    }

    [Theory]
    [InlineData(@"Roe \emph{v.} Wade", "Roe <i>v.</i> Wade")]
    [InlineData(@"Roe \textit{v.} Wade", "Roe <i>v.</i> Wade")]
    [InlineData(@"E = mc\textsuperscript{2}", "E = mc<sup>2</sup>")]
    [InlineData(@"H\textsubscript{2}O and \textsc{Asean} and \textbf{x}", "H<sub>2</sub>O and <span style=\"font-variant:small-caps;\">Asean</span> and <b>x</b>")]
    [InlineData(@"The {pH} of \NoCaseChange{iOS}", "The pH of <span class=\"nocase\">iOS</span>")]
    public void Read_TexCommandsInTitle_AreTheModelsMarkup(string tex, string title)
    {
        var citation = BibTeX.Read("@book{k, title = {" + tex + "}, journaltitle = {" + tex + "}}").Value!.Single();

        citation.Title!.Text.Should().Be(title);
        citation.ContainerTitle!.Text.Should().Be(title);
    }

    [Fact]
    public void Read_TexCommandsInOtherFields_AreDroppedAsBefore()
    {
        var citation = BibTeX.Read(@"@book{k, title = {T}, note = {See \emph{this}}}").Value!.Single();

        citation.Note.Should().Be("See this");
    }

    [Fact]
    public void WriteRis_TitleWithMarkup_IsPlainText_MarkupInU1()
    {
        var citation = CslJson.Read(ZoteroLegalCase).Value!.Single();

        var ris = Ris.Write([citation]);

        // JSON strings escape < and > (System.Text.Json's encoder always does), as in every U1 line.
        ris.Should().Contain("TI  - Roe v. Wade\r\n").And.Contain("U1  - title-markup: \"Roe \\u003Ci\\u003Ev.\\u003C/i\\u003E Wade\"\r\n");
    }

    [Theory]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    [InlineData(InterchangeFormat.CslJson)]
    public void RoundTrip_ZoteroLegalCaseWithMarkup_KeepsTheMarkup(InterchangeFormat format)
    {
        var citation = CslJson.Read(ZoteroLegalCase).Value!.Single();
        citation.Title!.Text.Should().Be("Roe <i>v.</i> Wade");

        var back = CitationInterchange.Read(CitationInterchange.Write([citation], format), format).Value!.Single();

        back.Should().Be(citation);
    }

    [Theory]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    [InlineData(InterchangeFormat.CslJson)]
    public void RoundTrip_EveryTag_Nested_InTitleAndContainer_IsLossless(InterchangeFormat format)
    {
        const string title = "The <span class=\"nocase\">pH</span> of H<sub>2</sub>O: <i>a <b>bold</b></i> note<sup>1</sup> on <span style=\"font-variant:small-caps;\">Asean</span>";
        var citation = new Citation
        {
            Id = "k",
            Type = SourceType.JournalArticle,
            Language = "en",
            Title = new LocalizedText(title, "en"),
            ContainerTitle = new LocalizedText("<i>Journal</i> of <span class=\"nocase\">iScience</span>", "en"),
        };

        var back = CitationInterchange.Read(CitationInterchange.Write([citation], format), format).Value!.Single();

        back.Should().Be(citation);
    }

    [Theory]
    [InlineData("Unclosed <i>tag", "Unclosed <i>tag")]
    [InlineData("a < b and <u>other</u> tags", "a < b and <u>other</u> tags")]
    [InlineData("<i>v.</i>", "v.")]
    [InlineData("<i><i>x</i></i>", "x")]
    public void PlainText_KeepsWhatIsNotMarkup(string text, string plain)
    {
        TitleMarkup.PlainText(text).Should().Be(plain);
    }

    [Theory]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.Ris)]
    public void RoundTrip_TextThatLooksLikeBrokenMarkup_IsKeptAsItIs(InterchangeFormat format)
    {
        var citation = new Citation { Id = "k", Type = SourceType.Book, Language = "en", Title = new LocalizedText("If a < b then <i>c", "en") };

        var back = CitationInterchange.Read(CitationInterchange.Write([citation], format), format).Value!.Single();

        back.Title!.Text.Should().Be("If a < b then <i>c");
    }

    [Theory]
    [InlineData("TY  - BOOK\nTI  - Roe v. Wade, edited\nU1  - title-markup: \"Roe <i>v.</i> Wade\"\nER  - \n", InterchangeFormat.Ris)]
    [InlineData("@book{k, title = {Roe v. Wade, edited}, title-markup = {Roe <i>v.</i> Wade}}", InterchangeFormat.BibLaTeX)]
    public void Read_MarkupFieldThatDisagreesWithTheTitle_IsIgnoredWithAWarning(string text, InterchangeFormat format)
    {
        var result = CitationInterchange.Read(text, format);

        result.Value!.Single().Title!.Text.Should().Be("Roe v. Wade, edited");
        result.Diagnostics.Should().Contain(d => d.Message.Contains("title-markup", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning);
    }
}
