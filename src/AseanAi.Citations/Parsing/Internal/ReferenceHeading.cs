namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Tells whether a heading opens a reference list (the words of Parsing/Data/reference-headings.txt) in the phrasings
/// and decorations headings carry: numbering (<c>1.</c>, <c>十、</c>, <c>第5章</c>, <c>(3)</c>), prefixes such as
/// <c>附錄：</c>, <c>付録B：</c>, <c>Appendix A:</c>, emoji and Markdown marks, and a tail after the keyword
/// (<c>參考資料與延伸閱讀</c>, <c>参考文献(ICVD…)</c>, <c>References and further reading</c>).
/// </summary>
internal static class ReferenceHeading
{
    private const int MaxHeadingLength = 80;
    private const int MaxCjkTail = 12;
    private const int MaxOwnerLength = 24;

    private static readonly string[] Prefixes = ["附錄", "附录", "付録", "附件", "appendix", "補充", "补充"];

    /// <summary>
    /// Whether <paramref name="heading"/> opens a closing section (<c>## Kết Luận</c>, <c>5. まとめ</c>, <c>Conclusion</c>),
    /// which ends a reference list at any depth. Never throws.
    /// </summary>
    public static bool IsClosingHeading(string? heading) =>
        !string.IsNullOrWhiteSpace(heading) && heading.Length <= MaxHeadingLength && Core(heading) is { Length: > 0 } core
        && Reading.ReadingWords.Instance.Contains("closing-heading", core);

    /// <summary>Whether <paramref name="heading"/> opens a reference list. Never throws.</summary>
    public static bool IsReferenceHeading(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading) || heading.Length > MaxHeadingLength)
        {
            return false;
        }

        var core = Core(heading);
        if (core.Length == 0)
        {
            return false;
        }

        if (ParsingData.ReferenceHeadings.Contains(core))
        {
            return true;
        }

        // A short owner before the keyword: "yuiseki のデータソース", "本研究的参考资料".
        var of = core.LastIndexOfAny(['の', '的']);
        if (of > 0 && of <= MaxOwnerLength && core[(of + 1)..].Trim() is { Length: >= 2 } owned && ParsingData.ReferenceHeadings.Contains(owned))
        {
            return true;
        }

        // A keyword followed by a short tail: 参考文献(ICVD…), 參考資料與延伸閱讀, 参考資料リンク集, "references and notes".
        foreach (var keyword in ParsingData.ReferenceHeadings)
        {
            if (keyword.Length < 2 || !core.StartsWith(keyword, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = core.AsSpan(keyword.Length);
            if (char.IsAsciiLetter(keyword[0]))
            {
                if (tail.StartsWith(" and ", StringComparison.Ordinal) || tail.StartsWith(" & ", StringComparison.Ordinal) || tail.TrimStart() is ['(' or '（', ..] || tail[0] is ':' or '：')
                {
                    return true;
                }
            }
            else if ((tail.Length <= MaxCjkTail && tail.IndexOfAny('。', '，', '、') < 0) || (tail[0] is '(' or '（' && tail.Length <= MaxHeadingLength / 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The heading without decoration: case-folded, Markdown marks, emoji, numbering and appendix prefixes removed, trailing colons dropped.</summary>
    internal static string Core(string heading)
    {
        var text = heading.Trim().Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal).ToLowerInvariant();
        for (var round = 0; round < 3; round++)
        {
            text = SkipDecoration(text);
            foreach (var prefix in Prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var rest = text[prefix.Length..].TrimStart();
                    // 付録B：, Appendix A:, 附錄一、
                    var i = 0;
                    while (i < rest.Length && i < 3 && (char.IsAsciiLetterOrDigit(rest[i]) || IsChineseNumeral(rest[i])))
                    {
                        i++;
                    }

                    rest = rest[i..].TrimStart();
                    if (rest.Length > 0 && rest[0] is ':' or '：' or '、' or '.' or '-' or '—' or '　')
                    {
                        rest = rest[1..];
                    }

                    text = rest.Trim();
                    break;
                }
            }
        }

        return text.TrimEnd(':', '：', ' ', '　', '.', '。');
    }

    private static string SkipDecoration(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '#' or '.' or '．' or '、' or ')' or '）' or '(' or '（' or '-' or '—' or ':' or '：' or '§' or '[' or ']' or '【' or '】'
                || char.IsDigit(c) || IsChineseNumeral(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
                    or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.MathSymbol)
            {
                i++;
                continue;
            }

            // 第5章, 第十節, chapter 3
            if (c == '第' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || IsChineseNumeral(text[i + 1])))
            {
                i++;
                continue;
            }

            if (c is '章' or '節' or '节' or '部' && i > 0 && (char.IsDigit(text[i - 1]) || IsChineseNumeral(text[i - 1])))
            {
                i++;
                continue;
            }

            break;
        }

        return text[i..];
    }

    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零' or '百';
}
