using AseanAi.Citations.Markdig.Rendering;
using AseanAi.Citations.Markdig.Syntax;
using global::Markdig;
using global::Markdig.Extensions.Yaml;
using global::Markdig.Parsers;
using global::Markdig.Renderers;

namespace AseanAi.Citations.Markdig;

/// <summary>
/// The Markdig extension behind <see cref="MarkdownCitationExtensions.UseCitations"/>: the citation and bibliography
/// parsers, the resolver that runs when a document is processed, and the HTML renderers. Holds only immutable options,
/// so a pipeline built with it is thread-safe as Markdig's are.
/// </summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    private readonly CitationMarkdownOptions _options;

    public CitationExtension(CitationMarkdownOptions options)
    {
        _options = options;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            // Before the link parser, which would read `[see @doe99]` as link text.
            pipeline.InlineParsers.Insert(0, new CitationInlineParser());
        }

        if (!pipeline.BlockParsers.Contains<ReferencesBlockParser>())
        {
            // Before the custom-container parser, which would read `::: {#refs}` as an ordinary div.
            pipeline.BlockParsers.Insert(0, new ReferencesBlockParser());
        }

        var frontMatter = pipeline.BlockParsers.Find<YamlFrontMatterParser>();
        if (frontMatter is not null and not CitationFrontMatterParser)
        {
            pipeline.BlockParsers[pipeline.BlockParsers.IndexOf(frontMatter)] = new CitationFrontMatterParser();
        }

        pipeline.DocumentProcessed += new CitationResolver(_options).Resolve;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready(new HtmlCitationRenderer());
            html.ObjectRenderers.AddIfNotAlready(new HtmlReferencesRenderer(_options.BackLinks));
            html.ObjectRenderers.AddIfNotAlready(new HtmlCitationNotesRenderer());
        }
    }

    /// <summary>Markdig's front-matter parser that also hands the document's path on to the resolver.</summary>
    private sealed class CitationFrontMatterParser : YamlFrontMatterParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            CitationContext.Remember(processor.Document, processor.Context);
            return base.TryOpen(processor);
        }
    }
}
