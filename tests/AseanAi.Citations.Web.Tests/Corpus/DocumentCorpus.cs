using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Testing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Corpus;

/// <summary>
/// The labelled corpus of whole documents (Corpus/documents/, described in its README.md) with its fixed
/// development/test split (Corpus/documents/split.tsv, drawn by eng/corpus/draw-document-split.py), and the rule by which
/// a reported reference is matched to a labelled one.
/// </summary>
/// <remarks>
/// <para>The matching rule, applied per document. Labelled references are taken in document order; each is matched to
/// the first reported reference not matched yet for which one of these holds:</para>
/// <list type="number">
/// <item>URL: the label has a URL and the reported reference's URL is the same (compared without case, a trailing
/// slash and the scheme), or its raw text contains the labelled URL;</item>
/// <item>title: both have a title and the titles, folded (white space, Markdown marks and punctuation removed, lower
/// case), have a character-bigram Dice similarity of at least 0.8;</item>
/// <item>text: the labelled entry text and the reported raw text, folded the same way, have a bigram Dice similarity
/// of at least 0.7.</item>
/// </list>
/// <para>A labelled reference with a match is found; its nine fields are compared in the comparison form of
/// <see cref="CitationComparison"/>. A reported reference that matches no label is a false reference.</para>
/// </remarks>
internal static class DocumentCorpus
{
    public static readonly string[] Fields = ["title", "authors", "publisher", "container", "issued", "accessed", "url", "type", "language"];

    public static string Directory => Path.Combine(RepositoryRoot, "tests", "AseanAi.Citations.Web.Tests", "Corpus", "documents");

    public static string GoldenDirectory => Path.Combine(RepositoryRoot, "tests", "AseanAi.Citations.Web.Tests", "Golden", "documents");

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>One labelled reference.</summary>
    public sealed record Label(string Text, string? Category, string? Section, IReadOnlyDictionary<string, string> Expected);

    /// <summary>One document with its labels.</summary>
    public sealed record Document(string Id, string Path, string Format, string Language, bool IsTest, IReadOnlyList<Label> References)
    {
        public DocumentReader Reader => Format switch
        {
            "html" => HtmlDocumentReader.Instance,
            "markdown" => MarkdownDocumentReader.Instance,
            _ => PlainTextDocumentReader.Instance,
        };

        public async Task<CitedDocument> ReadAsync()
        {
            using var reader = new StreamReader(Path, Encoding.UTF8);
            return await Reader.ReadAsync(reader);
        }
    }

    private static readonly Lazy<IReadOnlyList<Document>> All = new(LoadAll);

    public static IReadOnlyList<Document> Load() => All.Value;

    private static List<Document> LoadAll()
    {
        var split = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(System.IO.Path.Combine(Directory, "split.tsv"), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            split[line[..tab]] = line[(tab + 1)..] == "test";
        }

        var documents = new List<Document>();
        foreach (var labels in System.IO.Directory.GetFiles(Directory, "*.expected.json").Order(StringComparer.Ordinal))
        {
            var id = System.IO.Path.GetFileName(labels)[..^".expected.json".Length];
            if (!split.TryGetValue(id, out var isTest))
            {
                throw new InvalidDataException($"The document '{id}' is not in split.tsv; run eng/corpus/draw-document-split.py.");
            }

            using var json = JsonDocument.Parse(File.ReadAllText(labels));
            var root = json.RootElement;
            var format = root.GetProperty("format").GetString()!;
            var extension = format switch { "html" => ".html", "markdown" => ".md", _ => ".txt" };
            var references = root.GetProperty("references").EnumerateArray().Select(r => new Label(
                r.GetProperty("text").GetString()!,
                r.GetProperty("category").GetString(),
                r.GetProperty("section").GetString(),
                Expect(r.GetProperty("expect")))).ToList();
            documents.Add(new Document(id, System.IO.Path.Combine(Directory, id + extension), format, root.GetProperty("language").GetString()!, isTest, references));
        }

        return documents;
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
                ? string.Join(" ; ", value.EnumerateArray().Select(a => CitationComparison.Normalize(a.GetString())))
                : CitationComparison.Normalize(value.ValueKind == JsonValueKind.Null ? null : value.GetString());
        }

