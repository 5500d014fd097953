namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// The language a document declares (<c>&lt;html lang&gt;</c>, <c>xml:lang</c>, front matter <c>lang:</c>) in the tags
/// <see cref="ScriptLanguage"/> uses, and how it is weighed against the script counts. Stateless and thread-safe.
/// </summary>
internal static class DeclaredLanguage
{
    /// <summary>
    /// The tag as <see cref="CitedDocument.Language"/> writes it: <c>ja</c>, <c>zh-Hant</c> (also for zh-TW, zh-HK,
    /// zh-MO), <c>zh-Hans</c> (zh-CN, zh-SG), <c>zh</c> when the script is not said, otherwise the primary language
    /// subtag in lower case (<c>en-US</c> → <c>en</c>); <see langword="null"/> for an empty or malformed tag.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        var text = tag?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 35)
        {
            return null;
        }

        var parts = text.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var primary = parts.Length == 0 ? string.Empty : parts[0];
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter) || parts.Skip(1).Any(p => p.Length > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return null;
        }

        primary = primary.ToLowerInvariant();
        if (primary is "jpn")
        {
            return "ja";
        }

        if (primary is not ("zh" or "zho" or "chi" or "cmn" or "yue"))
        {
            return primary switch
            {
                "eng" => "en",
                "kor" => "ko",
                _ => primary,
            };
        }

        foreach (var part in parts.Skip(1))
        {
            var subtag = part.ToUpperInvariant();
            if (subtag is "HANT" or "TW" or "HK" or "MO")
            {
                return "zh-Hant";
            }

            if (subtag is "HANS" or "CN" or "SG" or "MY")
            {
                return "zh-Hans";
            }
        }

        return "zh";
    }

    /// <summary>
    /// The document's language from its declared tag (normalized) and the language of its script counts: a declared
    /// Chinese, Japanese or Korean tag is kept (bare <c>zh</c> takes its script from the counts when they say Chinese);
    /// a declared tag of another language is kept unless the counts say Chinese, Japanese or Korean, since site templates
    /// declare <c>lang="en"</c> on pages of any language.
    /// </summary>
    public static string? Choose(string? declared, string? detected)
    {
        if (declared is null)
        {
            return detected;
        }

        var detectedCjk = detected is "ja" or "ko" || (detected?.StartsWith("zh", StringComparison.Ordinal) ?? false);
        return declared switch
        {
            "zh" => detected is not null && detected.StartsWith("zh", StringComparison.Ordinal) ? detected : "zh",
            "ja" or "ko" or "zh-Hant" or "zh-Hans" => declared,
            _ => detectedCjk ? detected : declared,
        };
    }
}
