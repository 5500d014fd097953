using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AseanAi.Citations.Markdig.Syntax;
using global::Markdig;
using global::Markdig.Syntax;

namespace AseanAi.Citations.Markdig;

/// <summary>The output of <see cref="CitationMarkdown.ToHtml"/> or <see cref="CitationMarkdown.ToMarkdown"/>: the text and what was found on the way.</summary>
public sealed class CitationMarkdownResult
{
    internal CitationMarkdownResult(string text, ImmutableArray<MarkdownCitationDiagnostic> diagnostics, (string? Language, string? Title) page)
    {
        Text = text;
        Diagnostics = diagnostics;
        Language = page.Language;
        Title = page.Title;
    }

    /// <summary>The document's language: its front matter's <c>lang</c>, else the options' locale; <see langword="null"/> when neither says.</summary>
    public string? Language { get; }

    /// <summary>The document's title: its front matter's <c>title</c>, else the text of its first level-1 heading; <see langword="null"/> when it has neither.</summary>
    public string? Title { get; }

    /// <summary>The HTML fragment, or the Markdown with citations resolved.</summary>
    public string Text { get; }

    /// <summary>Unknown keys, unreadable bibliographies and styles, bad front matter, each with its file, line and column.</summary>
    public ImmutableArray<MarkdownCitationDiagnostic> Diagnostics { get; }
}

/// <summary>Renders Markdown with citations and hands back what was found. Stateless and thread-safe.</summary>
public static class CitationMarkdown
{
    /// <summary>
    /// A parser context that tells the citation extension the document's path: relative <c>bibliography</c> and
    /// <c>csl</c> paths in its front matter are read from the document's folder, and diagnostics name the file.
    /// </summary>
    /// <param name="sourcePath">The document's path, or <see langword="null"/>.</param>
    /// <returns>A context to pass to <c>Markdown.Parse</c> or <c>Markdown.ToHtml</c>.</returns>
    public static MarkdownParserContext CreateContext(string? sourcePath)
    {
        var context = new MarkdownParserContext();
        if (sourcePath is not null)
        {
            context.Properties[CitationContext.SourcePathProperty] = sourcePath;
        }

        return context;
    }

    /// <summary>The citation diagnostics of a document parsed with a pipeline that uses citations; empty otherwise.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>The diagnostics, in the order found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<MarkdownCitationDiagnostic> GetCitationDiagnostics(this MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CitationResolver.Diagnostics(document);
    }

    /// <summary>Renders Markdown to an HTML fragment with a pipeline built with <see cref="MarkdownCitationExtensions.UseCitations"/>.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="sourcePath">The document's path (see <see cref="CreateContext"/>), or <see langword="null"/>.</param>
    /// <returns>The HTML and the diagnostics. Never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> or <paramref name="pipeline"/> is <see langword="null"/>.</exception>
    public static CitationMarkdownResult ToHtml(string markdown, MarkdownPipeline pipeline, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(pipeline);
        var document = Markdown.Parse(markdown, pipeline, CreateContext(sourcePath));
        return new CitationMarkdownResult(document.ToHtml(pipeline), document.GetCitationDiagnostics(), CitationResolver.Page(document));
    }

    /// <summary>
    /// Resolves the citations of Markdown in place and writes Markdown again: each citation replaced by its rendered text
    /// (a footnote under a note style), the bibliography's entries as paragraphs where <c>::: {#refs}</c> or
    /// <c>&lt;div id="refs"&gt;</c> stood or else at the end. Everything else is kept as written.
    /// </summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="CitationMarkdownOptions.Default"/>.</param>
    /// <param name="sourcePath">The document's path (see <see cref="CreateContext"/>), or <see langword="null"/>.</param>
    /// <returns>The Markdown and the diagnostics. Never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is <see langword="null"/>.</exception>
    public static CitationMarkdownResult ToMarkdown(string markdown, CitationMarkdownOptions? options = null, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        options = (options ?? CitationMarkdownOptions.Default) with { MarkdownOutput = true };
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UseCitations(options).Build();
        var document = Markdown.Parse(markdown, pipeline, CreateContext(sourcePath));

        var edits = new List<(int Start, int Length, string Text)>();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(SourceSpan source) => source.Line <= lineStarts.Count ? lineStarts[source.Line - 1] + source.Column - 1 : markdown.Length;
        var notes = new StringBuilder();
        foreach (var citation in document.Descendants<CitationInline>())
        {
            if (citation.Resolved is not { } resolved)
            {
                continue;
            }

            if (resolved.NoteNumber > 0)
            {
                var label = "cite-note-" + resolved.NoteNumber.ToString(CultureInfo.InvariantCulture);
                edits.Add((Offset(citation.Source), citation.Source.Length, "[^" + label + "]"));
                notes.Append("\n[^").Append(label).Append("]: ").Append(resolved.Text).Append('\n');
            }
            else
            {
                edits.Add((Offset(citation.Source), citation.Source.Length, resolved.Text));
            }
        }

        var appended = string.Empty;
        foreach (var block in document.Descendants<ReferencesBlock>())
        {
            var entries = new StringBuilder();
            if (block.IsTarget)
            {
                if (block.Title is not null)
                {
                    entries.Append("## ").Append(block.Title).Append("\n\n");
                }

                entries.AppendJoin("\n\n", block.Entries.Select(e => e.Html.ReplaceLineEndings(" ").Trim()));
            }

            if (block.Parser is null && block.Span.IsEmpty)
            {
                appended = entries.ToString();
            }
            else
            {
                edits.Add((block.Span.Start, block.Span.End - block.Span.Start + 1, entries.ToString()));
            }
        }

        var output = new StringBuilder(markdown.Length + 256);
        var at = 0;
        foreach (var (start, length, text) in edits.OrderBy(e => e.Start))
        {
            if (start < at || start + length > markdown.Length)
            {
                continue;
            }

            output.Append(markdown, at, start - at).Append(text);
            at = start + length;
        }

        output.Append(markdown, at, markdown.Length - at);
        if (appended.Length > 0)
        {
            output.Append(output.Length > 0 && output[^1] == '\n' ? "\n" : "\n\n").Append(appended).Append('\n');
        }

        output.Append(notes);
        return new CitationMarkdownResult(output.ToString(), document.GetCitationDiagnostics(), CitationResolver.Page(document));
    }
}
