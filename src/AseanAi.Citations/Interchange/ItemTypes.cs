using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AseanAi.Citations.Interchange;

/// <summary>The interchange formats whose type names <see cref="ItemTypes"/> maps.</summary>
internal enum TypeFormat
{
    Csl,
    BibLaTeX,
    BibTeX,
    Ris,
}

/// <summary>What one format writes for a kind of source: a type name, an entry subtype and a genre.</summary>
/// <param name="Name">The type name (<c>report</c>, <c>article-newspaper</c>, <c>GOVDOC</c>).</param>
/// <param name="Subtype">BibLaTeX's <c>entrysubtype</c>, or <see langword="null"/>.</param>
/// <param name="Genre">The genre to write (CSL <c>genre</c>, BibTeX <c>type</c>, RIS <c>M3</c>), or <see langword="null"/>.</param>
/// <param name="NeedsSourceType">Whether the custom field <c>source-type</c> must be written for the kind and genre to read back.</param>
internal readonly record struct WrittenType(string Name, string? Subtype, string? Genre, bool NeedsSourceType);

/// <summary>
/// The kinds of source and their type names in CSL-JSON, BibLaTeX, BibTeX and RIS, loaded once from the data file
/// <c>item-types.tsv</c> (which names its sources). One place decides, for every format, what a kind is written as and
/// what a type name (with its subtype and genre) reads as; the readers and writers only ask. Thread-safe.
/// </summary>
internal static class ItemTypes
{
    private const string ResourceName = "AseanAi.Citations.Interchange.item-types.tsv";

    private static readonly Table Data = Load();

    /// <summary>The CSL type names in the order of the data file (one per kind that has its own CSL type).</summary>
    public static ImmutableArray<string> CslNames => Data.CslNames;

    /// <summary>The kebab-case name of a kind (<c>government-document</c>), as the JSON form writes it.</summary>
    public static string NameOf(SourceType kind) => Data.Rows[(int)kind].Name;

    /// <summary>The kind with the kebab-case <paramref name="name"/>; also accepts the CSL spelling (<c>legal_case</c>).</summary>
    public static bool TryParseName(string? name, out SourceType kind)
    {
        if (name is not null && Data.ByKindName.TryGetValue(name, out kind))
        {
            return true;
        }

        kind = SourceType.Other;
        return false;
    }

    /// <summary>The CSL type a kind is written as.</summary>
    public static string CslOf(SourceType kind) => Enum.IsDefined(kind) ? Data.Rows[(int)kind].Csl : "document";

    /// <summary>Whether <paramref name="cslType"/> is a CSL 1.0.2 type.</summary>
    public static bool IsCsl(string? cslType) => cslType is not null && Data.ByName[(int)TypeFormat.Csl].ContainsKey(cslType);

    /// <summary>Whether <paramref name="name"/> is a type name this format reads (BibTeX names case-insensitively).</summary>
    public static bool IsKnown(TypeFormat format, string name) => Data.ByName[(int)Normalise(format)].ContainsKey(name);

    /// <summary>The genre written for a finer kind when its citation has none (<c>government document</c>), or <see langword="null"/>.</summary>
    public static string? MarkerGenre(SourceType kind) => Enum.IsDefined(kind) ? Data.Rows[(int)kind].Marker : null;

    /// <summary>
    /// What a type name reads as, before any custom field: the kind, and the genre (the genre field as written, or the
    /// genre the type name implies, as <c>@phdthesis</c> implies "PhD thesis"). A genre that marks a finer kind of the
    /// same type (<c>report</c> + "government document") gives that kind and no genre. Unknown names read as
    /// <see cref="SourceType.Other"/>.
    /// </summary>
    public static (SourceType Kind, string? Genre) Read(TypeFormat format, string? name, string? subtype, string? genre)
    {
        var map = Data.ByName[(int)Normalise(format)];
        Entry entry = default;
        var found = false;
        if (name is not null)
        {
            if (subtype is not null && format is TypeFormat.BibLaTeX or TypeFormat.BibTeX)
            {
                found = map.TryGetValue(name + "/" + subtype.Trim().ToLowerInvariant(), out entry);
            }

            found = found || map.TryGetValue(name, out entry);
        }

        if (!found)
        {
            return (SourceType.Other, genre);
        }

        var kind = entry.Kind;
        var effectiveGenre = genre ?? entry.ImpliedGenre;
        if (effectiveGenre is not null)
        {
            foreach (var finer in Data.FinerKinds)
            {
                var row = Data.Rows[(int)finer];
                if (string.Equals(row.Marker, effectiveGenre.Trim(), StringComparison.OrdinalIgnoreCase) && Writes(format, finer, name!))
                {
                    return (finer, null);
                }
            }
        }

        return (kind, effectiveGenre);
    }