        return expected;
    }

    /// <summary>For each label, the index of the reported reference it is matched to, or -1 (the rule of the class remarks).</summary>
    public static int[] Match(IReadOnlyList<Label> labels, IReadOnlyList<CitedReference> reported)
    {
        var used = new bool[reported.Count];
        var matches = new int[labels.Count];
        var reportedTitles = reported.Select(r => Fold(r.Citation.Title?.Text)).ToArray();
        var reportedTexts = reported.Select(r => Fold(r.Citation.RawText)).ToArray();
        for (var l = 0; l < labels.Count; l++)
        {
            matches[l] = -1;
            var label = labels[l];
            var url = label.Expected.GetValueOrDefault("url") ?? string.Empty;
            var title = Fold(label.Expected.GetValueOrDefault("title"));
            var text = Fold(label.Text);
            for (var pass = 0; pass < 3 && matches[l] < 0; pass++)
            {
                for (var r = 0; r < reported.Count; r++)
                {
                    if (used[r])
                    {
                        continue;
                    }

                    var citation = reported[r].Citation;
                    var ok = pass switch
                    {
                        0 => url.Length > 0 && (SameUrl(url, citation.Url?.OriginalString) || (citation.RawText?.Contains(url, StringComparison.OrdinalIgnoreCase) ?? false)),
                        1 => title.Length > 0 && reportedTitles[r].Length > 0 && Dice(title, reportedTitles[r]) >= 0.8,
                        _ => text.Length > 0 && Dice(text, reportedTexts[r]) >= 0.7,
                    };
                    if (ok)
                    {
                        matches[l] = r;
                        used[r] = true;
                        break;
                    }
                }
            }
        }

        return matches;
    }

    private static bool SameUrl(string a, string? b) => b is not null && string.Equals(UrlKey(a), UrlKey(b), StringComparison.OrdinalIgnoreCase);

    private static string UrlKey(string url)
    {
        var key = url.Trim();
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            key = key[(scheme + 3)..];
        }

        return key.TrimEnd('/');
    }

    /// <summary>Letters and digits only, lower case (full-width forms folded by NFKC).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The Dice coefficient of the character bigrams of two folded texts (1 when both are the same single character).</summary>
    public static double Dice(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i], a[i + 1]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var common = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i], b[i + 1]);
            if (counts.TryGetValue(key, out var n) && n > 0)
            {
                counts[key] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }

    /// <summary>The counts of one part of the corpus.</summary>
    public sealed class Score
    {
        public int Documents { get; set; }

        public int LanguageRight { get; set; }

        public int LanguageLabelled { get; set; }

        public int Labelled { get; set; }

        public int Found { get; set; }

        public int FieldsRight { get; set; }

        public int FieldsCompared { get; set; }

        public int Reported { get; set; }

        public int FalseReported { get; set; }

        public double FoundShare => Labelled == 0 ? double.NaN : (double)Found / Labelled;

        public double FieldShare => FieldsCompared == 0 ? double.NaN : (double)FieldsRight / FieldsCompared;

        public double FalseShare => Reported == 0 ? 0 : (double)FalseReported / Reported;

        public double LanguageShare => LanguageLabelled == 0 ? double.NaN : (double)LanguageRight / LanguageLabelled;

        public static string Header =>
            "| part | documents | labelled | found | found % | fields right % | reported | not references | not references % | document language right |\n" +
            "|---|---|---|---|---|---|---|---|---|---|";

        public string Row(string name) => string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {Documents} | {Labelled} | {Found} | {Percent(FoundShare)} | {Percent(FieldShare)} | {Reported} | {FalseReported} | {Percent(FalseShare)} | {LanguageRight}/{LanguageLabelled} |");

        private static string Percent(double value) => double.IsNaN(value) ? "–" : (100 * value).ToString("F1", CultureInfo.InvariantCulture);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find AseanAi.Citations.sln above " + AppContext.BaseDirectory);
    }
}
