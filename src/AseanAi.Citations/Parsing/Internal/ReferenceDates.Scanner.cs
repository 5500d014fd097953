namespace AseanAi.Citations.Parsing.Internal;

// A minimal scanner used until the date model's own scanner (CitationDate parsing for every CJK form) is merged.
internal static partial class ReferenceDates
{
    private static readonly (string Name, int FirstYear)[] Eras =
    [
        ("令和", 2019), ("平成", 1989), ("昭和", 1926), ("大正", 1912), ("明治", 1868), ("民國", 1912), ("民国", 1912),
    ];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static void Scan(string text, int start, int end, List<DateHit> hits)
    {
        var i = start;
        while (i < end)
        {
            if (TryAt(text, i, end, out var hit))
            {
                hits.Add(hit);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool TryAt(string text, int i, int end, out DateHit hit)
    {
        hit = default;
        var c = text[i];
        if (i > 0 && (IsDigit(text[i - 1]) || (IsDigit(c) && char.IsAsciiLetter(text[i - 1]))))
        {
            return false;
        }

        foreach (var (name, firstYear) in c is '令' or '平' or '昭' or '大' or '明' or '民' ? Eras : [])
        {
            if (string.CompareOrdinal(text, i, name, 0, name.Length) == 0)
            {
                var p = i + name.Length;
                SkipSpaces(text, ref p, end);
                int eraYear;
                if (p < end && text[p] == '元')
                {
                    eraYear = 1;
                    p++;
                }
                else if (!ReadNumber(text, ref p, end, 1, 3, out eraYear))
                {
                    return false;
                }

                SkipSpaces(text, ref p, end);
                if (p >= end || text[p] != '年')
                {
                    return false;
                }

                return FinishCjk(text, i, p + 1, end, firstYear + eraYear - 1, out hit);
            }
        }

        if (IsAsciiLetterStart(text, i))
        {
            return TryEnglish(text, i, end, out hit);
        }

        if (!IsDigit(c))
        {
            return false;
        }

        var q = i;
        if (!ReadNumber(text, ref q, end, 1, 4, out var number))
        {
            return false;
        }

        var digits = q - i;
        if (digits <= 2)
        {
            // "3月 6, 2026": month and day before the year.
            var r = q;
            SkipSpaces(text, ref r, end);
            if (r < end && text[r] == '月' && number is >= 1 and <= 12)
            {
                r++;
                SkipSpaces(text, ref r, end);
                if (ReadNumber(text, ref r, end, 1, 2, out var day) && r + 1 < end && text[r] == ',')
                {
                    r++;
                    SkipSpaces(text, ref r, end);
                    if (ReadNumber(text, ref r, end, 4, 4, out var year) && IsValid(year, number, day))
                    {
                        hit = new DateHit(i, r, Make(text, i, r, year, number, day));
                        return true;
                    }
                }
            }

            return TryDayMonthName(text, i, q, number, end, out hit);
        }

        if (digits != 4 || number < 1000 || number > 2200)
        {
            return false;
        }

        var p2 = q;
        SkipSpaces(text, ref p2, end);
        if (p2 < end && text[p2] == '年')
        {
            return FinishCjk(text, i, p2 + 1, end, number, out hit);
        }

        if (q < end && text[q] is '-' or '/' or '.' && q + 1 < end && IsDigit(text[q + 1]))
        {
            var separator = text[q];
            var r = q + 1;
            if (ReadNumber(text, ref r, end, 1, 2, out var month) && month is >= 1 and <= 12 && (r >= end || !IsDigit(text[r])))
            {
                if (r + 1 < end && text[r] == separator && IsDigit(text[r + 1]))
                {
                    var s = r + 1;
                    if (ReadNumber(text, ref s, end, 1, 2, out var day) && (s >= end || !IsDigit(text[s])) && IsValid(number, month, day))
                    {
                        hit = new DateHit(i, s, Make(text, i, s, number, month, day));
                        return true;
                    }
                }

                if (separator != '.')
                {
                    hit = new DateHit(i, r, Make(text, i, r, number, month, null));
                    return true;
                }
            }
        }

        if (q < end && (IsDigit(text[q]) || char.IsAsciiLetter(text[q]) || text[q] is '号' or '號' or '回' or '次' or '期'))
        {
            return false;
        }

        hit = new DateHit(i, q, Make(text, i, q, number, null, null));
        return true;
    }

    private static bool FinishCjk(string text, int begin, int afterYear, int end, int year, out DateHit hit)
    {
        hit = new DateHit(begin, afterYear, Make(text, begin, afterYear, year, null, null));
        var p = afterYear;
        SkipSpaces(text, ref p, end);

        // A dual date: 2025年（令和7年）3月28日.
        if (p < end && text[p] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], p);
            if (close > p && close - p <= 8 && close < end)
            {
                var inner = p + 1;
                if (TryAt(text, inner, close, out var eraHit) && eraHit.Date.Start.Year == year)
                {
                    p = close + 1;
                    SkipSpaces(text, ref p, end);
                }
            }
        }

        if (!ReadNumber(text, ref p, end, 1, 2, out var month) || month is < 1 or > 12)
        {
            return true;
        }

        SkipSpaces(text, ref p, end);
        if (p >= end || text[p] != '月')
        {
            return true;
        }

        p++;
        hit = new DateHit(begin, p, Make(text, begin, p, year, month, null));
        var d = p;
        SkipSpaces(text, ref d, end);
        if (ReadNumber(text, ref d, end, 1, 2, out var day))
        {
            SkipSpaces(text, ref d, end);
            if (d < end && text[d] is '日' or '号' && IsValid(year, month, day))
            {
                hit = new DateHit(begin, d + 1, Make(text, begin, d + 1, year, month, day));
            }
        }

        return true;
    }

    private static bool TryEnglish(string text, int i, int end, out DateHit hit)
    {
        hit = default;
        var month = MonthAt(text, i, end, out var afterMonth);
        if (month == 0)
        {
            return false;
        }

        var p = afterMonth;
        SkipSpaces(text, ref p, end);
        var dayStart = p;
        if (ReadNumber(text, ref p, end, 1, 2, out var day))
        {
            if (p < end && text[p] == ',')
            {
                p++;
            }

            SkipSpaces(text, ref p, end);
            if (ReadNumber(text, ref p, end, 4, 4, out var year) && IsValid(year, month, day))
            {
                hit = new DateHit(i, p, Make(text, i, p, year, month, day));
                return true;
            }

            p = dayStart;
        }

        if (ReadNumber(text, ref p, end, 4, 4, out var onlyYear))
        {
            hit = new DateHit(i, p, Make(text, i, p, onlyYear, month, null));
            return true;
        }

        return false;
    }

    private static bool TryDayMonthName(string text, int i, int afterDay, int day, int end, out DateHit hit)
    {
        hit = default;
        var p = afterDay;
        SkipSpaces(text, ref p, end);
        var month = MonthAt(text, p, end, out var afterMonth);
        if (month == 0)
        {
            return false;
        }

        p = afterMonth;
        SkipSpaces(text, ref p, end);
        if (ReadNumber(text, ref p, end, 4, 4, out var year) && IsValid(year, month, day))
        {
            hit = new DateHit(i, p, Make(text, i, p, year, month, day));
            return true;
        }

        return false;
    }

    private static int MonthAt(string text, int i, int end, out int after)
    {
        after = i;
        if (i > 0 && char.IsAsciiLetter(text[i - 1]))
        {
            return 0;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            var full = name.Length;
            if (i + full <= end && string.Compare(text, i, name, 0, full, StringComparison.OrdinalIgnoreCase) == 0
                && (i + full >= end || !char.IsAsciiLetter(text[i + full])))
            {
                after = i + full;
                return m + 1;
            }

            if (i + 3 <= end && string.Compare(text, i, name, 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var p = i + 3;
                if (p < end && text[p] == '.')
                {
                    p++;
                }
                else if (p < end && char.IsAsciiLetter(text[p]))
                {
                    continue;
                }

                after = p;
                return m + 1;
            }
        }

        return 0;
    }

    private static bool IsAsciiLetterStart(string text, int i) =>
        char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsAsciiLetter(text[i - 1]));

    private static CitationDate Make(string text, int start, int end, int year, int? month, int? day) =>
        new(new PartialDate(year, month, day), text[start..end]);

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= PartialDate.DaysInMonth(year, month);

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static void SkipSpaces(string text, ref int p, int end)
    {
        while (p < end && text[p] is ' ' or '\u3000' or '\t')
        {
            p++;
        }
    }

    private static bool ReadNumber(string text, ref int p, int end, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var begin = p;
        while (p < end && p - begin < maxDigits && IsDigit(text[p]))
        {
            var c = text[p];
            value = (value * 10) + (c >= '０' ? c - '０' : c - '0');
            p++;
        }

        if (p - begin < minDigits || (p < end && IsDigit(text[p])))
        {
            p = begin;
            return false;
        }

        return true;
    }
}
