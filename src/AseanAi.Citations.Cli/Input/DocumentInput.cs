using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Cli.Input;

/// <summary>
/// The one way every verb (<c>parse</c>, <c>format</c>, <c>convert</c>, <c>check</c>) reads a document: the reader for the
/// file's format (Markdown, HTML, else plain text) and the same settings, so that a file that is only a reference list,
/// with or without a heading such as <c>参考文献</c> or <c># 參考文獻</c>, gives the same entries everywhere and its
/// heading is never an entry.
/// </summary>
internal static class DocumentInput
{
    /// <summary>The document reader for a file, by its extension (<c>-</c> and unknown extensions read as plain text).</summary>
    public static DocumentReader ReaderFor(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => MarkdownDocumentReader.Instance,
        ".HTML" or ".HTM" or ".XHTML" => HtmlDocumentReader.Instance,
        _ => PlainTextDocumentReader.Instance,
    };

    /// <summary>Reads a decoded document for its references (body text is not kept).</summary>
    public static async Task<CitedDocument> ReadAsync(string path, string text, CancellationToken cancellationToken)
    {
        using var input = new StringReader(text);
        return await ReaderFor(path).ReadAsync(input, new CitedDocumentOptions { KeepBodyText = false }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The headings of the document's reference sections (its title too, when the title is one), as written.</summary>
    public static IReadOnlySet<string> ReferenceHeadings(CitedDocument document) =>
        document.Sections.Where(s => s.IsReferenceList && s.Heading is not null).Select(s => s.Heading!).ToHashSet(StringComparer.Ordinal);
}
