using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AseanAi.Citations;

/// <summary>
/// Reads the subset of Library of Congress EDTF that <see cref="CitationDate"/> can hold, explaining every rejection
/// with the position of the fault. Works on spans and allocates only the result.
/// </summary>
internal static class EdtfReader
{
    internal readonly record struct Error(string Reason, int Position)
    {
        public string ToMessage(string text) =>
            string.Create(CultureInfo.InvariantCulture, $"'{Truncate(text)}' is not a valid EDTF date: {Reason} (at character {Position + 1}).");

        private static string Truncate(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
    }

    public static bool TryRead(ReadOnlySpan<char> text, [NotNullWhen(true)] out CitationDate? date, out Error error, string? originalText = null)
    {
        date = null;
        if (text.IsEmpty)
        {
            error = new Error("the text is empty", 0);
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryReadDate(text, 0, out var single, out error))
            {
                return false;
            }

            date = new CitationDate(single, originalText);
            return true;
        }

        var startText = text[..slash];
        var endText = text[(slash + 1)..];
        if (startText.IsEmpty || endText.IsEmpty || startText.SequenceEqual("..") || endText.SequenceEqual(".."))
        {
            error = new Error("open or unknown interval ends ('..' or empty) are not supported; give both ends", startText.IsEmpty || startText.SequenceEqual("..") ? 0 : slash + 1);
            return false;
        }

        if (endText.Contains('/'))
        {
            error = new Error("an interval has exactly one '/'", slash + 1 + endText.IndexOf('/'));
            return false;
        }

        if (!TryReadDate(startText, 0, out var start, out error) || !TryReadDate(endText, slash + 1, out var end, out error))
        {
            return false;
        }

        if (end.Bounds().Last < start.Bounds().First)
        {
            error = new Error("the interval ends before it starts", slash + 1);
            return false;
        }

        date = new CitationDate(start, end, originalText);
        return true;
    }

    private static bool TryReadDate(ReadOnlySpan<char> text, int basePosition, out PartialDate date, out Error error)
    {
        date = default;
        var position = 0;
        var negative = false;
        if (text[0] == 'Y')
        {
            error = new Error("years beyond four digits ('Y' prefix) are not supported", basePosition);
            return false;
        }

        if (text[0] == '-')
        {
            negative = true;
            position = 1;
        }

        if (!TryReadDigits(text, ref position, 4, basePosition, "year", out var year, out error))
        {
            return false;
        }

        if (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            error = new Error("a year has exactly four digits", basePosition + position);
            return false;
        }

        year = negative ? -year : year;
        int month = 0, day = 0, season = 0;
        if (position < text.Length && text[position] == '-')
        {
            position++;
            if (!TryReadDigits(text, ref position, 2, basePosition, "month or season", out var second, out error))
            {
                return false;
            }

            if (second is >= 21 and <= 24)
            {
                season = second;
            }
            else if (second is >= 25 and <= 41)
            {
                error = new Error(string.Create(CultureInfo.InvariantCulture, $"sub-year grouping {second} (EDTF level 2) is not supported; only seasons 21 to 24 are"), basePosition + position - 2);
                return false;
            }
            else if (second is < 1 or > 12)
            {
                error = new Error(string.Create(CultureInfo.InvariantCulture, $"month {second} is out of range 1 to 12 (or 21 to 24 for a season)"), basePosition + position - 2);
                return false;
            }
            else
            {
                month = second;
            }

            if (position < text.Length && text[position] == '-')
            {
                if (season != 0)
                {
                    error = new Error("a season cannot have a day", basePosition + position);
                    return false;
                }

                position++;
                if (!TryReadDigits(text, ref position, 2, basePosition, "day", out day, out error))
                {
                    return false;
                }

                if (PartialDate.Validate(year, month, day, out _) is { } reason)
                {
                    error = new Error(reason, basePosition + position - 2);
                    return false;
                }
            }
        }

        var qualifier = DateQualifier.None;
        if (position < text.Length)
        {
            qualifier = text[position] switch
            {
                '?' => DateQualifier.Uncertain,
                '~' => DateQualifier.Approximate,
                '%' => DateQualifier.UncertainAndApproximate,
                _ => DateQualifier.None,
            };
            if (qualifier != DateQualifier.None)
            {
                position++;
            }
        }

        if (position < text.Length)
        {
            var c = text[position];
            var reason = c switch
            {
                'T' => "times are not supported; give the date alone",
                'X' or 'x' => "unspecified digits ('X') are not supported",
                '?' or '~' or '%' => "only one qualifier is allowed, at the end of the date",
                _ => string.Create(CultureInfo.InvariantCulture, $"unexpected '{c}'"),
            };
            error = new Error(reason, basePosition + position);
            return false;
        }

        date = PartialDate.FromValidatedParts(year, month, day, season, qualifier);
        error = default;
        return true;
    }

    private static bool TryReadDigits(ReadOnlySpan<char> text, ref int position, int count, int basePosition, string what, out int value, out Error error)
    {
        value = 0;
        for (var i = 0; i < count; i++, position++)
        {
            if (position >= text.Length)
            {
                error = new Error(string.Create(CultureInfo.InvariantCulture, $"the {what} needs {count} digits"), basePosition + position);
                return false;
            }

            var c = text[position];
            if (!char.IsAsciiDigit(c))
            {
                var reason = c is 'X' or 'x'
                    ? "unspecified digits ('X') are not supported"
                    : string.Create(CultureInfo.InvariantCulture, $"the {what} needs {count} ASCII digits, found '{c}'");
                error = new Error(reason, basePosition + position);
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        error = default;
        return true;
    }
}
