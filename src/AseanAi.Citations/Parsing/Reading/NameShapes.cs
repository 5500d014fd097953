using System.Collections.Frozen;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// What a short text looks like as a personal name: a CJK name that opens with a known family name (陈登原, 佐藤 花子,
/// 김민수), several of them, a name in katakana (ジョン・スミス), a Latin family name with initials (Fischer A, C. A.),
/// given and family names (Martin Fowler), a handle (@dgkmtu, qyb), a list with "&amp;"/"and", editors, or a by-line (by Jane Doe).
/// </summary>
internal static class NameShapes
{
    public const byte None = 0;
    public const byte CjkName = 1;
    public const byte CjkNames = 2;
    public const byte LatinFamilyInitials = 3;
    public const byte LatinGivenFamily = 4;
    public const byte Initials = 5;
    public const byte Handle = 6;
    public const byte KatakanaName = 7;
    public const byte NameList = 8;
    public const byte Editor = 9;
    public const byte LatinWord = 10;
    public const byte ByLine = 11;

    private static readonly System.Buffers.SearchValues<char> PartSeparators = System.Buffers.SearchValues.Create("、・，,/／ \u3000");
    private static readonly System.Buffers.SearchValues<char> ListSeparators = System.Buffers.SearchValues.Create("、・，,/／");

    public static byte Of(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.IsEmpty || t.Length > 60)
        {
            return None;
        }

        if (ReadingWords.Instance.EndingLength("editor", t) is > 0 and var editorLength && editorLength < t.Length)
        {
            return Editor;
        }

        if (t.ContainsAnyInRange('\u3040', '\u9FFF') || t.ContainsAnyInRange('\uAC00', '\uD7AF'))
        {
            return CjkShape(t);
        }

        if (t[0] == '@' && t.Length > 1)
        {
            return Handle;
        }

        // A by-line (title | by Jane Doe | Medium): the words after "by" name the authors.
        if (t.Length > 4 && t.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && char.IsLetter(t[3]) && t.Count(' ') <= 5)
        {
            return ByLine;
        }

        if (t.Contains(" & ", StringComparison.Ordinal) || t.Contains(" and ", StringComparison.Ordinal) || t.Contains(" dan ", StringComparison.Ordinal) || t.Contains(" và ", StringComparison.Ordinal))
        {
            return NameList;
        }

