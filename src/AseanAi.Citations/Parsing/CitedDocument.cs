using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// A document read for its citations: title, language, sections, the references with their categories, and the links
/// between the body and the references, with what the body names that no reference backs.
/// </summary>
/// <remarks>Build one with <see cref="CitedDocumentBuilder"/> or a <see cref="DocumentReader"/>. Instances are immutable and thread-safe.</remarks>
public sealed record CitedDocument
{
    /// <summary>The document's title (its first top-level heading), or <see langword="null"/> when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>The BCP 47 tag of the body's language (<c>zh-Hant</c>, <c>zh-Hans</c>, <c>ja</c>, <c>en</c>), or <see langword="null"/> when the body has no letters.</summary>
    public string? Language { get; init; }

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<DocumentSection> Sections
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The references, numbered from 1 in document order.</summary>
    public ImmutableArray<CitedReference> References
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The sentences of the body that point at references, in document order.</summary>
    public ImmutableArray<ReferenceLink> Links
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>Publishers the body names that no reference backs, each once, in order of first mention.</summary>
    public ImmutableArray<UnbackedMention> UnbackedMentions
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>
    /// The list-like blocks of the document and what the reader decided about each: taken as a reference list (under a
    /// reference heading, as footnotes, or by the shape of its entries) or passed over, with why.
    /// </summary>
    public ImmutableArray<ReferenceListDecision> ListDecisions
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>What was found while reading the document (not those of single references, which each reference holds).</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The references that no sentence of the body points at.</summary>
    public ImmutableArray<CitedReference> UnreferencedReferences =>
        [.. References.Where(reference => !Links.Any(link => link.ReferenceNumber == reference.Number))];

    /// <inheritdoc />
    public bool Equals(CitedDocument? other) =>
        other is not null && Title == other.Title && Language == other.Language
        && SequenceEquality.Equal(Sections, other.Sections) && SequenceEquality.Equal(References, other.References)
        && SequenceEquality.Equal(Links, other.Links) && SequenceEquality.Equal(UnbackedMentions, other.UnbackedMentions)
        && SequenceEquality.Equal(Diagnostics, other.Diagnostics) && SequenceEquality.Equal(ListDecisions, other.ListDecisions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Language, SequenceEquality.Hash(References), SequenceEquality.Hash(Links));
}
