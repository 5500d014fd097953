using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

public class CitationInterchangeTests
{
    [Theory]
    [InlineData("[{\"id\":\"a\",\"type\":\"book\"}]", InterchangeFormat.CslJson)]
    [InlineData("\uFEFF  {\"id\":\"a\"}", InterchangeFormat.CslJson)]
    [InlineData("TY  - JOUR\r\nTI  - t\r\nER  - \r\n", InterchangeFormat.Ris)]
    [InlineData("% exported\n\n@article{k,\n title = {t}}", InterchangeFormat.BibLaTeX)]
    [InlineData("  @Book (k, title = \"t\")", InterchangeFormat.BibLaTeX)]
    public void Detect_RecognisesEachFormat(string text, InterchangeFormat expected) =>
        CitationInterchange.Detect(text).Should().Be(expected);

    [Theory]
    [InlineData("外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf")]
    [InlineData("[1] 王小明. 人工智能治理研究[J]. 2025.")]
    [InlineData("Contact: sato@example.org")]
    [InlineData("")]
    public void Detect_ReferenceListsAndOtherText_AreNone(string text) =>
        CitationInterchange.Detect(text).Should().BeNull();

    [Theory]
    [InlineData("csl-json", InterchangeFormat.CslJson)]
    [InlineData("CSL-JSON", InterchangeFormat.CslJson)]
    [InlineData("biblatex", InterchangeFormat.BibLaTeX)]
    [InlineData("bibtex", InterchangeFormat.BibTeX)]
    [InlineData("ris", InterchangeFormat.Ris)]
    public void TryParseName_ReadsNames_AndNameOfWritesThemBack(string name, InterchangeFormat expected)
    {
        CitationInterchange.TryParseName(name, out var format).Should().BeTrue();
        format.Should().Be(expected);
        CitationInterchange.NameOf(format).Should().Be(name.ToLowerInvariant());
    }

    [Fact]
    public void TryParseName_UnknownName_IsFalse() =>
        CitationInterchange.TryParseName("endnote-xml", out _).Should().BeFalse();

    [Theory]
    [InlineData(InterchangeFormat.CslJson)]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    public void WriteThenDetectThenRead_EveryFormat_GivesTheSeedBack(InterchangeFormat format)
    {
        var seed = SeedReferences.All();

        var text = CitationInterchange.Write(seed, format, TestOptions.KeepSource);
        var detected = CitationInterchange.Detect(text);
        var result = CitationInterchange.Read(text, detected!.Value);

        detected.Should().Be(format == InterchangeFormat.BibTeX ? InterchangeFormat.BibLaTeX : format);
        result.Diagnostics.Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, seed);
    }
}
