namespace AseanAi.Citations.Csl;

/// <summary>The markup of rendered citations and bibliographies.</summary>
public enum CslOutputFormat
{
    /// <summary>Plain text: formatting dropped, quotation marks and punctuation kept.</summary>
    Text = 0,

    /// <summary>HTML fragments in the form citeproc-js writes (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, spans for small caps), with <c>lang</c> attributes on CJK runs.</summary>
    Html,

    /// <summary>Markdown (CommonMark with Pandoc's <c>^sup^</c> and <c>~sub~</c>), special characters escaped.</summary>
    Markdown,
}

/// <summary>How titles that carry a translation (CSL-JSON <c>custom.title-translations</c>, as the interchange mapping writes them) are shown.</summary>
public enum CslBilingualTitles
{
    /// <summary>The original title only, as the style renders it.</summary>
    Original = 0,

    /// <summary>The original title followed by the translation in brackets: 日ASEAN・AI共創イニシアティブ[Japan-ASEAN AI Co-Creation Initiative].</summary>
    Both,

    /// <summary>The translation only, where one is known; otherwise the original.</summary>
    Translation,
}

/// <summary>How names and titles in Chinese and Japanese are ordered when a style sorts by them.</summary>
public enum CslCjkSortOrder
{
    /// <summary>
    /// By reading (kana yomi or pinyin, from CSL-JSON <c>custom.title-transliterations</c> and <c>custom.name-readings</c>) where the item has one,
    /// else in the order without readings (see <see cref="CodePoint"/>). Items with readings sort among Latin-script items by the reading.
    /// </summary>
    ReadingThenCodePoint = 0,

    /// <summary>
    /// Ignoring readings, as citeproc-js sorts: under a Chinese locale Han characters by their Mandarin reading (Unihan
    /// <c>kMandarin</c>) and before Latin letters, as ICU's zh collation does; under other locales Latin letters first,
    /// then kana, then Han characters by code point.
    /// </summary>
    CodePoint,
}

/// <summary>Options for a <see cref="CslProcessor"/>. Immutable; derive changed copies with <c>with</c>.</summary>
public sealed record CslProcessorOptions
{
    /// <summary>The default options: the style's locale, original titles, per-language et-al, readings for sorting.</summary>
    public static CslProcessorOptions Default { get; } = new();

    /// <summary>The locale to render in (such as <c>ja-JP</c>), overriding the style's <c>default-locale</c>; <see langword="null"/> to keep it.</summary>
    public string? Locale { get; init; }

    /// <summary>Where locale data comes from; defaults to <see cref="CslLocales.BuiltIn"/>.</summary>
    public CslLocales? Locales { get; init; }

    /// <summary>How titles with translations are shown.</summary>
    public CslBilingualTitles Bilingual { get; init; }

    /// <summary>
    /// Whether the et-al term follows each item's language (等 for Chinese and Japanese items, et al. for the others)
    /// rather than the style's locale alone. On by default; the test-suite runner turns it off.
    /// </summary>
    public bool PerLanguageEtAl { get; init; } = true;

    /// <summary>How Chinese and Japanese names and titles are ordered when sorting.</summary>
    public CslCjkSortOrder CjkSortOrder { get; init; }

    /// <summary>
    /// How many threads render bibliography entries at once. 1 (the default) renders everything on the caller's thread;
    /// more than 1 renders long bibliographies in batches on that many thread-pool threads (-1: as many as there are
    /// processors), with the same entries in the same order. Values below 1 other than -1 count as 1.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}

/// <summary>One cite of one item inside a citation: the item, a locator (page 12), affixes and author suppression.</summary>
/// <param name="ItemId">The id of the cited item.</param>
public sealed record CslCite(string ItemId)
{
    /// <summary>A pinpoint such as a page (<c>12</c>) or a range (<c>12-15</c>).</summary>
    public string? Locator { get; init; }

    /// <summary>What the locator counts, as a CSL locator term (<c>page</c>, <c>chapter</c>, <c>section</c>); <c>page</c> when unset.</summary>
    public string? Label { get; init; }

    /// <summary>Text before the cite.</summary>
    public string? Prefix { get; init; }

    /// <summary>Text after the cite.</summary>
    public string? Suffix { get; init; }

    /// <summary>Whether the author is left out ("(2025)" rather than "(Sato, 2025)").</summary>
    public bool SuppressAuthor { get; init; }

    /// <summary>Whether only the author is shown.</summary>
    public bool AuthorOnly { get; init; }
}

/// <summary>One citation (a cluster of cites at one place in a document), with the note it stands in for note styles.</summary>
public sealed record CslCitation
{
    /// <summary>Creates a citation of the given cites.</summary>
    /// <param name="cites">The cites, in the order the author wrote them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cites"/> is <see langword="null"/>.</exception>
    public CslCitation(IEnumerable<CslCite> cites)
    {
        ArgumentNullException.ThrowIfNull(cites);
        Cites = [.. cites];
    }

    /// <summary>The cites.</summary>
    public System.Collections.Immutable.ImmutableArray<CslCite> Cites { get; }

    /// <summary>The number of the footnote holding the citation (1-based), or 0 for a citation in the main text.</summary>
    public int NoteIndex { get; init; }
}

/// <summary>The output of <see cref="CslProcessor.Render"/>: each citation's text and the bibliography's entries.</summary>
public sealed class CslRendering
{
    internal CslRendering(System.Collections.Immutable.ImmutableArray<string> citations, System.Collections.Immutable.ImmutableArray<string> bibliography, System.Collections.Immutable.ImmutableArray<string> bibliographyIds)
    {
        Citations = citations;
        Bibliography = bibliography;
        BibliographyItemIds = bibliographyIds;
    }

    /// <summary>The rendered citations, in the order given.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Citations { get; }

    /// <summary>The bibliography entries, in the style's order; empty when the style has no bibliography.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Bibliography { get; }

    /// <summary>The item id of each bibliography entry, in the same order.</summary>
    public System.Collections.Immutable.ImmutableArray<string> BibliographyItemIds { get; }
}
