using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing;

/// <summary>One entry of a document's reference list: the citation read from it, its category and what was found while reading it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record CitedReference
{
    /// <summary>Creates an entry.</summary>
    /// <param name="number">The 1-based position of the entry in the reference list.</param>
    /// <param name="citation">The citation read from the entry.</param>
    /// <param name="category">The category the entry's heading gives.</param>
    /// <param name="diagnostics">What was found while reading the entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    public CitedReference(int number, Citation citation, ReferenceCategory category, ImmutableArray<Diagnostic> diagnostics = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(citation);
        Number = number;
        Citation = citation;
        Category = category;
        Diagnostics = SequenceEquality.OrEmpty(diagnostics);
    }

    /// <summary>The 1-based position of the entry in the reference list.</summary>
    public int Number { get; }

    /// <summary>The citation read from the entry; its <see cref="Citation.Category"/> holds the heading as written.</summary>
    public Citation Citation { get; }

    /// <summary>The category the entry's heading gives (日本政府官方文件 is <see cref="ReferenceCategory.Government"/>).</summary>
    public ReferenceCategory Category { get; }

    /// <summary>What was found while reading the entry, with positions in the document.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public bool Equals(CitedReference? other) =>
        other is not null && Number == other.Number && Citation.Equals(other.Citation) && Category == other.Category
        && SequenceEquality.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Citation, Category);
}
