using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing.Internal;
using AseanAi.Citations.Parsing.Reading;
using AseanAi.Citations.ReferenceModelTrainer;

// Usage: dotnet run -c Release --project eng/ReferenceModelTrainer -- [--epochs N] [--seeds S] [--folds K] [--dry-run]
//   Trains on the development part of tests/AseanAi.Citations.Tests/Corpus (never the test part) and writes
//   src/AseanAi.Citations/Parsing/Data/reference-model.txt. --folds K instead reports K-fold cross-validation by
//   document over the development part (how well the model does on development documents it did not learn from).
if (args.Length >= 2 && args[0] == "--line")
{
    // One line as the built-in reader reads it: atoms with their roles, then the citation.
    var lineReader = AseanAi.Citations.Parsing.Reading.LineReader.Default;
    var lineSpans = LineReader.Analyse(args[1], args[1].Length);
    var lineRoles = lineReader.Roles(lineSpans);
    Console.WriteLine(lineSpans.Text[lineSpans.BodyStart..lineSpans.BodyEnd]);
    for (var a = 0; a < lineRoles.Length; a++)
    {
        var atom = lineSpans.Atoms[a];
        Console.WriteLine($"  {atom.Kind,-11} {atom.Before,-9} {FieldRoles.Names[(int)lineRoles[a]],-9} {lineSpans.Slice(atom.Start, atom.End)}");
    }

    Console.WriteLine(AseanAi.Citations.CitationJson.Serialize(AseanAi.Citations.Parsing.ReferenceParser.Default.Parse(args[1]).Value!, indented: true));
    return 0;
}

