using System.Collections.Frozen;
using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Tells the Southeast-Asian languages that <see cref="ScriptLanguage"/> reads as English or not at all: Thai, Lao,
/// Khmer and Burmese by their scripts (Unicode blocks U+0E00–0E7F, U+0E80–0EFF, U+1780–17FF and U+19E0–19FF,
/// U+1000–109F); Vietnamese by the letters only it writes (ă, đ, ơ, ư and the vowels with two marks of
/// U+1EA0–1EF9); Indonesian, Malay and Filipino by their function words (<c>reading-words.txt</c>,
/// <c>[function-words-*]</c>), which must outnumber the English ones. Stateless; thread-safe.
/// </summary>
internal static class SoutheastAsianLanguage
{
    private static readonly Lazy<(FrozenSet<string> Indonesian, FrozenSet<string> Malay, FrozenSet<string> Filipino, FrozenSet<string> English)> Words = new(() =>
        (ReadingWords.Instance.SetOf("function-words-id"), ReadingWords.Instance.SetOf("function-words-ms"),
         ReadingWords.Instance.SetOf("function-words-fil"), ReadingWords.Instance.SetOf("function-words-en")));

    /// <summary>The BCP 47 tag of the Southeast-Asian language <paramref name="text"/> is written in, or <see langword="null"/>.</summary>
    public static string? Detect(ReadOnlySpan<char> text) => DetectByScript(text) ?? DetectByWords(text);

    /// <summary>Thai, Lao, Khmer, Burmese or Vietnamese by the characters of <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static string? DetectByScript(ReadOnlySpan<char> text)
    {
        // One vectorised search finds the first character of any of the four scripts (U+0E00–U+17FF holds them and a
        // few others), another the Vietnamese letters; most lines have neither.
        int thai = 0, lao = 0, khmer = 0, burmese = 0, vietnamese = 0;
        var first = text.IndexOfAnyInRange('\u0E00', '\u17FF');
        var firstVietnamese = IndexOfVietnamese(text);
        if (first < 0 && firstVietnamese < 0)
        {
            return null;
        }

        var from = first < 0 ? firstVietnamese : firstVietnamese < 0 ? first : Math.Min(first, firstVietnamese);
        foreach (var c in text[from..])
        {
            switch (c)
            {
                case >= '\u0E00' and <= '\u0E7F':
                    thai++;
                    break;
                case >= '\u0E80' and <= '\u0EFF':
                    lao++;
                    break;
                case (>= '\u1780' and <= '\u17FF') or (>= '\u19E0' and <= '\u19FF'):
                    khmer++;
                    break;
                case >= '\u1000' and <= '\u109F':
                    burmese++;
                    break;
                default:
                    if (IsVietnameseLetter(c))
                    {
                        vietnamese++;
                    }

                    break;
            }
        }

        var most = Math.Max(Math.Max(thai, lao), Math.Max(khmer, burmese));
        if (most > 0)
        {
            return most == thai ? "th" : most == lao ? "lo" : most == khmer ? "km" : "my";
        }

        return vietnamese >= 2 ? "vi" : null;
    }

    /// <summary>Indonesian, Malay or Filipino by the function words of <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static string? DetectByWords(ReadOnlySpan<char> text)
    {
        var words = Words.Value;
        int indonesian = 0, malay = 0, filipino = 0, english = 0;
        Span<char> lower = stackalloc char[24];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            if (word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            var folded = lower[..length];
            indonesian += words.Indonesian.ContainsSpan(folded) ? 1 : 0;
            malay += words.Malay.ContainsSpan(folded) ? 1 : 0;
            filipino += words.Filipino.ContainsSpan(folded) ? 1 : 0;
            english += words.English.ContainsSpan(folded) ? 1 : 0;
        }

        var malayan = Math.Max(indonesian, malay);
        if (filipino >= 2 && filipino > english && filipino >= malayan)
        {
            return "fil";
        }

        if (malayan >= 2 && malayan > english)
        {
            return malay > 0 && malay >= indonesian / 2 ? "ms" : "id";
        }

        return null;
    }

    private static int IndexOfVietnamese(ReadOnlySpan<char> text)
    {
        var marked = text.IndexOfAnyInRange('\u1EA0', '\u1EF9');
        var letter = text.IndexOfAny(VietnameseLetters);
        return marked < 0 ? letter : letter < 0 ? marked : Math.Min(marked, letter);
    }

    private static readonly System.Buffers.SearchValues<char> VietnameseLetters = System.Buffers.SearchValues.Create("ăđơưĂĐƠƯ");

    private static bool IsVietnameseLetter(char c) => c is (>= '\u1EA0' and <= '\u1EF9') or 'ă' or 'đ' or 'ơ' or 'ư' or 'Ă' or 'Đ' or 'Ơ' or 'Ư';
}
