using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Number variables as CSL sees them: whether a value is numeric (<c>12</c>, <c>12-15</c>, <c>2nd</c>, <c>1, 3 &amp; 5</c>),
/// whether it is plural, and how to render it as numeric, ordinal, long-ordinal or roman.
/// </summary>
internal static class NumberVariable
{
    private enum Piece : byte
    {
        Number,
        Separator,
    }

    /// <summary>Splits a value into numbers (with letter affixes) and separators; null when the value is not numeric.</summary>
    private static List<(Piece Kind, string Text, int Value)>? Tokenize(string value)
    {
        var pieces = new List<(Piece, string, int)>();
        var i = 0;
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' && i > start))
            {
                i++;
            }

            if (i == start)
            {
                return null;
            }

            var word = text[start..i];
            var digitStart = -1;
            var digitEnd = -1;
            for (var j = 0; j < word.Length; j++)
            {
                if (char.IsAsciiDigit(word[j]))
                {
                    if (digitStart < 0)
                    {
                        digitStart = j;
                    }
                    else if (digitEnd >= 0 && digitEnd < j)
                    {
                        return null;
                    }

                    digitEnd = -1;
                }
                else if (digitStart >= 0 && digitEnd < 0)
                {
                    digitEnd = j;
                }
            }

            if (digitStart < 0)
            {
                // "and" between numbers is a separator; any other word makes the value non-numeric.
                if (word == "and" && pieces.Count > 0)
                {
                    pieces.Add((Piece.Separator, " and ", 0));
                }
                else
                {
                    return null;
                }
            }
            else
            {
                var end = digitEnd < 0 ? word.Length : digitEnd;
                var digits = word[digitStart..end];
                if (digits.Length > 9 || word.Length - digits.Length > 3)
                {
                    return null;
                }

                pieces.Add((Piece.Number, word, int.Parse(digits, CultureInfo.InvariantCulture)));
            }

            var sepStart = i;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '\u2013' or ',' or '&'))
            {
                i++;
            }

            if (i > sepStart)
            {
                var separator = text[sepStart..i].Trim();
                if (separator.Length == 0 && i < text.Length)
                {
                    separator = " ";
                }

                if (i >= text.Length && separator.Length > 0)
                {
                    return null;
                }

                if (separator.Length > 0)
                {
                    pieces.Add((Piece.Separator, separator, 0));
                }
            }
        }

        return pieces;
    }

    public static bool IsNumeric(string value)
    {
        var pieces = Tokenize(value);
        if (pieces is null)
        {
            return false;
        }

        foreach (var piece in pieces)
        {
            if (piece.Kind == Piece.Separator && piece.Text == " ")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the value escapes a hyphen ("3\-B", "327\-30"): the author says it is no range, so the value is
    /// printed as it is (with a plain hyphen) and counts as one number.
    /// </summary>
    public static bool HasEscapedHyphen(string value) => value.Contains("\\-", StringComparison.Ordinal);

    /// <summary>The value with its escaped hyphens as plain hyphens.</summary>
    public static string Unescape(string value) => value.Replace("\\-", "-", StringComparison.Ordinal);

    public static bool IsPlural(string value)
    {
        if (HasEscapedHyphen(value))
        {
            return false;
        }

        var pieces = Tokenize(value);
        if (pieces is null)
        {
            return false;
        }

        var numbers = 0;
        foreach (var piece in pieces)
        {
            if (piece.Kind == Piece.Number)
            {
                numbers++;
            }
        }

        return numbers > 1;
    }

    /// <summary>
    /// Whether a value lists or spans several numbers for a label's plural: numbers, roman numerals or numbered words
    /// ("fig. 333") joined by a hyphen, dash, comma, ampersand, "and" or the locale's word for it ("213 et 235", "i–ix").
    /// </summary>
    public static bool IsList(string value, string? localeAnd)
    {
        if (HasEscapedHyphen(value))
        {
            return false;
        }

        var parts = 0;
        var start = 0;
        var text = value.Trim();
        for (var i = 0; i <= text.Length; i++)
        {
            var separatorLength = i == text.Length ? 0 : SeparatorAt(text, i, localeAnd);
            if (i < text.Length && separatorLength == 0)
            {
                continue;
            }

            var part = text[start..i].Trim();
            if (part.Length == 0 || !NumberLike(part))
            {
                return false;
            }

            parts++;
            i += Math.Max(separatorLength - 1, 0);
            start = i + 1;
        }

        return parts > 1;

        static bool NumberLike(string part) =>
            part.Any(char.IsAsciiDigit) || part.All(c => "ivxlcdmIVXLCDM".Contains(c, StringComparison.Ordinal));
    }

    private static int SeparatorAt(string text, int i, string? localeAnd)
    {
        if (text[i] is '-' or '\u2013' or '\u2014' or ',' or '&')
        {
            return 1;
        }

        if (text[i] == ' ')
        {
            foreach (var word in new[] { "and", localeAnd })
            {
                if (!string.IsNullOrEmpty(word) && string.CompareOrdinal(text, i + 1, word, 0, word.Length) == 0
                    && i + 1 + word.Length < text.Length && text[i + 1 + word.Length] == ' ')
                {
                    return word.Length + 2;
                }
            }
        }

        return 0;
    }

    public static bool TryParseFirst(string value, out int number)
    {
        number = 0;
        var i = 0;
        while (i < value.Length && !char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        var start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]) && i - start < 9)
        {
            i++;
        }

        return i > start && int.TryParse(value.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    public static string Dashes(string value, string delimiter = "\u2013")
    {
        if (HasEscapedHyphen(value))
        {
            return Unescape(value);
        }

        if (!value.Contains('-', StringComparison.Ordinal) || !IsNumeric(value))
        {
            return value;
        }

        // "200 - 201" is a range like "200-201": the spaces around the hyphen go.
        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split('-'))
        {
            if (builder.Length > 0)
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                }

                builder.Append(delimiter);
                builder.Append(part.TrimStart(' '));
            }
            else
            {
                builder.Append(part);
            }
        }

        return builder.ToString();
    }

    public static string Render(string value, string form, LocaleChain locale, string? gender, string? pageRangeFormat)
    {
        if (HasEscapedHyphen(value))
        {
            return Unescape(value);
        }

        var pieces = Tokenize(value);
        if (pieces is null || pieces.Any(p => p.Kind == Piece.Separator && p.Text == " "))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 4);
        foreach (var (kind, text, number) in pieces)
        {
            if (kind == Piece.Separator)
            {
                builder.Append(text switch
                {
                    "-" or "\u2013" => locale.Term("page-range-delimiter") is { Length: > 0 } delimiter ? delimiter : "\u2013",
                    "," => ", ",
                    "&" => " & ",
                    _ => text,
                });
                continue;
            }

            var isPlainNumber = text.All(char.IsAsciiDigit);
            if (!isPlainNumber)
            {
                builder.Append(text);
                continue;
            }

            builder.Append(form switch
            {
                "ordinal" => locale.Ordinal(number, gender),
                "long-ordinal" => locale.LongOrdinal(number, gender),
                "roman" => Roman(number),
                _ => number.ToString(CultureInfo.InvariantCulture),
            });
        }

        _ = pageRangeFormat;
        return builder.ToString();
    }

    public static string Roman(int number)
    {
        if (number is <= 0 or >= 4000)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] numerals = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(numerals[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }
}