var epochs = Option("--epochs", 12);
var folds = Option("--folds", 0);
var seeds = Option("--seeds", 10);
var root = FindRoot();
var corpus = Corpus.Load(Path.Combine(root, "tests", "AseanAi.Citations.Tests", "Corpus"));
var reader = new LineReader(PublisherLookup.Default, RoleModel.Empty());
var examples = new List<Example>();
var unplaced = 0;
foreach (var row in corpus.Where(r => !r.IsTest))
{
    var spans = LineReader.Analyse(row.Line, row.Line.Length);
    var gold = Gold.Roles(spans, row.Expect, out var titlePlaced);
    if (!titlePlaced)
    {
        unplaced++;
        if (args.Contains("--unplaced"))
        {
            Console.WriteLine($"[{row.Expect.GetProperty("title").GetString()}] in {spans.Text[spans.BodyStart..]}");
        }
    }

    examples.Add(new Example(row.Document, spans, reader.Features(spans), gold, titlePlaced, row));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{examples.Count} development lines; the title could not be placed in {unplaced}."));
var training = examples.Where(e => e.TitlePlaced).ToList();
if (folds > 1)
{
    var documents = training.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal).ToList();
    var right = 0;
    var total = 0;
    var titleLines = 0;
    var titleRight = 0;
    var fieldRight = new Dictionary<string, int>(StringComparer.Ordinal);
    var fieldTotal = new Dictionary<string, int>(StringComparer.Ordinal);
    var misses = new StringBuilder();
    for (var k = 0; k < folds; k++)
    {
        var heldOut = documents.Where((_, i) => i % folds == k).ToHashSet(StringComparer.Ordinal);
        var model = Perceptron.Train(training.Where(e => !heldOut.Contains(e.Document)).ToList(), epochs, seeds);
        var foldTypes = TypeTrainer.Train(examples.Where(e => !heldOut.Contains(e.Document)), model, epochs);
        var foldReader = new LineReader(PublisherLookup.Default, model, foldTypes);
        foreach (var example in examples.Where(e => heldOut.Contains(e.Document)))
        {
            // Fields, scored as the corpus test scores them.
            var actual = AseanAi.Citations.Testing.CitationComparison.Describe(foldReader.Read(example.Row.Line, example.Row.Line.Length, AseanAi.Citations.Parsing.ReferenceContext.None).Citation);
            foreach (var (field, expected) in Expected(example.Row.Expect))
            {
                fieldTotal[field] = fieldTotal.GetValueOrDefault(field) + 1;
                if (actual[field] == expected)
                {
                    fieldRight[field] = fieldRight.GetValueOrDefault(field) + 1;
                }
                else
                {
                    misses.Append(CultureInfo.InvariantCulture, $"{field}: expected [{expected}] got [{actual[field]}] in {example.Row.Line}\n");
                }
            }

            if (!example.TitlePlaced)
            {
                continue;
            }

            var roles = model.Decode(example.Spans, example.Features);
            right += roles.Zip(example.Gold).Count(p => p.First == p.Second);
            total += roles.Length;
            titleLines++;
            titleRight += roles.Zip(example.Gold).All(p => (p.First == FieldRole.Title) == (p.Second == FieldRole.Title)) ? 1 : 0;
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folds}-fold cross-validation by document: {100.0 * right / total:F1}% of atoms given their role; title atoms all right on {100.0 * titleRight / titleLines:F1}% of lines."));
    Console.WriteLine("fields: " + string.Join(", ", fieldTotal.Keys.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f} {100.0 * fieldRight.GetValueOrDefault(f) / fieldTotal[f]:F1}"))));
    Directory.CreateDirectory(Path.Combine(root, "artifacts", "corpus"));
    File.WriteAllText(Path.Combine(root, "artifacts", "corpus", "cv-misses.txt"), misses.ToString());
    return 0;
}

var trained = Perceptron.Train(training, epochs, seeds);
if (Option("--show", 0) is var show and > 0)
{
    // Development lines whose atoms the model gets wrong, atom by atom: text, gold role, predicted role.
    var model = RoleModel.Default;
    var shown = 0;
    foreach (var example in examples)
    {
        var predicted = model.Decode(example.Spans, example.Features);
        if (predicted.AsSpan().SequenceEqual(example.Gold) || shown++ >= show)
        {
            continue;
        }

        Console.WriteLine(example.Spans.Text);
        for (var a = 0; a < predicted.Length; a++)
        {
            var atom = example.Spans.Atoms[a];
            var mark = predicted[a] == example.Gold[a] ? "  " : "!!";
            Console.WriteLine($"  {mark} {atom.Kind,-11} {atom.Before,-9} {FieldRoles.Names[(int)example.Gold[a]],-9} {FieldRoles.Names[(int)predicted[a]],-9} {example.Spans.Slice(atom.Start, atom.End)}");
        }
    }

    return 0;
}

var trainRight = training.Sum(e => trained.Decode(e.Spans, e.Features).Zip(e.Gold).Count(p => p.First == p.Second));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training atoms right: {100.0 * trainRight / training.Sum(e => e.Gold.Length):F1}%"));
if (!args.Contains("--dry-run"))
{
    var path = Path.Combine(root, "src", "AseanAi.Citations", "Parsing", "Data", "reference-model.txt");
    var lines = new List<string>
    {
        "# The role model of the reference-line reader (Parsing/Reading/RoleModel.cs): averaged-perceptron weights learned by",
        "# eng/ReferenceModelTrainer from the development part of tests/AseanAi.Citations.Tests/Corpus (" +
            string.Create(CultureInfo.InvariantCulture, $"{training.Count} lines, {epochs} epochs)."),
        "# Generated: retrain instead of editing (docs/parsing.md). t = role after role, s = role after role across a separator,",
        "# f = feature and role.",
    };
    lines.AddRange(trained.Write());
    File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    Console.WriteLine($"Wrote {lines.Count - 4} weights to {Path.GetRelativePath(root, path)}");

    var typeModel = TypeTrainer.Train(examples, trained, epochs);
    var typePath = Path.Combine(root, "src", "AseanAi.Citations", "Parsing", "Data", "type-model.txt");
    var typeLines = new List<string>
    {
        "# The type model of the reference-line reader (Parsing/Reading/TypeModel.cs): averaged-perceptron weights learned by",
        "# eng/ReferenceModelTrainer from the development part of tests/AseanAi.Citations.Tests/Corpus, after the role model.",
        "# Generated: retrain instead of editing (docs/parsing.md). Each line: facts>CSL type, weight.",
    };
    typeLines.AddRange(typeModel.Write());
    File.WriteAllText(typePath, string.Join('\n', typeLines) + "\n", new UTF8Encoding(false));
    Console.WriteLine($"Wrote {typeLines.Count - 3} weights to {Path.GetRelativePath(root, typePath)}");
}

return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static IEnumerable<(string Field, string Expected)> Expected(JsonElement expect)
{
    foreach (var field in new[] { "title", "authors", "publisher", "container", "issued", "accessed", "url", "type", "language" })
    {
        if (!expect.TryGetProperty(field, out var value))
        {
            continue;
        }

        yield return (field, field == "authors"
            ? string.Join(" ; ", value.EnumerateArray().Select(a => AseanAi.Citations.Testing.CitationComparison.Normalize(a.GetString())))
            : AseanAi.Citations.Testing.CitationComparison.Normalize(value.ValueKind == JsonValueKind.Null ? null : value.GetString()));
    }
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

namespace AseanAi.Citations.ReferenceModelTrainer
{
    internal sealed record Example(string Document, LineSpans Spans, List<int>[] Features, FieldRole[] Gold, bool TitlePlaced, Row Row);

    internal sealed record Row(string Document, bool IsTest, string Line, JsonElement Expect);

    internal static class Corpus
    {
        public static List<Row> Load(string folder)
        {
            var split = File.ReadLines(Path.Combine(folder, "split.tsv"))
                .Where(l => l.Length > 0 && l[0] != '#')
                .Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => p[1] == "test", StringComparer.Ordinal);
            var rows = new List<Row>();
            foreach (var path in Directory.GetFiles(Path.Combine(folder, "lines"), "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(path))
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    var root = JsonDocument.Parse(line).RootElement;
                    var document = root.GetProperty("document").GetString()!;
                    rows.Add(new Row(document, split[document], root.GetProperty("line").GetString()!, root.GetProperty("expect").Clone()));
                }
            }

            return rows;
        }
    }
}
