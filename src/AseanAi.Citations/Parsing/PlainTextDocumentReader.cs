using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Reads plain-text documents such as the seed article: one block per non-blank line, the first line the title,
/// short lines without sentence punctuation headings, and lines starting with a list marker list items.
/// </summary>
/// <remarks>Never throws for bad input. Streams line by line. Instances are immutable and thread-safe.</remarks>
public sealed class PlainTextDocumentReader : DocumentReader
{
    private const int MaxHeadingLength = 40;
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，、；！？,;「『《");

    /// <summary>A shared instance.</summary>
    public static PlainTextDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public override async IAsyncEnumerable<DocumentBlock> ReadBlocksAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = true;
        (string Text, SourceSpan Span, bool IsFirst)? pending = null;
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

            // One line of look-ahead: a short line with its URL on the next line is an entry's title, not a heading.
            if (pending is { } previous)
            {
                yield return Classify(previous.Text, previous.Span, previous.IsFirst, text);
            }

            pending = (text, span, first);
            first = false;
        }

        if (pending is { } last)
        {
            yield return Classify(last.Text, last.Span, last.IsFirst, next: null);
        }
    }

    private static DocumentBlock Classify(string text, SourceSpan span, bool isFirst, string? next)
    {
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
