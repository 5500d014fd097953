namespace AseanAi.Citations.Parsing;

/// <summary>Settings for reading documents into <see cref="CitedDocument"/>s.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record CitedDocumentOptions
{
    /// <summary>The default settings.</summary>
    public static CitedDocumentOptions Default { get; } = new();

    /// <summary>The parser for reference lines; <see cref="ReferenceParser.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ReferenceParser Parser
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ReferenceParser.Default;

    /// <summary>
    /// Whether the sections keep the body's paragraphs (default <see langword="true"/>). Without them the document holds
    /// only headings, references, links and mentions, so that reading a long document takes memory in proportion to
    /// its largest paragraph and its references, not its length.
    /// </summary>
    public bool KeepBodyText { get; init; } = true;
}
