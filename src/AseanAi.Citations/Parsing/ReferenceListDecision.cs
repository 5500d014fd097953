namespace AseanAi.Citations.Parsing;

/// <summary>Why a block of a document was, or was not, read as a reference list.</summary>
public enum ReferenceListReason
{
    /// <summary>Taken: the block stands under a reference heading (参考文献, 參考資料, References, …).</summary>
    Heading = 0,

    /// <summary>Taken: the block holds footnote definitions (<c>[^1]: …</c>).</summary>
    Footnotes,

    /// <summary>Taken: no reference heading, but most entries look like references (links, dates with title marks or number labels, type codes).</summary>
    Shape,

    /// <summary>Passed over: a list with no reference heading and too few entries to judge by their shape.</summary>
    TooFewEntries,

    /// <summary>Passed over: a list with no reference heading whose entries mostly do not look like references.</summary>
    EntriesNotReferences,

    /// <summary>
    /// Taken: no reference heading, but a described item whose source field holds a link (<c>**Description:** …</c>,
    /// <c>**Source:** &lt;url&gt;</c>, <c>**Last accessed:** …</c>), which is a reference wherever it stands.
    /// </summary>
    SourceRecord,
}

/// <summary>
/// One list-like block of a document and what the reader decided about it: taken as a reference list (and why), or
/// passed over (and why), so that a user can see why an entry is missing or where a false one came from.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReferenceListDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="span">Where the block's first entry stands.</param>
    /// <param name="heading">The heading the block stands under, or <see langword="null"/>.</param>
    /// <param name="entries">The entries of the block (multi-line entries counted once).</param>
    /// <param name="referencesTaken">How many entries became references.</param>
    /// <param name="referenceShaped">How many entries look like references.</param>
    /// <param name="reason">Why the block was taken or passed over.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ReferenceListDecision(SourceSpan span, string? heading, int entries, int referencesTaken, int referenceShaped, ReferenceListReason reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        ArgumentOutOfRangeException.ThrowIfNegative(referencesTaken);
        ArgumentOutOfRangeException.ThrowIfNegative(referenceShaped);
        Span = span;
        Heading = heading;
        Entries = entries;
        ReferencesTaken = referencesTaken;
        ReferenceShaped = referenceShaped;
        Reason = reason;
    }

    /// <summary>Where the block's first entry stands.</summary>
    public SourceSpan Span { get; }

    /// <summary>The heading the block stands under, or <see langword="null"/>.</summary>
    public string? Heading { get; }

    /// <summary>The entries of the block (an entry spread over several lines counts once).</summary>
    public int Entries { get; }

    /// <summary>How many entries became references (0 when the block was passed over).</summary>
    public int ReferencesTaken { get; }

    /// <summary>How many entries look like references.</summary>
    public int ReferenceShaped { get; }

    /// <summary>Why the block was taken or passed over.</summary>
    public ReferenceListReason Reason { get; }

    /// <summary>Whether the block was read as a reference list.</summary>
    public bool IsReferenceList => Reason is ReferenceListReason.Heading or ReferenceListReason.Footnotes or ReferenceListReason.Shape;
}
