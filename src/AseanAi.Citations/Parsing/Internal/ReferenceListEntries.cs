using System.Text;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>One entry of a list as a reader sees it: one block, or several blocks that belong together (a title line and the URL line under it).</summary>
/// <param name="Text">The entry's text, its blocks joined by one space.</param>
/// <param name="Span">Where its first block stands.</param>
/// <param name="Kind">The kind of its first block.</param>
/// <param name="Shape">What the joined text looks like.</param>
/// <param name="Blocks">The blocks it was joined from, in order.</param>
internal sealed record ReferenceListEntry(string Text, SourceSpan Span, DocumentBlockKind Kind, ReferenceEntryShape Shape, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>Joins the blocks of a run into entries and tells labels and sentences apart.</summary>
internal static class ReferenceListEntries
{
    private const int MaxJoinedTitleLength = 300;
    private const int MaxRecordBlocks = 12;
    private const int MaxRecordLength = 2000;

    // Field names that say a described item's field holds where its data or text comes from.
    private static readonly HashSet<string> SourceKeys = new(StringComparer.Ordinal)
    {
        "source", "sources", "data source", "data sources", "出典", "出所", "出處", "出处", "來源", "来源", "資料來源", "资料来源",
        "數據來源", "数据来源", "データソース", "引用元", "参照元",
    };

    /// <summary>
    /// The entries of a run of non-heading blocks. A block joins the entry before it when it is only a URL and that entry
    /// has none (a title line, then its URL), when it is only a date or starts with a bracketed date after an entry with a
    /// URL (label, URL, date and headline), or when it is a plain line right under a numbered item (a wrapped entry).
    /// </summary>
    public static List<ReferenceListEntry> Join(IReadOnlyList<DocumentBlock> blocks)
    {
        var entries = new List<ReferenceListEntry>(blocks.Count);
        List<DocumentBlock>? current = null;
        var text = new StringBuilder();
        var shape = default(ReferenceEntryShape);
        var lastLine = 0;
        HashSet<string>? recordKeys = null;
        SourceSpan? linkedItem = null;
        var labelledParagraphs = IsLabelledParagraphRun(blocks);
        foreach (var block in blocks)
        {
            var blockShape = ReferenceEntryShape.Of(block);
            if (labelledParagraphs && blockShape.IsEmpty && current is not null && !HasLabel(block.Text))
            {
                // An empty paragraph inside a numbered list of paragraphs (a word processor's blank line) is no entry.
                continue;
            }

            var blockKey = ReferenceEntryShape.FieldKey(block.Text);
            var joinsRecord = current is not null && recordKeys is not null && block.Kind == current[0].Kind && !blockShape.IsEmpty
                && current.Count < MaxRecordBlocks && text.Length <= MaxRecordLength
                && (blockKey is not null
                    ? !recordKeys.Contains(blockKey) && !(shape.HasUrl && blockShape.HasUrl)
                    : block.Kind == DocumentBlockKind.ListItem && block.Span.Column > current[0].Span.Column && !blockShape.HasUrl);
            if (joinsRecord)
            {
                current!.Add(block);
                if (blockKey is not null)
                {
                    recordKeys!.Add(blockKey);
                }

                text.Append(' ').Append(block.Text.Trim());
                shape = RecordShape(text.ToString(), recordKeys!);
                lastLine = block.Span.Line;
                continue;
            }

            var join = current is not null && !shape.IsFootnote && !blockShape.IsFootnote && !blockShape.IsEmpty && (
                (blockShape.IsUrlOnly && !shape.HasUrl && !shape.IsEmpty && text.Length <= MaxJoinedTitleLength)
                || (shape.HasUrl && !blockShape.HasUrl && (blockShape.IsDateOnly || StartsWithBracketedDate(block.Text)))
                || (current[0].Kind == DocumentBlockKind.ListItem && shape.HasLabel && block.Kind == DocumentBlockKind.Paragraph
                    && block.Span.Line == lastLine + 1 && !blockShape.HasLabel && !blockShape.IsAnnotation && !blockShape.IsUrlOnly
                    && ReferenceEntryShape.StripMarker(block.Text, out _).Length == block.Text.TrimStart().Length)
                || (labelledParagraphs && current[0].Kind is DocumentBlockKind.Paragraph or DocumentBlockKind.ListItem && (shape.HasLabel || IsLabelOnly(text))
                    && block.Kind == DocumentBlockKind.Paragraph && !blockShape.HasLabel && !blockShape.IsAnnotation && !blockShape.IsUrlOnly
                    && (IsLabelOnly(text) || !EndsAsComplete(text))));
            if (join)
            {
                current!.Add(block);
                text.Append(' ').Append(block.Text.Trim());
                shape = ReferenceEntryShape.Of(text.ToString());
                lastLine = block.Span.Line;
                continue;
            }

            if (current is not null)
            {
                entries.Add(new ReferenceListEntry(text.ToString(), current[0].Span, current[0].Kind, shape, current));
            }

            // An indented list item right under a plain line (a tab-indented "- note" under an entry) annotates it; so
            // does a nested item without a link under an item with one ("(Webアーカイブ)", "「…」を加工して作成"),
            // unless it reads as a reference of its own.
            if ((current is not null && current[0].Kind == DocumentBlockKind.Paragraph && block.Kind == DocumentBlockKind.ListItem
                    && block.Span.Column > 1 && block.Span.Line == lastLine + 1 && !blockShape.HasUrl)
                || (linkedItem is { } parent && block.Kind == DocumentBlockKind.ListItem && block.Span.Line > parent.Line
                    && block.Span.Column > parent.Column && !blockShape.HasUrl && !blockShape.LooksLikeReference))
            {
                blockShape = blockShape with { IsAnnotation = true };
            }

            if (!blockShape.IsAnnotation)
            {
                linkedItem = block.Kind == DocumentBlockKind.ListItem && blockShape.HasUrl ? block.Span : null;
            }

            current = [block];
            text.Clear().Append(block.Text.Trim());
            shape = blockShape;
            recordKeys = blockKey is null ? null : new HashSet<string>(StringComparer.Ordinal) { blockKey };
            lastLine = block.Span.Line;
        }

        if (current is not null)
        {
            entries.Add(new ReferenceListEntry(text.ToString(), current[0].Span, current[0].Kind, shape, current));
        }

        return entries;
    }

    /// <summary>
    /// Whether the run is a numbered list of paragraphs or lines ([1] …, [2] …), as word processors and PDF text write
    /// reference lists: at least three blocks open with a label, and they are at least a quarter of the blocks (an entry
    /// wraps over a few lines). In such a run
    /// a paragraph without a label, after an entry that stops mid-sentence or after a label on a line of its own, is the
    /// rest of that entry.
    /// </summary>
    private static bool IsLabelledParagraphRun(IReadOnlyList<DocumentBlock> blocks)
    {
        var labelled = 0;
        var paragraphs = 0;
        foreach (var block in blocks)
        {
            if (block.Kind is not (DocumentBlockKind.Paragraph or DocumentBlockKind.ListItem) || string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            paragraphs++;
            labelled += HasLabel(block.Text) ? 1 : 0;
        }

        return labelled >= 3 && labelled * 4 >= paragraphs;
    }

    /// <summary>Whether an entry's text ends as a complete entry does: with a full stop, or with a closing bracket or link.</summary>
    private static bool EndsAsComplete(StringBuilder text)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end < 0 || text[end] is '.' or '。' or '．' or '>' or '」' or '』';
    }

    private static bool HasLabel(string text)
    {
        ReferenceEntryShape.StripMarker(text, out var hasLabel);
        return hasLabel;
    }

    /// <summary>Whether the entry so far is only its label (<c>[12]</c> on a line of its own, as PDF text often sets it).</summary>
    private static bool IsLabelOnly(StringBuilder text)
    {
        if (text.Length > 8)
        {
            return false;
        }

        return ReferenceEntryShape.StripMarker(text.ToString(), out var hasLabel).Trim().Length == 0 && hasLabel;
    }

    /// <summary>
    /// What a described item looks like: its fields joined (<c>**Description:** … **Source:** &lt;url&gt;
    /// **Last accessed:** …</c>), a source record when one field names a source and the item holds a link.
    /// </summary>
    private static ReferenceEntryShape RecordShape(string text, HashSet<string> keys)
    {
        var shape = ReferenceEntryShape.Of(text);
        return shape.HasUrl && keys.Overlaps(SourceKeys) ? shape with { IsSourceRecord = true } : shape;
    }

    /// <summary>A category label's text without its list marker, bold marks and trailing colon.</summary>
    public static string LabelText(string text) =>
        ReferenceEntryShape.StripMarker(text, out _).Trim().Trim('*', '_').Trim().TrimEnd(':', '：').Trim();

    /// <summary>Whether the entry reads as a sentence of running text (ends as a sentence or as an introduction to what follows).</summary>
    public static bool IsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '。' or '：' or ':' or '！' or '？';
    }

    /// <summary>
    /// Whether the entry opens with a title in marks (《操作系统》(第五版)：Stallings 著。, 『…』岩波書店。): a work named
    /// first, as reading lists give books, not a sentence, although it ends with a full stop.
    /// </summary>
    public static bool OpensWithTitle(string text)
    {
        var s = ReferenceEntryShape.StripMarker(text, out _).TrimStart();
        return s.Length > 2 && s[0] is '《' or '「' or '『' or '〈' && s.IndexOf(s[0] switch { '《' => '》', '「' => '」', '『' => '』', _ => '〉' }, 1) > 1;
    }

    /// <summary>
    /// The entry without a trailing description field (<c>**Mô tả**: …</c>, <c>**説明**：…</c>, <c>Description: …</c>)
    /// that an annotated reading list writes after the work's own fields; the entry as it is when it has none, and when
    /// the whole entry is a record of fields (<c>**ファイル名**: … **説明**: …</c>), whose description may be its only title.
    /// </summary>
    public static string WithoutDescription(string text)
    {
        if (ReferenceEntryShape.FieldKey(text) is not null)
        {
            return text;
        }

        var words = Reading.ReadingWords.Instance;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            // A field name is short: look for its colon within a few characters only, so that the scan stays linear.
            var start = text.AsSpan(i).StartsWith("**", StringComparison.Ordinal) ? i + 2 : i;
            var colon = start >= text.Length ? -1 : text.AsSpan(start, Math.Min(18, text.Length - start)).IndexOfAny(':', '：');
            if (colon <= 0)
            {
                continue;
            }

            var name = text.AsSpan(start, colon).Trim().TrimEnd('*').Trim();
            if (name.Length > 0 && i > 8 && words.Contains("description-field", name.ToString()))
            {
                return text[..i].TrimEnd();
            }
        }

        return text;
    }

    private static bool StartsWithBracketedDate(string text)
    {
        var s = text.TrimStart();
        if (s.Length < 6 || s[0] is not ('(' or '（'))
        {
            return false;
        }

        var close = s.IndexOfAny([')', '）']);
        if (close < 5 || close > 24)
        {
            return false;
        }

        return ReferenceEntryShape.Of(s[..(close + 1)]).IsDateOnly;
    }
}
