using System.Globalization;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Reads the free-text dates of CSL-JSON (<c>raw</c> and string values): ISO forms (<c>2025-10-26</c>, <c>2024-12</c>),
/// EDTF intervals (<c>2024-12/2025-01</c>), English month names (<c>October 26, 2025</c>, <c>26 Oct 2025</c>), seasons
/// (<c>Spring 2025</c>), year ranges (<c>1990-1991</c>) and every CJK and calendar form <see cref="CitationDate.TryParse(string?, out CitationDate?)"/>
/// reads (令和7年10月26日, 民國114年). Anything else is kept as a literal.
/// </summary>
internal static class CslDateParser
{
    private static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];

    public static CslDateValue Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new CslDateValue();
        }

        // Intervals: '/' always; a hyphen between two whole dates.
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var a = ParseSingle(trimmed[..slash]);
            var b = ParseSingle(trimmed[(slash + 1)..]);
            if (a is { } first && b is { } second)
            {
                return new CslDateValue { Start = first, End = second };
            }
        }

        if (ParseSingle(trimmed) is { } single)
        {
            return new CslDateValue { Start = single };
        }

        foreach (var separator in new[] { " - ", "–", "—", "-" })
        {
            var index = trimmed.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
            {
                var a = ParseSingle(trimmed[..index]);
                var b = ParseSingle(trimmed[(index + separator.Length)..]);
                if (a is { } first && b is { } second)
                {
                    return new CslDateValue { Start = first, End = second };
                }
            }
        }

        if (CitationDate.TryParseEdtf(trimmed, out var edtf))
        {
            var start = FromPartial(edtf.Start);
            return edtf.End is { } end ? new CslDateValue { Start = start, End = FromPartial(end) } : new CslDateValue { Start = start };
        }

        return FromCitationDate(trimmed) ?? new CslDateValue { Literal = trimmed };
    }

    /// <summary>
    /// A date in any form that <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads: Japanese eras (令和7年10月26日), the ROC
    /// calendar (民國114年), CJK numerals and full-width digits (二〇二五年十月), ranges; null for other text.
    /// </summary>
    public static CslDateValue? FromCitationDate(string text)
    {
        if (!CitationDate.TryParse(text, out var date))
        {
            return null;
        }

        var circa = (date.Start.Qualifier & DateQualifier.Approximate) != 0;
        var start = FromPartial(date.Start);
        return date.End is { } end
            ? new CslDateValue { Start = start, End = FromPartial(end), Circa = circa }
            : new CslDateValue { Start = start, Circa = circa };
    }

    internal static CslDatePart FromPartial(PartialDate date)
    {
        var season = date.Season is { } s ? (int)s - 20 : 0;
        return new CslDatePart(date.Year, date.Month ?? 0, date.Day ?? 0, season);
    }

    private static CslDatePart? ParseSingle(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        // ISO: YYYY, YYYY-MM, YYYY-MM-DD
        var isoParts = t.Split('-');
        if (isoParts.Length <= 3 && isoParts[0].Length is >= 1 and <= 4 && isoParts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            if (isoParts.Length == 1 || isoParts[1].Length <= 2)
            {
                var year = int.Parse(isoParts[0], CultureInfo.InvariantCulture);
                var month = isoParts.Length > 1 ? int.Parse(isoParts[1], CultureInfo.InvariantCulture) : 0;
                var day = isoParts.Length > 2 ? int.Parse(isoParts[2], CultureInfo.InvariantCulture) : 0;
                if (month is >= 0 and <= 12 && day is >= 0 and <= 31 && year > 0)
                {
                    return new CslDatePart(year, month, day, 0);
                }

                if (month is >= 21 and <= 24 && day == 0)
                {
                    return new CslDatePart(year, 0, 0, month - 20);
                }
            }

            return null;
        }

        // Words: month names, seasons, day and year numbers.
        var tokens = t.Replace(",", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int y = 0, m = 0, d = 0, season = 0;
        foreach (var token in tokens)
        {
            if (token.All(char.IsAsciiDigit))
            {
                var number = int.Parse(token, CultureInfo.InvariantCulture);
                if (token.Length >= 3 || number > 31)
                {
                    if (y != 0)
                    {
                        return null;
                    }

                    y = number;
                }
                else if (d == 0)
                {
                    d = number;
                }
                else
                {
                    return null;
                }

                continue;
            }

            var lower = token.ToLowerInvariant();
            var monthIndex = Dates.EnglishDateWords.MonthByPrefix(lower) - 1;
            if (monthIndex >= 0 && m == 0)
            {
                m = monthIndex + 1;
                continue;
            }

            var seasonIndex = Array.IndexOf(SeasonNames, lower == "fall" ? "autumn" : lower);
            if (seasonIndex >= 0 && season == 0)
            {
                season = seasonIndex + 1;
                continue;
            }

            return null;
        }

        if (y == 0 && d > 0 && m == 0 && season == 0)
        {
            return null;
        }

        if (y == 0)
        {
            return null;
        }

        if (m == 0 && d != 0)
        {
            return null;
        }

        return new CslDatePart(y, m, d, season);
    }
}
