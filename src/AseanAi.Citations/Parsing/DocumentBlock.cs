namespace AseanAi.Citations.Parsing;

/// <summary>What a <see cref="DocumentBlock"/> is.</summary>
public enum DocumentBlockKind
{
    /// <summary>A paragraph of running text (or, under a reference heading, a reference).</summary>
    Paragraph = 0,

    /// <summary>A heading; <see cref="DocumentBlock.Level"/> gives its depth (1 for the title).</summary>
    Heading,

    /// <summary>An item of a list (- * ・ 1. [1] ①), with its marker.</summary>
    ListItem,

    /// <summary>
    /// An entry of a block of footnotes or of a bibliography (an item of an HTML <c>section.footnotes</c>,
    /// <c>ol.references</c>, <c>div.csl-bib-body</c>): a reference wherever it stands, its text as the document holds it.
    /// </summary>
    Note,

    /// <summary>
    /// A row of a table that holds no web link, its cells joined by <c> | </c>: a reference only where one of its cells
    /// reads as a citation (a data or status table under a sources heading is not a list of references).
    /// </summary>
    TableRow,
}

/// <summary>
/// One block of a document as a reader streams it: a heading, a paragraph or a list item, with its text and where it
/// stands. Readers produce blocks one at a time, so a long document never has to be held whole.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DocumentBlock
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="text">Its text: for list items including the marker as written; never <see langword="null"/>.</param>
    /// <param name="span">Where the block stands in the document.</param>
    /// <param name="level">The depth of a heading, from 1 (the title); 0 for other blocks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative or above 9.</exception>
    public DocumentBlock(DocumentBlockKind kind, string text, SourceSpan span, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 9);
        Kind = kind;
        Text = text;
        Span = span;
        Level = level;
    }

    /// <summary>What the block is.</summary>
    public DocumentBlockKind Kind { get; }

    /// <summary>The block's text.</summary>
    public string Text { get; }

    /// <summary>Where the block stands in the document.</summary>
    public SourceSpan Span { get; }

    /// <summary>The depth of a heading, from 1; 0 for paragraphs and list items.</summary>
    public int Level { get; }

    /// <summary>
    /// The language the document declares from this block on, as written (<c>&lt;html lang&gt;</c>, <c>xml:lang</c>, a
    /// Markdown front matter <c>lang:</c>), or <see langword="null"/> when the block declares none. Readers set it on the
    /// first block they stream; <see cref="CitedDocumentBuilder"/> prefers it to the script counts unless the script
    /// plainly contradicts it (a template's <c>lang="en"</c> on a Chinese page). A tag that is not BCP 47 is ignored.
    /// </summary>
    public string? Language { get; init; }
}
