using System.Text;
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

    /// <summary>Whether a character belongs to a Latin word, so that a key may not start or end beside it.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || c is (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') or (>= '\u1E00' and <= '\u1EFF')
        || c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

    /// <summary>Returns the key of a name.</summary>
    public static string Normalize(string text) => Normalize(text, out _);

    /// <summary>
    /// Returns the key of <paramref name="text"/> and, for each key character, the offset in <paramref name="text"/> where
    /// it starts; <c>map[key.Length]</c> is <c>text.Length</c>.
    /// </summary>
    public static string Normalize(string text, out int[] map)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Text.Length);
        var offsets = new List<int>(folded.Text.Length + 1);
        for (var i = 0; i < folded.Text.Length; i++)
        {
            var c = folded.Text[i];
            if (!IsIgnorable(c))
            {
                builder.Append(c);
                offsets.Add(folded.OriginalOffset(i));
            }
        }

        offsets.Add(text.Length);
        map = [.. offsets];
        return builder.ToString();
    }

    /// <summary>Folds a text, keeping for each folded character the offset of the original character it came from.</summary>
    public static FoldedText Fold(ReadOnlySpan<char> text)
    {
        var key = ScriptFolding.Key(text);
        if (key.Length == text.Length)
        {
            return new FoldedText(key, null);
        }

        // The fold changed lengths (a composed voiced mark, a surrogate pair): fold rune by rune to keep offsets.
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var length = Rune.DecodeFromUtf16(text[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done ? consumed : 1;
            if (index + length < text.Length && IsCombiningMark(text[index + length]))
            {
                length++;
            }

            var part = ScriptFolding.Key(text.Slice(index, length));
            builder.Append(part);
            for (var k = 0; k < part.Length; k++)
            {
                offsets.Add(index);
            }

            index += length;
        }

        return new FoldedText(builder.ToString(), [.. offsets]);
    }

    /// <summary>Whether a text may not be cut just before <paramref name="c"/> without changing its fold.</summary>
    public static bool IsCombiningMark(char c) =>
        char.IsLowSurrogate(c) || c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A' or (>= '\u0300' and <= '\u036F') or (>= '\uFE00' and <= '\uFE0F');
}

/// <summary>A folded text with the original offset of each of its characters (<see langword="null"/> map: the same offsets).</summary>
internal readonly struct FoldedText(string text, int[]? offsets)
{
    public string Text { get; } = text;

    public int OriginalOffset(int index) => offsets is null ? index : offsets[index];
}