/// <summary>Page ranges in the forms of <c>page-range-format</c> (expanded, minimal, minimal-two, chicago).</summary>
internal static class PageRange
{
    public static string Format(string page, string? format, string delimiter = "\u2013")
    {
        if (NumberVariable.HasEscapedHyphen(page))
        {
            return NumberVariable.Unescape(page);
        }

        if (page.IndexOfAny(['-', '\u2013']) < 0)
        {
            return page;
        }

        // Each range of a list ("142-145 & 235", "1-5, 7-9") is formatted on its own; trailing spaces stay.
        var builder = new StringBuilder(page.Length + 4);
        var start = 0;
        for (var i = 0; i <= page.Length; i++)
        {
            if (i < page.Length && page[i] is not (',' or '&' or ';'))
            {
                continue;
            }

            var part = page[start..i];
            var trimmed = part.TrimEnd();
            builder.Append(FormatRange(trimmed, format, delimiter)).Append(part, trimmed.Length, part.Length - trimmed.Length);
            if (i < page.Length)
            {
                builder.Append(page[i]);
            }

            start = i + 1;
        }

        return builder.ToString();
    }

    private static bool NumberLike(string end) =>
        end.Any(char.IsAsciiDigit) || end.All(static c => "ivxlcdmIVXLCDM".Contains(c, StringComparison.Ordinal));

