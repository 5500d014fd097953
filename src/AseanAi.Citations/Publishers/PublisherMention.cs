using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// A mention of a known publisher in running text, found by <see cref="PublisherRegistry.FindMentions(string)"/>:
/// where it is, what was written, and the publisher (or the candidates, when the words are shared).
/// </summary>
/// <remarks>Equality compares every property. Instances are immutable and thread-safe.</remarks>
public sealed record PublisherMention
{
    internal PublisherMention(SourceSpan span, string text, ImmutableArray<Publisher> candidates, ImmutableArray<Publisher> successors, bool needsContext)
    {
        Span = span;
        Text = text;
        Candidates = candidates;
        Successors = successors;
        NeedsContext = needsContext && candidates.Length == 1;
    }

    /// <summary>Where the mention is: offset and length in UTF-16 code units, with the line and column of its start.</summary>
    public SourceSpan Span { get; }

    /// <summary>The mention as written, such as 經濟產業省 or 日本外務省.</summary>
    public string Text { get; }

    /// <summary>The publishers the mention may denote, ordered by id: one, or several when the words are shared (CNA, 外交部).</summary>
    public ImmutableArray<Publisher> Candidates { get; }

    /// <summary>The publisher, when the mention denotes exactly one and <see cref="NeedsContext"/> is false; otherwise <see langword="null"/>.</summary>
    public Publisher? Publisher => Candidates.Length == 1 && !NeedsContext ? Candidates[0] : null;

    /// <summary><see langword="true"/> when the mention fits several publishers, or <see cref="NeedsContext"/>.</summary>
    public bool IsAmbiguous => Candidates.Length > 1 || NeedsContext;

    /// <summary>
    /// <see langword="true"/> when the mention is an abbreviation that organisations outside the registry use too (NBS,
    /// MOD) and nothing in its line (a country name, a URL, the script) confirmed the one candidate.
    /// </summary>
    public bool NeedsContext { get; }

    /// <summary>
    /// When the mention names one body that has since ended (Kominfo, 科技部, 科学技術庁), the bodies that took it over
    /// (Komdigi, 國家科學及技術委員會, 文部科学省); otherwise empty.
    /// </summary>
    public ImmutableArray<Publisher> Successors { get; }

    /// <inheritdoc/>
    public bool Equals(PublisherMention? other) =>
        other is not null && Span == other.Span && Text == other.Text && SequenceEquality.Equal(Candidates, other.Candidates)
        && SequenceEquality.Equal(Successors, other.Successors) && NeedsContext == other.NeedsContext;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, Text, SequenceEquality.Hash(Candidates));

    /// <summary>Describes the mention, such as <c>3:12 經濟產業省 → jp.meti</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Span.Line}:{Span.Column} {Text} → {string.Join(" | ", Candidates.Select(c => c.Id))}");
}
