using System.Text;

namespace AseanAi.Citations.Internal;

/// <summary>Unicode block tests for the scripts this library cares about (Unicode 16 block ranges).</summary>
internal static class CjkCharacters
{
    /// <summary>Han ideographs: the unified blocks, extension A to I, and the compatibility blocks.</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x323AF)
            or (>= 0x2F800 and <= 0x2FA1F)
            or 0x3005 or 0x3007;

    /// <summary>Hiragana, katakana (with the phonetic extensions and half-width forms) and the prolonged sound mark.</summary>
    public static bool IsKana(int codePoint) =>
        codePoint is (>= 0x3040 and <= 0x30FF)
            or (>= 0x31F0 and <= 0x31FF)
            or (>= 0xFF66 and <= 0xFF9F)
            or (>= 0x1B000 and <= 0x1B16F);

    /// <summary>Hangul syllables and jamo.</summary>
    public static bool IsHangul(int codePoint) =>
        codePoint is (>= 0xAC00 and <= 0xD7AF)
            or (>= 0x1100 and <= 0x11FF)
            or (>= 0x3130 and <= 0x318F);

    /// <summary>Whether the text holds at least one Han, kana or Hangul character.</summary>
    public static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        // Nothing below U+1100 (the first Hangul jamo) is CJK: one vectorised search passes over Latin text, and the
        // runes are read from the first character past it (never the second half of a surrogate pair).
        var first = text.IndexOfAnyExceptInRange('\u0000', '\u10FF');
        if (first < 0)
        {
            return false;
        }

        foreach (var rune in text[first..].EnumerateRunes())
        {
            var value = rune.Value;
            if (IsHan(value) || IsKana(value) || IsHangul(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds at least one kana character (a strong sign of Japanese).</summary>
    public static bool ContainsKana(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsKana(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCjk(Rune rune) => IsHan(rune.Value) || IsKana(rune.Value) || IsHangul(rune.Value);
}
