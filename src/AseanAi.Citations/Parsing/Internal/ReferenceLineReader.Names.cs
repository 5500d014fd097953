using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing.Internal;

// Authors: several issuers (総務省・経済産業省), personal names in CJK order (佐藤仁 = 佐藤 + 仁), Latin names in either
// order (Fowler, Martin / Martin Fowler / FAN X), and the "and others" words (等, ほか, et al.).
internal sealed partial class ReferenceLineReader
{
    private static readonly string[] EtAlWords = ["et al.", "et al", "等", "ほか", "他", "外", "others", "など"];
    private static readonly string[] EditorWords = ["主编", "主編", "編著", "编著", "編集", "编辑", "監修", "监修", "(編)", "（編）", "〔編〕", "編", "编", "eds.", "ed.", "(eds.)", "(ed.)"];
    private static readonly string[] AuthorWords = ["著", "撰", "作"];

    // The last characters of the editor words in lower case: a text that ends otherwise is compared with none of them.
    private static readonly SearchValues<char> EditorLastCharacters = SearchValues.Create(string.Concat(EditorWords.Select(word => char.ToLowerInvariant(word[^1]))));
    private static readonly char[] Semicolons = [';', '；'];
    private static readonly char[] CjkNameSeparators = ['，', '、', ',', '／', '/'];
    private static readonly char[] Spaces = [' ', '\u3000'];
    private static readonly SearchValues<char> AuthorListSeparatorValues = SearchValues.Create(",，、;；・");
    private static readonly char[] SpaceOnly = [' '];
    private static readonly char[] SpaceOrComma = [' ', ','];

    /// <summary>
    /// <see cref="string.EndsWith(string, StringComparison)"/> with <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// for the word lists above (ASCII or CJK), turning most texts away on their last character first.
    /// </summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.Length >= word.Length && (text[^1] == word[^1] || (text[^1] | 0x20) == (word[^1] | 0x20))
        && text.EndsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many non-empty words <paramref name="text"/> holds between <paramref name="separators"/>, without splitting it.</summary>
    private static int CountWords(ReadOnlySpan<char> text, char[] separators)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSeparator = Array.IndexOf(separators, c) >= 0;
            if (!isSeparator && !inWord)
            {
                count++;
            }

