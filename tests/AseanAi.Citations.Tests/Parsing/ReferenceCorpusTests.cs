using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>
/// Per-field accuracy of the reference parser on the labelled corpus of real reference lines
/// (Corpus/reference-lines.jsonl: each line with its source and the fields a careful reader gives it).
/// </summary>
public class ReferenceCorpusTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    public static string CorpusPath => Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Tests", "Corpus", "reference-lines.jsonl");

    [Fact]
    public void Corpus_HasAtLeast120RealLinesWithSources()
    {
        var entries = ReferenceCorpus.Load(CorpusPath);

        entries.Should().HaveCountGreaterThanOrEqualTo(120);
        entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Source) && !string.IsNullOrWhiteSpace(e.Line));
        entries.Select(e => e.Line).Should().OnlyHaveUniqueItems();
        entries.Select(e => e.Style).Distinct().Should().Contain(
            ["gbt7714", "zh-title-marks", "ja-kagi", "ja-wikipedia-newspaper", "ja-book", "sist02", "en-author-date", "ja-author-date", "markdown-link", "footnote"]);
    }

    [Fact]
    public void Parse_Corpus_EachFieldAtLeast95PercentRight()
    {
        var entries = ReferenceCorpus.Load(CorpusPath);
        var fields = new[] { "title", "authors", "publisher", "issued", "url" };
        var right = fields.ToDictionary(f => f, _ => 0);
        var misses = new StringBuilder();

        foreach (var entry in entries)
        {
            var citation = ReferenceParser.Default.Parse(entry.Line).Value!;
            var actual = ReferenceCorpus.Describe(citation);
            foreach (var field in fields)
            {
                if (entry.Expected[field] == actual[field])
                {
                    right[field]++;
                }
                else
                {
                    misses.AppendLine($"{field}: expected [{entry.Expected[field]}] got [{actual[field]}] in {entry.Line}");
                }
            }
        }

        var report = string.Join(", ", fields.Select(f => $"{f} {100.0 * right[f] / entries.Count:F1}%"));
        output.WriteLine($"Reference corpus: {entries.Count} lines; {report}");
        output.WriteLine(misses.ToString());
        foreach (var field in fields)
        {
            ((double)right[field] / entries.Count).Should().BeGreaterThanOrEqualTo(RequiredAccuracy, $"{field} accuracy ({report}); misses:\n{misses}");
        }
    }
}

/// <summary>Reads the corpus and writes citations in its comparison form.</summary>
internal static class ReferenceCorpus
{
    public sealed record Entry(string Style, string Source, string Line, IReadOnlyDictionary<string, string> Expected);

    public static List<Entry> Load(string path)
    {
        var entries = new List<Entry>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var expect = root.GetProperty("expect");
            var expected = new Dictionary<string, string>
            {
                ["title"] = Text(expect.GetProperty("title")),
                ["authors"] = string.Join(" ; ", expect.GetProperty("authors").EnumerateArray().Select(a => a.GetString())),
                ["publisher"] = Text(expect.GetProperty("publisher")),
                ["issued"] = Text(expect.GetProperty("issued")),
                ["url"] = Text(expect.GetProperty("url")),
            };
            foreach (var optional in new[] { "accessed", "number" })
            {
                if (expect.TryGetProperty(optional, out var value))
                {
                    expected[optional] = Text(value);
                }
            }

            entries.Add(new Entry(root.GetProperty("style").GetString()!, root.GetProperty("source").GetString()!, root.GetProperty("line").GetString()!, expected));
        }

        return entries;
    }

    /// <summary>
    /// The comparison form: authors as "family|given" for split names, "~literal" for names kept whole, "@name" for
    /// organisations; the publisher's name and unit as written (an inferred publisher counts as none, since the line does not name it).
    /// </summary>
    public static Dictionary<string, string> Describe(Citation citation) => new()
    {
        ["title"] = citation.Title?.Text ?? string.Empty,
        ["authors"] = string.Join(" ; ", citation.Authors.Select(Describe)),
        ["publisher"] = citation.Publisher is { IsInferred: false } publisher ? publisher.Name + publisher.Unit : string.Empty,
        ["issued"] = citation.Issued?.ToEdtf() ?? string.Empty,
        ["url"] = citation.Url?.OriginalString ?? string.Empty,
        ["accessed"] = citation.Accessed?.ToEdtf() ?? string.Empty,
        ["number"] = citation.Number ?? string.Empty,
    };

    private static string Describe(Contributor contributor) => contributor switch
    {
        { Organization: { } organization } => "@" + organization.Name + (organization.Unit is { } unit ? unit : string.Empty),
        { Person: { IsLiteral: true } person } => "~" + person.Literal,
        { Person: { } person } => person.Family + "|" + person.Given,
        _ => string.Empty,
    };

    private static string Text(JsonElement element) => element.ValueKind == JsonValueKind.Null ? string.Empty : element.GetString() ?? string.Empty;
}

/// <summary>
/// A parser keeps one line reader between calls and hands it over atomically; lines parsed one after another, and from
/// many threads at once, must give exactly what a fresh parser gives for each line alone.
/// </summary>
public class ReferenceParserReuseTests
{
    [Fact]
    public void Parse_LineAfterLine_GivesWhatAFreshParserGivesForEachLine()
    {
        var lines = ReferenceCorpus.Load(ReferenceCorpusTests.CorpusPath).Select(e => e.Line).ToArray();
        var shared = new ReferenceParser();

        foreach (var line in lines.Concat(lines.Reverse()))
        {
            Describe(shared.Parse(line)).Should().Be(Describe(new ReferenceParser().Parse(line)), line);
        }
    }

    [Fact]
    public async Task Parse_FromManyThreadsAtOnce_GivesWhatAFreshParserGivesForEachLine()
    {
        var lines = ReferenceCorpus.Load(ReferenceCorpusTests.CorpusPath).Select(e => e.Line).ToArray();
        var expected = lines.Select(line => Describe(new ReferenceParser().Parse(line))).ToArray();
        var shared = new ReferenceParser();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            var mismatches = new List<string>();
            for (var round = 0; round < 20; round++)
            {
                for (var n = 0; n < lines.Length; n++)
                {
                    var i = (n + (worker * 7)) % lines.Length;
                    if (Describe(shared.Parse(lines[i])) != expected[i])
                    {
                        mismatches.Add(lines[i]);
                    }
                }
            }

            return mismatches;
        }));

        var results = await Task.WhenAll(workers);

        results.SelectMany(m => m).Should().BeEmpty();
    }

    private static string Describe(ParseResult<Citation> result) =>
        CitationJson.Serialize(result.Value!, indented: false) + " | " + string.Join(";", result.Diagnostics.Select(d => d.Code + "@" + d.Span));
}
