using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Dates;

/// <summary>
/// Splits a date text into <see cref="DateToken"/>s, skipping spaces of any width. Works on a span, allocates nothing,
/// and reads every character at most a few times (a long run of digits is one token).
/// </summary>
internal ref struct DateLexer
{
    private readonly ReadOnlySpan<char> _text;

    // The grammar peeks at most tokens before reading them: remembering the last token read, and where from, halves the work.
    private int _cachedFrom;
    private DateToken _cached;

    public DateLexer(ReadOnlySpan<char> text, int position, int end)
    {
        _text = text[..end];
        Position = position;
        _cachedFrom = -1;
        _cached = default;
    }

    /// <summary>The offset of the next character to read; set it to go back to a saved place.</summary>
    public int Position { get; set; }

    /// <summary>The whole text (up to the end the lexer was given).</summary>
    public readonly ReadOnlySpan<char> Text => _text;

    /// <summary>Returns the next token without consuming it.</summary>
    public DateToken Peek()
    {
        var saved = Position;
        var token = Read();
        Position = saved;
        return token;
    }

    /// <summary>Returns the token after the next one without consuming either.</summary>
    public DateToken PeekSecond()
    {
        var saved = Position;
        _ = Read();
        var token = Read();
        Position = saved;
        return token;
    }

    /// <summary>Reads the next token.</summary>
    public DateToken Read()
    {
        if (_cachedFrom == Position)
        {
            Position = _cached.End;
            return _cached;
        }

        var from = Position;
        var token = ReadUncached();
        _cachedFrom = from;
        _cached = token;
        return token;
    }

    private DateToken ReadUncached()
    {
        var text = _text;
        var i = Position;
        while (i < text.Length && DateCharacters.IsSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            Position = i;
            return new DateToken(DateTokenKind.End, i, i);
        }

        var token = ReadAt(text, i);
        Position = token.End;
        return token;
    }

    private static DateToken ReadAt(ReadOnlySpan<char> text, int start)
    {
        var raw = text[start];
        var c = DateCharacters.FoldWidth(raw);
        if (c is >= '0' and <= '9')
        {
            return ReadArabicNumber(text, start);
        }

        if (DateCharacters.IsKanjiNumeral(c))
        {
            return ReadKanjiNumber(text, start);
        }

        var next = start + 1 < text.Length ? DateCharacters.FoldWidth(text[start + 1]) : '\0';
        switch (c)
        {
            case '年':
                return next == '度'
                    ? new DateToken(DateTokenKind.FiscalYear, start, start + 2)
                    : new DateToken(DateTokenKind.Year, start, start + 1);
            case '月':
                return new DateToken(DateTokenKind.Month, start, start + 1);
            case '日' or '號' or '号':
                return new DateToken(DateTokenKind.Day, start, start + 1);
            case '元':
                return new DateToken(DateTokenKind.FirstYear, start, start + 1);
            case '春' or '夏' or '秋' or '冬':
                var season = c switch { '春' => Season.Spring, '夏' => Season.Summer, '秋' => Season.Autumn, _ => Season.Winter };
                return new DateToken(DateTokenKind.SeasonWord, start, next == '季' ? start + 2 : start + 1, (int)season);
            case '民' when next is '國' or '国':
                return new DateToken(DateTokenKind.Minguo, start, start + 2);
            case '中' when next is '華' or '华' && start + 3 < text.Length && text[start + 2] == '民' && text[start + 3] is '國' or '国':
                return new DateToken(DateTokenKind.Minguo, start, start + 4);
            case '西' when next is '元' or '暦' or '曆':
            case '公' when next == '元':
                return new DateToken(DateTokenKind.CommonEra, start, start + 2);
            case '/':
                return new DateToken(DateTokenKind.Slash, start, start + 1);
            case '-' or '\u2010' or '\u2011' or '\u2212':
                return new DateToken(DateTokenKind.Hyphen, start, start + 1);
            case '.':
                return new DateToken(DateTokenKind.Dot, start, start + 1);
            case '~' or '\u301C' or '\u223C' or '\u2013' or '\u2014' or '\u2015' or '至' or '到':
                return new DateToken(DateTokenKind.RangeSeparator, start, start + 1);
            case 'か' when next == 'ら':
                return new DateToken(DateTokenKind.RangeSeparator, start, start + 2);
            case 'ま' when next == 'で':
                return new DateToken(DateTokenKind.Until, start, start + 2);
            case ',':
                return new DateToken(DateTokenKind.Comma, start, start + 1);
            case '頃':
                return new DateToken(DateTokenKind.Approximate, start, start + 1);
            case 'ご' when next == 'ろ':
            case '左' when next == '右':
                return new DateToken(DateTokenKind.Approximate, start, start + 2);
            case '?':
                return new DateToken(DateTokenKind.Question, start, start + 1);
            default:
                break;
        }

        if (JapaneseEras.TryMatch(text[start..], out var era, out var eraLength, out var abbreviated))
        {
            // Digits records how the era was written: 1 for a one-character abbreviation (R, 令), 0 for a name or sign.
            return new DateToken(DateTokenKind.Era, start, start + eraLength, era, abbreviated ? 1 : 0);
        }

        if (c == '(' && TryReadWeekday(text, start, out var weekday, out var weekdayEnd))
        {
            return new DateToken(DateTokenKind.Weekday, start, weekdayEnd, (int)weekday);
        }

        var closing = DateCharacters.ClosingBracket(c);
        if (closing != '\0')
        {
            return new DateToken(DateTokenKind.Open, start, start + 1, closing);
        }

        if (DateCharacters.IsClosingBracket(c))
        {
            return new DateToken(DateTokenKind.Close, start, start + 1, c);
        }

        if (char.IsAsciiLetter(c))
        {
            return ReadWord(text, start);
        }

        if (char.IsSurrogate(raw))
        {
            return char.IsHighSurrogate(raw) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1])
                ? new DateToken(DateTokenKind.Unknown, start, start + 2, raw)
                : new DateToken(DateTokenKind.UnpairedSurrogate, start, start + 1, raw);
        }

        return new DateToken(DateTokenKind.Unknown, start, start + 1, raw);
    }

    private static DateToken ReadArabicNumber(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var value = 0;
        while (i < text.Length && DateCharacters.IsArabicDigit(text[i]))
        {
            // Past nine digits the value no longer matters (the number is too long for a date), but the run is still read
            // to its end so that it stays one token.
            if (i - start < 9)
            {
                value = (value * 10) + (DateCharacters.FoldWidth(text[i]) - '0');
            }

            i++;
        }

        var digits = i - start;

        // English ordinals: 26th, 1st, 2nd, 3rd.
        if (i + 1 < text.Length && IsOrdinalSuffix(DateCharacters.FoldWidth(text[i]), DateCharacters.FoldWidth(text[i + 1]))
            && (i + 2 >= text.Length || !char.IsAsciiLetter(DateCharacters.FoldWidth(text[i + 2]))))
        {
            i += 2;
        }

        return new DateToken(DateTokenKind.Number, start, i, value, digits, NumberForm.Arabic);
    }

    private static bool IsOrdinalSuffix(char first, char second) =>
        char.IsAsciiLetter(first) && char.IsAsciiLetter(second)
        && ((char)(first | 0x20), (char)(second | 0x20)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    private static DateToken ReadKanjiNumber(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var hasMultiplier = false;
        while (end < text.Length && DateCharacters.IsKanjiNumeral(text[end]))
        {
            hasMultiplier |= DateCharacters.KanjiMultiplier(text[end]) != 0;
            end++;
        }

        var run = text[start..end];
        if (!hasMultiplier)
        {
            var positional = 0;
            for (var i = 0; i < run.Length && i < 9; i++)
            {
                positional = (positional * 10) + DateCharacters.KanjiDigit(run[i]);
            }

            return new DateToken(DateTokenKind.Number, start, end, positional, run.Length, NumberForm.KanjiPositional);
        }

        // 二千二十五: each multiplier takes the digit before it (or 1: 十二 is 12), multipliers fall from left to right, and
        // a digit may follow only a multiplier. 百 and 千 need their digit (千年 is "a thousand years", not the year 1000).
        var total = 0;
        var current = -1;
        var lastMultiplier = int.MaxValue;
        var malformed = false;
        foreach (var c in run)
        {
            var digit = DateCharacters.KanjiDigit(c);
            if (digit >= 0)
            {
                malformed |= current >= 0;
                current = digit;
                continue;
            }

            var multiplier = DateCharacters.KanjiMultiplier(c);
            malformed |= multiplier >= lastMultiplier || current == 0 || (current < 0 && multiplier > 10);
            total += (current < 0 ? 1 : current) * multiplier;
            current = -1;
            lastMultiplier = multiplier;
        }

        if (current > 0)
        {
            total += current;
        }

        malformed |= current == 0;
        var digits = total >= 1000 ? 4 : total >= 100 ? 3 : total >= 10 ? 2 : 1;
        return new DateToken(DateTokenKind.Number, start, end, total, digits, malformed ? NumberForm.KanjiMalformed : NumberForm.KanjiMultiplicative);
    }

    /// <summary>Room for the lower-cased letters of the longest date word, on the stack without stackalloc.</summary>
    [InlineArray(EnglishDateWords.LongestWord)]
    private struct WordLetters
    {
        private char _letter;
    }

    private static DateToken ReadWord(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(DateCharacters.FoldWidth(text[end])))
        {
            end++;
        }

        var length = end - start;
        var hasDot = end < text.Length && DateCharacters.FoldWidth(text[end]) == '.';
        if (length > EnglishDateWords.LongestWord)
        {
            return new DateToken(DateTokenKind.Unknown, start, end);
        }

        var letters = default(WordLetters);
        Span<char> word = letters;
        for (var i = 0; i < length; i++)
        {
            word[i] = char.ToLowerInvariant(DateCharacters.FoldWidth(text[start + i]));
        }

        var lower = word[..length];
        var month = EnglishDateWords.Month(lower, out var abbreviated);
        if (month != 0)
        {
            return new DateToken(DateTokenKind.MonthName, start, hasDot && abbreviated ? end + 1 : end, month);
        }

        var season = EnglishDateWords.Season(lower);
        if (season != 0)
        {
            return new DateToken(DateTokenKind.SeasonName, start, end, season);
        }

        if (lower.SequenceEqual("circa"))
        {
            return new DateToken(DateTokenKind.Circa, start, end);
        }

        if (hasDot && (lower.SequenceEqual("c") || lower.SequenceEqual("ca")))
        {
            return new DateToken(DateTokenKind.Circa, start, end + 1);
        }

        return new DateToken(DateTokenKind.Unknown, start, end);
    }

    // （日） （日曜日） （土・祝） （星期日） （週一） (Sun) (Sunday): the weekday after a date.
    private static bool TryReadWeekday(ReadOnlySpan<char> text, int open, out DayOfWeek weekday, out int end)
    {
        weekday = default;
        end = open;
        var i = open + 1;
        SkipSpaces(text, ref i);
        if (i >= text.Length)
        {
            return false;
        }

        var c = text[i];
        var found = -1;
        if ("日月火水木金土".IndexOf(c) is var japanese and >= 0)
        {
            found = japanese;
            i++;
            if (i < text.Length && text[i] == '曜')
            {
                i++;
                if (i < text.Length && text[i] == '日')
                {
                    i++;
                }
            }

            if (i + 1 < text.Length && text[i] is '・' or '･' or '/' && text[i + 1] is '祝' or '休')
            {
                i += 2;
            }
            else if (i < text.Length && text[i] is '祝' or '休')
            {
                i++;
            }
        }
        else if (text[i..].StartsWith("星期", StringComparison.Ordinal) || text[i..].StartsWith("禮拜", StringComparison.Ordinal)
            || text[i..].StartsWith("礼拜", StringComparison.Ordinal) || c is '週' or '周')
        {
            i += c is '週' or '周' ? 1 : 2;
            if (i < text.Length)
            {
                found = text[i] is '日' or '天' ? 0 : DateCharacters.KanjiDigit(text[i]) is var d and >= 1 and <= 6 ? d : -1;
                i++;
            }
        }
        else if (char.IsAsciiLetter(c))
        {
            var wordStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            found = EnglishDateWords.Weekday(text[wordStart..i]);
            if (i < text.Length && text[i] == '.')
            {
                i++;
            }
        }

        if (found < 0)
        {
            return false;
        }

        SkipSpaces(text, ref i);
        if (i >= text.Length || DateCharacters.FoldWidth(text[i]) != ')')
        {
            return false;
        }

        weekday = (DayOfWeek)found;
        end = i + 1;
        return true;
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && DateCharacters.IsSpace(text[i]))
        {
            i++;
        }
    }
}
