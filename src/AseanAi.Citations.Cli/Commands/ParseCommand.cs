using System.CommandLine;
using System.Globalization;
using System.Text;
using AseanAi.Citations.Cli.Configuration;
using AseanAi.Citations.Cli.Input;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Web.Documents;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite parse FILE... [--format table|json|csl-json] [--one-per-line] [--explain] [--encoding NAME] [--config FILE]</c>: reads
/// documents (plain text, Markdown, HTML) or reference lists and prints their citations, then the links between body and
/// references; with --explain, which blocks were taken as reference lists and which list-like blocks were passed over, and why.
/// Exit codes: 0 parsed (diagnostics go to standard error), 1 a file is missing or cannot be decoded, 3 a bad option.
/// </summary>
internal sealed class ParseCommand
{
    private static readonly string[] Formats = ["table", "json", "csl-json"];
    private static readonly string[] Columns = ["#", "type", "date", "publisher", "title", "url"];

    private readonly Argument<string[]> _files = new("files")
    {
        Description = "Documents or reference lists to read (.txt, .md, .html), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output: table (for people), json (the library's citation JSON) or csl-json (CSL-JSON for Zotero, Pandoc, citeproc). Default: table.",
        HelpName = "FORMAT",
    };

    private readonly Option<bool> _onePerLine = new("--one-per-line")
    {
        Description = "Read each non-blank line as one reference; output one item per line, in order, with id = its line number. Default: off (read documents and their references sections).",
    };

    private readonly Option<bool> _explain = new("--explain")
    {
        Description = "Say, per document, which blocks were taken as reference lists and why (heading, footnotes, shape), and which list-like blocks were passed over and why (after the table; on standard error with --format json or csl-json). Default: off.",
    };

    private readonly Option<string> _encodingName = CommonOptions.Encoding();

    private readonly Option<string> _config = CommonOptions.Config();

    // Options are built per command tree, never shared: System.CommandLine symbols are mutable and keep their parents.
    private ParseCommand()
    {
    }

    public static Command Create(CliEnvironment environment) => new ParseCommand().Build(environment);

