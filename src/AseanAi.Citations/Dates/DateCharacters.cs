namespace AseanAi.Citations.Dates;

/// <summary>Character classes that date texts use, independent of the machine's globalization data.</summary>
internal static class DateCharacters
{
    /// <summary>Maps full-width ASCII forms (U+FF01–U+FF5E: ０, Ｒ, ／, ～) to ASCII and the ideographic space to a space.</summary>
    public static char FoldWidth(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0)
        : c == '\u3000' ? ' '
        : c;

    /// <summary>An ASCII or full-width decimal digit.</summary>
    public static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '\uFF10' and <= '\uFF19');

    /// <summary>White space inside a date: spaces of any width and tabs, not line breaks.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u202F' or (>= '\u2000' and <= '\u200A');

    /// <summary>White space that may surround a whole date.</summary>
    public static bool IsSpaceOrLineBreak(char c) => IsSpace(c) || c is '\r' or '\n';

    /// <summary>Where <paramref name="text"/> starts and ends without the white space (<see cref="IsSpaceOrLineBreak"/>) around it.</summary>
    public static (int Start, int End) TrimmedRange(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpaceOrLineBreak(text[start]))
        {
            start++;
        }

        while (end > start && IsSpaceOrLineBreak(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The value of a kanji digit (〇 ○ 零 一 … 九), or -1.</summary>
    public static int KanjiDigit(char c) => c switch
    {
        '〇' or '○' or '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The value of a kanji multiplier (十 百 千), or 0.</summary>
    public static int KanjiMultiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    /// <summary>A character of a kanji numeral.</summary>
    public static bool IsKanjiNumeral(char c) => KanjiDigit(c) >= 0 || KanjiMultiplier(c) != 0;

    /// <summary>The closing bracket that matches an opening one around a date, or '\0'.</summary>
    public static char ClosingBracket(char c) => FoldWidth(c) switch
    {
        '(' => ')',
        '[' => ']',
        '【' => '】',
        '〔' => '〕',
        '〖' => '〗',
        _ => '\0',
    };

    /// <summary>A closing bracket around a date.</summary>
    public static bool IsClosingBracket(char c) => FoldWidth(c) is ')' or ']' or '】' or '〕' or '〗';

    /// <summary>Copies a piece of text, replacing unpaired surrogates with U+FFFD so that messages quoting it are valid Unicode.</summary>
    public static string ToValidString(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            buffer[i] = paired ? c : '\uFFFD';
        }

        return new string(buffer);
    }
}
