using System.Collections.Immutable;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Markdig;

/// <summary>
/// The entries citations may refer to, read from CSL-JSON (<c>.json</c>), BibLaTeX or BibTeX (<c>.bib</c>), RIS
/// (<c>.ris</c>), Pandoc's YAML <c>references:</c> (<c>.yaml</c>, <c>.yml</c>), or a plain reference list (any other file:
/// one reference per non-blank line, read by the <see cref="ReferenceParser"/>, keys made from the first author and the
/// year, such as <c>mofa2025</c>). Immutable and thread-safe.
/// </summary>
public sealed class CitationBibliography
{
    private CitationBibliography(ImmutableArray<CslItem> items)
    {
        Items = items;
    }

    /// <summary>An empty bibliography.</summary>
    public static CitationBibliography Empty { get; } = new([]);

    /// <summary>The entries, in the order read; ids are unique (a later entry with an earlier id is left out).</summary>
    public ImmutableArray<CslItem> Items { get; }

    /// <summary>Makes a bibliography of items already read.</summary>
    /// <param name="items">The items; a later item with an earlier id is left out.</param>
    /// <returns>The bibliography.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static CitationBibliography FromItems(IEnumerable<CslItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new([.. items.Where(i => seen.Add(i.Id))]);
    }

    /// <summary>Reads a bibliography file, its format chosen by its extension (see the type's remarks).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The bibliography with the reader's diagnostics; a missing or unreadable file is an error and gives no value. Never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ParseResult<CitationBibliography> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ParseResult.Failure<CitationBibliography>([new Diagnostic(DiagnosticSeverity.Error, "bibliography.unreadable", $"The bibliography '{path}' cannot be read: {exception.Message}")]);
        }

        return Read(text, Path.GetFileName(path));
    }

    /// <summary>Reads bibliography text, its format chosen by <paramref name="fileName"/>'s extension, else detected from the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fileName">A file name whose extension names the format (<c>refs.bib</c>), or <see langword="null"/> to detect it.</param>
    /// <returns>The bibliography with the reader's diagnostics. Never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<CitationBibliography> Read(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        InterchangeFormat? format = extension switch
        {
            ".JSON" => InterchangeFormat.CslJson,
            ".BIB" => InterchangeFormat.BibLaTeX,
            ".BIBTEX" => InterchangeFormat.BibTeX,
            ".RIS" => InterchangeFormat.Ris,
            ".YAML" or ".YML" => null,
            _ => CitationInterchange.Detect(text),
        };
        if (extension is ".YAML" or ".YML")
        {
            var yaml = FrontMatter.ReadReferencesYaml(text);
            return Wrap(yaml);
        }

        switch (format)
        {
            case InterchangeFormat.CslJson:
                return Wrap(CslItems.Read(text));
            case { } interchange:
                var read = CitationInterchange.Read(text, interchange);
                return read.Value is null
                    ? ParseResult.Failure<CitationBibliography>(read.Diagnostics)
                    : ParseResult.FromValue(FromItems(CslItems.FromCitations(read.Value)), read.Diagnostics);
            default:
                return ReadReferenceList(text);
        }
    }

    /// <summary>This bibliography followed by another's entries whose ids it does not have.</summary>
    /// <param name="other">The other bibliography.</param>
    /// <returns>The joined bibliography.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public CitationBibliography Concat(CitationBibliography other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Items.IsEmpty ? this : Items.IsEmpty ? other : FromItems(Items.Concat(other.Items));
    }

    private static ParseResult<CitationBibliography> Wrap(ParseResult<IReadOnlyList<CslItem>> read) =>
        read.Value is null
            ? ParseResult.Failure<CitationBibliography>(read.Diagnostics)
            : ParseResult.FromValue(FromItems(read.Value), read.Diagnostics);

    private static ParseResult<CitationBibliography> ReadReferenceList(string text)
    {
        var citations = new List<Citation>();
        var diagnostics = new List<Diagnostic>();
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();

            // A Markdown list's bullet is not part of the reference.
            if (line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
            {
                line = line[2..].TrimStart();
            }

            if (line.IsEmpty)
            {
                continue;
            }

            var parsed = ReferenceParser.Default.Parse(line.ToString());
            foreach (var diagnostic in parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                diagnostics.Add(new Diagnostic(diagnostic.Severity, diagnostic.Code, diagnostic.Message,
                    new SourceSpan(0, line.Length, lineNumber, (diagnostic.Span?.Column ?? 1))));
            }

            if (parsed.Value is { } citation)
            {
                citations.Add(citation);
            }
        }

        return ParseResult.FromValue(FromItems(CslItems.FromCitations(citations)), [.. diagnostics]);
    }
}
