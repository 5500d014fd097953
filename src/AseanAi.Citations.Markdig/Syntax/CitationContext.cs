using Markdig;
using Markdig.Syntax;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>
/// Carries the document's path from the <see cref="MarkdownParserContext"/> a caller passed to the parse (see
/// <see cref="CitationMarkdown.CreateContext"/>) to the resolver, which runs when the document is processed and has no
/// access to the context: the citation parsers and the front-matter parser store it on the document.
/// </summary>
internal static class CitationContext
{
    public const string SourcePathProperty = "AseanAi.Citations.Markdig.SourcePath";

    private static readonly object SourcePathKey = new();

    public static void Remember(MarkdownDocument document, MarkdownParserContext? context)
    {
        if (context is not null && document.GetData(SourcePathKey) is null
            && context.Properties.TryGetValue(SourcePathProperty, out var value) && value is string path)
        {
            document.SetData(SourcePathKey, path);
        }
    }

    public static string? SourcePath(MarkdownDocument document) => document.GetData(SourcePathKey) as string;
}
