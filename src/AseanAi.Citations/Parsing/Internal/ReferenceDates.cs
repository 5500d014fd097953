using System.Buffers;
using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>A date found in a text: where it stands and what it means.</summary>
internal readonly record struct DateHit(int Start, int End, CitationDate Date)
{
    public int Length => End - Start;

    public bool IsYearOnly => Date.Start.Precision == DatePrecision.Year && !Date.IsInterval;
}

/// <summary>
/// Finds dates in reference lines and running text with the date model's own reader: <see cref="DateScanner"/> finds
/// the dates of running text in every calendar (令和7年10月26日, 2025 年 9 月, 民國114年, August 5, 2026), and
/// <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads the bare forms that reference lists add and
/// running text must not take as dates: a year standing alone (北京：中华书局，2000：29) and the month-day-year order of
/// some exported lists (檢索日期：3月 6, 2026). Dates keep the text they were read from, without their brackets.
/// </summary>
internal static class ReferenceDates
{
    /// <summary>
    /// Adds the dates found in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to
    /// <paramref name="hits"/>, in order. With <paramref name="runningText"/>, only the scanner's dates count.
    /// <paramref name="scratch"/>, when given, is a list this method may clear and use while it works; <paramref name="language"/>
    /// adds the date forms of a Southeast-Asian language (Thai months and Buddhist-Era years, Indonesian month names, …).
    /// </summary>
    public static void Find(string text, int start, int end, List<DateHit> hits, bool runningText = false, List<DateHit>? scratch = null, DateLanguage language = DateLanguage.Unspecified)
    {
        if (end <= start)
        {
            return;
        }

        var slice = text.AsSpan(start, end - start);
        var found = scratch ?? [];
        found.Clear();

        // A date in brackets is taken without them, and keeps the text it was read from without them too.
        DateScanner.FindDates(text, start, end, found, static (found, s, e, date) => found.Add(new DateHit(s, e, date)), withoutBrackets: true, language);
        CombineDualDates(slice, found);
        if (!runningText)
        {
            var scanned = found.Count;
            AddListForms(slice, found);
            AddBareForms(slice, found);
            if (found.Count > scanned)
            {
                found.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }

        foreach (var hit in found)
        {
            hits.Add(hit with { Start = hit.Start + start, End = hit.End + start });
        }
    }

    /// <summary>2025年（令和7年）3月28日: a year, the same year in an era in brackets, then the month and day, is one date.</summary>
    private static void CombineDualDates(ReadOnlySpan<char> text, List<DateHit> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var year = found[i];
            var era = found[i + 1];
            if (!year.IsYearOnly || era.Date.Start.Year != year.Date.Start.Year || !era.IsYearOnly)
            {
                continue;
            }

            var between = text[year.End..era.Start].Trim();
            if (between is not "(" and not "（")
            {
                continue;
            }

            var close = era.End;
            while (close < text.Length && text[close] is ' ' or '\u3000')
            {
                close++;
            }

            if (close >= text.Length || text[close] is not (')' or '）'))
            {
                continue;
            }

            var rest = close + 1;
            var restEnd = rest;
            while (restEnd < text.Length && restEnd - rest < 12 && (char.IsDigit(text[restEnd]) || text[restEnd] is '月' or '日' or ' ' or '\u3000'))
            {
                restEnd++;
            }

            var monthDay = text[rest..restEnd].TrimEnd();
            if (monthDay.Length > 0 && CitationDate.TryParse(string.Concat(text[year.Start..year.End], monthDay), out var combined))
            {
                var end = rest + monthDay.Length;
                found[i] = new DateHit(year.Start, end, combined.WithOriginalText(text[year.Start..end].ToString()));
                found.RemoveAt(i + 1);
            }
        }
    }