            inWord = !isSeparator;
        }

        return count;
    }

    private ImmutableArray<Contributor> ReadContributors(string? text, int start, string? language, out ImmutableArray<Contributor> editors)
    {
        editors = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var isEditor = false;
        text = text.Trim();
        var last = text.Length == 0 ? '\0' : InvariantCase.ToLower(text[^1]);
        foreach (var word in EditorLastCharacters.Contains(last) ? EditorWords : [])
        {
            if (EndsWithWord(text, word) && text.Length > word.Length)
            {
                text = TrimField(text[..^word.Length]);
                isEditor = true;
                break;
            }
        }

        foreach (var word in AuthorWords)
        {
            if (!isEditor && text.EndsWith(word, StringComparison.Ordinal) && text.Length > word.Length + 1)
            {
                text = TrimField(text[..^word.Length]);
                break;
            }
        }

        text = TrimName(StripEtAl(text));

        // A whole name the registry knows is one organisation, even with ・ or spaces inside; so is an organisation
        // name with no list separator in it.
        var contributors = _contributors;
        contributors.Clear();
        var hasSeparator = text.AsSpan().IndexOfAny("，、;；") >= 0 || text.Contains(", ", StringComparison.Ordinal) && !text.EndsWith(", Inc", StringComparison.Ordinal);
        var dotParts = !text.Contains('・', StringComparison.Ordinal) ? [] : text.Split('・', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (dotParts.Length > 1 && dotParts.All(p => Resolve(p) is not null || IsOrganizationLike(p)) && Resolve(text) is null)
        {
            hasSeparator = true;
        }

        var whole = hasSeparator ? null : Resolve(text);
        if (whole?.Unit is { } unit && (unit.StartsWith('・') || unit.StartsWith('、') || Resolve(unit.TrimStart('・', '、', '/')) is not null))
        {
            // 総務省・経済産業省: what follows the first name is another issuer, not a unit of it.
            whole = null;
            hasSeparator = true;
        }

        whole ??= hasSeparator ? null : ReadOrganization(text);
        if (whole is not null)
        {
            contributors.Add(Contributor.ForOrganization(whole));
        }
        else
        {
            foreach (var piece in SplitNames(text))
            {
                var name = TrimName(StripEtAl(piece));
                if (string.IsNullOrWhiteSpace(name) || name.Length > 80)
                {
                    continue;
                }

                contributors.Add(ReadContributor(name, language));
            }
        }

        // One array of the exact size; the list stays with the reader.
        var result = contributors.Count == 0 ? [] : ImmutableArray.Create(CollectionsMarshal.AsSpan(contributors));
        contributors.Clear();
        if (isEditor)
        {
            editors = result;
            return [];
        }

        return result;
    }

    private readonly List<Contributor> _contributors = [];

    private static string StripEtAl(string piece)
    {
        var stripped = StripEtAl(piece.AsSpan());
        return stripped.Length == piece.Length ? piece : stripped.ToString();
    }

    /// <summary>The name list without its closing "and others" word (等, ほか, et al.), trimmed of white space first.</summary>
    private static ReadOnlySpan<char> StripEtAl(ReadOnlySpan<char> piece)
    {
        var trimmed = piece.Trim();
        foreach (var word in EtAlWords)
        {
            if (EndsWithWord(trimmed, word) && (word.Length > 1 || trimmed.Length > 3))
            {
                return trimmed[..^word.Length];
            }
        }

        return trimmed;
    }

    private Contributor ReadContributor(string name, string? language)
    {
        if (ReadOrganization(name) is { } organization)
        {
            return Contributor.ForOrganization(organization);
        }

        // APA corporate authors ("GitHub. (n.d.)") and GB/T authors without initials ("W3C. 题名[EB/OL]"):
        // one capitalised word where a person's name would carry initials.
        if ((_authorDate || _typeCode is not null) && !name.Contains(' ', StringComparison.Ordinal) && !name.Contains(',', StringComparison.Ordinal) && char.IsAsciiLetterUpper(name[0]))
        {
            return Contributor.ForOrganization(PublisherRef.Unresolved(name));
        }

        return Contributor.ForPerson(ReadPersonName(name, language));
    }

    private PublisherRef? ReadOrganization(string name)
    {
        if (Resolve(name) is { } known)
        {
            return known;
        }

        if (!IsOrganizationLike(name))
        {
            return null;
        }

        // A known organisation followed by a unit that the registry did not split off.
        foreach (var mention in _publishers.FindMentionsInName(name))
        {
            if (mention.Start == 0 && mention.Length < name.Length)
            {
                var unit = TrimField(name[mention.Length..]);
                var written = name[..mention.Length];
                if (unit.Length > 0 && name[mention.Length] is not ('・' or '、' or '/') && IsOrganizationLike(unit) && Resolve(unit) is null
                    && Resolve(written) is { } head && head.Id is { } id)
                {
                    return PublisherRef.Known(id, written, unit);
                }
            }
        }

        return UnresolvedOrNull(name);
    }

    /// <summary>Whether a name reads as an organisation: a known ending (省, 機構, University) or an acronym in brackets.</summary>
    private static bool IsOrganizationLike(ReadOnlySpan<char> name)
    {
        if (name.Length > 0 && name[0] is '株' or '有' or '一' or '公' or '独' or '国'
            && (name.StartsWith("株式会社", StringComparison.Ordinal) || name.StartsWith("有限会社", StringComparison.Ordinal) || name.StartsWith("一般社団法人", StringComparison.Ordinal)
                || name.StartsWith("公益財団法人", StringComparison.Ordinal) || name.StartsWith("独立行政法人", StringComparison.Ordinal) || name.StartsWith("国立研究開発法人", StringComparison.Ordinal)))
        {
            return true;
        }

        if (ParsingData.EndsWithOrganizationSuffix(name))
        {
            return true;
        }

        // 科学技術振興機構(JST), 日本貿易振興機構（JETRO）: a name with an acronym.
        var open = name.IndexOfAny('(', '（');
        if (open > 0 && name.Length - open <= 12)
        {
            var inner = name[(open + 1)..].TrimEnd(")）");
            if (inner.Length >= 2 && !inner.ContainsAnyExcept(AcronymCharacters))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> AcronymCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    /// <summary>Trims a name like a field, but keeps the period of a final initial (Reich, C. A.).</summary>
    private static string TrimName(string text)
    {
        // The kept part and where it ends in the text, without searching for it.
        var (start, after) = TrimFieldBounds(text);
        if (after > start && after < text.Length && text[after] == '.' && char.IsAsciiLetterUpper(text[after - 1])
            && (after - start == 1 || text[after - 2] is ' ' or '.' or ','))
        {
            return text.Substring(start, after - start + 1);
        }

        return text[start..after];
    }

    private List<string> SplitNames(string text)
    {
        var result = new List<string>();

        // Semicolons first (SIST: Lee, Jeffrey E.; Fusco, Marnie L.), then the CJK list marks.
        // (Splitting text without the separator gives at most one part: the splits below are skipped then.)
        var parts = text.AsSpan().IndexOfAny(Semicolons) < 0 ? [] : text.Split(Semicolons, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            foreach (var part in parts)
            {
                result.AddRange(SplitNames(part));
            }

            return result;
        }

        var isLatin = !CjkCharacters.ContainsCjk(text);
        if (isLatin)
        {
            return SplitLatinNames(text);
        }

        foreach (var part in text.Split(CjkNameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // 総務省・経済産業省: split at ・ only when each side is an organisation or a known name.
            var dotParts = !part.Contains('・', StringComparison.Ordinal) ? [] : part.Split('・', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (dotParts.Length > 1 && dotParts.All(p => IsOrganizationLike(p) || Resolve(p) is not null))
            {
                result.AddRange(dotParts);
                continue;
            }

            // 松原雅文 山田敬三: space-separated CJK names of two to four characters.
            var spaceParts = part.AsSpan().IndexOfAny(Spaces) < 0 ? [] : part.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
            if (spaceParts.Length > 1 && spaceParts.All(static p => p.Length is >= 2 and <= 4 && IsAllHan(p)))
            {
                if (spaceParts.Length == 2 && spaceParts[0].Length <= 2 && spaceParts[1].Length <= 2)
                {
                    // 佐藤 仁: one name written with a space between family and given name.
                    result.Add(part);
                    continue;
                }

                result.AddRange(spaceParts);
                continue;
            }

            result.Add(part);
        }

        return result;
    }

    private static List<string> SplitLatinNames(string text)
    {
        var result = new List<string>();
        var normalized = text.Replace(", and ", ", ", StringComparison.Ordinal).Replace(" and ", ", ", StringComparison.Ordinal)
            .Replace(" & ", ", ", StringComparison.Ordinal).Replace(",&", ",", StringComparison.Ordinal).Replace("，", ", ", StringComparison.Ordinal);
        var parts = normalized.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // "Fowler, Martin" and "Reich, C. A.": family, given pairs. "FAN X, SOMMERS C H": one name per part.
        if (IsFamilyGivenPairs(parts))
        {
            for (var i = 0; i < parts.Length; i += 2)
            {
                result.Add(parts[i] + ", " + parts[i + 1]);
            }

            return result;
        }

        result.AddRange(parts);
        return result;
    }

    // Whether the parts alternate family name, given name: an even number of them, none an organisation, the families
    // one or two words not ending in initials, the given names short, and no part written the GB/T way.
    private static bool IsFamilyGivenPairs(string[] parts)
    {
        if (parts.Length % 2 != 0 || parts.Length < 2)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (IsOrganizationLike(part))
            {
                return false;
            }
        }

        for (var i = 0; i < parts.Length; i += 2)
        {
            var family = parts[i];
            var space = family.LastIndexOf(' ');
            if (space >= 0 && (family.IndexOf(' ', StringComparison.Ordinal) != space || IsInitials(family.AsSpan(space + 1))))
            {
                return false;
            }
        }

        for (var i = 1; i < parts.Length; i += 2)
        {
            if (parts[i].Length > 24)
            {
                return false;
            }
        }

        foreach (var part in parts)
        {
            if (LooksLikeGbtName(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeGbtName(string part)
    {
        // GB/T writes FAMILY INITIALS in capitals: FAN X, SOMMERS C H, PEEBLES P Z Jr. The first two words between spaces:
        var text = part.AsSpan().TrimStart(' ');
        var space = text.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var family = text[..space];
        var rest = text[space..].TrimStart(' ');
        var restSpace = rest.IndexOf(' ');
        var initials = restSpace < 0 ? rest : rest[..restSpace];
        return initials.Length > 0 && family.Length >= 2 && !family.ContainsAnyExcept(CapitalsAndHyphen) && IsInitials(initials);
    }

    private static readonly SearchValues<char> CapitalsAndHyphen = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    private static bool IsInitials(ReadOnlySpan<char> word) => word.Length is >= 1 and <= 3 && !word.TrimEnd('.').ContainsAnyExceptInRange('A', 'Z');

    /// <summary>Whether every character of <paramref name="text"/> is a Han character (true for empty text, as All is).</summary>
    private static bool IsAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsHanChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static PersonName ReadPersonName(string name, string? language)
    {
        if (!CjkCharacters.ContainsCjk(name))
        {
            return ReadLatinName(name);
        }

        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        var spaced = name.AsSpan().IndexOfAny(Spaces) < 0 ? [] : name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (spaced.Length == 2 && IsAllHan(spaced[0]) && IsAllHan(spaced[1]))
        {
            return Name(spaced[0], spaced[1]);
        }

        if (!IsAllHan(compact) || compact.Length is < 2 or > 5)
        {
            // Kana names, names with middle dots (汉斯·摩根索) and handles stay literal.
            return Literal(name.Trim());
        }

        var surnames = ParsingData.SurnameData;
        var familyLength = 0;
        for (var length = Math.Min(3, compact.Length - 1); length >= 1; length--)
        {
            if (surnames.IsJapanese(compact.AsSpan(0, length)) || (length == 2 && surnames.IsChineseCompound(compact.AsSpan(0, 2))))
            {
                familyLength = length;
                break;
            }
        }

        if (familyLength == 0)
        {
            var japanese = language == "ja";
            familyLength = compact.Length switch
            {
                2 => 1,
                3 => japanese ? 2 : 1,
                4 => 2,
                _ => japanese ? 2 : 1,
            };
        }

        return Name(compact[..familyLength], compact[familyLength..]);
    }

    private static PersonName ReadLatinName(string name)
    {
        var trimmed = name.Trim().TrimEnd(',');
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < trimmed.Length - 1)
        {
            return Name(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            return Literal(trimmed);
        }

        // FAN X, SOMMERS C H, PEEBLES P Z Jr, Marlinspike M: family name first, then initials.
        if (LooksLikeGbtName(trimmed) || (words.Length == 2 && IsInitials(words[1]) && !IsInitials(words[0]) && !words[1].EndsWith('.')))
        {
            return Name(words[0], string.Join(' ', words[1..]));
        }

        if (words.Length > 4 || words.Any(w => w.StartsWith('@')))
        {
            return Literal(trimmed);
        }

        return Name(words[^1], string.Join(' ', words[..^1]));
    }

    /// <summary>A split name, or a literal one when a part is blank (bad input never throws).</summary>
    private static PersonName Name(string family, string? given = null)
    {
        if (string.IsNullOrWhiteSpace(family))
        {
            return Literal(family + " " + given);
        }

        return string.IsNullOrWhiteSpace(given) ? PersonName.Create(family) : PersonName.Create(family, given);
    }

    private static PersonName Literal(string text) =>
        string.IsNullOrWhiteSpace(text) ? PersonName.FromLiteral("?") : PersonName.FromLiteral(text);

    /// <summary>Whether a segment reads as a list of names rather than a title.</summary>
    private static bool LooksLikeAuthorList(string text)
    {
        var (start, end) = TrimFieldBounds(text);
        var trimmed = text.AsSpan(start, end - start);
        if (trimmed.Length is 0 or > 120)
        {
            return false;
        }

        if (IsOrganizationLike(trimmed))
        {
            return true;
        }

        // The pieces between list separators, trimmed, the blank ones left out (as a split would give them).
        var pieces = 0;
        var rest = trimmed;
        var more = true;
        while (more)
        {
            var cut = rest.IndexOfAny(AuthorListSeparatorValues);
            more = cut >= 0;
            var piece = (more ? rest[..cut] : rest).Trim();
            rest = more ? rest[(cut + 1)..] : [];
            if (piece.IsEmpty)
            {
                continue;
            }

            pieces++;
            var name = StripEtAl(piece).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (CjkCharacters.ContainsCjk(name))
            {
                if (name.Length > 12 && !IsOrganizationLike(name))
                {
                    return false;
                }
            }
            else if (CountWords(name, SpaceOnly) > 5)
            {
                return false;
            }
        }

        return pieces > 0;
    }
}
