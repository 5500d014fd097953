using System.Text;
using System.Text.Json;
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
        var labels = Labels();
        var typesRight = 0;
        var fieldsChecked = 0;
        var fieldsRight = 0;
        var lost = 0;
        var misses = new StringBuilder();
        foreach (var file in labels.GroupBy(l => l.File))
        {
            var text = File.ReadAllText(Path.Combine(CorpusFolder, file.Key));
            var result = CitationInterchange.Read(text, file.Key.EndsWith(".json", StringComparison.Ordinal) ? InterchangeFormat.CslJson : InterchangeFormat.BibLaTeX);
            var byKey = result.Value!.GroupBy(c => c.Id ?? "").ToDictionary(g => g.Key, g => new Queue<Citation>(g), StringComparer.Ordinal);
            var fileTypes = 0;
            foreach (var label in file)
            {
                if (!byKey.TryGetValue(label.Key, out var queue) || queue.Count == 0)
                {
                    lost++;
                    misses.AppendLine($"{file.Key} {label.Key}: lost");
                    continue;
                }

                var citation = queue.Dequeue();
                var type = CslItemTypes.FromSourceType(citation.Type);
                if (type == label.Type)
                {
                    typesRight++;
                    fileTypes++;
                }
                else
                {
                    misses.AppendLine($"{file.Key} {label.Key}: type {type}, expected {label.Type}");
                }

                Check("title", label.Title, citation.Title?.Text);
                Check("creator", label.Creator, FirstCreator(citation));
                Check("year", label.Year, citation.Issued?.Start.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
                Check("container", label.Container, citation.ContainerTitle?.Text);

                void Check(string field, string? expected, string? actual)
                {
                    if (expected is null)
                    {
                        return;
                    }

                    fieldsChecked++;
                    if (Normalise(expected) == Normalise(actual))
                    {
                        fieldsRight++;
                    }
                    else
                    {
                        misses.AppendLine($"{file.Key} {label.Key}: {field} [{actual}], expected [{expected}]");
                    }
                }
            }

            // Every entry with fields the model has no place for says so once.
            var withExtras = result.Value!.Count(c => !c.ExtraFields.IsEmpty && c.ExtraFields.Any(f => f.Name != "et-al"));
            var reported = result.Diagnostics.Count(d => d.Code.EndsWith("extra-fields", StringComparison.Ordinal));
            reported.Should().Be(withExtras, $"every entry of {file.Key} with extra fields is reported once");
            output.WriteLine($"{file.Key}: {file.Count()} entries, types {fileTypes}/{file.Count()}");
        }

        var typeAccuracy = (double)typesRight / labels.Count;
        var fieldAccuracy = (double)fieldsRight / fieldsChecked;
        output.WriteLine($"Interchange corpus: {labels.Count} entries; types {100 * typeAccuracy:F1}%, checked fields {100 * fieldAccuracy:F1}% ({fieldsRight}/{fieldsChecked}); lost {lost}");
        output.WriteLine(misses.ToString());
        lost.Should().Be(0);
        typeAccuracy.Should().BeGreaterThanOrEqualTo(RequiredTypeAccuracy, misses.ToString());
        fieldAccuracy.Should().BeGreaterThanOrEqualTo(RequiredFieldAccuracy, misses.ToString());
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
            var read = CitationInterchange.Read(text, file.EndsWith(".json", StringComparison.Ordinal) ? InterchangeFormat.CslJson : InterchangeFormat.BibLaTeX).Value!;
            var back = CitationInterchange.Read(CitationInterchange.Write(read, format, TestOptions.KeepSource), format).Value!;
            back.Should().HaveCount(read.Count, file);
            for (var i = 0; i < read.Count; i++)
            {
                if (!Equals(back[i], read[i]))
                {
                    failures.AppendLine($"{file} {read[i].Id}: {Differences(read[i], back[i])}");
                }
            }
        }

        failures.ToString().Should().BeEmpty();
    }

    private static string Differences(Citation expected, Citation actual) =>
        string.Join("; ", typeof(Citation).GetProperties()
            .Where(p => p.GetValue(expected) is System.Collections.IEnumerable list and not string && p.GetValue(actual) is System.Collections.IEnumerable other
                ? !list.Cast<object>().SequenceEqual(other.Cast<object>())
                : !Equals(p.GetValue(expected), p.GetValue(actual)))
            .Select(p => $"{p.Name} [{p.GetValue(actual)}] expected [{p.GetValue(expected)}]"));

    private static string? FirstCreator(Citation citation)
    {
        var first = citation.Authors.IsEmpty ? citation.Editors.FirstOrDefault() : citation.Authors[0];
        return first is null ? null : first.Person?.Family ?? first.Person?.Literal ?? first.Organization!.ToString();
    }

    private static string Normalise(string? text) =>
        text is null ? "" : string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<Label> Labels() =>
        [.. File.ReadLines(Path.Combine(CorpusFolder, "expected-labels.jsonl")).Where(l => l.Length > 0).Select(Label.Parse)];

    private sealed record Label(string File, string Key, string Type, string? Title, string? Creator, string? Year, string? Container, bool Cjk)
    {
        public static Label Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Text(string name) => root.GetProperty(name).ValueKind == JsonValueKind.Null ? null : root.GetProperty(name).GetString();
            return new Label(Text("file")!, Text("key")!, Text("type")!, Text("title"), Text("creator"), Text("year"), Text("container"), root.GetProperty("cjk").GetBoolean());
        }
    }
}
