namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// What one entry of a list looks like to a reader deciding whether it is a reference: links, a leading number label,
/// a year, title marks, a GB/T type code; or whether it is a category label, an annotation, prose, a badge or empty.
/// </summary>
/// <remarks>Cheap, allocation-light facts over the text as written; never throws. Immutable.</remarks>
internal readonly record struct ReferenceEntryShape
{
    private const int MaxLabelLength = 40;
    private const int MaxEntryLength = 1500;
    private const int MaxReferenceSentenceLength = 200;

    private static readonly System.Buffers.SearchValues<char> OpeningTitleMarks = System.Buffers.SearchValues.Create("「『《〈“\"【");
    private static readonly System.Buffers.SearchValues<char> ClosingTitleMarks = System.Buffers.SearchValues.Create("」』》〉”\"】");

    private static readonly string[] AnnotationKeys =
    [
        "成效", "效果", "重點", "重点", "要點", "要点", "摘要", "說明", "说明", "備註", "备注", "備考", "注意", "概要", "用途", "感想", "メモ",
        "ポイント", "內容", "内容", "描述", "評価", "评价", "評價", "心得", "note", "notes", "comment", "summary", "description",
    ];

    public bool HasUrl { get; init; }

    public bool HasLabel { get; init; }

    public bool HasYear { get; init; }

    public bool HasTitleMarks { get; init; }

    public bool HasTypeCode { get; init; }

    public bool IsEmpty { get; init; }

    public bool IsCategoryLabel { get; init; }

    public bool IsAnnotation { get; init; }

    public bool IsProse { get; init; }

    public bool IsBadge { get; init; }

    public bool IsUrlOnly { get; init; }

    public bool IsDateOnly { get; init; }

    public bool IsFootnote { get; init; }

    /// <summary>Whether the whole entry, without its list marker, is set in bold (<c>**史记**</c>, <c>**[title](url)**</c>).</summary>
    public bool IsBold { get; init; }

    /// <summary>Whether the entry is a described item (fields with bold names) whose source field holds a link: a reference wherever it stands.</summary>
    public bool IsSourceRecord { get; init; }

    /// <summary>Whether the entry carries what references carry: a link, a type code, a footnote mark, or a year with a number label or title marks.</summary>
    public bool LooksLikeReference => !IsEmpty && !IsBadge && !IsAnnotation && !IsProse && (HasUrl || HasTypeCode || IsFootnote || (HasYear && (HasTitleMarks || HasLabel)));

    /// <summary>Whether the entry is something other than a reference in any list: empty, a badge, an annotation or prose.</summary>
    public bool IsNeverReference => IsEmpty || IsBadge || IsAnnotation || IsProse;

    /// <summary>
    /// What a block looks like: <see cref="Of(string)"/> of its text, where an entry of a note block is a footnote and a
    /// table row that has no cell reading as a citation (<see cref="IsCitationRow"/>) an annotation.
    /// </summary>
    public static ReferenceEntryShape Of(DocumentBlock block) => block.Kind switch
    {
        DocumentBlockKind.Note => Of(block.Text) is { IsEmpty: false } note ? note with { IsFootnote = true, IsAnnotation = false, IsProse = false, IsBadge = false } : default(ReferenceEntryShape) with { IsEmpty = true },
        DocumentBlockKind.TableRow when !IsCitationRow(block.Text) => Of(block.Text) with { IsAnnotation = true },
        _ => Of(block.Text),
    };

    public static ReferenceEntryShape Of(string text)
    {
        var body = StripMarker(text, out var hasLabel).Trim();
        var unbold = body.Trim('*', '_', ' ').Trim();
        if (unbold.Length == 0 || unbold is "-" or "*" or "+")
        {
            return new ReferenceEntryShape { IsEmpty = true };
        }

        var hasUrl = HasWebLink(body);
        var hasYear = HasYearIn(body);
        var hasTitleMarks = body.AsSpan().IndexOfAny(OpeningTitleMarks) >= 0 && body.AsSpan().IndexOfAny(ClosingTitleMarks) >= 0;
        var hasTypeCode = HasTypeCodeIn(body);
        var isFootnote = text.TrimStart().StartsWith("[^", StringComparison.Ordinal);
        var isBadge = body.StartsWith("[![", StringComparison.Ordinal) || body.StartsWith("![", StringComparison.Ordinal);
        var wasBold = (body.StartsWith("**", StringComparison.Ordinal) && body.EndsWith("**", StringComparison.Ordinal))
            || (body.StartsWith("__", StringComparison.Ordinal) && body.EndsWith("__", StringComparison.Ordinal));
        var endsWithColon = unbold.EndsWith(':') || unbold.EndsWith('：');
        var isCategoryLabel = !hasUrl && !hasYear && !hasTitleMarks && unbold.Length <= MaxLabelLength && (wasBold || endsWithColon)
            && !unbold.Contains('。', StringComparison.Ordinal);
        var isAnnotation = (!hasUrl && (IsAnnotationText(unbold) || IsFieldLine(body) || body.StartsWith('>'))) || IsLocalLinkOnly(body) || body.StartsWith('|');
        var isProse = !hasUrl && !isFootnote
            && ((!hasTypeCode && (body.Length > MaxEntryLength || (body.Length > MaxReferenceSentenceLength && CountSentences(body) >= 2)
                    || (!hasYear && !hasTitleMarks && !hasLabel && body.Length > 40 && (body.EndsWith('。') || CountSentences(body) >= 2))))
                || (!hasYear && body.EndsWith('。') && CountSentences(body) >= 2)
                || IsTemplate(body));
        var urlOnly = IsUrlOnlyText(unbold);
        return new ReferenceEntryShape
        {
            HasUrl = hasUrl,
            HasLabel = hasLabel,
            HasYear = hasYear,
            HasTitleMarks = hasTitleMarks,
            HasTypeCode = hasTypeCode,
            IsCategoryLabel = isCategoryLabel && !isAnnotation,
            IsAnnotation = isAnnotation,
            IsProse = isProse,
            IsBadge = isBadge,
            IsUrlOnly = urlOnly,
            IsDateOnly = !hasUrl && IsDateOnlyText(unbold),
            IsFootnote = isFootnote,
            IsBold = wasBold,
        };
    }

    /// <summary>
    /// Whether a table row (cells joined by <c> | </c>) has a cell that reads as a citation: one that looks like a
    /// reference, or that holds a year within 30 or more characters parted by at least two citation separators
    /// (<c>. </c>, <c>, </c>, <c>，</c>, <c>、</c>, <c>; </c>). Rows of values (names, frequencies, dates) have none.
    /// </summary>
    public static bool IsCitationRow(string text)
    {
        foreach (var cell in text.Split(" | "))
        {
            var body = cell.Trim();
            if (body.Length == 0)
            {
                continue;
            }

            var shape = Of(body);
            if (shape.LooksLikeReference)
            {
                return true;
            }

            if (shape.HasYear && body.Length >= 30)
            {
                var separators = 0;
                foreach (var separator in (ReadOnlySpan<string>)[". ", ", ", "，", "、", "; ", "；"])
                {
                    separators += CountOf(body, separator);
                }

                if (separators >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether the text is a citation template rather than a citation: three or more of its parts, cut at punctuation
    /// and spaces, are the names of citation parts (<c>著者 (年). 論文名. 誌名, 巻(号), ページ.</c>, <c>作者. 题名[J]. 刊名, 年, 卷(期)</c>,
    /// <c>Author (Year). Title. Publisher.</c>).
    /// </summary>
    public static bool IsTemplate(string text)
    {
        var count = 0;
        foreach (var part in text.Split(TemplateSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (TemplateParts.Contains(part) && ++count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] TemplateSeparators = [' ', '.', ',', '(', ')', '（', '）', ':', '：', '/', '[', ']', '、', '，', '．', '。', '　', '{', '}', '<', '>', '「', '」', '『', '』', '《', '》', ';', '；', '-', '–'];

    private static readonly HashSet<string> TemplateParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "著者", "著者名", "編者", "作者", "年", "発行年", "出版年", "論文名", "論文タイトル", "表題", "書名", "誌名", "雑誌名", "巻", "号", "頁",
        "ページ", "出版社", "出版者", "出版地", "版数", "名称", "アクセス日", "取得日", "题名", "篇名", "刊名", "卷", "期", "页码", "起止页码",
        "出版社名", "主要责任者", "年份", "author", "authors", "title", "year", "journal", "publisher", "volume", "issue", "pages", "yyyy",
        "yyyy-mm-dd", "accessed",
    };

    /// <summary>The entry without its list marker (<c>- </c>, <c>1. </c>, <c>[1]</c>, <c>①</c>, <c>・</c>); <paramref name="hasLabel"/> tells whether the marker was a number.</summary>
    public static string StripMarker(string text, out bool hasLabel)
    {
        hasLabel = false;
        var s = text.TrimStart();
        if (s.Length >= 2 && s[0] is '-' or '*' or '+' or '•' or '●' or '◆' or '■' or '▪' or '・' or '○' && s[1] is ' ' or '\t' or '\u3000')
        {
            return s[2..];
        }

        if (s.Length >= 1 && s[0] is '・' or (>= '\u2460' and <= '\u2473'))
        {
            hasLabel = s[0] != '・';
            return s[1..];
        }

        if (s.Length >= 3 && s[0] is '[' or '［' or '【' && s[1] != '^')
        {
            var close = s.IndexOfAny([']', '］', '】']);
            if (close > 1 && close <= 6 && s.AsSpan(1, close - 1).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                hasLabel = true;
                return s[(close + 1)..];
            }
        }

        var digits = 0;
        while (digits < s.Length && digits < 4 && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < s.Length && s[digits] is '.' or '、' or ')' or '）' or '．' && (digits + 1 >= s.Length || !char.IsAsciiDigit(s[digits + 1])))
        {
            hasLabel = true;
            return s[(digits + 1)..];
        }

        return s;
    }

    public static bool HasWebLink(string text) =>
        text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
        || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("doi:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("doi.org/", StringComparison.OrdinalIgnoreCase);

    private static bool HasYearIn(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                && ((text[i] == '1' && text[i + 1] is >= '6' and <= '9') || (text[i] == '2' && text[i + 1] == '0'))
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return text.Contains("令和", StringComparison.Ordinal) || text.Contains("平成", StringComparison.Ordinal) || text.Contains("昭和", StringComparison.Ordinal);
    }

    private static bool HasTypeCodeIn(string text)
    {
        foreach (var code in (ReadOnlySpan<string>)["[J]", "[M]", "[C]", "[D]", "[R]", "[S]", "[P]", "[N]", "[A]", "[Z]", "[EB/OL]", "[OL]", "[J/OL]", "[M/OL]", "[DB/OL]", "[CP]"])
        {
            if (text.Contains(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return text.Contains("et al", StringComparison.Ordinal);
    }

    private static bool IsAnnotationText(string text)
    {
        if (text[0] is '※' || text.StartsWith("註：", StringComparison.Ordinal) || text.StartsWith("注：", StringComparison.Ordinal)
            || text.StartsWith("註:", StringComparison.Ordinal) || text.StartsWith("注:", StringComparison.Ordinal) || text.StartsWith('→'))
        {
            return true;
        }

        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon <= 0 || colon > 12)
        {
            return false;
        }

        var key = text[..colon].Trim().Trim('*').Trim().ToLowerInvariant();
        return AnnotationKeys.Contains(key);
    }

    /// <summary>A field of a described item (<c>**説明**: …</c>, <c>**File**: …</c>): a bold key and a colon.</summary>
    private static bool IsFieldLine(string text) => FieldKeyLength(text) > 0;

    /// <summary>
    /// The name of the field a line of a described item gives (<c>- **Source:** &lt;url&gt;</c> gives <c>source</c>),
    /// lower-cased, or <see langword="null"/> when the line, without its list marker, is no bold name and colon.
    /// </summary>
    public static string? FieldKey(string text)
    {
        var body = StripMarker(text, out _).TrimStart();
        var close = FieldKeyLength(body);
        return close > 0 ? body[2..close].Trim().TrimEnd(':', '：').Trim().ToLowerInvariant() : null;
    }

    /// <summary>Where the closing <c>**</c> of a field's bold name stands, or 0 when the text opens no field.</summary>
    private static int FieldKeyLength(string text)
    {
        if (!text.StartsWith("**", StringComparison.Ordinal))
        {
            return 0;
        }

        var close = text.IndexOf("**", 2, StringComparison.Ordinal);
        return close > 2 && close <= 20 && ((close + 2 < text.Length && text[close + 2] is ':' or '：') || text[close - 1] is ':' or '：') ? close : 0;
    }

    /// <summary>Only a Markdown link to a file of the same site (<c>[設計書](../specs/design.md)</c>): navigation, not a source.</summary>
    private static bool IsLocalLinkOnly(string text)
    {
        var s = text.Trim();
        if (!s.StartsWith('[') || !s.EndsWith(')'))
        {
            return false;
        }

        var middle = s.IndexOf("](", StringComparison.Ordinal);
        if (middle < 0 || s.IndexOf("](", middle + 2, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var target = s[(middle + 2)..^1];
        return target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUrlOnlyText(string text)
    {
        var s = text.Trim().Trim('<', '>', '`', ' ');
        if (s.StartsWith('[') && s.EndsWith(')'))
        {
            var middle = s.IndexOf("](", StringComparison.Ordinal);
            if (middle > 0 && HasWebLink(s[1..middle]))
            {
                return s.IndexOf(' ', StringComparison.Ordinal) < 0;
            }
        }

        return (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && s.AsSpan().IndexOfAny(' ', '\t', '　') < 0;
    }

    private static bool IsDateOnlyText(string text)
    {
        var s = text.Trim().Trim('(', ')', '（', '）', ' ');
        if (s.Length is < 4 or > 24 || !HasYearIn(s))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '/' or '-' or '.' or '年' or '月' or '日' or ' ' or ','))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountSentences(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ' && i > 0 && char.IsLower(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}