    private Command Build(CliEnvironment environment)
    {
        var command = new Command("parse", "Read reference lists and documents (plain text, Markdown, HTML) into typed citations, with the links between the text and its references.")
        {
            _files, _format, _onePerLine, _explain, _encodingName, _config,
        };
        _format.AcceptOnlyFromAmong(Formats);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, environment, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (await ConfigSupport.LoadAsync(parse, _config, error).ConfigureAwait(false) is not { } config)
        {
            return ExitCodes.ConfigurationError;
        }

        var section = config.File.Parse;
        Encoding? encoding;
        string format;
        try
        {
            encoding = ConfigSupport.Encoding(parse, _encodingName, config, "parse", section?.Encoding);
            format = parse.IsGiven(_format) ? parse.GetValue(_format)! : ConfigSupport.Choice(config, "parse", "format", section?.Format, Formats) ?? "table";
        }
        catch (ConfigFileException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        var onePerLine = parse.IsGiven(_onePerLine) ? parse.GetValue(_onePerLine) : section?.OnePerLine ?? false;
        var results = new List<FileResult>();
        foreach (var file in parse.GetValue(_files) ?? [])
        {
            InputText input;
            try
            {
                using var standardInput = file == "-" ? environment.OpenStandardInput() : Stream.Null;
                input = await InputDecoder.ReadAsync(file, encoding, standardInput, cancellationToken).ConfigureAwait(false);
            }
            catch (InputException exception)
            {
                await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            results.Add(onePerLine ? ReadLines(input) : await ReadDocumentAsync(input, cancellationToken).ConfigureAwait(false));
        }

        foreach (var result in results)
        {
            foreach (var (line, diagnostic) in result.Diagnostics)
            {
                _ = line;
                await error.WriteLineAsync(result.Name + ":" + diagnostic).ConfigureAwait(false);
            }
        }

        var citations = results.SelectMany(r => r.Citations).ToList();
        var explain = parse.GetValue(_explain);
        switch (format)
        {
            case "json":
                await output.WriteLineAsync(CitationJson.SerializeList(citations, indented: true)).ConfigureAwait(false);
                break;
            case "csl-json":
                await output.WriteLineAsync(CslJson.Write(citations, indented: true)).ConfigureAwait(false);
                break;
            default:
                foreach (var result in results)
                {
                    await output.WriteAsync(Table(result)).ConfigureAwait(false);
                }

                break;
        }

        if (explain)
        {
            var explanationOutput = format == "table" ? output : error;
            foreach (var result in results)
            {
                await explanationOutput.WriteAsync(Explanation(result)).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    private static FileResult ReadLines(InputText input)
    {
        var citations = new List<Citation>();
        var diagnostics = new List<(int, Diagnostic)>();
        var lines = new LineIndex(input.Text);
        for (var number = 1; number <= lines.LineCount; number++)
        {
            var span = lines.SpanOfLine(number);
            var text = input.Text.Substring(span.Offset, span.Length);
            if (!string.IsNullOrWhiteSpace(text))
            {
                var context = new ReferenceContext
                {
                    Id = number.ToString(CultureInfo.InvariantCulture),
                    Span = span,
                };
                var result = ReferenceParser.Default.Parse(text, context);
                citations.Add(result.Value!);
                diagnostics.AddRange(result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (number, d)));
            }
        }

        return new FileResult(input.Name, null, citations, diagnostics);
    }

    private static async Task<FileResult> ReadDocumentAsync(InputText input, CancellationToken cancellationToken)
    {
        var document = await DocumentInput.ReadAsync(input.Name, input.Text, cancellationToken).ConfigureAwait(false);
        var diagnostics = document.References
            .SelectMany(r => r.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (r.Number, d)))
            .ToList();
        return new FileResult(input.Name, document, [.. document.References.Select(r => r.Citation)], diagnostics);
    }

    // ---- The explanation ------------------------------------------------------------------------------------------

    private static string Explanation(FileResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Name).Append(": reference lists\n");
        if (result.Document is not { } document)
        {
            return text.Append("  read one reference per line (--one-per-line): no blocks were judged\n").ToString();
        }

        if (document.ListDecisions.IsEmpty)
        {
            return text.Append("  no reference heading, footnote or list-like block was found\n").ToString();
        }

        foreach (var decision in document.ListDecisions)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"  line {decision.Span.Line}");
            var under = decision.Heading is { } heading ? $" under \"{heading}\"" : " (no heading)";
            text.Append(at).Append(": ").Append(decision.Reason switch
            {
                ReferenceListReason.Heading => string.Create(CultureInfo.InvariantCulture,
                    $"taken, reference heading{under}: {decision.ReferencesTaken} references from {decision.Entries} entries (category labels, annotations and prose left out)"),
                ReferenceListReason.Footnotes => string.Create(CultureInfo.InvariantCulture,
                    $"taken, footnotes{under}: {decision.ReferencesTaken} footnote definitions"),
                ReferenceListReason.Shape => string.Create(CultureInfo.InvariantCulture,
                    $"taken by shape{under}: {decision.ReferenceShaped} of {decision.Entries} entries look like references (links, type codes, dates with title marks or number labels); {decision.ReferencesTaken} references"),
                ReferenceListReason.SourceRecord => string.Create(CultureInfo.InvariantCulture,
                    $"taken, described source{under}: {decision.ReferencesTaken} item(s) whose source field holds a link"),
                ReferenceListReason.TooFewEntries => string.Create(CultureInfo.InvariantCulture,
                    $"passed over{under}: no reference heading, and {decision.Entries} entry is too few to judge by shape"),
                _ => string.Create(CultureInfo.InvariantCulture,
                    $"passed over{under}: no reference heading, and only {decision.ReferenceShaped} of {decision.Entries} entries look like references"),
            }).Append('\n');
        }

        return text.ToString();
    }

    // ---- The table ------------------------------------------------------------------------------------------------

