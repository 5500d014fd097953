using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Reads documents of one format (plain text here; Markdown and HTML in AseanAi.Citations.Web) as a stream of
/// <see cref="DocumentBlock"/>s, and builds <see cref="CitedDocument"/>s from them.
/// </summary>
/// <remarks>
/// Readers never throw for bad input: undecodable or hostile text becomes blocks and diagnostics. They hold at most one
/// block at a time, so streaming a long document takes memory in proportion to its largest paragraph. Implementations
/// are immutable and thread-safe.
/// </remarks>
public abstract class DocumentReader
{
    /// <summary>Streams the blocks of a document.</summary>
    /// <param name="reader">The document's text.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The blocks, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public abstract IAsyncEnumerable<DocumentBlock> ReadBlocksAsync(TextReader reader, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole document: its sections, references with categories, and body–reference links.</summary>
    /// <param name="reader">The document's text.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<CitedDocument> ReadAsync(TextReader reader, CitedDocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new CitedDocumentBuilder(options ?? CitedDocumentOptions.Default);
        await foreach (var block in ReadBlocksAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(block);
        }

        return builder.Build();
    }

    /// <summary>Reads a whole document held in a string.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public async Task<CitedDocument> ReadTextAsync(string text, CitedDocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return await ReadAsync(reader, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads lines with their exact offsets (lines end in <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>), for readers that work line by line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>Each line without its end, its 1-based number and the offset of its first character.</returns>
    protected static async IAsyncEnumerable<(string Text, int Line, int Offset)> ReadLinesAsync(
        TextReader reader,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new char[8192];
        var line = new System.Text.StringBuilder();
        var number = 1;
        var offset = 0;
        var lineStart = 0;
        var afterCarriageReturn = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            for (var i = 0; i < count; i++, offset++)
            {
                var c = buffer[i];
                if (afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    if (c == '\n')
                    {
                        lineStart = offset + 1;
                        continue;
                    }
                }

                if (c is '\n' or '\r')
                {
                    yield return (line.ToString(), number++, lineStart);
                    line.Clear();
                    lineStart = offset + 1;
                    afterCarriageReturn = c == '\r';
                    continue;
                }

                line.Append(c);
            }
        }

        if (line.Length > 0)
        {
            yield return (line.ToString(), number, lineStart);
        }
    }
}