    /// <summary>
    /// What a format writes for a citation of <paramref name="kind"/> with <paramref name="genre"/>: the type name,
    /// subtype and genre, chosen so that <see cref="Read"/> gives the kind and genre back, or else with
    /// <see cref="WrittenType.NeedsSourceType"/> set (the genre is then written exactly as it is).
    /// </summary>
    public static WrittenType Write(TypeFormat format, SourceType kind, string? genre)
    {
        var row = Enum.IsDefined(kind) ? Data.Rows[(int)kind] : Data.Rows[0];
        var full = row.NameIn(format);
        var slash = full.IndexOf('/', StringComparison.Ordinal);
        var name = slash < 0 ? full : full[..slash];
        var subtype = slash < 0 ? null : full[(slash + 1)..];

        // A name that implies the citation's genre (@mastersthesis for "Master's thesis") says it without a field.
        if (genre is not null)
        {
            foreach (var alias in Data.Aliases)
            {
                if (alias.Format == Normalise(format) && alias.Kind == kind
                    && string.Equals(alias.ImpliedGenre, genre, StringComparison.Ordinal)
                    && (format != TypeFormat.BibLaTeX || alias.Name is not ("phdthesis" or "mastersthesis" or "manual")))
                {
                    return new WrittenType(alias.Name, null, null, NeedsSourceType: false);
                }
            }
        }

        if (genre is null && Read(format, name, subtype, null) == (kind, null))
        {
            return new WrittenType(name, subtype, null, NeedsSourceType: false);
        }

        var written = genre ?? row.Marker;
        var (readKind, readGenre) = Read(format, name, subtype, written);
        if (readKind == kind && string.Equals(readGenre, genre, StringComparison.Ordinal))
        {
            return new WrittenType(name, subtype, written, NeedsSourceType: false);
        }

        return new WrittenType(name, subtype, genre, NeedsSourceType: true);
    }

    /// <summary>Whether a writer of <paramref name="format"/> may write <paramref name="kind"/> as <paramref name="name"/>, so that a custom <c>source-type</c> naming the kind agrees with it.</summary>
    public static bool Writes(TypeFormat format, SourceType kind, string name)
    {
        if (!Enum.IsDefined(kind))
        {
            return false;
        }

        var comparison = format is TypeFormat.BibLaTeX or TypeFormat.BibTeX ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var row = Data.Rows[(int)kind];
        if (format is TypeFormat.BibLaTeX or TypeFormat.BibTeX)
        {
            if (string.Equals(Before(row.BibLaTeX), name, comparison) || string.Equals(Before(row.BibTeX), name, comparison))
            {
                return true;
            }

            foreach (var alias in Data.Aliases)
            {
                if (alias.Format == TypeFormat.BibTeX && alias.Kind == kind && string.Equals(alias.Name, name, comparison))
                {
                    return true;
                }
            }

            return false;
        }

        return string.Equals(Before(row.NameIn(format)), name, comparison);

        static string Before(string value) => value.IndexOf('/', StringComparison.Ordinal) is var i and >= 0 ? value[..i] : value;
    }

    /// <summary>The rows of the data file, for tests: each kind with its name in every format.</summary>
    internal static IEnumerable<(SourceType Kind, string Name, string Csl, string? Marker, string BibLaTeX, string BibTeX, string Ris)> Rows =>
        Data.Rows.Select(r => (r.Kind, r.Name, r.Csl, r.Marker, r.BibLaTeX, r.BibTeX, r.Ris));

    // BibTeX and BibLaTeX names are read with one table: a reader cannot tell the dialects apart.
    private static TypeFormat Normalise(TypeFormat format) => format == TypeFormat.BibLaTeX ? TypeFormat.BibTeX : format;

    private readonly record struct Entry(SourceType Kind, string? ImpliedGenre);

    private sealed record Row(SourceType Kind, string Name, string Csl, string? Marker, string BibLaTeX, string BibTeX, string Ris)
    {
        public string NameIn(TypeFormat format) => format switch
        {
            TypeFormat.Csl => Csl,
            TypeFormat.BibLaTeX => BibLaTeX,
            TypeFormat.BibTeX => BibTeX,
            _ => Ris,
        };
    }

