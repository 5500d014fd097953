using AseanAi.Citations.Interchange;
using CsCheck;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// Model → format → model round trips on random lists of citations mixing ja, zh-Hant, zh-Hans and en: at least 150
/// lists (several hundred citations) per format, each read back equal to what was written.
/// </summary>
public class RoundTripPropertyTests
{
    private const int Lists = 150;

    // The round trips keep everything with the bookkeeping fields; without them they keep all but those (a test below).
    private static readonly InterchangeWriteOptions KeepSource = new() { KeepSource = true };

    [Fact]
    public void CslJson_RoundTrip_IsLossless() =>
        CitationGenerators.CitationLists.Sample(
            citations =>
            {
                var result = CslJson.Read(CslJson.Write(citations, options: KeepSource));
                result.Diagnostics.Where(d => !d.Message.Contains("extra field", StringComparison.Ordinal)).Select(d => d.ToString()).Should().BeEmpty();
                RoundTrip.AssertEqual(result.Value!, citations);
            },
            iter: Lists);

    [Fact]
    public void CslJson_GeneratedItems_ValidateAgainstSchema() =>
        CitationGenerators.CitationLists.Sample(citations => CslSchema.Validate(CslJson.Write(citations)).Should().BeEmpty(), iter: Lists);

    [Theory]
    [InlineData(BibTeXDialect.BibLaTeX)]
    [InlineData(BibTeXDialect.BibTeX)]
    public void BibTeX_RoundTrip_IsLossless(BibTeXDialect dialect) =>
        CitationGenerators.CitationLists.Sample(
            citations =>
            {
                var result = BibTeX.Read(BibTeX.Write(citations, dialect, KeepSource));
                result.Diagnostics.Where(d => !d.Message.Contains("extra field", StringComparison.Ordinal)).Select(d => d.ToString()).Should().BeEmpty();
                RoundTrip.AssertEqual(result.Value!, citations);
            },
            iter: Lists);

    [Fact]
    public void Ris_RoundTrip_IsLossless() =>
        CitationGenerators.CitationLists.Sample(
            citations =>
            {
                var result = Ris.Read(Ris.Write(citations, KeepSource));
                result.Diagnostics.Where(d => !d.Message.Contains("extra field", StringComparison.Ordinal)).Select(d => d.ToString()).Should().BeEmpty();
                RoundTrip.AssertEqual(result.Value!, citations);
            },
            iter: Lists);

    [Theory]
    [InlineData(InterchangeFormat.CslJson)]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    public void RoundTrip_WithoutKeepSource_LosesOnlyTheBookkeeping(InterchangeFormat format) =>
        CitationGenerators.CitationLists.Sample(
            citations =>
            {
                var result = CitationInterchange.Read(CitationInterchange.Write(citations, format), format);
                result.Diagnostics.Where(d => !d.Message.Contains("extra field", StringComparison.Ordinal)).Select(d => d.ToString()).Should().BeEmpty();
                RoundTrip.AssertEqual(result.Value!, [.. citations.Select(WithoutBookkeeping)], ignoreRegistry: true);
            },
            iter: Lists);

    private static Citation WithoutBookkeeping(Citation citation) => citation with { RawText = null, Span = null };

    [Fact]
    public void Generator_MixesTheFourLanguages()
    {
        var languages = new HashSet<string?>();
        CitationGenerators.CitationGen.Sample(c => { languages.Add(c.Language); }, iter: 200, threads: 1);

        languages.Should().Contain(["ja", "zh-Hant", "zh-Hans", "en"]);
    }
}
