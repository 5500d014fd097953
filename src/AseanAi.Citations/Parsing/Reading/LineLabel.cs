namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// The label in front of a reference, which is not part of it: list markers (- * + • 1. 1) (1) ① [1] ［1］ 【1】),
/// footnote and reference-definition labels ([^id]:, [id]:), block quotes, Wikipedia's back-links (^ a b, ↑), ditto
/// rules (____, ――), file labels ([PDF]) and lead-ins (出典：, 原文連結：, Source:).
/// </summary>
internal static class LineLabel
{
    /// <summary>
    /// Finds where the reference itself starts and ends in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>),
    /// and the label's identifier (a footnote name or a list number) when there is one. A reference written whole
    /// inside brackets, as notes are （莫爾特曼，〈…〉，31。）, is read without them.
    /// </summary>
    public static (int Start, int End) Find(string text, int start, int end, IReadOnlyList<MarkupSpan> spans, out string? id, out bool ditto)
    {
        var bodyStart = Skip(text, start, end, spans, out id, out ditto);
        var bodyEnd = end;
        while (bodyEnd > bodyStart && char.IsWhiteSpace(text[bodyEnd - 1]))
        {
            bodyEnd--;
        }

        if (ReviewBlock(text, bodyStart, bodyEnd, ref id) is { } block)
        {
            return (Skip(text, block.Start, block.End, spans, out _, out _), block.End);
        }

        if (CodeStrings(text, bodyStart, bodyEnd) is { } strings)
        {
            // The string may open with a lead-in of its own: "出典：気象庁「…」".
            return (Skip(text, strings.Start, strings.End, spans, out _, out _), strings.End);
        }

        if (bodyEnd - bodyStart > 2 && text[bodyStart] is '(' or '（')
        {
            var close = text[bodyStart] == '(' ? ')' : '）';
            var last = bodyEnd - 1;
            if (text[last] is '。' or '.' && last > bodyStart && text[last - 1] == close)
            {
                last--;
            }

            if (text[last] == close && ClosesAt(text, bodyStart, last))
            {
                return (SkipSpaces(text, bodyStart + 1, last), last);
            }
        }

        return (bodyStart, bodyEnd);
    }

