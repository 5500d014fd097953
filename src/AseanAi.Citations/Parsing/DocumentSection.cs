using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing;

/// <summary>A section of a document: a heading (none for text before the first heading) and the paragraphs under it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DocumentSection
{
    /// <summary>The heading as written; <see langword="null"/> for the text before the first heading.</summary>
    public string? Heading { get; init; }

    /// <summary>The heading's depth (1 for the title), or 0 when there is no heading.</summary>
    public int Level { get; init; }

    /// <summary>Where the heading stands; <see langword="null"/> when there is none.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary><see langword="true"/> when the section is the reference list (参考文献, 參考文獻, References) or one of its category headings.</summary>
    public bool IsReferenceList { get; init; }

    /// <summary>The body paragraphs, in order; empty for reference lists and when the reader was told not to keep body text.</summary>
    public ImmutableArray<DocumentParagraph> Paragraphs
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <inheritdoc />
    public bool Equals(DocumentSection? other) =>
        other is not null && Heading == other.Heading && Level == other.Level && Nullable.Equals(Span, other.Span)
        && IsReferenceList == other.IsReferenceList && SequenceEquality.Equal(Paragraphs, other.Paragraphs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Heading, Level, Span, IsReferenceList, SequenceEquality.Hash(Paragraphs));
}
