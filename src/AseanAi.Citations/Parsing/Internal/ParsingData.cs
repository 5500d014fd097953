using System.Collections.Frozen;
using System.Reflection;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// The word lists the parsers use, loaded once from the data files beside this code (Parsing/Data/*.txt, embedded in
/// the assembly). The lists are frozen after loading, so sharing them between threads is safe.
/// </summary>
internal static class ParsingData
{
    private static readonly Lazy<FrozenSet<string>> ReferenceHeadingSet = new(() => Words("reference-headings.txt").ToFrozenSet(StringComparer.Ordinal));
    private static readonly Lazy<string[]> OrganizationSuffixList = new(() => Words("organization-suffixes.txt").ToArray());
    private static readonly Lazy<string[]> PublisherSuffixList = new(() => Words("publisher-suffixes.txt").ToArray());
    private static readonly Lazy<(ReferenceCategory Category, string[] Keywords)[]> CategoryList = new(LoadCategories);
    private static readonly Lazy<Surnames> SurnameTables = new(LoadSurnames);

    /// <summary>Headings that open a reference list, case-folded.</summary>
    public static FrozenSet<string> ReferenceHeadings => ReferenceHeadingSet.Value;

    private static readonly Lazy<FrozenDictionary<char, string[]>> OrganizationSuffixIndex = new(() => IndexByLastChar(OrganizationSuffixList.Value));
    private static readonly Lazy<FrozenDictionary<char, string[]>> PublisherSuffixIndex = new(() => IndexByLastChar(PublisherSuffixList.Value));

    /// <summary>Endings of organisation names, case-folded.</summary>
    public static string[] OrganizationSuffixes => OrganizationSuffixList.Value;

    /// <summary>Endings of publisher names, case-folded.</summary>
    public static string[] PublisherSuffixes => PublisherSuffixList.Value;

    /// <summary>Whether <paramref name="text"/> ends with one of the organisation endings; one-character endings need three characters.</summary>
    public static bool EndsWithOrganizationSuffix(ReadOnlySpan<char> text) => EndsWithSuffix(text, OrganizationSuffixIndex.Value, singleCharMinimum: 3);

    private static readonly Lazy<string[]> OrganizationPrefixList = new(() => Words("organization-prefixes.txt").OrderByDescending(p => p.Length).ToArray());

    /// <summary>
    /// Whether <paramref name="text"/> opens with a word that names a kind of body in the languages that write it first
    /// (กระทรวง…, Bộ …, ក្រសួង…), followed by more of the name: after a space for Latin-script prefixes.
    /// </summary>
    public static bool StartsWithOrganizationPrefix(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        if (text.IsEmpty || text[0] < '\u00C0' && !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var prefix in OrganizationPrefixList.Value)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var spaced = prefix[^1] < '\u0E00' || prefix[^1] >= '\u1E00';
                if (!spaced || text[prefix.Length] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is named as a body by its ending or, in Southeast-Asian languages, its first word.</summary>
    public static bool IsOrganizationByItsWords(ReadOnlySpan<char> text) => EndsWithOrganizationSuffix(text) || StartsWithOrganizationPrefix(text);

    private static readonly Lazy<FrozenSet<string>> OrganizationWordSet = new(() =>
        OrganizationSuffixList.Value.Where(s => s.Length >= 3 && s.All(char.IsAsciiLetter)).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether a Latin word is one of the organisation endings used as a word (University, Ministry, Board).</summary>
    public static bool IsOrganizationWord(ReadOnlySpan<char> word) => OrganizationWordSet.Value.ContainsSpan(word);

    /// <summary>Whether <paramref name="text"/> ends with one of the publisher endings and is longer than it.</summary>
    public static bool EndsWithPublisherSuffix(ReadOnlySpan<char> text) => EndsWithSuffix(text, PublisherSuffixIndex.Value, singleCharMinimum: 2);

    private static bool EndsWithSuffix(ReadOnlySpan<char> text, FrozenDictionary<char, string[]> index, int singleCharMinimum)
    {
        text = text.TrimEnd(". ");
        if (text.IsEmpty || !index.TryGetValue(InvariantCase.ToLower(text[^1]), out var suffixes))
        {
            return false;
        }

        foreach (var suffix in suffixes)
        {
            var minimum = suffix.Length == 1 ? singleCharMinimum : suffix.Length + 1;
            if (text.Length >= minimum && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<char, string[]> IndexByLastChar(string[] suffixes) =>
        suffixes.GroupBy(s => s[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Category keywords, in the order they are tried.</summary>
    public static (ReferenceCategory Category, string[] Keywords)[] Categories => CategoryList.Value;

    /// <summary>Japanese family names and Chinese compound family names.</summary>
    public static Surnames SurnameData => SurnameTables.Value;

    /// <summary>Reads the non-comment lines of a data file.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = typeof(ParsingData).Assembly.GetManifestResourceStream("AseanAi.Citations.Parsing.Data." + fileName)
            ?? throw new InvalidOperationException("Missing embedded data file " + fileName + ".");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    private static IEnumerable<string> Words(string fileName) =>
        Lines(fileName).Select(line => line.ToLowerInvariant());

    private static (ReferenceCategory, string[])[] LoadCategories()
    {
        var result = new List<(ReferenceCategory, string[])>();
        foreach (var line in Lines("category-headings.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var category = line[..colon].Trim() switch
            {
                "government" => ReferenceCategory.Government,
                "media" => ReferenceCategory.Media,
                "expert-commentary" => ReferenceCategory.ExpertCommentary,
                "research" => ReferenceCategory.Research,
                "other" => ReferenceCategory.Other,
                var name => throw new InvalidOperationException("Unknown category '" + name + "' in category-headings.txt."),
            };
            var keywords = line[(colon + 1)..].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result.Add((category, keywords));
        }

        return [.. result];
    }

    private static Surnames LoadSurnames()
    {
        var japanese = new HashSet<string>(StringComparer.Ordinal);
        var compound = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in Lines("surnames.txt"))
        {
            if (line == "[ja]")
            {
                current = japanese;
                continue;
            }

            if (line == "[zh-compound]")
            {
                current = compound;
                continue;
            }

            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                current?.Add(name);
            }
        }

        return new Surnames(japanese.ToFrozenSet(StringComparer.Ordinal), compound.ToFrozenSet(StringComparer.Ordinal));
    }

    internal sealed record Surnames(FrozenSet<string> Japanese, FrozenSet<string> ChineseCompound)
    {
        /// <summary>Whether <paramref name="name"/> is a Japanese family name (looked up without a string on .NET 9 and later).</summary>
        public bool IsJapanese(ReadOnlySpan<char> name) => Japanese.ContainsSpan(name);

        /// <summary>Whether <paramref name="name"/> is a Chinese compound family name.</summary>
        public bool IsChineseCompound(ReadOnlySpan<char> name) => ChineseCompound.ContainsSpan(name);
    }
}