    private sealed record Alias(TypeFormat Format, string Name, SourceType Kind, string? ImpliedGenre);

    private sealed record Table(
        ImmutableArray<Row> Rows,
        ImmutableArray<Alias> Aliases,
        ImmutableArray<SourceType> FinerKinds,
        ImmutableArray<string> CslNames,
        FrozenDictionary<string, SourceType> ByKindName,
        ImmutableArray<FrozenDictionary<string, Entry>> ByName);

    private static Table Load()
    {
        using var stream = typeof(ItemTypes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new Row?[Enum.GetValues<SourceType>().Length];
        var aliases = new List<Alias>();
        var kinds = new Dictionary<string, SourceType>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<SourceType>())
        {
            kinds[Kebab(kind.ToString())] = kind;
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var c = line.Split('\t');
            if (c[0] == "read")
            {
                if (c.Length != 5 || !kinds.TryGetValue(c[3], out var aliasKind) || c[1] is not ("bibtex" or "ris"))
                {
                    throw new InvalidOperationException($"{ResourceName}: bad read line '{line}'.");
                }

                aliases.Add(new Alias(c[1] == "ris" ? TypeFormat.Ris : TypeFormat.BibTeX, c[2], aliasKind, Dash(c[4])));
                continue;
            }

            if (c.Length != 6 || !kinds.TryGetValue(c[0], out var rowKind) || rows[(int)rowKind] is not null)
            {
                throw new InvalidOperationException($"{ResourceName}: bad or repeated line '{line}'.");
            }

            rows[(int)rowKind] = new Row(rowKind, c[0], c[1], Dash(c[2]), c[3], c[4], c[5]);
        }

        if (Array.IndexOf(rows, null) is var missing and >= 0)
        {
            throw new InvalidOperationException($"{ResourceName}: no line for {(SourceType)missing}.");
        }

        var all = rows.Select(r => r!).ToImmutableArray();
        var finer = all.Where(r => r.Marker is not null).Select(r => r.Kind).ToImmutableArray();

        // Kinds without a marker genre own their names; a finer kind gets a name only when nobody else has it (GOVDOC).
        var csl = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var bib = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        var ris = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var pass in new[] { false, true })
        {
            foreach (var row in all.Where(r => (r.Marker is not null) == pass))
            {
                csl.TryAdd(row.Csl, new Entry(row.Kind, null));
                bib.TryAdd(row.BibLaTeX, new Entry(row.Kind, null));
                ris.TryAdd(row.Ris, new Entry(row.Kind, null));
            }
        }

        foreach (var alias in aliases)
        {
            var map = alias.Format == TypeFormat.Ris ? ris : bib;
            if (alias.ImpliedGenre is not null)
            {
                map[alias.Name] = new Entry(alias.Kind, alias.ImpliedGenre);
            }
            else
            {
                map.TryAdd(alias.Name, new Entry(alias.Kind, null));
            }
        }

        foreach (var pass in new[] { false, true })
        {
            foreach (var row in all.Where(r => (r.Marker is not null) == pass))
            {
                bib.TryAdd(row.BibTeX, new Entry(row.Kind, null));
            }
        }

        // Read by type name alone: an entry type without its subtype reads as the row that has no subtype.
        var byKindName = new Dictionary<string, SourceType>(kinds, StringComparer.Ordinal);
        foreach (var row in all)
        {
            byKindName.TryAdd(row.Csl, row.Kind);
        }

        var byName = new FrozenDictionary<string, Entry>[4];
        byName[(int)TypeFormat.Csl] = csl.ToFrozenDictionary(StringComparer.Ordinal);
        byName[(int)TypeFormat.BibTeX] = bib.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        byName[(int)TypeFormat.BibLaTeX] = byName[(int)TypeFormat.BibTeX];
        byName[(int)TypeFormat.Ris] = ris.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        return new Table(
            all,
            [.. aliases],
            finer,
            [.. all.Select(r => r.Csl).Distinct(StringComparer.Ordinal)],
            byKindName.ToFrozenDictionary(StringComparer.Ordinal),
            [.. byName]);

        static string? Dash(string value) => value == "-" ? null : value;
    }

    private static string Kebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsAsciiLetterUpper(pascal[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
