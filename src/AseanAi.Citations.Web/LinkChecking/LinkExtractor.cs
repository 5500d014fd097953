using System.Net;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Finds the http(s) URLs written in a text — a plain-text reference list, a Markdown or an HTML file — with the line
/// and column of every occurrence, as link-check targets.
/// </summary>
/// <remarks>
/// URLs are found and ended by <see cref="UrlScanner"/>, the rules the reference parser uses for
/// <see cref="Citation.Url"/> (docs/parsing.md, "Where a URL ends"): a URL ends at white space, at quotes and angle
/// brackets, at CJK and other non-ASCII punctuation (「」『』（）、。《》…), at an unbalanced closing parenthesis or
/// bracket, and loses trailing sentence punctuation; non-ASCII letters inside it (<c>/wiki/外務省</c>) are kept. Lines
/// end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>. Any text is accepted; the scan is linear in its length.
/// Thread-safe.
/// </remarks>
public static class LinkExtractor
{
    /// <summary>Finds the URLs in <paramref name="text"/>.</summary>
    /// <param name="text">The text of a document.</param>
    /// <param name="source">The name reported for the document (a path, or <c>-</c> for standard input).</param>
    /// <returns>One target per occurrence, in document order, each with its <see cref="LinkTarget.Span"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<LinkTarget> Extract(string text, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var targets = new List<LinkTarget>();
        var lines = new LineIndex(text);
        var from = 0;
        while (UrlScanner.TryFind(text, from, out var start, out var end))
        {
            targets.Add(new LinkTarget(text[start..end]) { Source = source, Span = lines.SpanOf(start, end - start) });
            from = end;
        }

        return targets;
    }

    /// <summary>
    /// Finds the URLs in a document and, reading it with <paramref name="reader"/> (plain text, Markdown or HTML), gives
    /// each URL that belongs to a reference of the document's reference list the title that reference cites (compared
    /// with the page's title) and, when the reference marks it as a PDF (<c>[PDF]</c>, <c>（PDF）</c>, <c>PDF版</c>),
    /// the expected media type <c>application/pdf</c>.
    /// </summary>
    /// <param name="text">The text of the document.</param>
    /// <param name="source">The name reported for the document (a path, or <c>-</c> for standard input).</param>
    /// <param name="reader">The reader for the document's format, such as <see cref="PlainTextDocumentReader.Instance"/>,
    /// <see cref="MarkdownDocumentReader.Instance"/> or <see cref="HtmlDocumentReader.Instance"/>. With the HTML reader,
    /// character references in URLs (<c>&amp;amp;</c>) are decoded.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>One target per occurrence, in document order, each with its exact <see cref="LinkTarget.Span"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<LinkTarget>> ExtractAsync(string text, string? source, DocumentReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reader);
        var targets = Extract(text, source);
        if (targets.Count == 0)
        {
            return targets;
        }

        if (reader is HtmlDocumentReader)
        {
            targets = [.. targets.Select(t => t.Url.Contains('&', StringComparison.Ordinal) ? new LinkTarget(WebUtility.HtmlDecode(t.Url)) { Source = t.Source, Span = t.Span } : t)];
        }

        // The reader finds the reference list and the parser reads each reference: its URL and the title it cites.
        var document = await reader.ReadTextAsync(text, CitedDocumentOptions.Default with { KeepBodyText = false }, cancellationToken).ConfigureAwait(false);
        var cited = new List<(SourceSpan Span, string Key, string? Title, string? MediaType)>();
        foreach (var reference in document.References)
        {
            var citation = reference.Citation;
            if (citation is { Url: { } url, Span: { } span }
                && UrlNormalizer.TryNormalize(url.OriginalString, out _, out var key, out _, out _))
            {
                cited.Add((span, key, citation.Title?.Text is { Length: > 0 } title ? title : null, MarksPdf(citation.RawText) ? "application/pdf" : null));
            }
        }

        if (cited.Count == 0)
        {
            return targets;
        }

        var result = new List<LinkTarget>(targets.Count);
        foreach (var target in targets)
        {
            var match = UrlNormalizer.TryNormalize(target.Url, out _, out var key, out _, out _)
                ? cited.FirstOrDefault(c => c.Key == key && Contains(c.Span, target.Span!.Value))
                : default;
            result.Add(match.Key is null ? target : target with { CitedTitle = match.Title, ExpectedMediaType = match.MediaType });
        }

        return result;
    }

    /// <summary>Whether a reference says it points at a PDF ([PDF], (PDF), （PDF）, PDF版), so that an HTML answer is worth a warning.</summary>
    private static bool MarksPdf(string? rawText) =>
        rawText is not null
        && (rawText.Contains("[PDF", StringComparison.OrdinalIgnoreCase) || rawText.Contains("(PDF", StringComparison.OrdinalIgnoreCase)
            || rawText.Contains("（PDF", StringComparison.OrdinalIgnoreCase) || rawText.Contains("PDF版", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a reference's span holds an occurrence; lenient at the end, where a reader's joined lines may be shorter than the source.</summary>
    private static bool Contains(SourceSpan reference, SourceSpan occurrence) =>
        occurrence.Offset >= reference.Offset && (occurrence.Offset <= reference.End + 16 || occurrence.Line == reference.Line);
}
