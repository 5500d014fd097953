namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Invariant lower-casing for the parser's word checks, with a fast path for the characters that have no case. Most
/// reference text is CJK, and <see cref="char.ToLowerInvariant(char)"/> asks the globalization tables about every
/// such character; here ASCII is lowered directly, and only the characters that can have case (everything below U+3000,
/// the full-width Latin capitals, surrogates) go to <see cref="char.ToLowerInvariant(char)"/>, so the result is the
/// same. Thread-safe.
/// </summary>
internal static class InvariantCase
{
    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char ToLower(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return MayHaveCase(c) ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>
    /// The invariant lower case of <paramref name="text"/>; the same instance, without allocating, when nothing changes
    /// (the usual case for CJK text).
    /// </summary>
    public static string ToLower(string text)
    {
        foreach (var c in text)
        {
            // A surrogate may be half of a cased letter outside the plane (Deseret), which only the string call lowers.
            if (ToLower(c) != c || char.IsSurrogate(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    // Below U+3000 lie most cased scripts of the Basic Multilingual Plane; from U+3000 on (kana, Han, Hangul), only
    // Cyrillic Extended-B and Latin Extended-D (U+A640–U+A7FF) and the full-width Latin capitals (Ａ–Ｚ) have a lower
    // case. Cased letters outside the plane (Deseret, Adlam) arrive as surrogates, which take the slow path too.
    // InvariantCaseTests checks every UTF-16 code unit against char.ToLowerInvariant.
    private static bool MayHaveCase(char c) =>
        c < '\u3000' || c is >= '\uA640' and <= '\uA7FF' || c is >= '\uFF21' and <= '\uFF3A' || char.IsSurrogate(c);
}
