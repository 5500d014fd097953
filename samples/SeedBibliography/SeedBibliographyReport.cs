using System.Globalization;
using AseanAi.Citations;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;

namespace SeedBibliography;

/// <summary>
/// Reads a document with a reference list (by default the repository's seed article), then prints what the library
/// found: each reference as typed data, the links between the body text and the references, and the bibliography in
/// every built-in CSL style.
/// </summary>
internal static class SeedBibliographyReport
{
    /// <summary>The seed article: a Traditional-Chinese text with a Japanese bibliography.</summary>
    public const string SeedRelativePath = "seeds/000_ac0a5415ceaa11bb.txt";

    /// <returns>0 when the document was read and printed, 1 when it cannot be found or read.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = args.Length > 0 ? args[0] : FindSeed();
        if (path is null || !File.Exists(path))
        {
            await error.WriteLineAsync($"SeedBibliography: cannot find {path ?? SeedRelativePath}; pass the path of a document as the first argument.").ConfigureAwait(false);
            return 1;
        }

        // 1. Read the document: body paragraphs, headings, and the reference list under its heading.
        CitedDocument document;
        using (var reader = new StreamReader(path))
        {
            document = await PlainTextDocumentReader.Instance.ReadAsync(reader, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"{Path.GetFileName(path)}: \"{document.Title}\" ({document.Language ?? "language unknown"}), {document.References.Length} references").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);

        // 2. The references as typed citations.
        await output.WriteLineAsync("== References").ConfigureAwait(false);
        foreach (var reference in document.References)
        {
            var citation = reference.Citation;
            await output.WriteLineAsync(Invariant($"[{reference.Number}] {citation.Title?.Text ?? "(no title)"}")).ConfigureAwait(false);
            await output.WriteLineAsync($"     type:      {citation.Type} ({reference.Category}, under \"{citation.Category}\")").ConfigureAwait(false);
            await output.WriteLineAsync($"     publisher: {Describe(citation.Publisher)}").ConfigureAwait(false);
            await output.WriteLineAsync($"     issued:    {Describe(citation.Issued)}").ConfigureAwait(false);
            if (citation.Title?.Language is { } language)
            {
                await output.WriteLineAsync($"     language:  {language}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"     url:       {citation.Url?.OriginalString ?? "-"}").ConfigureAwait(false);
            foreach (var diagnostic in reference.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                await output.WriteLineAsync($"     {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}").ConfigureAwait(false);
            }
        }

        // 3. Where the body text points at a reference (by date, publisher or title), and what it never points at.
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("== Links between the text and its references").ConfigureAwait(false);
        foreach (var link in document.Links)
        {
            await output.WriteLineAsync(Invariant($"line {link.Span.Line,3} -> [{link.ReferenceNumber}] by {link.Evidence}: {Shorten(link.Text.Trim(), 60)}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("References the text never mentions: " + (document.UnreferencedReferences.IsEmpty
            ? "none"
            : string.Join(", ", document.UnreferencedReferences.Select(r => Invariant($"[{r.Number}]"))))).ConfigureAwait(false);
        await output.WriteLineAsync("Publishers named in the text without a reference: " + (document.UnbackedMentions.IsEmpty
            ? "none"
            : string.Join(", ", document.UnbackedMentions.Select(m => Invariant($"{m.Text.Trim()} (line {m.Span.Line})"))))).ConfigureAwait(false);

        // 4. The bibliography in every built-in CSL style.
        var items = CslItems.FromCitations(document.References.Select(r => r.Citation));
        foreach (var name in CslStyle.BuiltInNames)
        {
            var style = CslStyle.BuiltIn(name);
            var processor = new CslProcessor(style);
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"== Bibliography: {name} ({style.Title})").ConfigureAwait(false);
            foreach (var entry in processor.FormatBibliography(items))
            {
                await output.WriteLineAsync(entry).ConfigureAwait(false);
            }
        }

        return 0;
    }

    /// <summary>Walks up from the program's folder to the repository root (the folder holding the solution).</summary>
    private static string? FindSeed()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AseanAi.Citations.sln")))
            {
                return Path.Combine(folder.FullName, SeedRelativePath);
            }
        }

        return null;
    }

    private static string Describe(PublisherRef? publisher) => publisher switch
    {
        null => "-",
        { Id: { } id } => $"{publisher.Name} [{id}]{(publisher.IsInferred ? " (from the URL)" : "")}",
        _ => publisher.Name + " (not in the registry)",
    };

    private static string Describe(CitationDate? date) => date switch
    {
        null => "-",
        { OriginalText: { } original } => $"{date.ToEdtf()} (written {original})",
        _ => date.ToEdtf(),
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
