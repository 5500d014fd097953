using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Testing;
using Xunit.Abstractions;

namespace AseanAi.Citations.Web.Tests.Corpus;

/// <summary>
/// The document readers on the labelled corpus of whole documents (Corpus/documents/, see its README.md): per part, the
/// share of labelled references found, of their fields right and of reported references that are not references (the
/// matching rule is on <see cref="DocumentCorpus"/>), held to the floors of Corpus/documents/accuracy-floor.json, and
/// every document's full output pinned in golden files. Misses are printed for the development part only: the test
/// part is scored, never read.
/// </summary>
public class DocumentCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_IsLargeVariedAndSplit()
    {
        var documents = DocumentCorpus.Load();

        documents.Should().HaveCountGreaterThanOrEqualTo(40);
        documents.Select(d => d.Format).Distinct().Should().BeEquivalentTo(["html", "markdown", "text"]);
        documents.Should().OnlyContain(d => File.Exists(d.Path));
        var testShare = (double)documents.Count(d => d.IsTest) / documents.Count;
        testShare.Should().BeInRange(0.2, 0.3, "a quarter of the documents are the test part");
    }

    [Fact]
    public async Task Read_Corpus_StaysAtOrAboveTheFloors()
    {
        var parts = new Dictionary<string, DocumentCorpus.Score> { ["dev"] = new(), ["test"] = new() };
        var byFormat = new SortedDictionary<string, DocumentCorpus.Score>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (var document in DocumentCorpus.Load())
        {
            var read = await document.ReadAsync();
            var part = document.IsTest ? "test" : "dev";
            var key = part + " " + document.Format;
            if (!byFormat.TryGetValue(key, out var formatScore))
            {
                byFormat[key] = formatScore = new DocumentCorpus.Score();
            }

            Add(parts[part], document, read, document.IsTest ? null : misses);
            Add(formatScore, document, read, null);

        }

        var report = new StringBuilder(DocumentCorpus.Score.Header).Append('\n');
        foreach (var (name, score) in parts.Concat(byFormat))
        {
            report.Append(score.Row(name)).Append('\n');
        }

        output.WriteLine(report.ToString());
        output.WriteLine("Misses in the development part:\n" + misses);

        using var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(DocumentCorpus.Directory, "accuracy-floor.json")));
        var failures = new List<string>();
        foreach (var (name, score) in parts)
        {
            var floor = floors.RootElement.GetProperty(name);
            Check(failures, name, "found", score.FoundShare, floor.GetProperty("found").GetDouble(), atLeast: true);
            Check(failures, name, "fields", score.FieldShare, floor.GetProperty("fields").GetDouble(), atLeast: true);
            Check(failures, name, "notReferences", score.FalseShare, floor.GetProperty("notReferences").GetDouble(), atLeast: false);
        }

        failures.Should().BeEmpty($"the figures left the bounds of accuracy-floor.json:\n{report}");
    }

    [Fact]
    public async Task Read_Corpus_MatchesTheGoldenOutput()
    {
        var failures = new List<string>();
        foreach (var document in DocumentCorpus.Load())
        {
            var read = await document.ReadAsync();
            var name = Path.Combine(document.IsTest ? "test" : "dev", document.Id + ".txt");
            if (GoldenText.Compare(Path.Combine(DocumentCorpus.GoldenDirectory, name), name, Describe(read)) is { } failure)
            {
                failures.Add(failure);
            }
        }

        failures.Should().BeEmpty();
    }

    private static void Add(DocumentCorpus.Score score, DocumentCorpus.Document document, CitedDocument read, StringBuilder? misses)
    {
        var reported = read.References;
        var matches = DocumentCorpus.Match(document.References, reported);
        score.Documents++;
        if (document.Language != "mixed")
        {
            score.LanguageLabelled++;
            score.LanguageRight += read.Language == document.Language ? 1 : 0;
            if (read.Language != document.Language)
            {
                misses?.Append(CultureInfo.InvariantCulture, $"{document.Id}: language {read.Language ?? "none"}, labelled {document.Language}\n");
            }
        }

        score.Labelled += document.References.Count;
        score.Reported += reported.Length;
        for (var l = 0; l < matches.Length; l++)
        {
            var label = document.References[l];
            if (matches[l] < 0)
            {
                misses?.Append(CultureInfo.InvariantCulture, $"{document.Id}: not found: {Short(label.Text)}\n");
                continue;
            }

            score.Found++;
            var actual = CitationComparison.Describe(reported[matches[l]].Citation);
            foreach (var (field, expected) in label.Expected)
            {
                score.FieldsCompared++;
                score.FieldsRight += expected == actual[field] ? 1 : 0;
            }
        }

        for (var r = 0; r < reported.Length; r++)
        {
            if (!matches.Contains(r))
            {
                score.FalseReported++;
                misses?.Append(CultureInfo.InvariantCulture, $"{document.Id}: not a reference: {Short(reported[r].Citation.RawText)}\n");
            }
        }
    }

    private static string Short(string? text) => text is null ? "<none>" : text.Length <= 160 ? text : text[..160] + "…";

    private static void Check(List<string> failures, string part, string name, double value, double bound, bool atLeast)
    {
        if (atLeast ? value < bound : value > bound)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{part} {name}: {value:P1} is {(atLeast ? "below the floor" : "above the ceiling")} {bound:P1}"));
        }
    }

    /// <summary>The full output of reading a document, as golden text: title, language, sections, then every reference with its citation.</summary>
    private static string Describe(CitedDocument document)
    {
        var text = new StringBuilder();
        text.Append("title: ").Append(document.Title ?? "<none>").Append('\n')
            .Append("language: ").Append(document.Language ?? "<none>").Append('\n')
            .Append("sections:\n");
        foreach (var section in document.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(section.IsReferenceList ? "R" : "-")} {section.Level} {section.Heading ?? "<none>"}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"references: {document.References.Length}\n");
        foreach (var reference in document.References)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{reference.Number}] {reference.Category} | {reference.Citation.Category ?? "<none>"}\n")
                .Append("  ").Append(JsonSerializer.Serialize(reference.Citation.RawText, GoldenJson)).Append('\n')
                .Append("  ").Append(CitationJson.Serialize(reference.Citation, indented: false)).Append('\n');
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            text.Append("diagnostic: ").Append(diagnostic.ToString()).Append('\n');
        }

        return text.ToString();
    }

    private static readonly JsonSerializerOptions GoldenJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
