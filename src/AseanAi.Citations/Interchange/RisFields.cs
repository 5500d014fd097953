using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Interchange;

/// <summary>The value forms of RIS: names (<c>AU</c>), dates (<c>PY</c>, <c>DA</c>, <c>Y2</c>) and languages (<c>LA</c>).</summary>
internal static class RisFields
{
    // LA values that are neither tags nor babel names, as reference managers write them.
    private static readonly FrozenDictionary<string, string> LanguageNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["日本語"] = "ja",
        ["中文"] = "zh",
        ["繁體中文"] = "zh-Hant",
        ["繁体中文"] = "zh-Hant",
        ["简体中文"] = "zh-Hans",
        ["簡體中文"] = "zh-Hans",
        ["한국어"] = "ko",
        ["jpn"] = "ja",
        ["chi"] = "zh",
        ["zho"] = "zh",
        ["eng"] = "en",
        ["kor"] = "ko",
        ["Chinese (Traditional)"] = "zh-Hant",
        ["Chinese (Simplified)"] = "zh-Hans",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A person as <c>family, given</c>; an organisation as its name.</summary>
    public static string FormatName(Contributor contributor) =>
        contributor.Person is { Literal: null } person
            ? (person.Given is null ? person.Family! : person.Family + ", " + person.Given) + (person.Suffix is null ? string.Empty : (person.Given is null ? ", , " : ", ") + person.Suffix)
            : contributor.ToString();

    // Name suffixes as RIS and BibTeX files write them (Jr., III).
    private static bool IsSuffix(string part) =>
        part.TrimEnd('.') is "Jr" or "Sr" or "jr" or "sr" or "II" or "III" or "IV" or "V" or "2nd" or "3rd" or "4th";

    /// <summary>
    /// Reads an <c>AU</c>-like value: <c>family, given</c> is a person; a value without a comma is an organisation, as
    /// Zotero writes single-field names, and so is EndNote's corporate form with a trailing comma (<c>外務省,</c>,
    /// <c>U.S. Department of Agriculture, Agricultural Research Service,</c>: the whole value, whatever commas it holds);
    /// the one exception is a CJK name of two short parts (<c>佐藤 仁</c>), read family first.
    /// </summary>
    public static Contributor? ParseName(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        // EndNote marks a corporate author with a trailing comma; the commas before it belong to the name.
        if (text.Length > 1 && text[^1] == ',' && text[^2] != ',')
        {
            return Contributor.ForOrganization(PublisherRef.Unresolved(text[..^1].TrimEnd()));
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var family = text[..comma].Trim();
            var given = text[(comma + 1)..].Trim();
            string? suffix = null;
            var second = given.IndexOf(',', StringComparison.Ordinal);
            if (second >= 0)
            {
                // Last, First, Suffix (the RIS specification's form) or Last, Suffix, First (BibTeX's, as some exports write it).
                var middle = given[..second].Trim();
                var last = given[(second + 1)..].Trim();
                if (IsSuffix(last))
                {
                    (given, suffix) = (middle, last);
                }
                else if (IsSuffix(middle))
                {
                    (given, suffix) = (last, middle);
                }
            }

            if (given.Length == 0 && suffix is null)
            {
                return Contributor.ForOrganization(PublisherRef.Unresolved(family));
            }

            if (suffix is not null && family.Length > 0)
            {
                return Contributor.ForPerson(PersonName.Create(family, given.Length == 0 ? null : given).WithSuffix(suffix));
            }

            return family.Length == 0
                ? Contributor.ForPerson(PersonName.Create(given))
                : Contributor.ForPerson(PersonName.Create(family, given));
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && text.IndexOf(' ', space + 1) < 0 && IsShortCjkName(text.AsSpan(0, space)) && IsShortCjkName(text.AsSpan(space + 1)))
        {
            return Contributor.ForPerson(PersonName.Create(text[..space], text[(space + 1)..]));
        }

        return Contributor.ForOrganization(PublisherRef.Unresolved(text.TrimEnd(',')));
    }

