using System.Runtime.CompilerServices;
using System.Text;
using AseanAi.Citations.Parsing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AseanAi.Citations.Web.Documents;

/// <summary>
/// Reads CommonMark documents through Markdig: headings (# and underlined), paragraphs and list items become
/// <see cref="DocumentBlock"/>s; footnote definitions (<c>[^id]: …</c>) stay paragraphs of their own, which the
/// document builder reads as references. Paragraphs and list items keep their
/// Markdown source, so that the reference parser sees links as <c>[title](url)</c>.
/// </summary>
/// <remarks>
/// A document of up to 256 K characters is parsed whole. A longer one is streamed in groups of blocks separated by blank
/// lines (outside fenced code), each parsed on its own, so memory stays in proportion to the largest group rather than
/// the file; the link reference definitions of earlier groups (up to 64 K characters of them) are kept for the later
/// ones, and a definition resolves only links after it. A YAML front matter is skipped, its <c>lang:</c> or <c>language:</c> value declared on the
/// first block (<see cref="DocumentBlock.Language"/>). Bad Markdown never throws: Markdig reads any text. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed class MarkdownDocumentReader : DocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    // A front matter longer than this is taken for a document that opens with a thematic break.
    private const int MaxFrontMatterLines = 200;

    /// <summary>The length up to which a document is parsed whole; a longer one streams in groups of blocks.</summary>
    internal const int WholeDocumentLength = 256 * 1024;

    // Link reference definitions carried from group to group when a long document streams.
    private const int MaxDefinitionsLength = 64 * 1024;

    /// <summary>A shared instance.</summary>
    public static MarkdownDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public override async IAsyncEnumerable<DocumentBlock> ReadBlocksAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var language = new StrongBox<string?>();
        var lines = SkipFrontMatterAsync(ReadLinesAsync(reader, cancellationToken), language).ConfigureAwait(false).GetAsyncEnumerator();
        try
        {
            // A document up to WholeDocumentLength is parsed whole, as Markdig reads it: link reference definitions
            // anywhere apply everywhere, and a list or block quote spread over blank lines stays one.
            var held = new List<(string Text, int Line, int Offset)>();
            var heldLength = 0;
            var longer = false;
            while (await lines.MoveNextAsync())
            {
                held.Add(lines.Current);
                heldLength += lines.Current.Text.Length + 1;
                if (heldLength > WholeDocumentLength)
                {
                    longer = true;
                    break;
                }
            }

            if (!longer)
            {
                if (held.Count == 0)
                {
                    yield break;
                }

                var whole = new StringBuilder(heldLength);
                var offsets = new List<int>(held.Count);
                foreach (var (text, _, offset) in held)
                {
                    offsets.Add(offset);
                    whole.Append(text).Append('\n');
                }

                foreach (var block in ParseGroup(whole.ToString(), held[0].Line, offsets, definitions: null))
                {
                    yield return Declare(block, language);
                }

                yield break;
            }

            // A longer document streams in groups of blocks separated by blank lines (outside fenced code).
            var group = new StringBuilder();
            var groupLine = 0;
            var fence = (string?)null;
            var lineOffsets = new List<int>();
            var definitions = new StringBuilder();
            var next = 0;
            while (true)
            {
                (string Text, int Line, int Offset) current;
                if (next < held.Count)
                {
                    current = held[next++];
                }
                else
                {
                    held.Clear();
                    if (!await lines.MoveNextAsync())
                    {
                        break;
                    }

                    current = lines.Current;
                }

                var (line, number, offset) = current;
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    fence = fence is null ? trimmed[..3] : (trimmed.StartsWith(fence, StringComparison.Ordinal) ? null : fence);
                }

                if (trimmed.Length == 0 && fence is null && group.Length > 0)
                {
                    foreach (var block in ParseGroup(group.ToString(), groupLine, lineOffsets, definitions))
                    {
                        yield return Declare(block, language);
                    }

                    group.Clear();
                    lineOffsets.Clear();
                    continue;
                }

                if (group.Length == 0)
                {
                    if (trimmed.Length == 0)
                    {
                        continue;
                    }

                    groupLine = number;
                }

                lineOffsets.Add(offset);
                group.Append(line).Append('\n');
            }

            if (group.Length > 0)
            {
                foreach (var block in ParseGroup(group.ToString(), groupLine, lineOffsets, definitions))
                {
                    yield return Declare(block, language);
                }
            }
        }
        finally
        {
            await lines.DisposeAsync();
        }
    }

    /// <summary>The block with the language the front matter declared, the first time; the declaration is then spent.</summary>
    private static DocumentBlock Declare(DocumentBlock block, StrongBox<string?> language)
    {
        if (language.Value is not { } tag)
        {
            return block;
        }

        language.Value = null;
        return block with { Language = tag };
    }

    /// <summary>
    /// The lines without a YAML front matter (a first line <c>---</c>, up to the next <c>---</c> or <c>...</c> within
    /// <see cref="MaxFrontMatterLines"/> lines), whose <c>lang:</c> or <c>language:</c> value is put in
    /// <paramref name="language"/>. A first <c>---</c> that no such line closes is a thematic break, and its lines are
    /// read as Markdown.
    /// </summary>
    private static async IAsyncEnumerable<(string Text, int Line, int Offset)> SkipFrontMatterAsync(
        IAsyncEnumerable<(string Text, int Line, int Offset)> lines,
        StrongBox<string?> language)
    {
        List<(string Text, int Line, int Offset)>? frontMatter = null;
        var first = true;
        await foreach (var line in lines.ConfigureAwait(false))
        {
            if (first)
            {
                first = false;
                if (line.Text.TrimEnd() == "---")
                {
                    frontMatter = [line];
                    continue;
                }
            }

            if (frontMatter is null)
            {
                yield return line;
                continue;
            }

            frontMatter.Add(line);
            var trimmed = line.Text.TrimEnd();
            if (trimmed is "---" or "...")
            {
                foreach (var field in frontMatter)
                {
                    language.Value ??= FrontMatterLanguage(field.Text);
                }

                frontMatter = null;
                continue;
            }

            if (frontMatter.Count > MaxFrontMatterLines)
            {
                foreach (var held in frontMatter)
                {
                    yield return held;
                }

                frontMatter = null;
            }
        }

        foreach (var held in frontMatter ?? [])
        {
            yield return held;
        }
    }

    /// <summary>The value of a top-level <c>lang:</c> or <c>language:</c> line of front matter, unquoted; otherwise <see langword="null"/>.</summary>
    private static string? FrontMatterLanguage(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || char.IsWhiteSpace(line[0]))
        {
            return null;
        }

        var key = line.AsSpan(0, colon).Trim();
        if (!key.Equals("lang", StringComparison.OrdinalIgnoreCase) && !key.Equals("language", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = line.AsSpan(colon + 1).Trim().Trim('"').Trim('\'').Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>
    /// The blocks of a group of lines (or of the whole document). When streaming, <paramref name="definitions"/> holds the
    /// link reference definitions of the groups before, up to <see cref="MaxDefinitionsLength"/> characters: they are
    /// parsed after the group's own text, so that its links resolve, and the group's own definitions are added to them.
    /// </summary>
    private static List<DocumentBlock> ParseGroup(string text, int firstLine, List<int> lineOffsets, StringBuilder? definitions)
    {
        var source = definitions is { Length: > 0 } ? text + "\n" + definitions : text;
        var document = Markdown.Parse(source, Pipeline);
        var blocks = new List<DocumentBlock>();
        Walk(document, source, firstLine, lineOffsets, blocks);
        if (definitions is not null)
        {
            foreach (var definition in document.Descendants<LinkReferenceDefinition>())
            {
                if (definition.Span.Start >= 0 && definition.Span.End < text.Length && definitions.Length + definition.Span.Length < MaxDefinitionsLength)
                {
                    definitions.Append(text, definition.Span.Start, definition.Span.Length).Append('\n');
                }
            }
        }

        return blocks;
    }

    private static void Walk(ContainerBlock container, string text, int firstLine, List<int> lineOffsets, List<DocumentBlock> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new DocumentBlock(DocumentBlockKind.Heading, InlineText(heading.Inline), SpanOf(heading, text, firstLine, lineOffsets), Math.Clamp(heading.Level, 1, 9)));
                    break;
                case ListItemBlock item:
                    var leaves = item.OfType<LeafBlock>().ToList();
                    if (leaves.Count > 0)
                    {
                        var itemText = string.Join(" ", leaves.Select(leaf => Source(leaf, text)));
                        blocks.Add(new DocumentBlock(DocumentBlockKind.ListItem, itemText, SpanOf(leaves[0], text, firstLine, lineOffsets)));
                    }

                    foreach (var nested in item.OfType<ContainerBlock>())
                    {
                        Walk(nested, text, firstLine, lineOffsets, blocks);
                    }

                    break;
                case Table table:
                    AddTable(table, text, firstLine, lineOffsets, blocks);
                    break;
                case QuoteBlock quote when quote.All(child => child is ParagraphBlock):
                    // A quotation keeps its marks, as a list item keeps its marker: a remark quoted under a source, not a source.
                    blocks.Add(new DocumentBlock(DocumentBlockKind.Paragraph, Source(quote, text), SpanOf(quote, text, firstLine, lineOffsets)));
                    break;
                case ContainerBlock nestedContainer:
                    Walk(nestedContainer, text, firstLine, lineOffsets, blocks);
                    break;
                case ParagraphBlock paragraph when EntryLines(paragraph, text) is { } urls:
                    // Bare URLs one per line, or lines that each open with a number label (（1）, [2], ③): a list of
                    // sources typed without list markers, whose lines Markdown would join; each line is an entry.
                    for (var i = 0; i < urls.Count; i++)
                    {
                        var (start, length) = urls[i];
                        blocks.Add(new DocumentBlock(DocumentBlockKind.Paragraph, text.Substring(start, length), SpanAt(paragraph.Line + i, start, length, text, firstLine, lineOffsets)));
                    }

                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(new DocumentBlock(DocumentBlockKind.Paragraph, Source(paragraph, text), SpanOf(paragraph, text, firstLine, lineOffsets)));
                    break;
            }
        }
    }

    /// <summary>
    /// The rows of a pipe table below its header: every web link of a row becomes a list item of its own (a table of
    /// sources lists several pages per cell); a row without links becomes a <see cref="DocumentBlockKind.TableRow"/> of its cells joined by " | ".
    /// </summary>
    private static void AddTable(Table table, string text, int firstLine, List<int> lineOffsets, List<DocumentBlock> blocks)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader)
            {
                continue;
            }

            var links = 0;
            var cells = new List<string>();
            foreach (var cell in row.OfType<TableCell>())
            {
                foreach (var leaf in cell.Descendants<LeafBlock>())
                {
                    cells.Add(Source(leaf, text));
                    if (leaf.Inline is null)
                    {
                        continue;
                    }

                    foreach (var link in leaf.Inline.Descendants<LinkInline>())
                    {
                        if (link.IsImage || link.Url is null || !link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        var start = Math.Clamp(link.Span.Start, 0, text.Length);
                        var length = Math.Clamp(link.Span.Length, 0, text.Length - start);
                        blocks.Add(new DocumentBlock(DocumentBlockKind.ListItem, text.Substring(start, length), SpanOf(leaf, text, firstLine, lineOffsets)));
                        links++;
                    }
                }
            }

            if (links == 0 && cells.Any(c => c.Length > 0))
            {
                blocks.Add(new DocumentBlock(DocumentBlockKind.TableRow, string.Join(" | ", cells), SpanOf(row, text, firstLine, lineOffsets)));
            }
        }
    }

    /// <summary>The Markdown source of a leaf block, its lines trimmed and joined by spaces (a soft line break reads as a space).</summary>
    private static string Source(Block leaf, string text)
    {
        var start = Math.Clamp(leaf.Span.Start, 0, text.Length);
        var length = Math.Clamp(leaf.Span.Length, 0, text.Length - start);
        var source = text.AsSpan(start, length);
        var builder = new StringBuilder(source.Length);
        while (!source.IsEmpty)
        {
            var newline = source.IndexOf('\n');
            var line = (newline < 0 ? source : source[..newline]).Trim();
            source = newline < 0 ? [] : source[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Where each line of a paragraph stands, when it has two or more lines that each hold one bare URL and nothing else,
    /// or that each open with a number label; otherwise <see langword="null"/>.
    /// </summary>
    private static List<(int Start, int Length)>? EntryLines(ParagraphBlock paragraph, string text)
    {
        var start = Math.Clamp(paragraph.Span.Start, 0, text.Length);
        var end = start + Math.Clamp(paragraph.Span.Length, 0, text.Length - start);
        if (text.IndexOf('\n', start, end - start) < 0)
        {
            return null;
        }

        var lines = new List<(int Start, int Length)>();
        var urls = 0;
        var labelled = 0;
        while (start < end)
        {
            var newline = text.IndexOf('\n', start, end - start);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(start, lineEnd - start);
            var trimmed = line.Trim();
            if ((trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                && trimmed.IndexOfAny(' ', '\t', '\u3000') < 0)
            {
                urls++;
            }
            else if (NumberLabelLength(trimmed) > 0)
            {
                labelled++;
            }
            else
            {
                return null;
            }

            lines.Add((start + (line.Length - line.TrimStart().Length), trimmed.Length));
            start = lineEnd + 1;
        }

        return lines.Count >= 2 && (urls == lines.Count || labelled == lines.Count) ? lines : null;
    }

    /// <summary>
    /// The length of the number label a line opens with — （1）, (1), [1], 【1】, ［1］, 1）, 1), or a circled number ① … ⑳ —
    /// followed by more text; 0 when it opens with none.
    /// </summary>
    private static int NumberLabelLength(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is >= '\u2460' and <= '\u2473')
        {
            return 1;
        }

        var open = line.Length > 0 && line[0] is '(' or '（' or '[' or '【' or '［' ? 1 : 0;
        var digits = 0;
        while (open + digits < line.Length && digits < 3 && char.IsAsciiDigit(line[open + digits]))
        {
            digits++;
        }

        var close = open + digits;
        if (digits == 0 || close >= line.Length || close + 1 >= line.Length)
        {
            return 0;
        }

        var closer = line[close];
        var matches = open == 0 ? closer is ')' or '）' : (line[0], closer) is ('(', ')') or ('（', '）') or ('（', ')') or ('(', '）') or ('[', ']') or ('【', '】') or ('［', '］');
        return matches ? close + 1 : 0;
    }

    private static SourceSpan SpanOf(Block block, string text, int firstLine, List<int> lineOffsets) =>
        SpanAt(block.Line, block.Span.Start, block.Span.Length, text, firstLine, lineOffsets);

    private static SourceSpan SpanAt(int blockLine, int blockStart, int blockLength, string text, int firstLine, List<int> lineOffsets)
    {
        var line = Math.Clamp(blockLine, 0, Math.Max(0, lineOffsets.Count - 1));
        var start = Math.Clamp(blockStart, 0, text.Length);
        var length = Math.Clamp(blockLength, 0, text.Length - start);
        // The line starts after the last break before the block: \n, \r\n or a lone \r (as LineIndex counts them).
        var lineStartInGroup = text.AsSpan(0, start).LastIndexOfAny('\n', '\r') + 1;
        if (start == 0)
        {
            lineStartInGroup = 0;
        }

        var column = start - lineStartInGroup + 1;
        var offset = (lineOffsets.Count > line ? lineOffsets[line] : 0) + column - 1;
        return new SourceSpan(offset, length, firstLine + line, column);
    }
}
