namespace AseanAi.Citations.Interchange;

/// <summary>Choices for the interchange writers (<see cref="BibTeX"/>, <see cref="CslJson"/>, <see cref="Ris"/>).</summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is what the writers use when given no options.</remarks>
public sealed record InterchangeWriteOptions
{
    /// <summary>The defaults: no bookkeeping fields, ASCII keys.</summary>
    public static InterchangeWriteOptions Default { get; } = new();

    /// <summary>
    /// Whether to write the model's own bookkeeping: the reference as written (<c>raw-text</c>), where it stood
    /// (<c>source-span</c>) and the native JSON forms of contributors and publishers (registry ids, units, literal
    /// person names; custom fields <c>authors</c>, <c>editors</c>, <c>translators</c>, <c>publisher-ref</c>). Off by
    /// default: other tools have no use for them, and with them off a round trip keeps everything but these.
    /// The command line's <c>--keep-source</c>.
    /// </summary>
    public bool KeepSource { get; init; }

    /// <summary>
    /// Whether keys made for citations without a usable id may hold any letters (<c>外務省2025日ASEAN</c>) rather than
    /// ASCII only (<c>mofa2025</c>). Classic BibTeX (bibtex8) cannot read non-ASCII keys; Biber, Pandoc and
    /// citation.js can. Off by default. Ids that citations already have are written as they are either way.
    /// </summary>
    public bool UnicodeKeys { get; init; }

    /// <summary>
    /// Whether a finer kind without a genre of its own is marked with its genre (report + "government document").
    /// Off only for the CSL processor, which renders the genre and should not show the marker.
    /// </summary>
    internal bool MarkFinerKinds { get; init; } = true;

    /// <summary>The options the CSL processor's items are made with.</summary>
    internal static InterchangeWriteOptions ForRendering { get; } = new() { MarkFinerKinds = false };
}
