using System.Collections.Immutable;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Reads the text a line gives its creators into contributors: several issuers (総務省・経済産業省), personal names in
/// CJK order split at their family name (陈登原 = 陈 + 登原, 清丸 寛一), Latin names in either order (Fowler, Martin /
/// Martin Fowler / Fischer A), handles (@dgkmtu), and without the "and others" words (等, ほか, et al.) or editor words.
/// </summary>
internal sealed class ContributorReader(PublisherLookup publishers)
{
    private static readonly char[] Semicolons = [';', '；'];
    private static readonly char[] CjkNameSeparators = ['，', '、', ',', '／', '/', '&', '＆'];
    private static readonly char[] Spaces = [' ', '\u3000'];
    private static readonly System.Buffers.SearchValues<char> ListSeparators = System.Buffers.SearchValues.Create("，、;；&＆");
    private static readonly System.Buffers.SearchValues<char> Acronym = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ-");
    private static readonly System.Buffers.SearchValues<char> InitialCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-");

    /// <summary>Reads <paramref name="text"/>; names marked as editors (主编, eds.) come back in <paramref name="editors"/>.</summary>
    /// <param name="text">The creators as the line writes them.</param>
    /// <param name="language">The line's language, for names no family-name table knows.</param>
    /// <param name="corporate">Whether a single capitalised word is an organisation (APA "GitHub. (n.d.)", GB/T "W3C. 题名[EB/OL]").</param>
    /// <param name="editors">The editors.</param>
    public ImmutableArray<Contributor> Read(string? text, string? language, bool corporate, out ImmutableArray<Contributor> editors)
    {
        editors = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = ReadingWords.Instance;
        var isEditor = false;
        text = Trim(text);
        var editorLength = words.EndingLength("editor", text);
        if (editorLength > 0 && editorLength < text.Length)
        {
            text = Trim(text[..^editorLength]);
            isEditor = true;
        }

        var translatorLength = words.EndingLength("translator", text);
        if (translatorLength > 0 && translatorLength < text.Length)
        {
            return [];
        }

        foreach (var word in new[] { "著", "撰", "作", "文" })
        {
            if (!isEditor && text.EndsWith(word, StringComparison.Ordinal) && text.Length > word.Length + 1 && IsAllCjk(text.AsSpan(0, text.Length - 1)))
            {
                text = Trim(text[..^word.Length]);
                break;
            }
        }

        text = StripEtAl(text);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && text.Length > 3)
        {
            text = Trim(text[3..]);
        }

