namespace AseanAi.Citations.Internal;

/// <summary>
/// Checks and normalises BCP 47 language tags (RFC 5646) without the machine's culture data, so that
/// <c>ZH-hant-tw</c> and <c>zh-Hant-TW</c> compare equal. The check is syntactic: subtags of 1–8 ASCII letters or digits,
/// a primary language subtag of 2–8 letters (or <c>x</c>/<c>i</c> for private and grandfathered tags).
/// </summary>
internal static class LanguageTags
{
    public static bool TryNormalize(string? tag, out string normalized, out string? error)
    {
        normalized = string.Empty;
        error = null;
        if (string.IsNullOrWhiteSpace(tag))
        {
            error = "A language tag cannot be empty.";
            return false;
        }

        if (tag is "ja" or "en" or "zh" or "ko" or "zh-Hans" or "zh-Hant" or "th" or "vi" or "id" or "ms")
        {
            // The tags the parsers give, already in normal form: every parsed title and citation asks for these.
            normalized = tag;
            return true;
        }

        var trimmed = tag.Trim().Replace('_', '-');
        var parts = trimmed.Split('-');
        var builder = new System.Text.StringBuilder(trimmed.Length);
        var afterSingleton = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 8 || !IsAsciiLettersOrDigits(part))
            {
                error = $"'{tag}' is not a BCP 47 language tag: subtag '{part}' must be 1 to 8 ASCII letters or digits.";
                return false;
            }

            if (i == 0 && !IsAsciiLetters(part))
            {
                error = $"'{tag}' is not a BCP 47 language tag: it must start with a language subtag of letters.";
                return false;
            }

            if (i > 0)
            {
                builder.Append('-');
            }

            if (afterSingleton || i == 0)
            {
                builder.Append(part.ToLowerInvariant());
            }
            else if (part.Length == 1)
            {
                afterSingleton = true;
                builder.Append(part.ToLowerInvariant());
            }
            else if (part.Length == 4 && IsAsciiLetters(part))
            {
                // Script subtag: title case (Hant, Hans, Latn, Jpan).
                builder.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
            }
            else if (part.Length == 2 && IsAsciiLetters(part))
            {
                // Region subtag: upper case (JP, TW, CN).
                builder.Append(part.ToUpperInvariant());
            }
            else
            {
                builder.Append(part.ToLowerInvariant());
            }

            if (i == 0 && part.Length == 1 && part is not ("x" or "X" or "i" or "I"))
            {
                error = $"'{tag}' is not a BCP 47 language tag: a one-letter first subtag must be 'x' or 'i'.";
                return false;
            }

            afterSingleton |= i == 0 && part.Length == 1;
        }

        normalized = builder.ToString();
        return true;
    }

    public static string Normalize(string tag, string parameterName)
    {
        if (!TryNormalize(tag, out var normalized, out var error))
        {
            throw new ArgumentException(error, parameterName);
        }

        return normalized;
    }

    private static bool IsAsciiLettersOrDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetters(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
