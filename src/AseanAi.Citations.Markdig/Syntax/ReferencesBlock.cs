using System.Collections.Immutable;
using Markdig.Parsers;
using Markdig.Syntax;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>Where the bibliography goes: <c>::: {#refs}</c>, <c>&lt;div id="refs"&gt;</c>, or the end of the document.</summary>
internal sealed class ReferencesBlock : LeafBlock
{
    public ReferencesBlock(BlockParser? parser)
        : base(parser)
    {
    }

    /// <summary>A heading to write above the entries (<c>reference-section-title</c>), or <see langword="null"/>.</summary>
    public string? Title { get; set; }

    /// <summary>The entries, in the style's order, each with the anchors of the citations that cite it.</summary>
    public ImmutableArray<(string Key, string Html, ImmutableArray<string> CitedAt)> Entries { get; set; } = [];

    /// <summary>Whether this block is the one the entries are written into (the first placeholder, or the appended one).</summary>
    public bool IsTarget { get; set; }
}

/// <summary>The notes that citations become under a note style, written after the text.</summary>
internal sealed class CitationNotesBlock : LeafBlock
{
    public CitationNotesBlock()
        : base(null)
    {
    }

    public ImmutableArray<(int Number, string Anchor, string Html)> Notes { get; set; } = [];
}