        if (text.Length == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Contributor>();
        var hasSeparator = text.AsSpan().IndexOfAny(ListSeparators) >= 0 || (text.Contains(", ", StringComparison.Ordinal) && !text.EndsWith(", Inc", StringComparison.Ordinal) && !text.EndsWith(", Inc.", StringComparison.Ordinal))
            || (text.Contains(',', StringComparison.Ordinal) && CjkCharacters.ContainsCjk(text));
        var dotParts = !text.Contains('・', StringComparison.Ordinal) ? [] : text.Split('・', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (dotParts.Length > 1 && dotParts.All(p => publishers.Resolve(p) is not null || IsOrganizationLike(p)) && publishers.Resolve(text) is null)
        {
            hasSeparator = true;
        }

        var whole = hasSeparator ? null : publishers.Resolve(text);
        if (whole?.Unit is { } unit && (unit.StartsWith('・') || unit.StartsWith('、') || publishers.Resolve(unit.TrimStart('・', '、', '/')) is not null))
        {
            whole = null;
            hasSeparator = true;
        }

        whole ??= hasSeparator ? null : ReadOrganization(text);
        if (whole is not null)
        {
            result.Add(Contributor.ForOrganization(whole));
        }
        else
        {
            foreach (var piece in SplitNames(text))
            {
                var name = WithoutLatinAnd(StripEtAl(piece));
                if (string.IsNullOrWhiteSpace(name) || name.Length > 80 || IsTranslatorNote(name))
                {
                    continue;
                }

                result.Add(ReadContributor(name, language, corporate));
            }
        }

        if (isEditor)
        {
            editors = result.ToImmutable();
            return [];
        }

        return result.ToImmutable();
    }

    // "Katsumoto, M.; Fukuda, M.; and Shibata, Y.", "石井 悠人, 明石 邦夫, and 関谷 勇司": the "and" before the last name.
    private static string WithoutLatinAnd(string name) =>
        name.StartsWith("and ", StringComparison.Ordinal) && name.Length > 5 ? Trim(name[4..])
        : name.StartsWith("dan ", StringComparison.Ordinal) && name.Length > 5 ? Trim(name[4..])
        : name.StartsWith("& ", StringComparison.Ordinal) && name.Length > 3 ? Trim(name[2..])
        : name;

    // "trans. from the German by R. F. C. Hull", "tr. G. Hunsinger": a translator, not an author.
    private static bool IsTranslatorNote(string name) =>
        name.StartsWith("trans", StringComparison.OrdinalIgnoreCase) || name.StartsWith("tr. ", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("translated", StringComparison.OrdinalIgnoreCase);

    private static string StripEtAl(string text)
    {
        var trimmed = Trim(text);
        var length = ReadingWords.Instance.EndingLength("et-al", trimmed);
        if (length > 0 && (length > 1 || trimmed.Length > 3) && length < trimmed.Length)
        {
            return Trim(trimmed[..^length]);
        }

        return trimmed;
    }

    private Contributor ReadContributor(string name, string? language, bool corporate)
    {
        if (ReadOrganization(name) is { } organization)
        {
            return Contributor.ForOrganization(organization);
        }

        if (!name.Contains(' ', StringComparison.Ordinal) && !name.Contains(',', StringComparison.Ordinal) && name.Length > 1 && char.IsAsciiLetterUpper(name[0]) && !name.EndsWith('.')
            && (corporate || IsBrandLike(name)))
        {
            return Contributor.ForOrganization(PublisherRef.Unresolved(name));
        }

        return Contributor.ForPerson(ReadPersonName(name, language));
    }

    /// <summary>The organisation a name stands for: one the registry knows, or one that reads as an organisation.</summary>
    public PublisherRef? ReadOrganization(string name)
    {
        if (publishers.Resolve(name) is { } known)
        {
            return known;
        }

        if (!IsOrganizationLike(name))
        {
            return null;
        }

        foreach (var mention in CjkCharacters.ContainsCjk(name) ? publishers.FindMentionsInName(name) : [])
        {
            if (mention.Start == 0 && mention.Length < name.Length)
            {
                var unitText = Trim(name[mention.Length..]);
                var written = name[..mention.Length];
                if (unitText.Length > 0 && name[mention.Length] is not ('・' or '、' or '/') && IsOrganizationLike(unitText) && publishers.Resolve(unitText) is null
                    && publishers.Resolve(written) is { Id: { } id })
                {
                    return PublisherRef.Known(id, written, unitText);
                }
            }
        }

        return PublisherRef.Unresolved(name);
    }

    /// <summary>Whether a name reads as an organisation: a legal form, a known ending (省, 機構, University), an acronym in brackets.</summary>
    public static bool IsOrganizationLike(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("株式会社", StringComparison.Ordinal) || name.StartsWith("有限会社", StringComparison.Ordinal) || name.StartsWith("一般社団法人", StringComparison.Ordinal)
            || name.StartsWith("公益財団法人", StringComparison.Ordinal) || name.StartsWith("独立行政法人", StringComparison.Ordinal) || name.StartsWith("国立研究開発法人", StringComparison.Ordinal)
            || name.StartsWith("一般財団法人", StringComparison.Ordinal) || name.StartsWith("公益社団法人", StringComparison.Ordinal))
        {
            return true;
        }

        if (!CjkCharacters.ContainsCjk(name) && HasOrganizationWord(name))
        {
            return true;
        }

        if (ParsingData.StartsWithOrganizationPrefix(name))
        {
            return true;
        }

        if (ParsingData.EndsWithOrganizationSuffix(name))
        {
            // A two-character CJK text ending in 会, 部 or 社 can be a person's name (中村会 is not, but 田部 is): a person's name wins.
            return !(name.Length <= 3 && NameShapes.IsCjkPersonName(name) && !IsGovernmentEnding(name[^1]));
        }

        var open = name.IndexOfAny('(', '（');
        if (open > 0 && name.Length - open <= 12)
        {
            var inner = name[(open + 1)..].TrimEnd(")）");
            if (inner.Length >= 2 && !inner.ContainsAnyExcept(Acronym))
            {
                return true;
            }
        }

        return false;
    }

    // TechCrunch, GitHub, OpenAI, NHK: capitals inside one word are a brand's or an acronym's, not a person's name.
    private static bool IsBrandLike(string word)
    {
        var capitals = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                capitals++;
            }
        }

