namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/> without the Unicode table look-up for the characters above Latin-1: there the
/// white space characters are the space separators U+1680, U+2000–U+200A, U+202F, U+205F and U+3000 and the line and
/// paragraph separators U+2028 and U+2029 (Unicode categories Zs, Zl, Zp), so CJK text, which is none of them, is
/// answered with a few comparisons. WhiteSpaceTests checks every UTF-16 code unit against char.IsWhiteSpace.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>Whether <paramref name="c"/> is white space, exactly as <see cref="char.IsWhiteSpace(char)"/> says.</summary>
    public static bool Is(char c) =>
        c < '\u0100' ? char.IsWhiteSpace(c) : c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
