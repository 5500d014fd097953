using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Step 3 of reading a reference line: what is known of each atom, as small categorical facts (its kind, script,
/// length, place in the line, the separators around it, the dates, names, organisations, places and type codes in or
/// near it), and the features the role model weighs — each fact alone, with its neighbours' and in pairs. A feature is
/// an index into the model's weight table: <see cref="Template"/>s lay the indices out, and their names (used in the
/// model's data file) are made from the same tables, so the file and the code cannot disagree.
/// </summary>
internal static class AtomFeatures
{
    // ---- The facts -------------------------------------------------------------------------------------------------

    public const int Kind = 0;
    public const int Script = 1;
    public const int Length = 2;
    public const int Position = 3;
    public const int Before = 4;
    public const int After = 5;
    public const int DateFact = 6;
    public const int AccessWord = 7;
    public const int Registry = 8;
    public const int Suffix = 9;
    public const int NameShape = 10;
    public const int Place = 11;
    public const int TypeCodeNext = 12;
    public const int TypeCodePrevious = 13;
    public const int Locator = 14;
    public const int LinkPlace = 15;
    public const int Emphasis = 16;
    public const int BracketContent = 17;
    public const int HostMatch = 18;
    public const int Site = 19;
    public const int Ellipsis = 20;
    public const int Case = 21;
    public const int Particles = 22;
    public const int Words = 23;
    public const int DateRelation = 24;
    public const int UrlRelation = 25;
    public const int MarkRelation = 26;
    public const int EtAl = 27;
    public const int DashesAfter = 28;
    public const int DashesBefore = 29;
    public const int Bracketed = 30;
    public const int FactCount = 31;

    /// <summary>The names of each fact's values, indexed by fact.</summary>
    public static readonly string[][] Values =
    [
        Enum.GetNames<AtomKind>(),
        ["none", "han", "kana", "hangul", "latin", "digits", "cjk-latin", "symbols"],
        ["1", "2", "3", "4", "5-6", "7-10", "11-20", "21-40", "41+"],
        ["only", "first", "second", "third", "middle", "penultimate", "last"],
        Enum.GetNames<SeparatorKind>(),
        Enum.GetNames<SeparatorKind>(),
        ["none", "year", "month", "day", "other", "year-part", "month-part", "day-part", "other-part", "access", "access-part"],
        ["none", "before-word", "after-word", "date-label"],
        ["none", "government", "news", "research", "other", "unknown", "mention"],
        ["none", "organisation", "publisher", "both"],
        ["none", "cjk-name", "cjk-names", "latin-family-initials", "latin-given-family", "initials", "handle", "katakana-name", "name-list", "editor", "latin-word", "by-line"],
        ["no", "yes"],
        ["none", "book", "journal", "online", "other"],
        ["none", "book", "journal", "online", "other"],
        ["none", "pages", "volume", "issue", "numbers", "edition"],
        ["none", "only", "first", "middle", "last"],
        ["no", "yes"],
        ["none", "date", "latin", "editors", "thesis", "language", "file", "digits", "cjk", "access", "other"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["none", "acronym", "capitalised", "title-case", "lower"],
        ["no", "yes"],
        ["none", "1", "2", "3", "4-6", "7-12", "13+"],
        ["no-date", "before", "is", "after"],
        ["no-url", "before", "is", "after"],
        ["no-mark", "before", "is", "after"],
        ["no", "yes"],
        ["0", "1", "2", "3+"],
        ["0", "1", "2", "3+"],
        ["no", "yes"],
    ];

    /// <summary>Facts of the whole line, which every atom's features pair with its kind.</summary>
    public const int LineHasTypeCode = 0;
    public const int LineHasMark = 1;
    public const int LineHasLink = 2;
    public const int LineHasAccess = 3;
    public const int LineScript = 4;
    public const int LineFactCount = 5;

    public static readonly string[][] LineValues =
    [
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["no", "yes"],
        ["han", "kana", "latin", "hangul", "mixed"],
    ];

    // ---- The templates ---------------------------------------------------------------------------------------------

    /// <summary>A family of features: one fact (of this atom, a neighbour or the line), or a pair of them.</summary>
    /// <param name="Name">The template's name in the model file.</param>
    /// <param name="Size">How many features it has.</param>
    /// <param name="Offset">The index of its first feature.</param>
    /// <param name="ValueName">The name of each of its values.</param>
    internal sealed record Template(string Name, int Size, int Offset, Func<int, string> ValueName);

    private static readonly (string Name, int A, int B)[] Pairs =
    [
        ("kind*position", Kind, Position),
        ("kind*before", Kind, Before),
        ("kind*after", Kind, After),
        ("kind*script", Kind, Script),
        ("script*length", Script, Length),
        ("name*position", NameShape, Position),
        ("name*after", NameShape, After),
        ("registry*position", Registry, Position),
        ("date*position", DateFact, Position),
        ("date*before", DateFact, Before),
        ("link*kind", LinkPlace, Kind),
        ("link*position", LinkPlace, Position),
        ("before*after", Before, After),
        ("suffix*position", Suffix, Position),
        ("bracket*position", BracketContent, Position),
        ("length*position", Length, Position),
        ("site*link", Site, LinkPlace),
        ("host*position", HostMatch, Position),
        ("emphasis*kind", Emphasis, Kind),
        ("locator*position", Locator, Position),
        ("place*after", Place, After),
        ("daterel*kind", DateRelation, Kind),
        ("urlrel*kind", UrlRelation, Kind),
        ("markrel*kind", MarkRelation, Kind),
        ("daterel*name", DateRelation, NameShape),
        ("markrel*name", MarkRelation, NameShape),
        ("markrel*registry", MarkRelation, Registry),
        ("daterel*registry", DateRelation, Registry),
        ("typenext*kind", TypeCodeNext, Kind),
        ("typeprev*kind", TypeCodePrevious, Kind),
        ("case*words", Case, Words),
        ("script*position", Script, Position),
        ("particles*length", Particles, Length),
        ("before*position", Before, Position),
        ("after*position", After, Position),
        ("site*after", Site, After),
        ("host*link", HostMatch, LinkPlace),
        ("dashes-after*before", DashesAfter, Before),
        ("dashes-after*dashes-before", DashesAfter, DashesBefore),
        ("dashes-after*site", DashesAfter, Site),
        ("dashes-after*host", DashesAfter, HostMatch),
        ("bracketed*before", Bracketed, Before),
        ("bracketed*after", Bracketed, After),
        ("bracketed*kind", Bracketed, Kind),
    ];

    // Facts of the neighbours that each atom sees.
    private static readonly (string Name, int Offset, int Fact)[] Neighbours =
    [
        ("prev.kind", -1, Kind),
        ("next.kind", 1, Kind),
        ("prev.name", -1, NameShape),
        ("next.name", 1, NameShape),
        ("prev.script", -1, Script),
        ("next.script", 1, Script),
        ("prev.registry", -1, Registry),
        ("next.registry", 1, Registry),
        ("prev.date", -1, DateFact),
        ("next.date", 1, DateFact),
        ("prev.link", -1, LinkPlace),
        ("next.link", 1, LinkPlace),
        ("prev.suffix", -1, Suffix),
        ("next.suffix", 1, Suffix),
        ("prev2.kind", -2, Kind),
        ("next2.kind", 2, Kind),
        ("next.typenext", 1, TypeCodeNext),
        ("prev.before", -1, Before),
        ("next.after", 1, After),
        ("next.site", 1, Site),
        ("prev.bracket", -1, BracketContent),
        ("next.bracket", 1, BracketContent),
    ];

    public static readonly string[] FactNames =
    [
        "kind", "script", "length", "position", "before", "after", "date", "access-word", "registry", "suffix", "name", "place",
        "typecode-next", "typecode-prev", "locator", "link", "emphasis", "bracket", "host", "site", "ellipsis", "case", "particles",
        "words", "date-relation", "url-relation", "mark-relation", "et-al", "dashes-after", "dashes-before", "bracketed",
    ];

    public static readonly string[] LineFactNames = ["typecode", "mark", "link", "access", "script"];

    public static readonly Template[] Templates = BuildTemplates();

    /// <summary>How many features there are.</summary>
    public static readonly int Count = Templates[^1].Offset + Templates[^1].Size;

    private static Template[] BuildTemplates()
    {
        var templates = new List<Template>();
        var offset = 0;
        void Add(string name, int size, Func<int, string> valueName)
        {
            templates.Add(new Template(name, size, offset, valueName));
            offset += size;
        }

        Add("bias", 1, _ => "1");
        for (var f = 0; f < FactCount; f++)
        {
            var values = Values[f];
            Add(FactNames[f], values.Length, v => values[v]);
        }

        foreach (var (name, _, fact) in Neighbours)
        {
            var values = Values[fact];
            Add(name, values.Length + 1, v => v == values.Length ? "edge" : values[v]);
        }

        foreach (var (name, a, b) in Pairs)
        {
            var va = Values[a];
            var vb = Values[b];
            Add(name, va.Length * vb.Length, v => va[v / vb.Length] + "|" + vb[v % vb.Length]);
        }

        for (var l = 0; l < LineFactCount; l++)
        {
            var lv = LineValues[l];
            var kinds = Values[Kind];
            Add("line." + LineFactNames[l] + "*kind", lv.Length * kinds.Length, v => lv[v / kinds.Length] + "|" + kinds[v % kinds.Length]);
        }

        return [.. templates];
    }

    /// <summary>The name of feature <paramref name="index"/>: "template=value".</summary>
    public static string NameOf(int index)
    {
        foreach (var template in Templates)
        {
            if (index >= template.Offset && index < template.Offset + template.Size)
            {
                return template.Name + "=" + template.ValueName(index - template.Offset);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>The index of the feature named <paramref name="name"/>, or -1 when no template has it.</summary>
    public static int IndexOf(string name) => NameIndex.Value.TryGetValue(name, out var index) ? index : -1;

    private static readonly Lazy<Dictionary<string, int>> NameIndex = new(() =>
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var template in Templates)
        {
            for (var v = 0; v < template.Size; v++)
            {
                index[template.Name + "=" + template.ValueName(v)] = template.Offset + v;
            }
        }

        return index;
    });

    private static readonly int[] PairOffsets = [.. Pairs.Select(p => Templates.Single(t => t.Name == p.Name).Offset)];
    private static readonly int[] NeighbourOffsets = [.. Neighbours.Select(n => Templates.Single(t => t.Name == n.Name).Offset)];
    private static readonly int[] FactOffsets = [.. FactNames.Select(n => Templates.Single(t => t.Name == n).Offset)];
    private static readonly int[] LineOffsets = [.. LineFactNames.Select(n => Templates.Single(t => t.Name == "line." + n + "*kind").Offset)];

    /// <summary>How many features <see cref="Collect"/> adds for one atom: the bias, its facts, its neighbours', its pairs and the line's.</summary>
    public static int CountPerAtom => 1 + FactCount + Neighbours.Length + Pairs.Length + LineFactCount;

    /// <summary>Adds the features of atom <paramref name="a"/> to <paramref name="features"/>.</summary>
    public static void Collect(byte[][] facts, byte[] lineFacts, int a, List<int> features)
    {
        var own = facts[a];
        features.Add(0);
        for (var f = 0; f < FactCount; f++)
        {
            features.Add(FactOffsets[f] + own[f]);
        }

        for (var n = 0; n < Neighbours.Length; n++)
        {
            var (_, offset, fact) = Neighbours[n];
            var other = a + offset;
            var value = other >= 0 && other < facts.Length ? facts[other][fact] : Values[fact].Length;
            features.Add(NeighbourOffsets[n] + value);
        }

        for (var p = 0; p < Pairs.Length; p++)
        {
            var (_, fa, fb) = Pairs[p];
            features.Add(PairOffsets[p] + (own[fa] * Values[fb].Length) + own[fb]);
        }

        var kindCount = Values[Kind].Length;
        for (var l = 0; l < LineFactCount; l++)
        {
            features.Add(LineOffsets[l] + (lineFacts[l] * kindCount) + own[Kind]);
        }
    }
}