    private static string Table(FileResult result)
    {
        var builder = new StringBuilder();
        var document = result.Document;
        builder.Append(result.Name).Append(": ").Append(result.Citations.Count.ToString(CultureInfo.InvariantCulture)).Append(result.Citations.Count == 1 ? " reference" : " references");
        if (document is not null)
        {
            if (document.Language is { } language)
            {
                builder.Append(", ").Append(language);
            }

            if (document.Title is { } title)
            {
                builder.Append(" — ").Append(Fit(title, 60));
            }
        }

        builder.AppendLine();
        var rows = new List<string[]> { Columns.ToArray() };
        foreach (var citation in result.Citations)
        {
            rows.Add(
            [
                citation.Id ?? (rows.Count).ToString(CultureInfo.InvariantCulture),
                SourceTypeNames.ToName(citation.Type),
                citation.Issued?.ToEdtf() ?? "-",
                Fit(PublisherText(citation.Publisher), 40),
                Fit(citation.Title?.Text ?? "(no title)", 48),
                citation.Url?.OriginalString ?? "-",
            ]);
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                builder.Append(row[i]);
                if (i < row.Length - 1)
                {
                    builder.Append(' ', widths[i] - Width(row[i]) + 2);
                }
            }

            builder.AppendLine();
        }

        if (document is null)
        {
            return builder.AppendLine().ToString();
        }

        builder.AppendLine().AppendLine("Links between the text and its references:");
        if (document.Links.IsEmpty)
        {
            builder.AppendLine("  (none)");
        }

        foreach (var link in document.Links)
        {
            builder.Append("  line ").Append(link.Span.Line.ToString(CultureInfo.InvariantCulture)).Append(" → #")
                .Append(link.ReferenceNumber.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(EvidenceText(link.Evidence)).Append("): ")
                .AppendLine(Fit(link.Text.Trim(), 70));
        }

        builder.Append("References the text never mentions: ")
            .AppendLine(document.UnreferencedReferences.IsEmpty ? "none" : string.Join(", ", document.UnreferencedReferences.Select(r => "#" + r.Number.ToString(CultureInfo.InvariantCulture))));
        builder.Append("Publishers named in the text without a reference: ")
            .AppendLine(document.UnbackedMentions.IsEmpty ? "none" : string.Join(", ", document.UnbackedMentions.Select(m => m.Text.Trim() + " (" + m.PublisherId + ", line " + m.Span.Line.ToString(CultureInfo.InvariantCulture) + ")")));
        return builder.AppendLine().ToString();
    }

    private static string PublisherText(PublisherRef? publisher)
    {
        if (publisher is null)
        {
            return "-";
        }

        var text = publisher.ToString();
        if (publisher.Id is { } id && PublisherRegistry.Default.TryGetById(id, out var known))
        {
            var parts = new List<string>();
            if (!known.Abbreviations.IsDefaultOrEmpty)
            {
                parts.Add(known.Abbreviations[0]);
            }

            parts.Add(KindName(known.Kind));
            text += " (" + string.Join(", ", parts) + ")";
        }

        return publisher.IsInferred ? text + " [from URL]" : text;
    }

    private static string EvidenceText(LinkEvidence evidence) =>
        string.Join(", ", new[] { (LinkEvidence.Date, "date"), (LinkEvidence.Publisher, "publisher"), (LinkEvidence.Title, "title") }
            .Where(pair => evidence.HasFlag(pair.Item1)).Select(pair => pair.Item2));

    private static string KindName(PublisherKind kind) => Kebab(kind.ToString()).Replace('-', ' ');

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Terminal columns of a text: East Asian wide and full-width characters take two.</summary>
    private static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            width += value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
                or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD) ? 2 : 1;
        }

        return width;
    }

    private static string Fit(string text, int columns)
    {
        if (Width(text) <= columns)
        {
            return text;
        }

        var builder = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var runeWidth = Width(rune.ToString());
            if (width + runeWidth > columns - 1)
            {
                break;
            }

            builder.Append(rune.ToString());
            width += runeWidth;
        }

        return builder.Append('…').ToString();
    }

    private sealed record FileResult(string Name, CitedDocument? Document, List<Citation> Citations, List<(int Line, Diagnostic Diagnostic)> Diagnostics);
}
