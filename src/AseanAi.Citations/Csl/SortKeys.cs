using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>One value of a sort key: a number, a text folded for comparison, or nothing (which sorts last).</summary>
internal readonly struct SortValue
{
    public SortValue(string? text, long? number)
    {
        Text = text;
        Number = number;
    }

    public string? Text { get; }

    public long? Number { get; }

    public bool IsEmpty => Text is null && Number is null;

    public static int Compare(SortValue a, SortValue b)
    {
        if (a.Number is { } x && b.Number is { } y)
        {
            return x.CompareTo(y);
        }

        return string.CompareOrdinal(a.Text ?? string.Empty, b.Text ?? string.Empty);
    }

    /// <summary>The character that stands before a Han character's pinyin rank, or a Thai or Lao letter under a locale of that language: after digits, before Latin letters.</summary>
    private const char ScriptLead = '@';

    /// <summary>Stands after the d of đ (Vietnamese, Serbo-Croatian), so that đ sorts after every d and before e, as in the Unicode collation.</summary>
    private const char AfterZ = '{';

    /// <summary>
    /// Folds text for comparison: markup removed, lower case, accents removed, punctuation dropped except that spaces,
    /// commas, hyphens and apostrophes part words (d’Wander sorts as "d wander", before de Frinkle, as punctuation sorts
    /// before letters in the Unicode collation; a leading apostrophe, ’t Horvath, counts for nothing). Under
    /// <see cref="SortCollation.Pinyin"/> (Chinese locales), Han characters sort by their Mandarin reading and before Latin
    /// letters, as ICU's <c>zh</c> collation puts them; else they keep their code point order, after Latin letters. Thai
    /// and Lao words sort in dictionary order (<see cref="ThaiLaoOrder"/>); under <see cref="SortCollation.Thai"/> or
    /// <see cref="SortCollation.Lao"/> that script's letters come before Latin letters, as ICU's <c>th</c> collation
    /// (CLDR <c>[reorder Thai]</c>) puts them.
    /// </summary>
    public static string Fold(string text, SortCollation collation = SortCollation.Default)
    {
        var plain = RichText.StripMarkup(text);
        var builder = new StringBuilder(plain.Length);
        // Accents off by the table of base letters, not by Normalize (a no-op in invariant-globalization mode); marks
        // written apart (a + U+0301) are dropped below.
        var decomposed = ThaiLaoOrder.Reorder(string.Create(plain.Length, plain, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = BaseLetters.Of(text[i]);
            }
        }));
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (ThaiLaoOrder.IsThaiOrLao(rune.Value))
            {
                if (ThaiLaoOrder.SortChar(rune.Value) is { } thaiOrLao)
                {
                    var letter = !char.IsAsciiDigit(thaiOrLao);
                    if (letter && (collation == SortCollation.Thai && rune.Value < 0x0E80 || collation == SortCollation.Lao && rune.Value >= 0x0E80))
                    {
                        builder.Append(ScriptLead);
                    }

                    builder.Append(thaiOrLao);
                }

                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (rune.Value is 0x0110 or 0x0111)
            {
                builder.Append('d').Append(AfterZ);
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                var rank = collation == SortCollation.Pinyin && category == UnicodeCategory.OtherLetter ? PinyinOrder.Instance.Rank(rune.Value) : -1;
                if (rank >= 0)
                {
                    builder.Append(ScriptLead).Append((char)(0x100 + rank));
                }
                else if (rune.IsBmp)
                {
                    builder.Append(char.ToLowerInvariant((char)rune.Value));
                }
                else
                {
                    builder.Append(rune.ToString());
                }
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is ',' or '-' or '\'' or '\u2019')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
        }

        return builder.ToString().TrimEnd();
    }
}

/// <summary>Which script's letters a sort puts before Latin letters, as the collation of the processor's locale does.</summary>
internal enum SortCollation
{
    /// <summary>Latin letters first, other scripts after them in code point order.</summary>
    Default = 0,

    /// <summary>Chinese locales: Han characters by Mandarin reading, before Latin letters.</summary>
    Pinyin,

    /// <summary>Thai locales: Thai letters before Latin letters.</summary>
    Thai,

    /// <summary>Lao locales: Lao letters before Latin letters.</summary>
    Lao,
}

/// <summary>
/// Thai and Lao dictionary order with plain ordinal comparison: the preposed vowels (เ แ โ ใ ไ, ເ ແ ໂ ໃ ໄ), written before
/// the consonant they follow in speech, are moved after it; tone marks and other signs that do not change a word's
/// place (่ ้ ๊ ๋ ็ ์) are dropped; vowels above and below are kept; digits read as 0–9. Consonants and vowels then compare
/// in code point order, which is the order of the Royal Society of Thailand's dictionary (ก … ฮ, then ะ ั า ำ ิ ี ึ ื ุ ู เ แ
/// โ ใ ไ) and of CLDR's <c>th</c> collation at the primary level.
/// </summary>
internal static class ThaiLaoOrder
{
    public static bool IsThaiOrLao(int c) => c is >= 0x0E00 and <= 0x0EFF;

    private static bool IsPreposedVowel(char c) => c is >= '\u0E40' and <= '\u0E44' or >= '\u0EC0' and <= '\u0EC4';

    private static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E' or >= '\u0E81' and <= '\u0EAE' or >= '\u0EDC' and <= '\u0EDF';

    /// <summary>The text with each preposed vowel moved after the consonant that follows it; the same instance when there is none.</summary>
    public static string Reorder(string text)
    {
        var first = -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsPreposedVowel(text[i]) && IsConsonant(text[i + 1]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i + 1 < chars.Length; i++)
        {
            if (IsPreposedVowel(chars[i]) && IsConsonant(chars[i + 1]))
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>What a Thai or Lao character contributes to a sort key: itself, its digit, or nothing (signs, punctuation).</summary>
    public static char? SortChar(int c) => c switch
    {
        >= 0x0E50 and <= 0x0E59 => (char)('0' + c - 0x0E50),
        >= 0x0ED0 and <= 0x0ED9 => (char)('0' + c - 0x0ED0),
        >= 0x0E47 and <= 0x0E4E or 0x0E2F or 0x0E46 or >= 0x0E4F and <= 0x0E5B => null,
        >= 0x0EC8 and <= 0x0ECD or 0x0EAF or 0x0EC6 => null,
        0x0E3F => null,
        _ => (char)c,
    };
}
