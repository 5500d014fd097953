using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Markdig;

/// <summary>
/// Options of the citation extension (<see cref="MarkdownCitationExtensions.UseCitations"/>). Immutable; derive changed
/// copies with <c>with</c>. A document's front matter (<c>bibliography</c>, <c>csl</c>, <c>lang</c>, <c>references</c>,
/// <c>nocite</c>, <c>link-citations</c>, <c>reference-section-title</c>) overrides the style, locale and switches given
/// here and adds to the bibliography.
/// </summary>
public sealed record CitationMarkdownOptions
{
    /// <summary>The options used when none are given: Chicago author-date (Pandoc's default), linked citations, back-links and previews.</summary>
    public static CitationMarkdownOptions Default { get; } = new();

    /// <summary>The style; <see langword="null"/> for the front matter's <c>csl</c>, else the built-in <c>chicago-author-date</c>.</summary>
    public CslStyle? Style { get; init; }

    /// <summary>The locale (<c>ja-JP</c>, <c>zh-TW</c>), overriding the style's; the front matter's <c>lang</c> wins over it.</summary>
    public string? Locale { get; init; }

    /// <summary>Where locale data comes from; <see langword="null"/> for <see cref="CslLocales.BuiltIn"/>.</summary>
    public CslLocales? Locales { get; init; }

    /// <summary>Entries every document may cite, read once (see <see cref="CitationBibliography.Load"/>); <see langword="null"/> for none.</summary>
    public CitationBibliography? Bibliography { get; init; }

    /// <summary>
    /// The folder that relative paths in front matter (<c>bibliography</c>, <c>csl</c>) are read from when the document's
    /// own path is not known (see <see cref="CitationMarkdown.CreateContext"/>); <see langword="null"/> for the current directory.
    /// </summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Whether each citation links to its entry (<c>#ref-KEY</c>), as Pandoc's <c>link-citations</c>. On by default.</summary>
    public bool LinkCitations { get; init; } = true;

    /// <summary>Whether each entry ends with links back to the places that cite it. On by default.</summary>
    public bool BackLinks { get; init; } = true;

    /// <summary>Whether a linked citation carries its entry's text in its <c>title</c>, shown by browsers on hover. On by default.</summary>
    public bool HoverPreview { get; init; } = true;

    /// <summary>A heading written above the bibliography (Pandoc's <c>reference-section-title</c>); <see langword="null"/> for none.</summary>
    public string? ReferenceSectionTitle { get; init; }

    /// <summary>How titles that carry a translation are shown.</summary>
    public CslBilingualTitles Bilingual { get; init; }

    /// <summary>Renders citations and entries as Markdown instead of HTML (for <see cref="CitationMarkdown.ToMarkdown"/>).</summary>
    internal bool MarkdownOutput { get; init; }
}