        return LatinShape(t);
    }

    private static byte CjkShape(ReadOnlySpan<char> t)
    {
        // Katakana names: ジョン・スミス, P・R・クルーグマン.
        var katakana = true;
        foreach (var c in t)
        {
            if (c is not ((>= '\u30A0' and <= '\u30FF') or '・' or '＝' or '=' or ' ' or '\u3000' or '.' or '．') && !char.IsAsciiLetterUpper(c))
            {
                katakana = false;
                break;
            }
        }

        if (katakana && t.Length is >= 3 and <= 20 && (t.IndexOfAny('・', '＝') > 0 || t.Length <= 8))
        {
            return KatakanaName;
        }

        // Several names: 松原茂樹・加藤芳秀, 陈登原 王力, 张三、李四.
        var parts = 0;
        var allNames = true;
        var rest = t;
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny(PartSeparators);
            var part = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? [] : rest[(cut + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            parts++;
            if (!IsCjkPersonName(part))
            {
                allNames = false;
            }
        }

        if (parts >= 2 && allNames)
        {
            // 佐藤 花子 is one name written with a space.
            return parts == 2 && t.IndexOfAny(' ', '\u3000') > 0 && t.IndexOfAny(ListSeparators) < 0 && IsCjkPersonName(Concat(t)) ? CjkName : CjkNames;
        }

        return parts == 1 && IsCjkPersonName(t) ? CjkName : None;
    }

    private static string Concat(ReadOnlySpan<char> t)
    {
        Span<char> buffer = stackalloc char[t.Length];
        var n = 0;
        foreach (var c in t)
        {
            if (c is not (' ' or '\u3000'))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n].ToString();
    }

    /// <summary>Whether a run of Han (or Hangul) characters reads as one person's name: a known family name and one to three more characters.</summary>
    public static bool IsCjkPersonName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or '々' or 'ヶ' or 'ノ' or 'ケ'))
            {
                return false;
            }
        }

        if (ParsingData.IsOrganizationByItsWords(name) && name.Length >= 3)
        {
            return false;
        }

        return Surnames.FamilyLength(name) > 0;
    }

    private static byte LatinShape(ReadOnlySpan<char> t)
    {
        Span<Range> words = stackalloc Range[8];
        var count = t.SplitAny(words, " \u00A0", StringSplitOptions.RemoveEmptyEntries);
        if (count == 0 || count > 6)
        {
            return None;
        }

        var initials = 0;
        var capitalised = 0;
        var lower = 0;
        for (var w = 0; w < count; w++)
        {
            var word = t[words[w]];
            if (IsInitials(word))
            {
                initials++;
            }
            else if (char.IsUpper(word[0]) && IsNameWord(word))
            {
                capitalised++;
            }
            else if (IsParticle(word))
            {
                capitalised += 0;
            }
            else if (char.IsLower(word[0]) && IsNameWord(word))
            {
                lower++;
            }
            else
            {
                return None;
            }
        }

        if (initials == count)
        {
            return Initials;
        }

        if (initials > 0 && capitalised > 0 && lower == 0)
        {
            return LatinFamilyInitials;
        }

        if (capitalised is >= 2 and <= 4 && initials == 0 && lower == 0)
        {
            return LatinGivenFamily;
        }

        if (capitalised == 1 && count == 1)
        {
            return LatinWord;
        }

        if (count == 1 && lower == 1 && t.Length <= 20)
        {
            return Handle;
        }

        return None;
    }

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        // J.  J.A.  JA (GB/T: Fischer A, Smith JA)  H.S.  J.-P.
        if (word.Length > 6)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return letters is >= 1 and <= 3;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return word.Length <= 20;
    }

    private static bool IsParticle(ReadOnlySpan<char> word) => word is "van" or "von" or "de" or "der" or "den" or "da" or "di" or "du" or "le" or "la" or "bin" or "binti" or "bte" or "al";

    /// <summary>Family names of China, Japan and Korea (Parsing/Data/surnames*.txt), looked up by prefix.</summary>
    internal static class Surnames
    {
        private static readonly Lazy<FrozenSet<string>> All = new(() => Load("surnames.txt", "surnames-zh.txt", "surnames-ja.txt", "surnames-ko.txt"));
        private static readonly Lazy<FrozenSet<string>> Chinese = new(() => Load("surnames-zh.txt"));

        /// <summary>Whether <paramref name="family"/> is a Chinese family name (Parsing/Data/surnames-zh.txt).</summary>
        public static bool IsChinese(ReadOnlySpan<char> family) => Chinese.Value.Contains(family.ToString());

        /// <summary>The length of the longest known family name that <paramref name="name"/> starts with and is longer than, or 0.</summary>
        public static int FamilyLength(ReadOnlySpan<char> name)
        {
            var set = All.Value;
            for (var length = Math.Min(3, name.Length - 1); length >= 1; length--)
            {
                if (set.Contains(name[..length].ToString()))
                {
                    return length;
                }
            }

            return 0;
        }

        private static FrozenSet<string> Load(params string[] files)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (typeof(ParsingData).Assembly.GetManifestResourceInfo("AseanAi.Citations.Parsing.Data." + file) is null)
                {
                    continue;
                }

                foreach (var line in ParsingData.Lines(file))
                {
                    if (line.StartsWith('['))
                    {
                        continue;
                    }

                    foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        names.Add(name);
                    }
                }
            }

            return names.ToFrozenSet(StringComparer.Ordinal);
        }
    }
}
