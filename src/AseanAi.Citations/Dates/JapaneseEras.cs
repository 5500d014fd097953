using System.Collections.Immutable;
using System.Globalization;

namespace AseanAi.Citations.Dates;

/// <summary>One Japanese era (元号): its names and the Gregorian days it covers.</summary>
/// <remarks>Days are comparable numbers <c>year * 10000 + month * 100 + day</c>, as <see cref="PartialDate"/> bounds are.</remarks>
internal sealed class JapaneseEra
{
    public JapaneseEra(string name, string romanized, char latinAbbreviation, char kanjiAbbreviation, char squaredSign, int firstDay, int firstGregorianDay, int lastDay)
    {
        Name = name;
        Romanized = romanized;
        LatinAbbreviation = latinAbbreviation;
        KanjiAbbreviation = kanjiAbbreviation;
        SquaredSign = squaredSign;
        FirstDay = firstDay;
        FirstGregorianDay = firstGregorianDay;
        LastDay = lastDay;
    }

    /// <summary>The era name, such as 令和.</summary>
    public string Name { get; }

    /// <summary>The name in Latin letters, such as Reiwa.</summary>
    public string Romanized { get; }

    /// <summary>The one-letter abbreviation, such as R.</summary>
    public char LatinAbbreviation { get; }

    /// <summary>The one-kanji abbreviation, such as 令.</summary>
    public char KanjiAbbreviation { get; }

    /// <summary>The squared era sign, such as ㋿.</summary>
    public char SquaredSign { get; }

    /// <summary>The first day of the era.</summary>
    public int FirstDay { get; }

    /// <summary>The first day of the era that is a Gregorian-calendar day (1873-01-01 for Meiji).</summary>
    public int FirstGregorianDay { get; }

    /// <summary>The last day of the era, or <see cref="int.MaxValue"/> for the current era.</summary>
    public int LastDay { get; }

    /// <summary>The Gregorian year of the era's first year (元年).</summary>
    public int FirstYear => FirstDay / 10000;

    /// <summary>The Gregorian year of the era's last year, or <see cref="int.MaxValue"/> for the current era.</summary>
    public int LastYear => LastDay == int.MaxValue ? int.MaxValue : LastDay / 10000;
}

/// <summary>
/// The Japanese eras from Meiji on, read once from the embedded data file <c>japanese-eras.tsv</c>, which names its
/// sources. Immutable and thread-safe.
/// </summary>
internal static class JapaneseEras
{
    private const string ResourceName = "AseanAi.Citations.Dates.japanese-eras.tsv";

    /// <summary>The eras in time order.</summary>
    public static ImmutableArray<JapaneseEra> All { get; } = Load();

    // The characters that start each era's forms, in era order, for a quick first test (names and abbreviations are data).
    private static readonly string NameInitials = string.Concat(All.Select(era => era.Name[..1]));
    private static readonly string SquaredSigns = new(All.Select(era => era.SquaredSign).ToArray());
    private static readonly string KanjiAbbreviations = new(All.Select(era => era.KanjiAbbreviation).ToArray());
    private static readonly string LatinAbbreviations = new(All.Select(era => char.ToUpperInvariant(era.LatinAbbreviation)).ToArray());

    /// <summary>
    /// Matches an era name at the start of <paramref name="text"/>: the full name (令和), the squared sign (㋿), or, when
    /// followed by a digit, the one-kanji (令) or Latin (R, r, Ｒ) abbreviation.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> text, out int index, out int length, out bool abbreviated)
    {
        index = -1;
        length = 0;
        abbreviated = false;
        if (text.IsEmpty)
        {
            return false;
        }

        var first = text[0];
        if (first < 'A')
        {
            // Digits, spaces and punctuation: the most common first characters, and never an era.
            return false;
        }

        var eras = All;
        var found = IndexOf(NameInitials, first);
        if (found >= 0 && StartsWithName(text, eras[found].Name))
        {
            index = found;
            length = eras[found].Name.Length;
            return true;
        }

        found = IndexOf(SquaredSigns, first);
        if (found >= 0)
        {
            index = found;
            length = 1;
            return true;
        }

        if (text.Length < 2 || !DateCharacters.IsArabicDigit(text[1]))
        {
            return false;
        }

        found = IndexOf(KanjiAbbreviations, first);
        if (found < 0)
        {
            found = IndexOf(LatinAbbreviations, (char)(DateCharacters.FoldWidth(first) & ~0x20));
        }

        if (found < 0)
        {
            return false;
        }

        index = found;
        length = 1;
        abbreviated = true;
        return true;
    }

    // The tables hold one character per era: a plain loop beats a vectorized search at this size.
    private static int IndexOf(string characters, char c)
    {
        for (var i = 0; i < characters.Length; i++)
        {
            if (characters[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWithName(ReadOnlySpan<char> text, string name)
    {
        if (text.Length < name.Length)
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (text[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the index of the era that contains <paramref name="day"/>, or -1 before Meiji.</summary>
    public static int IndexAt(int day)
    {
        var eras = All;
        for (var i = eras.Length - 1; i >= 0; i--)
        {
            if (day >= eras[i].FirstDay)
            {
                return i;
            }
        }

        return -1;
    }

    private static ImmutableArray<JapaneseEra> Load()
    {
        using var stream = typeof(JapaneseEras).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 7)
            {
                throw new InvalidOperationException($"{ResourceName}: expected 7 tab-separated columns in '{line}'.");
            }

            rows.Add(columns);
        }

        var builder = ImmutableArray.CreateBuilder<JapaneseEra>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var columns = rows[i];
            var lastDay = i + 1 < rows.Count ? DayBefore(ParseDay(rows[i + 1][5])) : int.MaxValue;
            builder.Add(new JapaneseEra(
                name: columns[0],
                romanized: columns[1],
                latinAbbreviation: columns[2][0],
                kanjiAbbreviation: columns[3][0],
                squaredSign: (char)int.Parse(columns[4].AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                firstDay: ParseDay(columns[5]),
                firstGregorianDay: ParseDay(columns[6]),
                lastDay: lastDay));
        }

        var eras = builder.MoveToImmutable();
        Check(eras);
        return eras;
    }

    // The lookups assume one character per era in each table and eras in time order; a data file that breaks this is a
    // build mistake, found the first time the table is used.
    private static void Check(ImmutableArray<JapaneseEra> eras)
    {
        static bool Distinct(IEnumerable<char> characters) => characters.Distinct().Count() == characters.Count();

        if (!Distinct(eras.Select(e => e.Name[0])) || !Distinct(eras.Select(e => e.SquaredSign))
            || !Distinct(eras.Select(e => e.KanjiAbbreviation)) || !Distinct(eras.Select(e => char.ToUpperInvariant(e.LatinAbbreviation))))
        {
            throw new InvalidOperationException($"{ResourceName}: every era needs its own first character, sign and abbreviations.");
        }

        for (var i = 1; i < eras.Length; i++)
        {
            if (eras[i].FirstDay <= eras[i - 1].FirstDay)
            {
                throw new InvalidOperationException($"{ResourceName}: eras must be listed in time order ({eras[i].Name}).");
            }
        }
    }

    private static int ParseDay(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (date.Year * 10000) + (date.Month * 100) + date.Day;
    }

    private static int DayBefore(int day)
    {
        var date = new DateOnly(day / 10000, day / 100 % 100, day % 100).AddDays(-1);
        return (date.Year * 10000) + (date.Month * 100) + date.Day;
    }
}