    private static void AddBareForms(ReadOnlySpan<char> text, List<DateHit> found)
    {
        // Full-width digits are rare: without them, one vectorised range search finds each next digit.
        var fullWidth = text.ContainsAnyInRange('０', '９');
        var i = 0;
        while (i < text.Length)
        {
            var nextDigit = fullWidth ? text[i..].IndexOfAny(Digits) : text[i..].IndexOfAnyInRange('0', '9');
            if (nextDigit < 0)
            {
                return;
            }

            i += nextDigit;
            if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) || char.IsAsciiLetter(text[i - 1]))) || Covered(found, i))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < text.Length && IsDigit(text[j]))
            {
                j++;
            }

            var digits = j - i;
            if (digits is 1 or 2 && MonthDayYear(text, i, j) is { } mdy)
            {
                found.Add(mdy);
                i = mdy.End;
                continue;
            }

            var next = j < text.Length ? text[j] : ' ';
            var decimalPoint = next == '.' && j + 1 < text.Length && IsDigit(text[j + 1]);

            // APA tells apart works of one author and year with a letter: (2024a), (2024b)。
            var disambiguated = char.IsAsciiLetterLower(next) && j + 1 < text.Length && text[j + 1] is ')' or '）';
            if (digits == 4 && (!char.IsAsciiLetter(next) || disambiguated) && !decimalPoint && next is not ('号' or '號' or '回' or '次' or '期' or '卷' or '巻' or '%'))
            {
                if (BareYear(text[i..j]) is { } year)
                {
                    found.Add(new DateHit(i, j, year));
                }
            }

            i = j;
        }
    }

    /// <summary>
    /// Four digits (ASCII or full-width) from 1000 to 2200 as the year they write, with themselves as the original text:
    /// the date <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads from them (ReferenceDatesTests
    /// checks every year both ways), made without the general reader.
    /// </summary>
    internal static CitationDate? BareYear(ReadOnlySpan<char> digits)
    {
        var year = 0;
        foreach (var c in digits)
        {
            year = (year * 10) + (c >= '０' ? c - '０' : c - '0');
        }

        return year is >= 1000 and <= 2200 ? new CitationDate(new PartialDate(year), digits.ToString()) : null;
    }

    /// <summary>
    /// Forms that reference lists write and running text does not, read where the scanner has found nothing:
    /// APA's year first, "(1996, May 8)", "(2004, October 8 – 2006, October 23)", "(2007, April 12 &amp; 13)",
    /// "(1999, Autumn)"; Chinese year.month, "2009.08", "2013,12"; and the Chinese month names of research exports,
    /// "六月 23, 2025".
    /// </summary>
    private static void AddListForms(ReadOnlySpan<char> text, List<DateHit> found)
    {
        var added = false;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (Covered(found, i) || (i > 0 && (IsDigit(text[i - 1]) || char.IsAsciiLetter(text[i - 1]))))
            {
                continue;
            }

            if (IsChineseMonthStart(text, i) && ChineseMonthDayYear(text, i) is { } chinese)
            {
                found.Add(chinese);
                added = true;
                i = chinese.End - 1;
                continue;
            }

            if (!IsDigit(text[i]) || !IsDigit(text[i + 1]) || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3]) || (i + 4 < text.Length && IsDigit(text[i + 4])))
            {
                continue;
            }

            if ((YearThenMonthDay(text, i) ?? YearDotMonth(text, i)) is { } hit)
            {
                found.RemoveAll(h => h.Start >= hit.Start && h.End <= hit.End);
                found.Add(hit);
                added = true;
                i = hit.End - 1;
            }
        }

        if (added)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // 1996, May 8 | 1999, Autumn | 2004, October 8 – 2006, October 23 | 2007, April 12 & 13
    private static DateHit? YearThenMonthDay(ReadOnlySpan<char> text, int start)
    {
        var p = start + 4;
        if (p + 2 >= text.Length || text[p] != ',' || text[p + 1] != ' ')
        {
            return null;
        }

        var (date, end) = MonthDayAfterYear(text, start, p + 2);
        if (date is null)
        {
            return null;
        }

        // A second date: "– 2006, October 23" or "& 13".
        var q = end;
        while (q < text.Length && text[q] == ' ')
        {
            q++;
        }

        if (q < text.Length && text[q] is '–' or '-' or '—' or '&')
        {
            var r = q + 1;
            while (r < text.Length && text[r] == ' ')
            {
                r++;
            }

            if (r + 4 <= text.Length && IsDigit(text[r]) && r + 4 < text.Length && text[r + 4] == ',' && (r + 5 >= text.Length || !IsDigit(text[r + 4])))
            {
                var (second, secondEnd) = MonthDayAfterYear(text, r, r + 6);
                if (second is not null && CitationDate.TryParse($"{date.ToEdtf()}/{second.ToEdtf()}", out var interval))
                {
                    return new DateHit(start, secondEnd, interval.WithOriginalText(text[start..secondEnd].ToString()));
                }
            }
            else
            {
                var dayStart = r;
                while (r < text.Length && r - dayStart < 2 && IsDigit(text[r]))
                {
                    r++;
                }

                if (r > dayStart && (r >= text.Length || !IsDigit(text[r])) && date.Start.Precision == DatePrecision.Day
                    && CitationDate.TryParse($"{date.ToEdtf()}/{date.ToEdtf()[..8]}{int.Parse(text[dayStart..r], System.Globalization.CultureInfo.InvariantCulture):00}", out var days))
                {
                    return new DateHit(start, r, days.WithOriginalText(text[start..r].ToString()));
                }
            }
        }

        return new DateHit(start, end, date.WithOriginalText(text[start..end].ToString()));
    }

    private static (CitationDate? Date, int End) MonthDayAfterYear(ReadOnlySpan<char> text, int yearStart, int p)
    {
        var wordStart = p;
        while (p < text.Length && char.IsAsciiLetter(text[p]))
        {
            p++;
        }

        if (p - wordStart < 3)
        {
            return (null, 0);
        }

        var lower = InvariantCase.ToLower(text[wordStart..p].ToString());
        var year = text.Slice(yearStart, 4).ToString();
        var season = EnglishDateWords.Season(lower);
        if (season != 0)
        {
            return CitationDate.TryParse($"{year}-{season}", out var seasonal) ? (seasonal, p) : (null, 0);
        }

        // The month-name table's reading of a month word (full, three letters, or sept), as a 0-based index.
        var month = EnglishDateWords.Month(lower, out _) - 1;
        if (month < 0)
        {
            return (null, 0);
        }

        var afterMonth = p;
        if (p < text.Length && text[p] == '.')
        {
            p++;
            afterMonth = p;
        }

        var q = p;
        while (q < text.Length && text[q] == ' ')
        {
            q++;
        }

        var dayStart = q;
        while (q < text.Length && q - dayStart < 2 && IsDigit(text[q]))
        {
            q++;
        }

        if (q > dayStart && (q >= text.Length || !IsDigit(text[q])))
        {
            var day = int.Parse(text[dayStart..q], System.Globalization.CultureInfo.InvariantCulture);
            if (CitationDate.TryParse($"{year}-{month + 1:00}-{day:00}", out var full))
            {
                return (full, q);
            }
        }

        return CitationDate.TryParse($"{year}-{month + 1:00}", out var monthly) ? (monthly, afterMonth) : (null, 0);
    }

    // 2009.08 | 2013,12 | 2016.04(第5版): a year and a month as Chinese lists write them.
    private static DateHit? YearDotMonth(ReadOnlySpan<char> text, int start)
    {
        var p = start + 4;
        if (p + 1 >= text.Length || text[p] is not ('.' or ',') || !IsDigit(text[p + 1]))
        {
            return null;
        }

        var monthStart = p + 1;
        var q = monthStart;
        while (q < text.Length && q - monthStart < 2 && IsDigit(text[q]))
        {
            q++;
        }

        // Not a version (2.0.1), a decimal (2013.123) or a full date (2009.08.15, read by the scanner).
        if (q < text.Length && (IsDigit(text[q]) || (text[q] is '.' or '-' or '/' && q + 1 < text.Length && IsDigit(text[q + 1]))))
        {
            return null;
        }

        var month = int.Parse(text[monthStart..q], System.Globalization.CultureInfo.InvariantCulture);
        var year = BareYear(text.Slice(start, 4));
        if (month is < 1 or > 12 || year is null || (text[p] == ',' && q - monthStart != 2 && month > 9))
        {
            return null;
        }

        return CitationDate.TryParse($"{year.ToEdtf()}-{month:00}", out var date) ? new DateHit(start, q, date.WithOriginalText(text[start..q].ToString())) : null;
    }

    private static bool IsChineseMonthStart(ReadOnlySpan<char> text, int i) => text[i] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    // 六月 23, 2025 | 十二月 1, 2025: Gemini's Chinese exports write the month by its name, then day and year.
    private static DateHit? ChineseMonthDayYear(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        while (p < text.Length && p - start < 3 && IsChineseMonthStart(text, p))
        {
            p++;
        }

        if (p >= text.Length || text[p] != '月')
        {
            return null;
        }

        var month = text[start..p] switch
        {
            "一" => 1, "二" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10, "十一" => 11, "十二" => 12,
            _ => 0,
        };
        if (month == 0)
        {
            return null;
        }

        var digits = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Span<char> rewritten = stackalloc char[text.Length - p + 2];
        digits.AsSpan().CopyTo(rewritten);
        text[p..].CopyTo(rewritten[digits.Length..]);
        var hit = MonthDayYear(rewritten[..(digits.Length + text.Length - p)], 0, digits.Length);
        return hit is { } h ? new DateHit(start, p + (h.End - digits.Length), h.Date.WithOriginalText(text[start..(p + (h.End - digits.Length))].ToString())) : null;
    }

    /// <summary>3月 6, 2026: read as the date it names, 2026年3月6日.</summary>
    private static DateHit? MonthDayYear(ReadOnlySpan<char> text, int start, int monthEnd)
    {
        var p = monthEnd;
        if (p >= text.Length || text[p] != '月')
        {
            return null;
        }

        p++;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var dayStart = p;
        while (p < text.Length && p - dayStart < 2 && IsDigit(text[p]))
        {
            p++;
        }

        if (p == dayStart || p >= text.Length || text[p] != ',')
        {
            return null;
        }

        var dayEnd = p;
        p++;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var yearStart = p;
        while (p < text.Length && p - yearStart < 4 && IsDigit(text[p]))
        {
            p++;
        }

        if (p - yearStart != 4)
        {
            return null;
        }

        var reordered = $"{text[yearStart..p]}年{text[start..monthEnd]}月{text[dayStart..dayEnd]}日";
        return CitationDate.TryParse(reordered, out var date) ? new DateHit(start, p, date.WithOriginalText(text[start..p].ToString())) : null;
    }

    private static bool Covered(List<DateHit> found, int index)
    {
        foreach (var hit in found)
        {
            if (index >= hit.Start && index < hit.End)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');
}
