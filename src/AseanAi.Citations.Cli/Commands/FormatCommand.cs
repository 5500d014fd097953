using System.CommandLine;
using System.Text;
using AseanAi.Citations.Cli.Configuration;
using AseanAi.Citations.Cli.Input;
using AseanAi.Citations.Csl;
using CitationInterchange = AseanAi.Citations.Interchange.CitationInterchange;
using InterchangeFormat = AseanAi.Citations.Interchange.InterchangeFormat;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite format FILE... --style NAME|PATH.csl</c>: renders the bibliography of CSL-JSON files, other interchange
/// files (BibTeX, BibLaTeX, RIS), documents with a references section (plain text, Markdown, HTML) and reference lists
/// (one reference per line) with a built-in or a CSL 1.0.2 style file, one entry per line. CSL-JSON is read as it is
/// (every CSL type and <c>custom</c> key); everything else is read into the library's model by the parser and the
/// interchange readers and rendered through the model's CSL-JSON mapping. Exit codes: 0 rendered; 1 a file or the
/// style could not be read, or entries in a file were skipped (listed on standard error; the rest is still rendered);
/// 3 a bad option.
/// </summary>
internal static class FormatCommand
{
    private static readonly string[] OutputFormats = ["text", "html", "markdown"];
    private static readonly string[] BilingualModes = ["original", "both", "translation"];

    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "CSL-JSON, BibTeX, BibLaTeX or RIS files, documents with a references section (.txt, .md, .html) or reference lists (one per line); - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var style = new Option<string>("--style")
        {
            Description = "A built-in style (" + string.Join(", ", CslStyle.BuiltInNames) + ") or the path of a .csl file. Required here or as format.style in the config file.",
            HelpName = "NAME|FILE",
        };
        var locale = new Option<string?>("--locale") { Description = "The locale to render in, such as ja-JP. Default: the style's default locale, else en-US.", HelpName = "LOCALE" };
        var locales = new Option<string?>("--locales") { Description = "A folder of locales-xx-XX.xml files, used over the built-in locales. Default: the built-in locales only.", HelpName = "DIR" };
        var format = new Option<string>("--format", "-f") { Description = "Output: text, html or markdown. Default: text.", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong(OutputFormats);
        var bilingual = new Option<string>("--bilingual") { Description = "How titles with a translation are shown: original, both or translation. Default: original.", HelpName = "MODE" };
        bilingual.AcceptOnlyFromAmong(BilingualModes);
        var from = new Option<string?>("--from")
        {
            Description = "The input's format: csl-json, bibtex, biblatex, ris, document (plain text, .md or .html with a references section) or references (one reference per non-blank line). Default: detected from the file's extension and content.",
            HelpName = "FORMAT",
        };
        from.AcceptOnlyFromAmong([.. CitationInput.FormNames]);
        var encodingName = CommonOptions.Encoding();
        var config = CommonOptions.Config();

        var command = new Command("format", "Render the bibliography of reference files in a citation style, one entry per line.")
        {
            files, style, locale, locales, format, bilingual, from, encodingName, config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (await ConfigSupport.LoadAsync(parse, config, error).ConfigureAwait(false) is not { } loaded)
            {
                return ExitCodes.ConfigurationError;
            }

            var section = loaded.File.Format;
            Encoding? encoding;
            string? styleName;
            string? localeDirectory;
            string outputName;
            string bilingualName;
            string? fromName;
            try
            {
                encoding = ConfigSupport.Encoding(parse, encodingName, loaded, "format", section?.Encoding);
                styleName = parse.IsGiven(style) ? parse.GetValue(style)
                    : section?.Style is { } configured && !CslStyle.IsBuiltIn(configured) ? loaded.ResolvePath(configured)
                    : section?.Style;
                localeDirectory = parse.IsGiven(locales) ? parse.GetValue(locales) : section?.Locales is { } folder ? loaded.ResolvePath(folder) : null;
                outputName = parse.IsGiven(format) ? parse.GetValue(format)! : ConfigSupport.Choice(loaded, "format", "format", section?.Format, OutputFormats) ?? "text";
                bilingualName = parse.IsGiven(bilingual) ? parse.GetValue(bilingual)! : ConfigSupport.Choice(loaded, "format", "bilingual", section?.Bilingual, BilingualModes) ?? "original";
                fromName = parse.IsGiven(from) ? parse.GetValue(from) : ConfigSupport.Choice(loaded, "format", "from", section?.From, CitationInput.FormNames);
            }
            catch (ConfigFileException exception)
            {
                await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.ConfigurationError;
            }

            if (string.IsNullOrWhiteSpace(styleName))
            {
                await error.WriteLineAsync("cite: --style is required: give a built-in style (" + string.Join(", ", CslStyle.BuiltInNames) + ") or a .csl file (or format.style in the config file).").ConfigureAwait(false);
                return ExitCodes.ConfigurationError;
            }

            var styleResult = LoadStyle(styleName);
            if (!styleResult.Success)
            {
                // One line: the first problem; a broken style file usually has one cause.
                await error.WriteLineAsync("cite: style: " + (styleResult.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? styleResult.Diagnostics[0])).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var localeSet = CslLocales.BuiltIn;
            if (localeDirectory is not null)
            {
                if (!Directory.Exists(localeDirectory))
                {
                    await error.WriteLineAsync($"cite: --locales: the folder '{localeDirectory}' does not exist.").ConfigureAwait(false);
                    return ExitCodes.ConfigurationError;
                }

                var localesRead = CslLocales.FromDirectory(localeDirectory);
                foreach (var diagnostic in localesRead.Diagnostics)
                {
                    await error.WriteLineAsync("cite: locales: " + diagnostic).ConfigureAwait(false);
                }

                localeSet = localesRead.Value ?? localeSet;
            }

            var items = new List<CslItem>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var skipped = false;
            foreach (var file in parse.GetValue(files)!)
            {
                string text;
                try
                {
                    using var standardInput = file == "-" ? environment.OpenStandardInput() : Stream.Null;
                    text = (await InputDecoder.ReadAsync(file, encoding, standardInput, cancellationToken).ConfigureAwait(false)).Text;
                }
                catch (InputException exception)
                {
                    await error.WriteLineAsync("cite: cannot read " + exception.Message).ConfigureAwait(false);
                    return ExitCodes.InputError;
                }

                var (read, diagnostics, failed) = await ReadItemsAsync(file, text, fromName, cancellationToken).ConfigureAwait(false);
                foreach (var diagnostic in diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
                {
                    await error.WriteLineAsync($"cite: {file}:{diagnostic}").ConfigureAwait(false);
                }

                if (failed)
                {
                    return ExitCodes.InputError;
                }

                skipped |= diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
                foreach (var item in read)
                {
                    // Files are read one by one, so ids (a reference list's line numbers) can repeat across them.
                    if (ids.Add(item.Id))
                    {
                        items.Add(item);
                    }
                    else
                    {
                        skipped = true;
                        await error.WriteLineAsync($"cite: {file}: item '{item.Id}' has the id of an earlier item; it is skipped (give it another id).").ConfigureAwait(false);
                    }
                }
            }

            var options = CslProcessorOptions.Default with
            {
                Locale = parse.IsGiven(locale) ? parse.GetValue(locale) : section?.Locale,
                Locales = localeSet,
                // A long bibliography is rendered on every core; the entries and their order are the same.
                MaxDegreeOfParallelism = -1,
                Bilingual = bilingualName switch
                {
                    "both" => CslBilingualTitles.Both,
                    "translation" => CslBilingualTitles.Translation,
                    _ => CslBilingualTitles.Original,
                },
            };
            var outputFormat = outputName switch
            {
                "html" => CslOutputFormat.Html,
                "markdown" => CslOutputFormat.Markdown,
                _ => CslOutputFormat.Text,
            };
            var processor = new CslProcessor(styleResult.Value!, options);
            var entries = processor.EnumerateBibliography(items, outputFormat);
            var html = outputFormat == CslOutputFormat.Html;
            await WriteEntriesAsync(html ? CslHtml.Bibliography(entries) : entries, output, keepLineBreaks: html).ConfigureAwait(false);

            return skipped ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes each entry as it is rendered, one per line whatever line breaks a field carried (HTML keeps the line
    /// breaks citeproc-js writes around its blocks), in blocks of about 32 KB: the bibliography is never held whole,
    /// and standard output is not flushed once per entry.
    /// </summary>
    private static async Task WriteEntriesAsync(IEnumerable<string> entries, TextWriter output, bool keepLineBreaks)
    {
        const int BlockSize = 32 * 1024;
        var block = new StringBuilder(BlockSize + 1024);
        foreach (var entry in entries)
        {
            block.Append(entry.ReplaceLineEndings(keepLineBreaks ? output.NewLine : " ")).Append(output.NewLine);
            if (block.Length >= BlockSize)
            {
                await output.WriteAsync(block).ConfigureAwait(false);
                block.Clear();
            }
        }

        if (block.Length > 0)
        {
            await output.WriteAsync(block).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// CSL-JSON as it is; anything else through the parser or the interchange readers, then the model's CSL-JSON mapping.
    /// Ids of citations from reference lists and documents are prefixed with the file's name, so that two lists can be
    /// rendered together.
    /// </summary>
    private static async Task<(IReadOnlyList<CslItem> Items, IReadOnlyList<Diagnostic> Diagnostics, bool Failed)> ReadItemsAsync(
        string file, string text, string? from, CancellationToken cancellationToken)
    {
        var json = Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (from == "csl-json" || (from is null && (json || CitationInterchange.Detect(text) == InterchangeFormat.CslJson)))
        {
            var read = CslItems.Read(text);
            return (read.Value ?? [], read.Diagnostics, !read.Success);
        }

        var citations = await CitationInput.ReadAsync(file, text, from, cancellationToken).ConfigureAwait(false);
        var list = citations.Value ?? [];
        var listed = from is CitationInput.References or CitationInput.Document || (from is null && CitationInterchange.Detect(text) is null);
        if (listed)
        {
            var prefix = Path.GetFileNameWithoutExtension(file) + ":";
            list = [.. list.Select(c => c.Id is null ? c : c with { Id = prefix + c.Id })];
        }

        return (CslItems.FromCitations(list), citations.Diagnostics, citations.Value is null);
    }

    private static ParseResult<CslStyle> LoadStyle(string nameOrPath)
    {
        if (CslStyle.IsBuiltIn(nameOrPath))
        {
            return ParseResult.FromValue(CslStyle.BuiltIn(nameOrPath));
        }

        if (!File.Exists(nameOrPath))
        {
            return ParseResult.Failure<CslStyle>(
            [
                new Diagnostic(DiagnosticSeverity.Error, CliDiagnosticCodes.UnknownStyle, $"'{nameOrPath}' is neither a built-in style ({string.Join(", ", CslStyle.BuiltInNames)}) nor a file."),
            ]);
        }

        return CslStyle.Load(nameOrPath);
    }
}
