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

    /// <summary>The character that stands before a Han character's pinyin rank: after digits, before Latin letters.</summary>
    private const char PinyinLead = '@';

    /// <summary>
    /// Folds text for comparison: markup removed, lower case, accents removed, punctuation dropped. With
    /// <paramref name="pinyin"/> (Chinese locales), Han characters sort by their Mandarin reading and before Latin
    /// letters, as ICU's <c>zh</c> collation puts them; else they keep their code point order, after Latin letters.
    /// </summary>
    public static string Fold(string text, bool pinyin = false)
    {
        var plain = RichText.StripMarkup(text);
        var builder = new StringBuilder(plain.Length);
        var decomposed = plain.IsNormalized(NormalizationForm.FormD) ? plain : plain.Normalize(NormalizationForm.FormD);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                var rank = pinyin && category == UnicodeCategory.OtherLetter ? PinyinOrder.Instance.Rank(rune.Value) : -1;
                if (rank >= 0)
                {
                    builder.Append(PinyinLead).Append((char)(0x100 + rank));
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
            else if (Rune.IsWhiteSpace(rune) || rune.Value is ',' or '-')
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
