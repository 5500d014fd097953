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

    /// <summary>Folds text for comparison: markup removed, lower case, accents removed, punctuation dropped.</summary>
    public static string Fold(string text)
    {
        var plain = RichText.StripMarkup(text);
        var builder = new StringBuilder(plain.Length);
        var decomposed = plain.IsNormalized(NormalizationForm.FormD) ? plain : plain.Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is ',' or '-')
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