    private static string FormatRange(string range, string? format, string delimiter)
    {
        var dash = range.IndexOfAny(['-', '\u2013']);
        if (dash < 0)
        {
            return range;
        }

        var leading = range.Length - range.TrimStart().Length;
        var first = range[..dash].Trim();
        var second = range[(dash + 1)..].TrimStart('-').Trim();
        if (first.Length == 0 || second.Length == 0)
        {
            return range;
        }

        // Each end is a prefix (letters, or digits and letters: "N", "8n") and a number. Ends with different prefixes
        // ("N110-5", "110-N6", "123N110-N5") are not a range the formats apply to: kept as written, as citeproc-js does.
        var (prefixA, digitsA) = SplitPrefix(first);
        var (prefixB, digitsB) = SplitPrefix(second);
        if (digitsA.Length == 0 || digitsB.Length == 0 || digitsA.Length > 9 || digitsB.Length > 9)
        {
            // Words joined by a hyphen ("Michaelson-Morely") are no range; roman numerals ("i-ix") and numbers are.
            return NumberLike(first) && NumberLike(second) ? range[..leading] + first + delimiter + second : range;
        }

        if (!prefixA.Equals(prefixB, StringComparison.Ordinal))
        {
            return range[..leading] + first + range[dash] + second;
        }

        var a = digitsA;
        var b = digitsB;
        if (b.Length < a.Length)
        {
            b = a[..(a.Length - b.Length)] + b;
        }

        if (long.Parse(b, CultureInfo.InvariantCulture) <= long.Parse(a, CultureInfo.InvariantCulture))
        {
            return prefixA.Length > 0 ? range[..leading] + first + range[dash] + second : range[..leading] + a + delimiter + digitsB;
        }

        var shortened = format switch
        {
            "minimal" => Minimal(a, b, 1),
            "minimal-two" => Minimal(a, b, 2),
            "chicago" or "chicago-15" => Chicago(a, b, fifteen: true),
            "chicago-16" => Chicago(a, b, fifteen: false),
            "expanded" => null,
            _ => prefixA.Length > 0 ? null : digitsB,
        };

        // Expanded ranges repeat the prefix ("N110–N115"); shortened ones give the changed digits only ("n11564–8").
        return range[..leading] + first + delimiter + (shortened ?? prefixB + b);
    }

    private static (string Prefix, string Digits) SplitPrefix(string end)
    {
        var i = end.Length;
        while (i > 0 && char.IsAsciiDigit(end[i - 1]))
        {
            i--;
        }

        return (end[..i], end[i..]);
    }

    private static string Minimal(string a, string b, int keep)
    {
        if (a.Length != b.Length)
        {
            return b;
        }

        var same = 0;
        while (same < a.Length && a[same] == b[same])
        {
            same++;
        }

        var start = Math.Min(same, Math.Max(0, b.Length - keep));
        return b[start..];
    }

    private static string Chicago(string a, string b, bool fifteen)
    {
        var first = int.Parse(a, CultureInfo.InvariantCulture);
        if (first < 100 || first % 100 == 0)
        {
            return b;
        }

        if (first % 100 < 10)
        {
            return Minimal(a, b, 1);
        }

        if (fifteen && a.Length == 4 && b.Length == 4)
        {
            var changed = Minimal(a, b, 2);
            if (changed.Length >= 3)
            {
                return b;
            }
        }

        return Minimal(a, b, 2);
    }
}
