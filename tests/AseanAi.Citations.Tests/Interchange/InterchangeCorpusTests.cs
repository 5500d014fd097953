using System.Text;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The readers on real interchange files (Corpus/interchange: BibTeX and BibLaTeX from Japanese and Chinese style and
/// thesis templates and economics samples, CSL-JSON of a Chinese style's test items; sources in its README), scored
/// against labels written from the files themselves (expected-labels.jsonl, by eng/interchange/corpus-labels.py, which
/// reads the entries without the library): the CSL type of every entry and its title, first creator, year and
/// container title.
/// </summary>
public class InterchangeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredTypeAccuracy = 0.97;
    private const double RequiredFieldAccuracy = 0.98;

    private static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Tests", "Corpus", "interchange");

    [Fact]
    public void Corpus_HasTwentyFilesSixHundredEntriesHalfCjk()
    {
        var labels = Labels();

        labels.Select(l => l.File).Distinct().Should().HaveCountGreaterThanOrEqualTo(20);
        labels.Should().HaveCountGreaterThanOrEqualTo(600);
        labels.Count(l => l.Cjk).Should().BeGreaterThanOrEqualTo(labels.Count / 2);
    }

    [Fact]
    public void Read_Corpus_TypesAndCheckedFieldsAreRight_NoEntryLost_EveryExtraFieldReported()
    {
        var score = CorpusScore.Of(CorpusFolder, Labels());

        foreach (var line in score.FileLines)
        {
            output.WriteLine(line);
        }

        output.WriteLine($"Interchange corpus: {score.Summary}");
        output.WriteLine(score.Misses.ToString());
        score.UnreportedExtras.Should().BeEmpty("every entry with extra fields is reported once");
        score.Lost.Should().Be(0);
        score.TypeAccuracy.Should().BeGreaterThanOrEqualTo(RequiredTypeAccuracy, score.Misses.ToString());
        score.FieldAccuracy.Should().BeGreaterThanOrEqualTo(RequiredFieldAccuracy, score.Misses.ToString());
    }

    [Theory]
    [InlineData(InterchangeFormat.CslJson)]
    [InlineData(InterchangeFormat.BibLaTeX)]
    [InlineData(InterchangeFormat.BibTeX)]
    [InlineData(InterchangeFormat.Ris)]
    public void RoundTrip_EveryCorpusFile_IsLossless(InterchangeFormat format)
    {
        var failures = new StringBuilder();
        foreach (var file in Labels().Select(l => l.File).Distinct())
        {
            var text = File.ReadAllText(Path.Combine(CorpusFolder, file));
            var read = CitationInterchange.Read(text, CorpusScore.FormatOf(file)).Value!;
            var back = CitationInterchange.Read(CitationInterchange.Write(read, format, TestOptions.KeepSource), format).Value!;
            back.Should().HaveCount(read.Count, file);
            for (var i = 0; i < read.Count; i++)
            {
                if (!Equals(back[i], read[i]))
                {
                    failures.AppendLine($"{file} {read[i].Id}: {RoundTrip.Differences(read[i], back[i])}");
                }
            }
        }

        failures.ToString().Should().BeEmpty();
    }

    private static List<CorpusScore.Label> Labels() => CorpusScore.Labels(CorpusFolder);
}
