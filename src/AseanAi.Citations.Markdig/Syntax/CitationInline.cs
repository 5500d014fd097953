using System.Collections.Immutable;
using Markdig.Syntax.Inlines;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>A citation in the Markdown tree: <c>[see @doe99, p. 33; @roe05]</c> or author-in-text <c>@doe99 [p. 33]</c>.</summary>
internal sealed class CitationInline : LeafInline
{
    public CitationInline(ImmutableArray<MarkdownCite> cites, bool authorInText, SourceSpan source)
    {
        Cites = cites;
        AuthorInText = authorInText;
        Source = source;
    }

    public ImmutableArray<MarkdownCite> Cites { get; }

    public bool AuthorInText { get; }

    /// <summary>Where the citation is in the document's text (offset, length, 1-based line and column).</summary>
    public SourceSpan Source { get; }

    /// <summary>What the resolver made of the citation; <see langword="null"/> before it ran.</summary>
    public ResolvedCitation? Resolved { get; set; }
}

/// <summary>A citation as rendered: its text, its anchor, the entries it links to and, for note styles, its note.</summary>
internal sealed record ResolvedCitation(string Text, string Anchor)
{
    /// <summary>The rendered pieces of the citation, each linked to one key; one piece without a key for text that is not linked.</summary>
    public ImmutableArray<(string Text, string? Key, string? Title)> Pieces { get; init; } = [];

    /// <summary>The number of the generated note holding the citation (note styles), or 0 when it stands in the text.</summary>
    public int NoteNumber { get; init; }
}
