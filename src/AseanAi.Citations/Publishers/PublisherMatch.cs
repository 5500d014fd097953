using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// The answer of <see cref="PublisherRegistry.Resolve(string, string?)"/>: the publisher a name denotes, or every
/// candidate when the name is shared (ambiguity is reported, never guessed away), or none.
/// </summary>
/// <remarks>Equality compares every property. Instances are immutable and thread-safe.</remarks>
public sealed record PublisherMatch
{
    internal PublisherMatch(string input, ImmutableArray<Publisher> candidates, string? matchedName, string? unit)
    {
        Input = input;
        Candidates = candidates;
        MatchedName = matchedName;
        Unit = unit;
    }

    /// <summary>The name that was looked up, as given.</summary>
    public string Input { get; }

    /// <summary>
    /// The publishers the name may denote: one when it is known, several when it is ambiguous (MOFA is Japan's and
    /// Taiwan's), none when it is unknown. Ordered by id.
    /// </summary>
    public ImmutableArray<Publisher> Candidates { get; }

    /// <summary>The publisher, when exactly one matched and <see cref="NeedsContext"/> is false; otherwise <see langword="null"/>.</summary>
    public Publisher? Publisher => Candidates.Length == 1 && !NeedsContext ? Candidates[0] : null;

    /// <summary><see langword="true"/> when exactly one publisher matched and <see cref="NeedsContext"/> is false.</summary>
    public bool IsFound => Publisher is not null;

    /// <summary><see langword="true"/> when the name fits several publishers, or <see cref="NeedsContext"/>.</summary>
    public bool IsAmbiguous => Candidates.Length > 1 || NeedsContext;

    /// <summary>
    /// <see langword="true"/> when the name is an abbreviation that organisations outside the registry use too (NBS, MOD,
    /// MOE) and no clue (a country hint or a <see cref="PublisherContext"/>) confirmed the one candidate: it is reported
    /// in <see cref="Candidates"/>, not chosen.
    /// </summary>
    public bool NeedsContext { get; internal init; }

    /// <summary>
    /// When the name denotes one body that has since ended (Kominfo, 科技部, 科学技術庁), the bodies that took it over
    /// (Komdigi, 國家科學及技術委員會, 文部科学省); otherwise empty.
    /// </summary>
    public ImmutableArray<Publisher> Successors { get; internal init; } = [];

    /// <summary>
    /// The part of <see cref="Input"/> that names the organisation, as written (with any legal form or country name it
    /// carried), such as 科学技術振興機構(JST); <see langword="null"/> when nothing matched.
    /// </summary>
    public string? MatchedName { get; }

    /// <summary>The sub-unit written after the organisation, such as アジア・太平洋総合研究センター or 海事局; <see langword="null"/> when none.</summary>
    public string? Unit { get; }

    /// <summary>
    /// Creates the reference a citation stores: a known publisher with the name as written and the unit when one
    /// publisher matched, otherwise an unresolved reference that keeps <see cref="Input"/>.
    /// </summary>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><see cref="Input"/> is blank (a blank name has no reference).</exception>
    public PublisherRef ToPublisherRef() =>
        Publisher is { } publisher
            ? publisher.ToReference(MatchedName ?? Input.Trim(), Unit)
            : PublisherRef.Unresolved(Input.Trim());

    /// <inheritdoc/>
    public bool Equals(PublisherMatch? other) =>
        other is not null && Input == other.Input && MatchedName == other.MatchedName && Unit == other.Unit
        && NeedsContext == other.NeedsContext
        && SequenceEquality.Equal(Candidates, other.Candidates) && SequenceEquality.Equal(Successors, other.Successors);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Input, MatchedName, Unit, SequenceEquality.Hash(Candidates));

    /// <summary>Describes the match, such as <c>科学技術振興機構(JST) アジア・太平洋総合研究センター → jp.jst</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Candidates.Length switch
    {
        0 => Input + " → (unknown)",
        1 when NeedsContext => Input + " → " + Candidates[0].Id + "?",
        1 => (Unit is null ? MatchedName : MatchedName + " " + Unit) + " → " + Candidates[0].Id,
        _ => Input + " → one of " + string.Join(", ", Candidates.Select(c => c.Id)),
    };
}