    private static bool IsShortCjkName(ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var rune in part.EnumerateRunes())
        {
            if (!(CjkCharacters.IsHan(rune.Value) || CjkCharacters.IsKana(rune.Value)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an <c>SN</c> value holds ISSNs (<c>0021-9606</c>, <c>13459678</c>, several separated by white space or
    /// semicolons) rather than an ISBN: an ISSN has eight characters, seven digits and a check digit or X, and an ISBN
    /// has ten or thirteen, so the form tells them apart.
    /// </summary>
    public static bool IsIssnList(string value)
    {
        var parts = value.Split([' ', '\n', ';', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && Array.TrueForAll(parts, IsIssn);
    }

    private static bool IsIssn(string part)
    {
        var digits = part.Length == 9 && part[4] == '-' ? string.Concat(part.AsSpan(0, 4), part.AsSpan(5)) : part;
        return digits.Length == 8 && !digits.AsSpan(0, 7).ContainsAnyExceptInRange('0', '9') && (char.IsAsciiDigit(digits[7]) || digits[7] is 'X' or 'x');
    }

    /// <summary>Writes a date as RIS does: <c>2025/10/26/</c>, <c>2024/12//</c>, <c>2025///</c>, <c>2025///Spring</c>.</summary>
    public static string FormatDate(PartialDate date)
    {
        var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        var month = date.Month is { } m ? m.ToString("00", CultureInfo.InvariantCulture) : string.Empty;
        var day = date.Day is { } d ? d.ToString("00", CultureInfo.InvariantCulture) : string.Empty;
        var other = date.Season is { } season ? season.ToString() : string.Empty;
        return $"{year}/{month}/{day}/{other}";
    }

    /// <summary>
    /// Reads an RIS date in any form files use: <c>2025/01/14/</c>, <c>2025/01/14</c>, <c>2025///</c>, <c>2025</c>,
    /// <c>2025-01-14</c>, <c>2025///Spring</c>, <c>2025/11/01/12:00:00</c>, EndNote's <c>October 26</c> or <c>Oct 26</c>
    /// with the year from <paramref name="year"/>, or EDTF.
    /// </summary>
    public static bool TryParseDate(string value, int? year, [NotNullWhen(true)] out CitationDate? date)
    {
        date = null;
        var text = value.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[0]) || (text[0] == '-' && text.Length > 1 && char.IsAsciiDigit(text[1])))
        {
            var parts = text.Split(text.Contains('/', StringComparison.Ordinal) ? '/' : '-');
            if (parts.Length > 4 && text.Contains('/', StringComparison.Ordinal))
            {
                parts = [.. parts.Take(3), string.Join('/', parts.Skip(3))];
            }

            if (!int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)
                || (parts.Length > 1 && text[0] == '-' && !text.Contains('/', StringComparison.Ordinal)))
            {
                return InterchangeDates.TryParseText(text, out date);
            }

            int? m = null;
            int? d = null;
            if (parts.Length > 1 && parts[1].Length > 0)
            {
                if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
                {
                    return false;
                }

                m = month;
            }

            if (parts.Length > 2 && parts[2].Length > 0)
            {
                if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
                {
                    return false;
                }

                d = day;
            }

            if (PartialDate.Validate(y, m, d, out _) is not null)
            {
                return false;
            }

            var partial = new PartialDate(y, m, d);
            if (m is null && parts.Length > 3 && ParseSeason(parts[3]) is { } season)
            {
                partial = PartialDate.FromSeason(y, season);
            }

            date = new CitationDate(partial);
            return true;
        }

        // EndNote's DA: "October 26", "Oct 26", "October", with the year from PY.
        var words = text.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var monthIndex = MonthOf(words[0]);
        if (monthIndex is { } monthValue)
        {
            var wordYear = words.Length > 2 && int.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y3) ? y3 : year;
            int? day = words.Length > 1 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d2) ? d2 : null;
            if (wordYear is { } y2 && PartialDate.Validate(y2, monthValue, day, out _) is null)
            {
                date = new CitationDate(new PartialDate(y2, monthValue, day));
                return true;
            }

            return false;
        }

        return InterchangeDates.TryParseText(text, out date);
    }

    private static int? MonthOf(string word)
    {
        var lower = word.TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3)
        {
            return null;
        }

        var month = Dates.EnglishDateWords.MonthByPrefix(lower);
        return month == 0 ? null : month;
    }

    private static Season? ParseSeason(string other) => other.Trim().ToUpperInvariant() switch
    {
        "SPRING" => Season.Spring,
        "SUMMER" => Season.Summer,
        "AUTUMN" or "FALL" => Season.Autumn,
        "WINTER" => Season.Winter,
        _ => null,
    };

    /// <summary>Reads an <c>LA</c> value: a tag (<c>ja</c>), an English or babel name (<c>Japanese</c>), or a native name (<c>日本語</c>).</summary>
    public static string? ParseLanguage(string value)
    {
        var text = value.Trim();
        if (LanguageNames.TryGetValue(text, out var tag))
        {
            return tag;
        }

        return BabelLanguages.TagOf(text);
    }
}
