using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Testing;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>
/// The labelled corpus of real reference lines (Corpus/lines/*.jsonl, labelled as Corpus/LABELLING.md says) with its
/// fixed development/test split (Corpus/split.tsv), and the comparison form of a citation.
/// </summary>
internal static class ReferenceCorpus
{
    /// <summary>The fields every row labels, in report order.</summary>
    public static readonly string[] Fields = ["title", "authors", "publisher", "container", "issued", "accessed", "url", "type", "language"];

    /// <summary>The fields the accuracy bar applies to one by one.</summary>
    public static readonly string[] KeyFields = ["title", "authors", "publisher", "issued", "url"];

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Tests", "Corpus");

    /// <summary>One labelled line.</summary>
    /// <param name="Collection">The file it is in (without extension).</param>
    /// <param name="Document">The public document it was taken from: the unit of the split.</param>
    /// <param name="IsTest">Whether the document is in the test part (scored only).</param>
    /// <param name="Language">The language of the document, or "legacy" for the lines of the first corpus.</param>
    /// <param name="Style">The shape of the line.</param>
    /// <param name="Line">The line as written.</param>
    /// <param name="Expected">The labelled fields in comparison form (a field that a row does not label is absent).</param>
    public sealed record Entry(string Collection, string Document, bool IsTest, string Language, string Style, string Line, IReadOnlyDictionary<string, string> Expected);

    private static readonly Lazy<IReadOnlyList<Entry>> All = new(LoadAll);

    public static IReadOnlyList<Entry> Load() => All.Value;

    /// <summary>Whether a document language is one of the eight Southeast-Asian languages, whose lines are scored apart.</summary>
    public static bool IsSoutheastAsian(string language) => language is "th" or "vi" or "id" or "ms" or "fil" or "km" or "lo" or "my";

    private static List<Entry> LoadAll()
    {
        var split = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Directory, "split.tsv"), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            split[line[..tab]] = line[(tab + 1)..] == "test";
        }

        var entries = new List<Entry>();
        foreach (var path in System.IO.Directory.GetFiles(Path.Combine(Directory, "lines"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            var collection = Path.GetFileNameWithoutExtension(path);
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var document = root.GetProperty("document").GetString()!;
                if (!split.TryGetValue(document, out var isTest))
                {
                    throw new InvalidDataException($"{collection}: the document '{document}' is not in split.tsv; run eng/corpus/draw-split.py.");
                }

                var language = root.TryGetProperty("language", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString()! : "legacy";
                entries.Add(new Entry(collection, document, isTest, language, root.GetProperty("style").GetString()!, root.GetProperty("line").GetString()!, Expect(root.GetProperty("expect"))));
            }
        }

        return entries;
    }

    private static Dictionary<string, string> Expect(JsonElement expect)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!expect.TryGetProperty(field, out var value))
            {
                continue;
            }

            expected[field] = field == "authors"
                ? string.Join(" ; ", value.EnumerateArray().Select(a => Normalize(a.GetString())))
                : Normalize(value.ValueKind == JsonValueKind.Null ? null : value.GetString());
        }

        return expected;
    }

    /// <summary>The comparison form of a citation (<see cref="CitationComparison"/>).</summary>
    public static Dictionary<string, string> Describe(Citation citation) => CitationComparison.Describe(citation);

    private static string Normalize(string? text) => CitationComparison.Normalize(text);

    /// <summary>Per-field counts of right answers over a set of lines.</summary>
    public sealed class Score
    {
        private readonly Dictionary<string, (int Right, int Total)> _fields = new(StringComparer.Ordinal);

        public int Lines { get; private set; }

        public void Add(Entry entry, IReadOnlyDictionary<string, string> actual, Action<string, string, string>? miss = null)
        {
            Lines++;
            foreach (var (field, expected) in entry.Expected)
            {
                var (right, total) = _fields.GetValueOrDefault(field);
                var ok = expected == actual[field];
                _fields[field] = (right + (ok ? 1 : 0), total + 1);
                if (!ok)
                {
                    miss?.Invoke(field, expected, actual[field]);
                }
            }
        }

        public double Accuracy(string field) => _fields.TryGetValue(field, out var f) && f.Total > 0 ? (double)f.Right / f.Total : double.NaN;

        /// <summary>Right answers over all labelled fields of <paramref name="fields"/>.</summary>
        public double Overall(IEnumerable<string> fields)
        {
            var (right, total) = fields.Where(_fields.ContainsKey).Select(f => _fields[f]).Aggregate((0, 0), (a, f) => (a.Item1 + f.Right, a.Item2 + f.Total));
            return total == 0 ? double.NaN : (double)right / total;
        }

        public string Row(string name) =>
            string.Create(CultureInfo.InvariantCulture, $"| {name} | {Lines} | ") +
            string.Join(" | ", Fields.Select(f => Percent(Accuracy(f)))) +
            " | " + Percent(Overall(Fields)) + " | " + Percent(Overall(Fields.Where(f => f != "type"))) + " |";

        private static string Percent(double value) => double.IsNaN(value) ? "–" : (100 * value).ToString("F1", CultureInfo.InvariantCulture);
    }

    public static string Header =>
        "| part | lines | " + string.Join(" | ", Fields) + " | all | all but type |\n|" + string.Concat(Enumerable.Repeat("---|", Fields.Length + 4));
}
