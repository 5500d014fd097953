using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Reads plain-text documents such as the seed article: one block per non-blank line, the first line the title,
/// short lines without sentence punctuation headings, and lines starting with a list marker list items. The markup of
/// Re:VIEW and AsciiDoc sources is read as a writer means it: <c>= </c>, <c>== </c> … lines are headings of that depth,
/// a Re:VIEW <c>//bibpaper[id][caption]{</c> … <c>//}</c> block is one entry (its lines joined by one space), the lines
/// of code and raw blocks (<c>//embed</c>, <c>//list</c>, <c>//emlist</c>, …) and one-line commands are skipped.
/// </summary>
/// <remarks>Never throws for bad input. Streams line by line; a block entry longer than 16 K characters is cut into
/// pieces of that size. Instances are immutable and thread-safe.</remarks>
public sealed class PlainTextDocumentReader : DocumentReader
{
    private const int MaxHeadingLength = 40;
    private const int MaxBlockEntryLength = 1 << 14;
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，、；！？,;「『《");

    /// <summary>A shared instance.</summary>
    public static PlainTextDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public override async IAsyncEnumerable<DocumentBlock> ReadBlocksAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = true;
        (string Text, SourceSpan Span, bool IsFirst)? pending = null;
        var block = ReViewBlock.None;
        var entry = new System.Text.StringBuilder();
        var entrySpan = default(SourceSpan);
        var wrapping = new WrappedLines();
        await foreach (var (line, number, offset) in ReadLinesAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start]))
            {
                start++;
            }

            if (start == line.Length)
            {
                continue;
            }

            var text = line[start..].TrimEnd();
            var span = new SourceSpan(offset + start, text.Length, number, start + 1);
            DocumentBlock? ready = null;
            if (text.StartsWith("//", StringComparison.Ordinal) && ReViewCommand(text) is { } command)
            {
                if (command.Length == 0)
                {
                    // "//}" closes the block; an entry it held is ready.
                    if (block == ReViewBlock.Entry && entry.Length > 0)
                    {
                        ready = new DocumentBlock(DocumentBlockKind.Paragraph, entry.ToString(), Through(entrySpan, offset + start));
                    }

                    block = ReViewBlock.None;
                    entry.Clear();
                }
                else if (text.EndsWith('{'))
                {
                    block = command == "bibpaper" ? ReViewBlock.Entry : RawBlocks.Contains(command) ? ReViewBlock.Raw : ReViewBlock.None;
                }

                if (ready is null)
                {
                    continue;
                }
            }
            else if (block == ReViewBlock.Raw)
            {
                continue;
            }
            else if (block == ReViewBlock.Entry)
            {
                if (entry.Length == 0)
                {
                    entrySpan = span;
                }
                else
                {
                    entry.Append(' ');
                }

                entry.Append(text);
                if (entry.Length < MaxBlockEntryLength)
                {
                    continue;
                }

                ready = new DocumentBlock(DocumentBlockKind.Paragraph, entry.ToString(), Through(entrySpan, offset + start + text.Length));
                entry.Clear();
            }

            // One line of look-ahead: a short line with its URL on the next line is an entry's title, not a heading.
            if (pending is { } previous)
            {
                yield return wrapping.Follow(Classify(previous.Text, previous.Span, previous.IsFirst, ready is null ? text : ready.Text));
                pending = null;
            }

            if (ready is not null)
            {
                first = false;
                yield return ready;
                continue;
            }

            pending = (text, span, first);
            first = false;
        }

        if (pending is { } last)
        {
            yield return wrapping.Follow(Classify(last.Text, last.Span, last.IsFirst, next: null));
        }

        if (entry.Length > 0)
        {
            yield return new DocumentBlock(DocumentBlockKind.Paragraph, entry.ToString(), entrySpan);
        }
    }

    /// <summary>The span from where <paramref name="first"/> starts up to <paramref name="end"/>.</summary>
    private static SourceSpan Through(SourceSpan first, int end) => new(first.Offset, Math.Max(first.Length, end - first.Offset), first.Line, first.Column);

    /// <summary>
    /// The name of the Re:VIEW block command the line is (<c>//bibpaper[id][caption]{</c> gives <c>bibpaper</c>), an
    /// empty name for the closing <c>//}</c>, or <see langword="null"/> when the line is no command (a comment, a URL).
    /// </summary>
    private static string? ReViewCommand(string text)
    {
        if (text == "//}")
        {
            return string.Empty;
        }

        var end = 2;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        if (end == 2 || (end < text.Length && text[end] is not ('[' or '{')))
        {
            return null;
        }

        return text[2..end];
    }

    private enum ReViewBlock
    {
        None,
        Entry,
        Raw,
    }

    private static readonly HashSet<string> RawBlocks = new(StringComparer.Ordinal)
    {
        "embed", "raw", "list", "listnum", "emlist", "emlistnum", "cmd", "source", "texequation", "graph", "table", "emtable", "imgtable",
    };

    private static DocumentBlock Classify(string text, SourceSpan span, bool isFirst, string? next)
    {
        if (MarkupHeadingLevel(text, out var headingStart) is > 0 and var markupLevel)
        {
            return new DocumentBlock(DocumentBlockKind.Heading, text[headingStart..].Trim(), span, markupLevel);
        }

        if (text.StartsWith('#'))
        {
            var level = 0;
            while (level < text.Length && text[level] == '#')
            {
                level++;
            }

            if (level <= 6 && level < text.Length && text[level] == ' ')
            {
                return new DocumentBlock(DocumentBlockKind.Heading, text[(level + 1)..].Trim(), span, level);
            }
        }

        if (StartsWithListMarker(text))
        {
            return new DocumentBlock(DocumentBlockKind.ListItem, text, span);
        }

        var nextIsUrl = next is not null && (next.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || next.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (nextIsUrl || text.Contains("://", StringComparison.Ordinal))
        {
            return new DocumentBlock(DocumentBlockKind.Paragraph, text, span);
        }

        // A reference heading is one however it is numbered or punctuated (十、參考資料, 参考文献：).
        if (Internal.ReferenceHeading.IsReferenceHeading(text))
        {
            return new DocumentBlock(DocumentBlockKind.Heading, text, span, isFirst ? 1 : 2);
        }

        if (isFirst && text.Length <= 200 && !EndsSentence(text))
        {
            return new DocumentBlock(DocumentBlockKind.Heading, text, span, 1);
        }

        if (text.Length <= MaxHeadingLength && !EndsSentence(text) && !HasSentencePunctuation(text))
        {
            return new DocumentBlock(DocumentBlockKind.Heading, text, span, 2);
        }

        return new DocumentBlock(DocumentBlockKind.Paragraph, text, span);
    }

    /// <summary>
    /// Keeps the lines of a reference list that text copied from a PDF or a word processor wraps mid-entry: under a
    /// reference heading, a short line without punctuation right under a line that stops mid-sentence (a comma, a word)
    /// goes on with that line's entry, where elsewhere it would read as a heading.
    /// </summary>
    private sealed class WrappedLines
    {
        private bool _inReferences;
        private DocumentBlock? _last;

        public DocumentBlock Follow(DocumentBlock block)
        {
            var read = block;
            if (block.Kind == DocumentBlockKind.Heading && _inReferences && block.Level == 2 && _last is { Kind: not DocumentBlockKind.Heading } last
                && last.Span.Line + 1 == block.Span.Line && !EndsSentence(last.Text) && !Internal.ReferenceHeading.IsReferenceHeading(block.Text)
                && MarkupHeadingLevel(block.Text, out _) == 0 && !block.Text.StartsWith('#'))
            {
                read = new DocumentBlock(DocumentBlockKind.Paragraph, block.Text, block.Span);
            }
            else if (block.Kind == DocumentBlockKind.Heading)
            {
                _inReferences = Internal.ReferenceHeading.IsReferenceHeading(block.Text) || (_inReferences && block.Level > 2);
            }

            _last = read;
            return read;
        }
    }

    /// <summary>
    /// The depth of a Re:VIEW or AsciiDoc heading (<c>= 参考文献</c>, <c>==[nonum] 書籍</c>, <c>=={label} Title</c>): the
    /// number of <c>=</c> signs (up to six), then an optional <c>[…]</c> and <c>{…}</c>, then white space and the text;
    /// 0 for any other line.
    /// </summary>
    private static int MarkupHeadingLevel(string text, out int textStart)
    {
        textStart = 0;
        var level = 0;
        while (level < text.Length && text[level] == '=')
        {
            level++;
        }

        if (level is 0 or > 6)
        {
            return 0;
        }

        var at = level;
        foreach (var (open, close) in (ReadOnlySpan<(char, char)>)[('[', ']'), ('{', '}')])
        {
            if (at < text.Length && text[at] == open)
            {
                var end = text.IndexOf(close, at + 1);
                if (end < 0)
                {
                    return 0;
                }

                at = end + 1;
            }
        }

        if (at >= text.Length || text[at] is not (' ' or '\t' or '\u3000') || text.AsSpan(at).Trim().IsEmpty)
        {
            return 0;
        }

        textStart = at;
        return level;
    }

    private static bool EndsSentence(string text) => text[^1] is '。' or '.' or '！' or '？' or '!' or '?' or '：' or ':' or '」' or '；' or ';' or '，' or ',';

    private static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny(SentencePunctuation) >= 0;

    private static bool StartsWithListMarker(string text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' or '•' or '●' or '◆' or '■' or '▪' && text[1] is ' ' or '\t' or '\u3000')
        {
            return true;
        }

        if (text[0] is '・' or '※' or (>= '\u2460' and <= '\u2473'))
        {
            return true;
        }

        if (text[0] is '[' or '［' or '【')
        {
            var close = text.IndexOfAny([']', '］', '】']);
            return close > 1 && close <= 8 && (text[1] == '^' || text[1..close].All(char.IsDigit));
        }

        var digits = 0;
        while (digits < text.Length && digits < 4 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or '、' or ')' or '）' && (digits + 1 >= text.Length || !char.IsAsciiDigit(text[digits + 1]));
    }
}
