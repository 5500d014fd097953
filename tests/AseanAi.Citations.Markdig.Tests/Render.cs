using AseanAi.Citations.Csl;
using Markdig;

namespace AseanAi.Citations.Markdig.Tests;

/// <summary>Pipelines and bibliographies the tests share.</summary>
internal static class Render
{
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    public static CitationBibliography Bibliography { get; } = CitationBibliography.Load(Path.Combine(DataDirectory, "refs.json")).GetValueOrThrow();

    public static MarkdownPipeline Pipeline(string style = "chicago-author-date", string? locale = null, Func<CitationMarkdownOptions, CitationMarkdownOptions>? change = null)
    {
        var options = new CitationMarkdownOptions { Style = CslStyle.BuiltIn(style), Locale = locale, Bibliography = Bibliography, BaseDirectory = DataDirectory };
        return new MarkdownPipelineBuilder().UseAdvancedExtensions().UseCitations(change is null ? options : change(options)).Build();
    }

    public static CitationMarkdownResult Html(string markdown, string style = "chicago-author-date", string? locale = null, Func<CitationMarkdownOptions, CitationMarkdownOptions>? change = null, string? path = null) =>
        CitationMarkdown.ToHtml(markdown, Pipeline(style, locale, change), path);
}
