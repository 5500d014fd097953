using System.Buffers;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// Matching keys for publisher names: <see cref="ScriptFolding"/>'s key with the separators that names are written with
/// or without (spaces, middle dots) removed, so that 東亞・ASEAN 經濟研究中心 and 東亞ASEAN經濟研究中心 meet.
/// All folding goes through <see cref="ScriptFolding"/>; this class only drops separators and keeps offsets.
/// </summary>
internal static class PublisherKeys
{
    /// <summary>Whether a folded character is a separator that keys ignore.</summary>
    public static bool IsIgnorable(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\u3000' or '\u00A0' or '\u200B' or '\uFEFF'
            or '・' or '･' or '·' or '‧' or '•' or '\u2027'
        || (c > '\u007F' && char.IsWhiteSpace(c));

    /// <summary>Every character for which <see cref="IsIgnorable(char)"/> holds, in order: the automaton's separators, listed once per process.</summary>
    public static ReadOnlySpan<char> IgnorableCharacters => IgnorableList.Value;

    private static readonly Lazy<char[]> IgnorableList = new(
        () => [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(IsIgnorable)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether a character belongs to a Latin word, so that a key may not start or end beside it.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || c is (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') or (>= '\u1E00' and <= '\u1EFF')
        || c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

    /// <summary>Returns the key of a name, taking it as Japanese only when it contains kana.</summary>
    public static string Normalize(string text) => Normalize(text, language: null);

    /// <summary>Returns the key of a name written in <paramref name="language"/> (<c>ja</c> folds the Japan-only shinjitai).</summary>
    public static string Normalize(string text, string? language) => Normalize(text, language, out _, withMap: false);

    /// <summary>
    /// Returns the key of <paramref name="text"/> and, for each key character, the offset in <paramref name="text"/> where
    /// it starts; <c>map[key.Length]</c> is <c>text.Length</c>.
    /// </summary>
    public static string Normalize(string text, string? language, out int[] map) => Normalize(text, language, out map, withMap: true);

    private static string Normalize(string text, string? language, out int[] map, bool withMap)
    {
        // Folded into rented buffers and compacted in place, so that a key costs only its string (and its map when asked).
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var offsets = withMap ? ArrayPool<int>.Shared.Rent(Math.Max(text.Length, 1)) : [];
        try
        {
            var length = ScriptFolding.Fold(text, folded.AsSpan(0, text.Length), offsets.AsSpan(0, withMap ? text.Length : 0), language);
            var kept = 0;
            for (var i = 0; i < length; i++)
            {
                if (!IsIgnorable(folded[i]))
                {
                    folded[kept] = folded[i];
                    if (withMap)
                    {
                        offsets[kept] = offsets[i];
                    }

                    kept++;
                }
            }

            if (withMap)
            {
                map = new int[kept + 1];
                offsets.AsSpan(0, kept).CopyTo(map);
                map[kept] = text.Length;
            }
            else
            {
                map = [];
            }

            return new string(folded, 0, kept);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            if (withMap)
            {
                ArrayPool<int>.Shared.Return(offsets);
            }
        }
    }

    /// <summary>Whether a text may not be cut just before <paramref name="c"/> without changing its fold.</summary>
    public static bool IsCombiningMark(char c) =>
        char.IsLowSurrogate(c) || c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A' or (>= '\u0300' and <= '\u036F') or (>= '\uFE00' and <= '\uFE0F');
}

