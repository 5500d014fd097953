using System.Text;

namespace AseanAi.Citations.Text;

/// <summary>
/// Folds text into a matching key, so that the same name written in different scripts, widths and punctuation
/// compares equal: ＡＳＥＡＮ and ASEAN, ｶﾞｲﾑｼｮｳ and ガイムショウ, 〜 and ～ and ~.
/// </summary>
/// <remarks>
/// The key is for matching and deduplication only, never for display. All members are thread-safe and do not
/// depend on the machine's globalization data (they behave the same in globalization-invariant mode).
/// </remarks>
public static class ScriptFolding
{
    /// <summary>Returns the matching key of <paramref name="text"/>.</summary>
    /// <param name="text">Any text; <see langword="null"/> is not allowed.</param>
    /// <returns>The key; empty for empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Key(text.AsSpan());
    }

    /// <summary>Returns the matching key of <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The key; empty for empty text.</returns>
    public static string Key(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                c = ' ';
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
