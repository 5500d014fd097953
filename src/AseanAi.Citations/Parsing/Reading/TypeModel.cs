using System.Globalization;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// What kind of work a reference line cites (its CSL type), decided from facts of the whole line once its fields are
/// known: the GB/T type code, the kind of site its address is on, the words of its container and title, its locators,
/// the kind of its publisher and authors. A linear model scores every CSL type; its weights are learned from the
/// corpus's development part by the same trainer as <see cref="RoleModel"/> and kept in Parsing/Data/type-model.txt.
/// </summary>
internal sealed class TypeModel
{
    private static readonly Lazy<TypeModel> Loaded = new(() => Load(ParsingData.Lines("type-model.txt")));

    /// <summary>The CSL types, in the order of the weight table's columns.</summary>
    public static readonly string[] Types = [.. CslItemTypes.All];

    private static readonly string[] FactNames =
    [
        "typecode", "host", "container", "locator", "publisher", "authors", "thesis", "legislation", "report", "standard", "chapter",
        "editors", "accessed", "issued", "isbn", "doi", "url", "language", "title-mark", "conference", "magazine", "patent", "dataset",
        "press", "blog", "news", "pdf", "path", "dated-path",
    ];

    /// <summary>The index of the fact "a law, rule or notice word in the title" in the type facts.</summary>
    public static readonly int LegislationFact = Array.IndexOf(FactNames, "legislation");

    public static readonly string[][] Values =
    [
        ["none", "M", "J", "N", "R", "D", "S", "P", "C", "EB", "A", "CP", "DB", "other"],
        ["none", "code", "video", "blog", "forum", "news", "government", "academic", "wikipedia", "docs", "books", "other"],
        ["none", "journal", "proceedings", "newspaper", "site", "other"],
        ["none", "pages", "volume", "both"],
        ["none", "press", "government", "news", "research", "other-known", "unknown"],
        ["none", "person", "organisation", "mixed"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["none", "year", "month", "day", "other"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["ja", "zh", "en", "ko", "other"],
        ["none", "corner", "white-corner", "double-angle", "angle", "quote", "emphasis"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["none", "blog", "news", "data", "docs", "other", "root"],
        ["no", "yes"],
    ];

    /// <summary>The index of the fact "what the address's path says the page is" (/blog/, /news/, /dataset/).</summary>
    public static readonly int PathFact = Array.IndexOf(FactNames, "path");

    /// <summary>The index of the fact "the address's path holds a date" (/2024/05/, /20240510_…).</summary>
    public static readonly int DatedPathFact = Array.IndexOf(FactNames, "dated-path");

    public static readonly int FactCount = FactNames.Length;

    // Pairs of facts whose meaning depends on each other.
    private static readonly (int A, int B)[] Pairs = [(1, 2), (2, 3), (1, 4), (4, 5), (0, 1), (2, 4), (16, 12), (1, PathFact), (1, DatedPathFact), (PathFact, DatedPathFact)];

    private static readonly int[] Offsets = BuildOffsets();

    /// <summary>How many features there are.</summary>
    public static readonly int Count = Offsets[^1] + (Values[Pairs[^1].A].Length * Values[Pairs[^1].B].Length);

    internal readonly float[] Weights = new float[Count * Types.Length];

    public static TypeModel Default => Loaded.Value;

    internal static TypeModel Empty() => new();

    private static int[] BuildOffsets()
    {
        var offsets = new int[FactNames.Length + Pairs.Length];
        var offset = 1;
        for (var f = 0; f < FactNames.Length; f++)
        {
            offsets[f] = offset;
            offset += Values[f].Length;
        }

        for (var p = 0; p < Pairs.Length; p++)
        {
            offsets[FactNames.Length + p] = offset;
            offset += Values[Pairs[p].A].Length * Values[Pairs[p].B].Length;
        }

        return offsets;
    }

    /// <summary>The features of a line whose facts are <paramref name="facts"/>.</summary>
    public static int[] Features(byte[] facts)
    {
        var features = new int[1 + FactNames.Length + Pairs.Length];
        features[0] = 0;
        for (var f = 0; f < FactNames.Length; f++)
        {
            features[1 + f] = Offsets[f] + facts[f];
        }

        for (var p = 0; p < Pairs.Length; p++)
        {
            var (a, b) = Pairs[p];
            features[1 + FactNames.Length + p] = Offsets[FactNames.Length + p] + (facts[a] * Values[b].Length) + facts[b];
        }

        return features;
    }

    /// <summary>The best CSL type for the features, or null when the model has no opinion (no weights).</summary>
    public string? Predict(int[] features)
    {
        var best = -1;
        var bestScore = 0f;
        for (var t = 0; t < Types.Length; t++)
        {
            var score = 0f;
            foreach (var f in features)
            {
                score += Weights[(f * Types.Length) + t];
            }

            if (best < 0 || score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }

        return bestScore == 0 && Weights.All(w => w == 0) ? null : Types[best];
    }

    private static string NameOf(int feature)
    {
        if (feature == 0)
        {
            return "bias";
        }

        for (var f = FactNames.Length + Pairs.Length - 1; f >= 0; f--)
        {
            if (feature >= Offsets[f])
            {
                var value = feature - Offsets[f];
                if (f < FactNames.Length)
                {
                    return FactNames[f] + "=" + Values[f][value];
                }

                var (a, b) = Pairs[f - FactNames.Length];
                return FactNames[a] + "*" + FactNames[b] + "=" + Values[a][value / Values[b].Length] + "|" + Values[b][value % Values[b].Length];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(feature));
    }

    private static readonly Lazy<Dictionary<string, int>> NameIndex = new(() => Enumerable.Range(0, Count).ToDictionary(NameOf, f => f, StringComparer.Ordinal));

    internal IEnumerable<string> Write()
    {
        for (var f = 0; f < Count; f++)
        {
            for (var t = 0; t < Types.Length; t++)
            {
                var w = Weights[(f * Types.Length) + t];
                if (w != 0)
                {
                    yield return NameOf(f) + ">" + Types[t] + "\t" + w.ToString("0.###", CultureInfo.InvariantCulture);
                }
            }
        }
    }

    internal static TypeModel Load(IEnumerable<string> lines)
    {
        var model = new TypeModel();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var arrow = tab < 0 ? -1 : line.LastIndexOf('>', tab);
            if (arrow < 0)
            {
                continue;
            }

            var type = Array.IndexOf(Types, line[(arrow + 1)..tab]);
            if (type >= 0 && NameIndex.Value.TryGetValue(line[..arrow], out var feature))
            {
                model.Weights[(feature * Types.Length) + type] = float.Parse(line[(tab + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return model;
    }
}
