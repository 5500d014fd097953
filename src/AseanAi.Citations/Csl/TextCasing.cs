using System.Collections.Frozen;

namespace AseanAi.Citations.Csl;

/// <summary>
/// The CSL text-case transformations, applied across the text pieces of an element so that words split by markup
/// are still words. Title case follows the CSL 1.0.2 rules for English (stop words stay lower case except at the
/// start, at the end and after a colon; words with capitals are left alone).
/// </summary>
internal static class TextCasing
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto", "or",
        "over", "so", "the", "till", "to", "up", "via", "with", "yet",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Transforms the leaves as one text; protected leaves (nocase) count as words but keep their text.</summary>
    public static void Apply(List<(OutText Text, bool Protected)> leaves, TextCase textCase)
    {
        if (textCase == TextCase.None || leaves.Count == 0)
        {
            return;
        }

        var total = 0;
        foreach (var (leaf, _) in leaves)
        {
            total += leaf.Text.Length;
        }

        var chars = new char[total];
        var position = 0;
        foreach (var (leaf, _) in leaves)
        {
            leaf.Text.CopyTo(0, chars, position, leaf.Text.Length);
            position += leaf.Text.Length;
        }

        Transform(chars, textCase);
        position = 0;
        foreach (var (leaf, isProtected) in leaves)
        {
            var length = leaf.Text.Length;
            if (!isProtected)
            {
                leaf.Text = new string(chars, position, length);
            }

            position += length;
        }
    }

    public static string Apply(string text, TextCase textCase)
    {
        var chars = text.ToCharArray();
        Transform(chars, textCase);
        return new string(chars);
    }

    private static void Transform(char[] chars, TextCase textCase)
    {
        switch (textCase)
        {
            case TextCase.Lowercase:
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            case TextCase.Uppercase:
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                break;
            case TextCase.CapitalizeFirst:
                CapitalizeFirstLetter(chars, 0);
                break;
            case TextCase.CapitalizeAll:
                foreach (var (start, end) in Words(chars))
                {
                    CapitalizeFirstLetter(chars, start);
                }

                break;
            case TextCase.Sentence:
                if (IsAllUpper(chars))
                {
                    for (var i = 0; i < chars.Length; i++)
                    {
                        chars[i] = char.ToLowerInvariant(chars[i]);
                    }
                }

                else
                {
                    LowercaseCapitalizedWords(chars);
                }

                CapitalizeFirstLetter(chars, 0);
                break;
            case TextCase.Title:
                TitleCase(chars);
                break;
            default:
                break;
        }
    }

    // Sentence case of a title-cased string, as citeproc-js does it: "a Pen" becomes "a pen"; words with more
    // capitals (UK, iPhone, McCarthy) are names or acronyms and stay.
    private static void LowercaseCapitalizedWords(char[] chars)
    {
        foreach (var (start, end) in Words(chars))
        {
            var first = -1;
            var otherUpper = false;
            var letters = 0;
            for (var i = start; i < end; i++)
            {
                if (!char.IsLetter(chars[i]))
                {
                    continue;
                }

                letters++;
                if (first < 0)
                {
                    first = i;
                }
                else if (char.IsUpper(chars[i]))
                {
                    otherUpper = true;
                }
            }

            if (first >= 0 && letters > 1 && !otherUpper && char.IsUpper(chars[first]))
            {
                chars[first] = char.ToLowerInvariant(chars[first]);
            }
        }
    }

    private static bool IsAllUpper(char[] chars)
    {
        var letters = 0;
        foreach (var c in chars)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return letters > 1;
    }

    private static void CapitalizeFirstLetter(char[] chars, int from)
    {
        for (var i = from; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
                return;
            }

            if (char.IsDigit(chars[i]))
            {
                return;
            }
        }
    }

    // Title case is English: a word starting with a Greek or other non-Latin letter (β-carotine) is left alone.
    private static void CapitalizeFirstLatinLetter(char[] chars, int from)
    {
        for (var i = from; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsLetter(c))
            {
                if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF')
                {
                    chars[i] = char.ToUpperInvariant(c);
                }

                return;
            }

            if (char.IsDigit(c))
            {
                return;
            }
        }
    }

    private static List<(int Start, int End)> Words(char[] chars)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < chars.Length)
        {
            while (i < chars.Length && IsSeparator(chars, i))
            {
                i++;
            }

            var start = i;
            while (i < chars.Length && !IsSeparator(chars, i))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    // A hyphen parts words after a letter (beta-Carotine) but not after a number (07-x stays one word).
    private static bool IsSeparator(char[] chars, int i) => chars[i] switch
    {
        '-' => i > 0 && char.IsLetter(chars[i - 1]),
        '\u2013' or '\u2014' or '/' => true,
        var c => char.IsWhiteSpace(c),
    };

    private static void TitleCase(char[] chars)
    {
        // Words in capitals (UK, OC) stay as they are, also when the whole title is in capitals, as citeproc-js has it.
        var words = Words(chars);
        var afterColon = true;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end) = words[w];
            var word = new string(chars, start, end - start);
            var core = word.Trim('(', '[', '"', '\'', '\u201C', '\u2018', ')', ']', ',', '.', ':', ';', '?', '!', '\u201D', '\u2019');
            var isFirst = w == 0 || afterColon;
            var isLast = w == words.Count - 1;
            var hasUpper = false;
            var hasLetter = false;
            foreach (var c in core)
            {
                if (char.IsUpper(c))
                {
                    hasUpper = true;
                }

                if (char.IsLetter(c))
                {
                    hasLetter = true;
                }
            }

            if (hasLetter && !hasUpper)
            {
                var isStop = StopWords.Contains(core);
                if (!isStop || isFirst || isLast)
                {
                    CapitalizeFirstLatinLetter(chars, start);
                }
            }

            afterColon = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!') || (w + 1 < words.Count && chars[words[w + 1].Start] == ':');
        }
    }
}