        return capitals > 0 && word.Length >= 3;
    }

    // National Taiwan University Alumni Association, U.S. Congress, Taipei Times Editorial: a word that names a body,
    // anywhere in a Latin name of two words or more.
    private static bool HasOrganizationWord(ReadOnlySpan<char> name)
    {
        if (name.IndexOf(' ') < 0)
        {
            return false;
        }

        var rest = name;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = (space < 0 ? rest : rest[..space]).Trim(".,()");
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (word.Length >= 3 && char.IsUpper(word[0]) && (ParsingData.IsOrganizationWord(word) || word is "Congress" or "Editorial" or "Parliament" or "Senate" or "Cabinet"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGovernmentEnding(char c) => c is '省' or '庁' or '廳' or '厅' or '府' or '局' or '署' or '市' or '県' or '縣' or '县';

    private List<string> SplitNames(string text)
    {
        var result = new List<string>();
        var parts = text.AsSpan().IndexOfAny(Semicolons) < 0 ? [] : text.Split(Semicolons, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            foreach (var part in parts)
            {
                result.AddRange(SplitNames(part));
            }

            return result;
        }

        if (!CjkCharacters.ContainsCjk(text))
        {
            return SplitLatinNames(text);
        }

        if (RomanisedWithOriginal(text) is not null)
        {
            // Huang, Yiqing 黃易青: one name, romanised, with the original after it.
            result.Add(text);
            return result;
        }

        foreach (var part in text.Split(CjkNameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // 張偉哲與陳弘毅, 王五和李四: the last two names joined by "and", when both sides are personal names.
            if (SplitAtConjunction(part) is { } pair)
            {
                result.Add(pair.First);
                result.Add(pair.Second);
                continue;
            }

            var dotParts = !part.Contains('・', StringComparison.Ordinal) ? [] : part.Split('・', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (dotParts.Length > 1 && dotParts.All(p => IsOrganizationLike(p) || publishers.Resolve(p) is not null || NameShapes.IsCjkPersonName(p)))
            {
                result.AddRange(dotParts);
                continue;
            }

            // 清丸 寛一: one name written with a space between family and given name; 松原雅文 山田敬三: names separated by spaces.
            var spaceParts = part.AsSpan().IndexOfAny(Spaces) < 0 ? [] : part.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
            if (spaceParts.Length > 1 && spaceParts.All(static p => p.Length is >= 1 and <= 5 && IsAllCjk(p)))
            {
                if (spaceParts.Length == 2 && spaceParts[0].Length <= 3 && spaceParts[1].Length <= 3)
                {
                    result.Add(part);
                    continue;
                }

                if (spaceParts.Length % 2 == 0 && spaceParts.All(static p => p.Length <= 3)
                    && spaceParts.Where((_, i) => i % 2 == 0).All(p => NameShapes.Surnames.FamilyLength(p + "x") == p.Length))
                {
                    // 清丸 寛一 出口 祥之: pairs of family and given names.
                    for (var i = 0; i + 1 < spaceParts.Length; i += 2)
                    {
                        result.Add(spaceParts[i] + " " + spaceParts[i + 1]);
                    }

                    continue;
                }

                result.AddRange(spaceParts);
                continue;
            }

            result.Add(part);
        }

        return result;
    }

    private static (string First, string Second)? SplitAtConjunction(string part)
    {
        if (part.Length < 5)
        {
            return null;
        }

        foreach (var conjunction in CjkConjunctions)
        {
            var at = part.IndexOf(conjunction, 2);
            while (at > 0 && at < part.Length - 2)
            {
                var first = part.AsSpan(0, at).Trim();
                var second = part.AsSpan(at + 1).Trim();
                if (NameShapes.IsCjkPersonName(first) && NameShapes.IsCjkPersonName(second))
                {
                    return (first.ToString(), second.ToString());
                }

                at = part.IndexOf(conjunction, at + 1);
            }
        }

        return null;
    }

    private static readonly char[] CjkConjunctions = ['與', '与', '及', '和'];

    // "and" between the last two names in the languages whose lists write a word for it: English, Indonesian and Malay
    // (dan), Vietnamese (và), Thai (และ, written against the name that follows it: ปวีณา ปรีชญากุล และบุญยฤทธิ์ ศรีปาน).
    private static readonly string[] NameConjunctions = [" and ", " dan ", " và ", " และ"];

    private static string WithLatinConjunctionsAsCommas(string text)
    {
        foreach (var conjunction in NameConjunctions)
        {
            if (text.Contains(conjunction, StringComparison.Ordinal))
            {
                text = text.Replace("," + conjunction, ", ", StringComparison.Ordinal).Replace(conjunction, ", ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static List<string> SplitLatinNames(string text)
    {
        var result = new List<string>();
        var normalized = WithLatinConjunctionsAsCommas(text)
            .Replace(" & ", ", ", StringComparison.Ordinal).Replace(",&", ",", StringComparison.Ordinal).Replace("&", ",", StringComparison.Ordinal)
            .Replace("，", ", ", StringComparison.Ordinal).Replace("、", ", ", StringComparison.Ordinal);
        var parts = normalized.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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

    private static bool IsFamilyGivenPairs(string[] parts)
    {
        if (parts.Length % 2 != 0 || parts.Length < 2)
        {
            return false;
        }

        // "Koichiro Ito, Masaki Murata": when most parts are names of two words, each part is a whole name.
        if (parts.Count(p => p.Contains(' ', StringComparison.Ordinal) && !IsInitialsList(p)) * 2 > parts.Length)
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
            if (space >= 0 && (family.IndexOf(' ', StringComparison.Ordinal) != space || IsInitials(family.AsSpan(space + 1))) && !IsParticleFamily(family))
            {
                return false;
            }
        }

        for (var i = 1; i < parts.Length; i += 2)
        {
            if (parts[i].Length > 30)
            {
                return false;
            }
        }

        // A GB/T name (Dong Z B) in a family slot means the parts are whole names; in a given slot it may be a given
        // name with an initial (Quah, Jon S.T.; Grayson, James H.), which GB/T never writes with periods.
        for (var i = 0; i < parts.Length; i++)
        {
            if (LooksLikeGbtName(parts[i]) && (i % 2 == 0 || !parts[i].Contains('.', StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitialsList(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => IsInitials(w));

    private static bool IsParticleFamily(string family) =>
        family.StartsWith("van ", StringComparison.Ordinal) || family.StartsWith("von ", StringComparison.Ordinal) || family.StartsWith("de ", StringComparison.Ordinal)
        || family.StartsWith("De ", StringComparison.Ordinal) || family.StartsWith("Van ", StringComparison.Ordinal);

    private static bool LooksLikeGbtName(string part)
    {
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
        // FRESE K S, JOCHER G, Dong Z B: a family name in capitals, or any family name followed only by bare capitals.
        return initials.Length > 0 && family.Length >= 2 && !IsInitials(family) && IsInitials(initials)
            && (!family.ContainsAnyExcept(Capitals) || restSpace < 0 || AllBareInitials(rest));
    }

    private static bool AllBareInitials(ReadOnlySpan<char> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            // Each word one capital: a capital with a letter or period beside it is not a bare initial.
            if (words[i] != ' ' && !(char.IsAsciiLetterUpper(words[i]) && (i == 0 || words[i - 1] == ' ') && (i + 1 == words.Length || words[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    // J.  J.A.  JA  C  J.-P.: one or two capitals without periods (GB/T writes them so), up to three with them.
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 6 || word.ContainsAnyExcept(InitialCharacters))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters++;
            }
        }

        return letters >= 1 && (word.Contains('.') ? letters <= 3 : letters <= 2);
    }

    // Han, Hangul and kana: the letters of East-Asian personal names (田中リベカ, 欅 リベカ).
    private static bool IsAllCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3041' and <= '\u30FA') or '々' or 'ー'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads one person's name.</summary>
    public static PersonName ReadPersonName(string name, string? language)
    {
        name = Trim(name);
        if (name.StartsWith('@') || !CjkCharacters.ContainsCjk(name))
        {
            return ReadLatinName(WithoutNameNote(name));
        }

        if (RomanisedWithOriginal(name) is { } romanised)
        {
            return romanised;
        }

        var spaced = name.AsSpan().IndexOfAny(Spaces) < 0 ? [] : name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (spaced.Length == 2 && IsAllCjk(spaced[0]) && IsAllCjk(spaced[1]))
        {
            return Name(spaced[0], spaced[1]);
        }

        // 艾倫·羅斯, ジョン・スミス: a Western name written in CJK keeps its order, family name last.
        var dotted = name.Split(['·', '・', '‧', '•', '．'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (dotted.Length >= 2 && dotted.All(p => IsAllCjk(p)))
        {
            var separator = name[name.IndexOfAny(['·', '・', '‧', '•', '．'])].ToString();
            return Name(dotted[^1], string.Join(separator, dotted[..^1]));
        }

        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        if (!IsAllCjk(compact) || compact.Length is < 2 or > 5)
        {
            // Kana names, names with middle dots (汉斯·摩根索) and handles stay literal.
            return Literal(name);
        }

        var familyLength = NameShapes.Surnames.FamilyLength(compact);
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
        else if (compact.Length >= 4 && familyLength == 1 && language == "ja")
        {
            familyLength = 2;
        }
        else if (familyLength == 2 && compact.Length == 3 && language is not null && language.StartsWith("zh", StringComparison.Ordinal)
            && !NameShapes.Surnames.IsChinese(compact.AsSpan(0, 2)) && NameShapes.Surnames.IsChinese(compact.AsSpan(0, 1)))
        {
            // 高林傳 in a Chinese list is 高 + 林傳: a two-character family name of the Japanese table is not a Chinese one.
            familyLength = 1;
        }

        return Name(compact[..familyLength], compact[familyLength..]);
    }

    // "Orsborn, Matthew (Shi Huifeng)": a name in brackets after the name (a religious or pen name) is a note.
    private static string WithoutNameNote(string name)
    {
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        return open > 2 && name.EndsWith(')') && name.IndexOf(')') == name.Length - 1 ? name[..open] : name;
    }

    // "Xu, Shen 許慎", "Funayama Toru 船山徹": a romanised name followed by the name in its own script. The romanisation
    // is what the line cites; written without a comma it keeps the East-Asian order of the original, family first.
    private static PersonName? RomanisedWithOriginal(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || name.Length - space - 1 is < 2 or > 4 || !IsAllCjk(name.AsSpan(space + 1)))
        {
            return null;
        }

        var latin = name[..space].Trim();
        if (latin.Length < 3 || CjkCharacters.ContainsCjk(latin) || !char.IsAsciiLetterUpper(latin[0]))
        {
            return null;
        }

        if (latin.Contains(',', StringComparison.Ordinal))
        {
            return ReadLatinName(latin);
        }

        var words = latin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 ? Name(words[0], words[1]) : null;
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

        if (LooksLikeGbtName(trimmed) || (words.Length == 2 && IsInitials(words[1]) && !IsInitials(words[0]) && !words[1].EndsWith('.')))
        {
            // GB/T writes initials without periods (MEDER B), so a period after the last one closes the field, not an initial.
            var given = string.Join(' ', words[1..]);
            if (given.EndsWith('.') && given.IndexOf('.') == given.Length - 1 && (words.Length > 2 || given.Length == 2) && !trimmed.Contains(',', StringComparison.Ordinal))
            {
                given = given[..^1];
            }

            return Name(words[0], given);
        }

        if (words.Length > 4 || words.Any(w => w.StartsWith('@')))
        {
            return Literal(trimmed);
        }

        // Particles stay with the family name: Ludwig van Beethoven, Vincent de Paul.
        var familyStart = words.Length - 1;
        while (familyStart > 1 && words[familyStart - 1] is "van" or "von" or "de" or "der" or "den" or "da" or "di" or "le" or "la")
        {
            familyStart--;
        }

        return Name(string.Join(' ', words[familyStart..]), string.Join(' ', words[..familyStart]));
    }

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

    /// <summary>Trims spaces and the punctuation that separates fields, keeping the period of a final initial (Reich, C. A.).</summary>
    public static string Trim(string text)
    {
        var span = text.AsSpan().Trim();
        span = span.TrimStart(",，、.．。:：;；-–—|｜/ ");
        var end = span.Length;
        while (end > 0 && span[end - 1] is ',' or '，' or '、' or '。' or ':' or '：' or ';' or '；' or ' ' or '\u3000' or '|' or '｜' or '-' or '–' or '—')
        {
            end--;
        }

        // A final period goes unless it closes an initial (C. A.) or an abbreviation (Inc., Ltd., Jr.).
        if (end > 0 && span[end - 1] is '.' or '．' && !(end >= 2 && char.IsAsciiLetterUpper(span[end - 2]) && (end == 2 || span[end - 3] is ' ' or '.' or ',' or '-'))
            && !span[..end].EndsWith("Inc.", StringComparison.Ordinal) && !span[..end].EndsWith("Ltd.", StringComparison.Ordinal) && !span[..end].EndsWith("Co.", StringComparison.Ordinal)
            && !span[..end].EndsWith("Corp.", StringComparison.Ordinal) && !span[..end].EndsWith("Jr.", StringComparison.Ordinal))
        {
            end--;
        }

        return span[..end].Trim().ToString();
    }
}
