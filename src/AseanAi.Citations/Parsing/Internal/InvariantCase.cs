namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Invariant lower-casing for the parser's word checks, with a fast path for the characters that have no case. Most
/// reference text is CJK, and <see cref="char.ToLowerInvariant(char)"/> asks the globalization tables about every
/// such character; here only ASCII, the Latin, Greek and Cyrillic blocks and the full-width Latin letters are lowered,
/// which is every character whose invariant lower case differs from itself that these lists contain. Thread-safe.
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
            if (ToLower(c) != c)
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    // Below U+3000 every script with case; from U+3000 on, only the full-width Latin capitals (Ａ–Ｚ) and the rare
    // cased letters of the Deseret-like supplementary planes, which arrive as surrogates and are left to the slow path.
    private static bool MayHaveCase(char c) => c < '\u3000' || c is >= '\uFF21' and <= '\uFF3A' || char.IsSurrogate(c);
}
