using global::Markdig;

namespace AseanAi.Citations.Markdig;

/// <summary>Adds citations to a Markdig pipeline.</summary>
public static class MarkdownCitationExtensions
{
    /// <summary>
    /// Reads Pandoc's citation syntax (<c>[@key]</c>, <c>[see @a, p. 33; -@b]</c>, <c>@key [p. 4]</c>) and renders the
    /// citations and the bibliography with a CSL style: Pandoc's HTML (<c>span.citation[data-cites]</c>,
    /// <c>div#refs.references.csl-bib-body</c>, <c>div#ref-KEY.csl-entry</c>), the bibliography at <c>::: {#refs}</c> or
    /// <c>&lt;div id="refs"&gt;</c> or else at the end. YAML front matter and precise source locations are turned on, as the settings are read from one and diagnostics need the other. Unknown
    /// keys render as <c>key?</c> in bold and are reported (<see cref="CitationMarkdown.GetCitationDiagnostics"/>); nothing throws.
    /// </summary>
    /// <param name="pipeline">The pipeline builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="CitationMarkdownOptions.Default"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pipeline"/> is <see langword="null"/>.</exception>
    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder pipeline, CitationMarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.UseYamlFrontMatter();

        // Diagnostics name the line and column of each citation; Markdig tracks them only when asked.
        pipeline.UsePreciseSourceLocation();
        if (!pipeline.Extensions.Contains<CitationExtension>())
        {
            pipeline.Extensions.Add(new CitationExtension(options ?? CitationMarkdownOptions.Default));
        }

        return pipeline;
    }
}
