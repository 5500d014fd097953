using System.Collections.Immutable;
using System.Globalization;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Cli.Input;

/// <summary>
/// Reads citations from decoded input text in any form the CLI accepts: an interchange format (CSL-JSON, BibTeX,
/// BibLaTeX, RIS), a document with a references section (plain text, Markdown, HTML, by the file's extension), or a
/// reference list (one reference per non-blank line). Shared by <c>cite convert</c> and <c>cite format</c>.
/// </summary>
internal static class CitationInput
{
    /// <summary>The <c>--from</c> value for documents.</summary>
    public const string Document = "document";

    /// <summary>The <c>--from</c> value for reference lists.</summary>
    public const string References = "references";

    /// <summary>Every <c>--from</c> value.</summary>
    public static IEnumerable<string> FormNames => [.. CitationInterchange.Names, Document, References];

    /// <summary>
    /// Reads <paramref name="text"/> as <paramref name="from"/>, or, when it is null, as the interchange format it is
    /// detected as, else as a document, else (a document without a references section) as a reference list.
    /// </summary>
    public static async Task<ParseResult<IReadOnlyList<Citation>>> ReadAsync(string path, string text, string? from, CancellationToken cancellationToken)
    {
        if (from == References)
        {
            return ReadReferenceList(text);
        }

        if (from == Document || (from is null && CitationInterchange.Detect(text) is null))
        {
            var document = await DocumentInput.ReadAsync(path, text, cancellationToken).ConfigureAwait(false);
            if (from is null && document.References.IsEmpty)
            {
                // Lines the reader could not tell apart as references: one per line, but a reference heading is never an entry.
                return ReadReferenceList(text, DocumentInput.ReferenceHeadings(document));
            }

            var diagnostics = document.Diagnostics.AddRange(document.References.SelectMany(r => r.Diagnostics));
            // As in a list read one per line, entries are named by the line they start on, unless some entry names
            // itself ([1], [^note]): then line numbers could clash with those names, and unnamed entries get keys later.
            var selfNamed = document.References.Any(r => r.Citation.Id is not null);
            return ParseResult.FromValue<IReadOnlyList<Citation>>(
                [.. document.References.Select(r => !selfNamed && r.Citation.Span is { } span ? r.Citation with { Id = span.Line.ToString(CultureInfo.InvariantCulture) } : r.Citation)],
                diagnostics);
        }

        var format = from is not null && CitationInterchange.TryParseName(from, out var named) ? named : CitationInterchange.Detect(text)!.Value;
        return CitationInterchange.Read(text, format);
    }

    /// <summary>Reads one reference per non-blank line, with the line number as the id (as <c>cite parse --one-per-line</c> does).</summary>
    public static ParseResult<IReadOnlyList<Citation>> ReadReferenceList(string text) => ReadReferenceList(text, new HashSet<string>());

    /// <summary>As <see cref="ReadReferenceList(string)"/>, leaving out the lines that are one of <paramref name="headings"/> (with or without Markdown's #).</summary>
    private static ParseResult<IReadOnlyList<Citation>> ReadReferenceList(string text, IReadOnlySet<string> headings)
    {
        var parser = ReferenceParser.Default;
        var citations = new List<Citation>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var lines = new LineIndex(text);
        for (var lineNumber = 1; lineNumber <= lines.LineCount; lineNumber++)
        {
            var span = lines.SpanOfLine(lineNumber);
            // A byte-order mark is not part of the first reference.
            if (lineNumber == 1 && span.Length > 0 && text[0] == '\uFEFF')
            {
                span = new SourceSpan(1, span.Length - 1, 1, 1);
            }

            var line = text.Substring(span.Offset, span.Length);
            if (!string.IsNullOrWhiteSpace(line) && !headings.Contains(line.Trim().TrimStart('#').Trim()))
            {
                var id = lineNumber.ToString(CultureInfo.InvariantCulture);
                var parsed = parser.Parse(line, new ReferenceContext { Id = id, Span = span });
                diagnostics.AddRange(parsed.Diagnostics);
                if (parsed.Value is { } citation)
                {
                    citations.Add(citation);
                }
            }
        }

        return ParseResult.FromValue<IReadOnlyList<Citation>>(citations, diagnostics.ToImmutable());
    }
}
