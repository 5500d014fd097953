namespace AseanAi.Citations.Parsing;

/// <summary>
/// Where a reference line stands and what surrounds it: its place in the document (for diagnostics and the citation's
/// <see cref="Citation.Span"/>), the heading it stands under, and the document's language.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReferenceContext
{
    /// <summary>A context for a line read on its own: positions count from the start of the line.</summary>
    public static ReferenceContext None { get; } = new();

    /// <summary>Where the line starts in its document; <see langword="null"/> when the line stands alone.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>The category heading the line stands under (日本政府官方文件), or <see langword="null"/>.</summary>
    public string? Category { get; init; }

    /// <summary>The BCP 47 tag of the document's language, used when a line's own script does not tell.</summary>
    public string? DocumentLanguage { get; init; }

    /// <summary>An identifier for the citation (a line or list number), or <see langword="null"/> to take the list number written in the line.</summary>
    public string? Id { get; init; }

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="offset"/> in the line, placed in the document.</summary>
    internal SourceSpan SpanAt(int offset, int length)
    {
        if (Span is { } span)
        {
            return new SourceSpan(span.Offset + offset, length, span.Line, span.Column + offset);
        }

        return new SourceSpan(offset, length, 1, offset + 1);
    }
}
