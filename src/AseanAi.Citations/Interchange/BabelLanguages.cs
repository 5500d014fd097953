using System.Collections.Frozen;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// BibLaTeX <c>langid</c> and BibTeX <c>language</c> values (babel language names, as listed in the babel and
/// polyglossia manuals) and the BCP 47 tags they stand for.
/// </summary>
internal static class BabelLanguages
{
    // The first name of a tag is the one written; the others are read too.
    private static readonly (string Tag, string[] Names)[] Table =
    [
        ("ja", ["japanese"]),
        ("zh", ["chinese"]),
        ("ko", ["korean"]),
        ("en", ["english"]),
        ("en-US", ["american", "usenglish"]),
        ("en-GB", ["british", "ukenglish"]),
        ("th", ["thai"]),
        ("vi", ["vietnamese"]),
        ("id", ["indonesian", "bahasai", "bahasa"]),
        ("ms", ["malay", "bahasam"]),
        ("fr", ["french", "francais"]),
        ("de", ["german", "ngerman"]),
        ("es", ["spanish"]),
        ("it", ["italian"]),
        ("pt", ["portuguese", "portuges"]),
        ("ru", ["russian"]),
        ("nl", ["dutch"]),
    ];

    private static readonly FrozenDictionary<string, string> NameByTag =
        Table.ToFrozenDictionary(row => row.Tag, row => row.Names[0], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> TagByName =
        Table.SelectMany(row => row.Names.Select(name => (name, row.Tag)))
            .ToFrozenDictionary(pair => pair.name, pair => pair.Tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The babel name for <paramref name="tag"/>, and whether it stands for exactly that tag; for <c>zh-Hant</c> it is
    /// <c>chinese</c>, not exact, so writers keep the tag in a custom field too.
    /// </summary>
    public static string? NameOf(string tag, out bool exact)
    {
        if (NameByTag.TryGetValue(tag, out var name))
        {
            exact = true;
            return name;
        }

        exact = false;
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && NameByTag.TryGetValue(tag[..dash], out name) ? name : null;
    }

    /// <summary>Reads a babel name, or a BCP 47 tag written where a name belongs.</summary>
    public static string? TagOf(string value)
    {
        var trimmed = value.Trim();
        if (TagByName.TryGetValue(trimmed, out var tag))
        {
            return tag;
        }

        // Tools that write tags into langid (Pandoc writes langid = {ja}); a babel name never has a dash or a digit,
        // and two- or three-letter values are ISO 639 codes.
        return (trimmed.Length <= 3 || trimmed.Contains('-', StringComparison.Ordinal))
            && LanguageTags.TryNormalize(trimmed, out var normalized, out _) ? normalized : null;
    }
}
