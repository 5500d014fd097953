using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Turns names into ASCII for citation keys: Latin letters without their accents, kana in modified Hepburn (data file
/// <c>kana-romaji.tsv</c>), Han characters in pinyin without tones (the Unihan <c>kMandarin</c> table that CSL
/// sorting uses). It is a key maker's romanisation, not a librarian's: 外務省 gives <c>waiwusheng</c>, which is why
/// keys prefer a publisher's registry id or a reading (<c>yomi</c>) when there is one. Thread-safe.
/// </summary>
internal static class Romanisation
{
    private const string ResourceName = "AseanAi.Citations.Interchange.kana-romaji.tsv";
    private static readonly FrozenDictionary<char, string> Kana = Load();

    /// <summary>Appends the lower-case ASCII letters and digits of <paramref name="text"/>'s romanisation, up to <paramref name="max"/> characters.</summary>
    public static void Append(StringBuilder builder, string? text, int max)
    {
        if (text is null)
        {
            return;
        }

        var start = builder.Length;
        var doubleNext = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length - start >= max)
            {
                break;
            }

            var value = rune.Value;
            if (value < 0x80)
            {
                if (char.IsAsciiLetterOrDigit((char)value))
                {
                    builder.Append(char.ToLowerInvariant((char)value));
                }

                continue;
            }

            if (value is >= 0x30A1 and <= 0x30F6)
            {
                value -= 0x60; // katakana to hiragana
            }

            if (value is 0x3063)
            {
                doubleNext = true; // small っ
                continue;
            }

            if (value is 0x3083 or 0x3085 or 0x3087 && builder.Length > start)
            {
                // Small ゃゅょ: きゃ kya, しゃ sha, じゃ ja.
                var vowel = value == 0x3083 ? "a" : value == 0x3085 ? "u" : "o";
                if (builder[^1] == 'i')
                {
                    builder.Length--;
                }

                var last2 = builder.Length - start >= 2 ? builder.ToString(builder.Length - 2, 2) : string.Empty;
                builder.Append(last2 is "sh" or "ch" || (builder.Length > start && builder[^1] == 'j') ? vowel : "y" + vowel);
                continue;
            }

            string? roman = null;
            if (value <= 0xFFFF && Kana.TryGetValue((char)value, out var kana))
            {
                roman = kana;
            }
            else if (PinyinOrder.Instance.Syllable(value) is { } syllable)
            {
                roman = syllable.Replace("v", "u", StringComparison.Ordinal);
            }
            else if (rune.IsBmp && Fold((char)value) is { } folded)
            {
                roman = folded;
            }

            if (roman is null)
            {
                continue;
            }

            if (doubleNext && roman.Length > 0 && roman[0] is not ('a' or 'e' or 'i' or 'o' or 'u'))
            {
                builder.Append(roman.StartsWith("ch", StringComparison.Ordinal) ? 't' : roman[0]);
            }

            doubleNext = false;
            builder.Append(roman);
        }

        if (builder.Length - start > max)
        {
            builder.Length = start + max;
        }
    }

    // A Latin letter with marks (é, ü, ø) as its base letter; other characters give nothing.
    private static string? Fold(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(2);
        foreach (var d in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(d))
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }

        if (builder.Length > 0)
        {
            return builder.ToString();
        }

        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'ø' or 'Ø' => "o",
            'đ' or 'Đ' => "d",
            _ => char.IsDigit(c) ? char.GetNumericValue(c).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = typeof(Romanisation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab != 1)
            {
                throw new InvalidOperationException($"{ResourceName}: bad line '{line}'.");
            }

            table[line[0]] = line[(tab + 1)..];
        }

        return table.ToFrozenDictionary();
    }
}
