using System.Collections.Frozen;
using System.Text;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Tells the language of a short text from its script: kana means Japanese; Hangul Korean; Han characters are told
/// apart as zh-Hans, zh-Hant or ja by characters that only one of the three standards writes (Data/script-markers.txt);
/// Latin letters alone mean English. The tables are frozen, so the members are thread-safe.
/// </summary>
internal static class ScriptLanguage
{
    private static readonly Lazy<FrozenDictionary<int, string>> Markers = new(LoadMarkers);

    /// <summary>Returns the BCP 47 tag of <paramref name="text"/>, or <see langword="null"/> when it holds no letters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hanDefault">The tag to use for Han text without telling characters.</param>
    public static string? Detect(ReadOnlySpan<char> text, string? hanDefault = null)
    {
        int kana = 0, hangul = 0, han = 0, latin = 0, hans = 0, hant = 0, ja = 0;
        var markers = Markers.Value;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (CjkCharacters.IsKana(value) && value != 0x30FB)
            {
                kana++;
            }
            else if (CjkCharacters.IsHangul(value))
            {
                hangul++;
            }
            else if (CjkCharacters.IsHan(value))
            {
                han++;
                if (markers.TryGetValue(value, out var tag))
                {
                    switch (tag)
                    {
                        case "zh-Hans":
                            hans++;
                            break;
                        case "zh-Hant":
                            hant++;
                            break;
                        default:
                            ja++;
                            break;
                    }
                }
            }
            else if (Rune.IsLetter(rune) && value < 0x0250)
            {
                latin++;
            }
        }

        if (kana > 0)
        {
            return "ja";
        }

        if (hangul > 0 && hangul >= han)
        {
            return "ko";
        }

        if (han > 0)
        {
            if (ja > hans && ja > hant)
            {
                return "ja";
            }

            if (hans > hant)
            {
                return "zh-Hans";
            }

            if (hant > hans)
            {
                return "zh-Hant";
            }

            return hanDefault ?? "zh";
        }

        return latin > 0 ? "en" : null;
    }

    private static FrozenDictionary<int, string> LoadMarkers()
    {
        var sections = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        HashSet<int>? current = null;
        foreach (var line in ParsingData.Lines("script-markers.txt"))
        {
            if (line.StartsWith('['))
            {
                current = new HashSet<int>();
                sections[line.Trim('[', ']')] = current;
                continue;
            }

            foreach (var rune in line.EnumerateRunes())
            {
                current?.Add(rune.Value);
            }
        }

        // A character tells a standard apart only when no other section lists it.
        var result = new Dictionary<int, string>();
        foreach (var (tag, characters) in sections)
        {
            foreach (var character in characters)
            {
                if (sections.All(other => other.Key == tag || !other.Value.Contains(character)))
                {
                    result[character] = tag;
                }
            }
        }

        return result.ToFrozenDictionary();
    }
}