    // A GB/T 7714 type code ([M], [J], [EB/OL], [C]//…) says a string holds a reference even when it is all Latin.
    private static bool HasTypeCode(ReadOnlySpan<char> content)
    {
        for (var i = content.IndexOf('['); i >= 0 && i + 2 < content.Length; i = content[(i + 1)..].IndexOf('[') is var next and >= 0 ? i + 1 + next : -1)
        {
            var close = content[(i + 1)..].IndexOf(']');
            if (close is >= 1 and <= 5)
            {
                var code = content.Slice(i + 1, close);
                var letters = code.EndsWith("/OL") ? code[..^3] : code;
                if (letters.Length is 1 or 2 && !letters.ContainsAnyExceptInRange('A', 'Z'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A Re:VIEW block command written on one line, <c>//bibpaper[key][…]</c> or a book's own macro such as
    /// <c>//mbibpaper[][…]</c>: the reference is what its last bracket holds, and a first bracket that is not empty is
    /// the entry's key. Null when the line is not such a command.
    /// </summary>
    private static (int Start, int End)? ReviewBlock(string text, int start, int end, ref string? id)
    {
        if (end - start < 6 || text[start] != '/' || text[start + 1] != '/' || !char.IsAsciiLetterLower(text[start + 2]))
        {
            return null;
        }

        var i = start + 2;
        while (i < end && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        (int Start, int End)? first = null;
        (int Start, int End)? last = null;
        while (i < end && text[i] == '[')
        {
            var close = ClosingBracket(text, i, end);
            if (close < 0)
            {
                return null;
            }

            first ??= (i + 1, close);
            last = (i + 1, close);
            i = close + 1;
        }

        // The command must end the line (a block's opening brace may follow it).
        if (last is not { } content || first is not { } key || (i < end && text.AsSpan(i, end - i).Trim().ToString() is not ("" or "{")) || content.End - content.Start < 2)
        {
            return null;
        }

        if (key != content && key.End > key.Start && key.End - key.Start <= 80)
        {
            id = text[key.Start..key.End];
        }

        return content;
    }

    // The ']' that closes the '[' at open (nested brackets counted, a backslash escapes), or -1.
    private static int ClosingBracket(string text, int open, int end)
    {
        var depth = 0;
        for (var k = open; k < end; k++)
        {
            switch (text[k])
            {
                case '\\':
                    k++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when --depth == 0:
                    return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// A reference kept in source code as a string — <c>label: "国税庁『…』",</c>, <c>source_band(s, "出典：…")</c>,
    /// <c>'戦略経営論第3版 高木俊雄',</c> — is read from its string: the stretch from the first string that holds CJK text
    /// or an address to the last such string. Null when the line does not read as code.
    /// </summary>
    private static (int Start, int End)? CodeStrings(string text, int start, int end)
    {
        var first = text.AsSpan(start, Math.Min(end - start, 60)).IndexOfAny('"', '\'');
        if (first < 0)
        {
            return null;
        }

        // What comes before the first string must be code: an identifier, a call, a key, an assignment.
        var prefix = text.AsSpan(start, first);
        if (prefix.ContainsAnyExcept(CodeCharacters) || (prefix.Length > 0 && prefix.IndexOfAny("(:={,") < 0))
        {
            return null;
        }

        int? from = null;
        var to = 0;
        var lastClose = -1;
        var i = start + first;
        while (i < end)
        {
            var quote = text[i];
            if (quote is not ('"' or '\''))
            {
                i++;
                continue;
            }

            var close = text.IndexOf(quote, i + 1, end - i - 1);
            if (close < 0)
            {
                return null;
            }

            if (i > start + first && text.AsSpan(lastClose + 1, i - lastClose - 1).ContainsAnyExcept(CodeCharacters))
            {
                // Text between two strings that is not code: this is prose with quotes, not code.
                return null;
            }

            var content = text.AsSpan(i + 1, close - i - 1);
            if (content.ContainsAnyInRange('\u3040', '\u9FFF') || content.StartsWith("http", StringComparison.Ordinal) || HasTypeCode(content)
                || (prefix.IsEmpty && content.Contains("://", StringComparison.Ordinal)))
            {
                from ??= i + 1;
                to = close;
            }

            lastClose = close;
            i = close + 1;
        }

        // A line that opens with a string is code only when nothing but code punctuation follows its last string: '…',
        if (from is null || (prefix.IsEmpty && text.AsSpan(lastClose + 1, end - lastClose - 1).ContainsAnyExcept(",;) ")))
        {
            return null;
        }

        // Only the text between the strings' quotes is read: the quotes and commas between strings become spaces' worth of separators.
        return (from.Value, to);
    }

    private static readonly System.Buffers.SearchValues<char> CodeCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.$({:=, ");

    // Whether the bracket opened at open is closed first at close (nothing in between closes it).
    private static bool ClosesAt(string text, int open, int close)
    {
        var depth = 0;
        for (var i = open; i <= close; i++)
        {
            if (text[i] == text[open])
            {
                depth++;
            }
            else if (text[i] == text[close] && --depth == 0)
            {
                return i == close;
            }
        }

        return false;
    }

    private static int Skip(string text, int start, int end, IReadOnlyList<MarkupSpan> spans, out string? id, out bool ditto)
    {
        id = null;
        ditto = false;
        var i = SkipSpaces(text, start, end);
        for (var round = 0; round < 8 && i < end; round++)
        {
            var next = SkipOne(text, i, end, spans, ref id, ref ditto);
            if (next == i)
            {
                break;
            }

            i = SkipSpaces(text, next, end);
        }

        // Punctuation a label leaves behind: "[16] .周永新", "17.- title".
        while (i < end && text[i] is '.' or '．' or ',' or '，' or '、' or ':' or '：' or '-' or '–' or '—' && i + 1 < end && !char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            i = SkipSpaces(text, i + 1, end);
        }

        return i;
    }

    private static int SkipOne(string text, int i, int end, IReadOnlyList<MarkupSpan> spans, ref string? id, ref bool ditto)
    {
        var c = text[i];

        // A link whose text is only a back-link mark: [**^**](…#cite_ref), [↑](…).
        foreach (var span in spans)
        {
            if (span.Kind == MarkupKind.Link && span.Start == i && span.End > i && IsBackLink(text.AsSpan(span.Start, span.End - span.Start)))
            {
                return span.End;
            }
        }

        if (c == '>')
        {
            return i + 1;
        }

        // LaTeX: \bibitem{key}, \bibitem[label]{key}, \item.
        if (c == '\\')
        {
            var rest = text.AsSpan(i, end - i);
            if (rest.StartsWith("\\bibitem", StringComparison.Ordinal))
            {
                var j = i + "\\bibitem".Length;
                if (j < end && text[j] == '[' && text.IndexOf(']', j, Math.Min(60, end - j)) is > 0 and var optionClose)
                {
                    j = optionClose + 1;
                }

                if (j < end && text[j] == '{' && text.IndexOf('}', j, Math.Min(80, end - j)) is > 0 and var keyClose)
                {
                    id = text[(j + 1)..keyClose];
                    return keyClose + 1;
                }
            }

            if (rest.StartsWith("\\item", StringComparison.Ordinal) && (rest.Length == 5 || !char.IsAsciiLetter(rest[5])))
            {
                return i + 5;
            }
        }

        if (c is '^' or '↑')
        {
            var j = SkipSpaces(text, i + 1, end);

            // ^ a b c: the back-links of a note cited several times.
            while (j + 1 < end && text[j] is >= 'a' and <= 'z' && text[j + 1] is ' ')
            {
                j = SkipSpaces(text, j + 1, end);
            }

            return j;
        }

        // Footnote definition [^id]: and reference definition [id]: (Markdown), numbered [1] ［1］ 【1】.
        if (c is '[' or '［' or '【')
        {
            var close = c switch { '[' => ']', '［' => '］', _ => '】' };
            var j = i + 1;
            var footnote = j < end && text[j] == '^';
            if (footnote)
            {
                j++;
            }

            var labelStart = j;
            while (j < end && j - labelStart <= 40 && text[j] != close && text[j] is not ('[' or ']' or ' ' or '(' or '］' or '】'))
            {
                j++;
            }

            // A number label may close with the other width's bracket: [5］.
            if (j < end && j > labelStart && text[j] is ']' or '］' or '】' && text[j] != close && IsListNumber(text[labelStart..j]))
            {
                id = AsciiDigits(text[labelStart..j]);
                return j + 1;
            }

            if (j < end && text[j] == close && j > labelStart)
            {
                var label = text[labelStart..j];
                var after = j + 1;
                if (after < end && text[after] == ':')
                {
                    if (footnote || label.Length <= 12)
                    {
                        id = label;
                        return after + 1;
                    }
                }

                if (!footnote && IsListNumber(label))
                {
                    id = AsciiDigits(label);
                    return after;
                }

                // [R5], [B3]: a short reference code. [PDF]: a file label.
                if (!footnote && (IsReferenceCode(label) || ReadingWords.Instance.Contains("file-note", label)))
                {
                    return after;
                }
            }

            return i;
        }

        // Bullets.
        if (c is '-' or '*' or '+' or '•' or '●' or '◆' or '■' or '◇' or '□' or '○' or '▪' or '‣' or '–' or '·' or '◎' or '►' or '▶' or '→')
        {
            if (i + 1 < end && text[i + 1] is ' ' or '\t' or '\u3000')
            {
                return i + 1;
            }

            return i;
        }

        if (c is '・' or '※' or '＊' or '◦')
        {
            return i + 1;
        }

        // Ditto rules standing for the previous entry's authors: ______, ――――, ———.
        if (c is '_' or '―' or '—' or '－')
        {
            var j = i;
            while (j < end && text[j] == c)
            {
                j++;
            }

            if (j - i >= 3)
            {
                ditto = true;
                return j;
            }
        }

        if (c is >= '\u2460' and <= '\u2473')
        {
            id = ((c - '\u2460') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return i + 1;
        }

        // Numbers: 1. 1) 1、 1: (1) （1）, 第1条 is not a label.
        var k = i;
        var open = text[k] is '(' or '（';
        if (open)
        {
            k++;
        }

        var digitsStart = k;
        while (k < end && k - digitsStart < 5 && IsDigit(text[k]))
        {
            k++;
        }

        if (k > digitsStart && k < end)
        {
            var number = AsciiDigits(text[digitsStart..k]);
            var after = text[k];
            if (open && after is ')' or '）')
            {
                id = number;
                return k + 1;
            }

            // "2011." opens an author–date line with its year: only short numbers are list numbers.
            if (!open && number.Length <= 3
                && (after is '、' or '．' or ')' or '）'
                    || (after is '.' && (k + 1 >= end || !IsDigit(text[k + 1])))
                    || (after is ':' && k + 1 < end && text[k + 1] is ' ')))
            {
                id = number;
                return k + 1;
            }
        }

        // Lead-ins: 出典：, 原文連結：, Source:.
        var colon = text.AsSpan(i, Math.Min(end - i, 12)).IndexOfAny(':', '：');
        if (colon > 0)
        {
            var word = text.AsSpan(i, colon).Trim();
            if (word.Length > 0 && ReadingWords.Instance.Contains("lead-in", word.ToString()))
            {
                return i + colon + 1;
            }
        }

        // A file label in other brackets: (PDF), 【PDF】.
        if (c is '(' or '（')
        {
            var close = text.AsSpan(i + 1, Math.Min(end - i - 1, 10)).IndexOfAny(')', '）');
            if (close > 0 && ReadingWords.Instance.Contains("file-note", text.Substring(i + 1, close).Trim()))
            {
                return i + close + 2;
            }
        }

        return i;
    }

    private static bool IsBackLink(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text is "^" or "↑" or "↩" or "^^" || (text.Length <= 3 && text.Trim("^↑ab ").IsEmpty);
    }

    private static bool IsListNumber(string label)
    {
        if (label.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // [R5], [B12], [A-3]: a letter code with a number, as some lists label their entries.
    private static bool IsReferenceCode(string label) =>
        label.Length is >= 2 and <= 6 && char.IsAsciiLetterUpper(label[0]) && char.IsAsciiDigit(label[^1])
        && label.AsSpan(1).TrimStart('-').Length > 0 && !label.AsSpan(1).TrimStart('-').ContainsAnyExceptInRange('0', '9');

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static string AsciiDigits(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i] is >= '０' and <= '９' ? (char)('0' + (text[i] - '０')) : text[i];
        }

        return buffer.ToString();
    }

    public static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
