using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// Reads the files of a corpus of real interchange files with the library and scores what it reads against labels
/// written from the files themselves (expected-labels.jsonl, by eng/interchange/corpus-labels.py): the CSL type of every
/// entry and its title, first creator, year and container title. Used by <see cref="InterchangeCorpusTests"/> and
/// <see cref="InterchangeHeldoutTests"/>.
/// </summary>
internal sealed class CorpusScore
{
    private CorpusScore()
    {
    }

    public int Entries { get; private set; }

    public int TypesRight { get; private set; }

    public int FieldsChecked { get; private set; }

    public int FieldsRight { get; private set; }

    public int Lost { get; private set; }

    /// <summary>Files in which the entries with extra fields and the extra-field diagnostics differ in number.</summary>
    public List<string> UnreportedExtras { get; } = [];

    /// <summary>One line per file: entries and types right.</summary>
    public List<string> FileLines { get; } = [];

    /// <summary>One line per wrong type, wrong field or lost entry.</summary>
    public StringBuilder Misses { get; } = new();

    public double TypeAccuracy => Entries == 0 ? 1 : (double)TypesRight / Entries;

    public double FieldAccuracy => FieldsChecked == 0 ? 1 : (double)FieldsRight / FieldsChecked;

    public string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"{Entries} entries; types {100 * TypeAccuracy:F1}% ({TypesRight}/{Entries}), checked fields {100 * FieldAccuracy:F1}% ({FieldsRight}/{FieldsChecked}); lost {Lost}");

    /// <summary>The format a corpus file is read as, by its extension.</summary>
    public static InterchangeFormat FormatOf(string file) => Path.GetExtension(file).ToUpperInvariant() switch
    {
        ".JSON" => InterchangeFormat.CslJson,
        ".RIS" => InterchangeFormat.Ris,
        _ => InterchangeFormat.BibLaTeX,
    };

    public static List<Label> Labels(string folder) =>
        [.. File.ReadLines(Path.Combine(folder, "expected-labels.jsonl")).Where(l => l.Length > 0).Select(Label.Parse)];

    /// <summary>Reads every file the labels name and scores it.</summary>
    public static CorpusScore Of(string folder, IEnumerable<Label> labels)
    {
        var score = new CorpusScore();
        foreach (var file in labels.GroupBy(l => l.File))
        {
            score.ScoreFile(folder, file.Key, [.. file]);
        }

        return score;
    }

    private void ScoreFile(string folder, string file, List<Label> labels)
    {
        var text = File.ReadAllText(Path.Combine(folder, file));
        var result = CitationInterchange.Read(text, FormatOf(file));
        var byKey = result.Value!.GroupBy(c => c.Id ?? "").ToDictionary(g => g.Key, g => new Queue<Citation>(g), StringComparer.Ordinal);
        var fileTypes = 0;
        foreach (var label in labels)
        {
            Entries++;
            if (!byKey.TryGetValue(label.Key, out var queue) || queue.Count == 0)
            {
                Lost++;
                Misses.AppendLine(CultureInfo.InvariantCulture, $"{file} {label.Key}: lost");
                continue;
            }

            var citation = queue.Dequeue();
            var type = CslItemTypes.FromSourceType(citation.Type);
            if (type == label.Type)
            {
                TypesRight++;
                fileTypes++;
            }
            else
            {
                Misses.AppendLine(CultureInfo.InvariantCulture, $"{file} {label.Key}: type {type}, expected {label.Type}");
            }

            // Labels are plain text (corpus-labels.py drops CSL-JSON's inline markup and TeX's commands); the model keeps the markup.
            Check(file, label, "title", label.Title, citation.Title is { } title ? TitleMarkup.PlainText(title.Text) : null);
            Check(file, label, "creator", label.Creator, FirstCreator(citation));
            Check(file, label, "year", label.Year, citation.Issued?.Start.Year.ToString("0000", CultureInfo.InvariantCulture));
            Check(file, label, "container", label.Container, citation.ContainerTitle is { } container ? TitleMarkup.PlainText(container.Text) : null);
        }

        // Every entry with fields the model has no place for says so once.
        var withExtras = result.Value!.Count(c => !c.ExtraFields.IsEmpty && c.ExtraFields.Any(f => f.Name != "et-al"));
        var reported = result.Diagnostics.Count(d => d.Code.EndsWith("extra-fields", StringComparison.Ordinal));
        if (reported != withExtras)
        {
            UnreportedExtras.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: {withExtras} entries with extra fields, {reported} reported"));
        }

        FileLines.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: {labels.Count} entries, types {fileTypes}/{labels.Count}"));
    }

    private void Check(string file, Label label, string field, string? expected, string? actual)
    {
        if (expected is null)
        {
            return;
        }

        FieldsChecked++;
        if (Normalise(expected) == Normalise(actual))
        {
            FieldsRight++;
        }
        else
        {
            Misses.AppendLine(CultureInfo.InvariantCulture, $"{file} {label.Key}: {field} [{actual}], expected [{expected}]");
        }
    }

    private static string? FirstCreator(Citation citation)
    {
        var first = citation.Authors.IsEmpty ? citation.Editors.FirstOrDefault() : citation.Authors[0];
        return first is null ? null : first.Person?.Family ?? first.Person?.Literal ?? first.Organization!.ToString();
    }

    private static string Normalise(string? text) =>
        text is null ? "" : string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One labelled entry.</summary>
    public sealed record Label(string File, string Key, string Type, string? Title, string? Creator, string? Year, string? Container, bool Cjk)
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
