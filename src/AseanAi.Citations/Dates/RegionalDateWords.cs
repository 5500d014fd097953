using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace AseanAi.Citations.Dates;

/// <summary>What a word of <c>regional-date-words.tsv</c> does in a date.</summary>
internal enum RegionalWordKind : byte
{
    Month,
    MonthAbbreviation,
    MonthWord,
    Weekday,
    DayPrefix,
    MonthPrefix,
    YearPrefix,
    DaySuffix,
    MonthSuffix,
    YearSuffix,
    Era,
    Quarter,
    FiscalYear,
    Range,
    Connector,
    NoDate,
    Access,
}

/// <summary>The calendars whose years Southeast Asian references write.</summary>
internal enum RegionalEra : byte
{
    /// <summary>No era written; the language decides (a four-digit year of 2300 or more in a Thai text is Buddhist Era).</summary>
    Unwritten,
    Common,
    ThaiBuddhist,
    LaoBuddhist,
    KhmerBuddhist,
    Myanmar,
    Hijri,
}

/// <summary>One word of the table.</summary>
internal sealed record RegionalWord(string Text, RegionalWordKind Kind, int Value, RegionalEra Era, int Languages)
{
    public bool IsIn(DateLanguage language) => (Languages & (1 << (int)language)) != 0;
}

/// <summary>
/// The date words of Southeast Asian languages, read once from the embedded data file <c>regional-date-words.tsv</c>,
/// which names its sources; and the digits of their scripts. Immutable and thread-safe.
/// </summary>
internal static class RegionalDateWords
{
    private const string ResourceName = "AseanAi.Citations.Dates.regional-date-words.tsv";

    /// <summary>Every word, by its first character folded to lower case; each list longest first.</summary>
    private static readonly FrozenDictionary<char, RegionalWord[]> ByInitial;

    /// <summary>Every word of the table.</summary>
    public static ImmutableArray<RegionalWord> All { get; }

    /// <summary>For each language, the characters that can start one of its dates: digits of every script and word initials.</summary>
    private static readonly ImmutableArray<SearchValues<char>> Starts;

    static RegionalDateWords()
    {
        All = Load();
        ByInitial = All
            .GroupBy(word => Fold(word.Text[0]))
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(word => word.Text.Length).ToArray());
        var starts = ImmutableArray.CreateBuilder<SearchValues<char>>();
        foreach (var language in Enum.GetValues<DateLanguage>())
        {
            var characters = new HashSet<char>("0123456789０１２３４５６７８９๐๑๒๓๔๕๖๗๘๙໐໑໒໓໔໕໖໗໘໙០១២៣៤៥៦៧៨៩၀၁၂၃၄၅၆၇၈၉([（［");
            foreach (var word in All.Where(word => word.IsIn(language) && word.Kind is not (RegionalWordKind.Range or RegionalWordKind.Connector or RegionalWordKind.NoDate or RegionalWordKind.Access or RegionalWordKind.MonthWord or RegionalWordKind.DaySuffix or RegionalWordKind.MonthSuffix or RegionalWordKind.YearSuffix)))
            {
                characters.Add(word.Text[0]);
                characters.Add(char.ToUpperInvariant(word.Text[0]));
                characters.Add(char.ToLowerInvariant(word.Text[0]));
            }

            starts.Add(SearchValues.Create(string.Concat(characters.Order())));
        }

        Starts = starts.ToImmutable();
    }

    /// <summary>The characters that can start a date of <paramref name="language"/>.</summary>
    public static SearchValues<char> StartCharacters(DateLanguage language) => Starts[(int)language];

    /// <summary>The value of a digit of any script the table's languages use (ASCII, full-width, Thai, Lao, Khmer, Myanmar), or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        >= '\u0E50' and <= '\u0E59' => c - '\u0E50',
        >= '\u0ED0' and <= '\u0ED9' => c - '\u0ED0',
        >= '\u17E0' and <= '\u17E9' => c - '\u17E0',
        >= '\u1040' and <= '\u1049' => c - '\u1040',
        _ => -1,
    };

    /// <summary>
    /// The longest word of <paramref name="language"/> of one of the kinds in <paramref name="kinds"/> (a bit set of
    /// <see cref="RegionalWordKind"/> values) at the start of <paramref name="text"/>, and its length there (an abbreviation's
    /// final dot may be missing); <see langword="null"/> when none matches.
    /// </summary>
    public static RegionalWord? Match(ReadOnlySpan<char> text, DateLanguage language, int kinds, out int length)
    {
        length = 0;
        if (text.IsEmpty || !ByInitial.TryGetValue(Fold(text[0]), out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if ((kinds & (1 << (int)word.Kind)) == 0 || !word.IsIn(language))
            {
                continue;
            }

            var matched = MatchLength(text, word.Text);
            if (matched > 0)
            {
                length = matched;
                return word;
            }
        }

        return null;
    }

    /// <summary>A bit set of kinds for <see cref="Match"/>.</summary>
    public static int Kinds(params ReadOnlySpan<RegionalWordKind> kinds)
    {
        var set = 0;
        foreach (var kind in kinds)
        {
            set |= 1 << (int)kind;
        }

        return set;
    }

    /// <summary>A letter of the Latin script (ASCII, Latin-1, Latin Extended, Vietnamese), which must not run on after a Latin word.</summary>
    public static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c) || c is (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') or (>= '\u1E00' and <= '\u1EFF') or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static int MatchLength(ReadOnlySpan<char> text, string word)
    {
        var full = word.Length;
        var length = text.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? full
            : word[^1] == '.' && full > 2 && text.StartsWith(word.AsSpan(0, full - 1), StringComparison.OrdinalIgnoreCase) ? full - 1
            : 0;
        if (length == 0)
        {
            return 0;
        }

        // A Latin word ends at a word boundary (Mei, not Meiji); scripts written without spaces need none.
        return length < text.Length && IsLatinLetter(word[length - 1]) && IsLatinLetter(text[length]) ? 0 : length;
    }

    private static char Fold(char c) => char.ToLowerInvariant(c);

    private static ImmutableArray<RegionalWord> Load()
    {
        using var stream = typeof(RegionalDateWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var words = ImmutableArray.CreateBuilder<RegionalWord>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var languages = 0;
            foreach (var tag in fields[0].Split(','))
            {
                languages |= 1 << (int)DateLanguages.FromTag(tag);
            }

            var kind = Enum.Parse<RegionalWordKind>(fields[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            var era = RegionalEra.Unwritten;
            var value = 0;
            if (kind == RegionalWordKind.Era)
            {
                era = fields[2] switch
                {
                    "ce" => RegionalEra.Common,
                    "th-be" => RegionalEra.ThaiBuddhist,
                    "lo-be" => RegionalEra.LaoBuddhist,
                    "km-be" => RegionalEra.KhmerBuddhist,
                    "me" => RegionalEra.Myanmar,
                    _ => throw new InvalidOperationException($"Unknown era '{fields[2]}' in {ResourceName}."),
                };
            }
            else
            {
                value = int.Parse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture);
            }

            words.Add(new RegionalWord(fields[3], kind, value, era, languages));
        }

        return words.ToImmutable();
    }
}
