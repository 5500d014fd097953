using System.CommandLine;
using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite format FILE... --style NAME|PATH.csl</c>: renders the bibliography of CSL-JSON files with a built-in or a
/// CSL 1.0.2 style file, one entry per line.
/// </summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "CSL-JSON files (an array of items, or one item).",
            Arity = ArgumentArity.OneOrMore,
        };
        var style = new Option<string>("--style")
        {
            Description = "A built-in style (" + string.Join(", ", CslStyle.BuiltInNames) + ") or the path of a .csl file.",
            Required = true,
        };
        var locale = new Option<string?>("--locale") { Description = "The locale to render in, such as ja-JP (default: the style's)." };
        var locales = new Option<string?>("--locales") { Description = "A directory of locales-xx-XX.xml files, used over the built-in locales." };
        var format = new Option<string>("--format") { Description = "text, html or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html", "markdown");
        var bilingual = new Option<string>("--bilingual") { Description = "How titles with a translation are shown: original, both or translation.", DefaultValueFactory = _ => "original" };
        bilingual.AcceptOnlyFromAmong("original", "both", "translation");

        var command = new Command("format", "Render the bibliography of CSL-JSON files in a citation style, one entry per line.")
        {
            files, style, locale, locales, format, bilingual,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var styleResult = LoadStyle(parse.GetValue(style)!);
            if (!styleResult.Success)
            {
                foreach (var diagnostic in styleResult.Diagnostics)
                {
                    await error.WriteLineAsync("cite: style: " + diagnostic).ConfigureAwait(false);
                }

                return ExitCodes.InputError;
            }

            var localeSet = CslLocales.BuiltIn;
            if (parse.GetValue(locales) is { } localeDirectory)
            {
                if (!Directory.Exists(localeDirectory))
                {
                    await error.WriteLineAsync($"cite: the locale directory '{localeDirectory}' does not exist.").ConfigureAwait(false);
                    return ExitCodes.ConfigurationError;
                }

                var loaded = CslLocales.FromDirectory(localeDirectory);
                foreach (var diagnostic in loaded.Diagnostics)
                {
                    await error.WriteLineAsync("cite: locales: " + diagnostic).ConfigureAwait(false);
                }

                localeSet = loaded.Value ?? localeSet;
            }

            var items = new List<CslItem>();
            foreach (var file in parse.GetValue(files)!)
            {
                string json;
                try
                {
                    json = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"cite: {file}: {exception.Message}").ConfigureAwait(false);
                    return ExitCodes.InputError;
                }

                var read = CslJson.ReadItems(json);
                foreach (var diagnostic in read.Diagnostics)
                {
                    await error.WriteLineAsync($"cite: {file}:{diagnostic}").ConfigureAwait(false);
                }

                if (!read.Success)
                {
                    return ExitCodes.InputError;
                }

                items.AddRange(read.Value!);
            }

            var options = CslProcessorOptions.Default with
            {
                Locale = parse.GetValue(locale),
                Locales = localeSet,
                Bilingual = parse.GetValue(bilingual) switch
                {
                    "both" => CslBilingualTitles.Both,
                    "translation" => CslBilingualTitles.Translation,
                    _ => CslBilingualTitles.Original,
                },
            };
            var outputFormat = parse.GetValue(format) switch
            {
                "html" => CslOutputFormat.Html,
                "markdown" => CslOutputFormat.Markdown,
                _ => CslOutputFormat.Text,
            };
            var processor = new CslProcessor(styleResult.Value!, options);
            foreach (var entry in processor.FormatBibliography(items, outputFormat))
            {
                // One entry per line, whatever line breaks a field carried.
                await output.WriteLineAsync(entry.ReplaceLineEndings(" ")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ParseResult<CslStyle> LoadStyle(string nameOrPath)
    {
        if (CslStyle.BuiltInNames.Contains(nameOrPath.Trim().ToLowerInvariant()))
        {
            return ParseResult.FromValue(CslStyle.BuiltIn(nameOrPath));
        }

        if (!File.Exists(nameOrPath))
        {
            return ParseResult.Failure<CslStyle>(
            [
                new Diagnostic(DiagnosticSeverity.Error, "CLI001", $"'{nameOrPath}' is neither a built-in style ({string.Join(", ", CslStyle.BuiltInNames)}) nor a file."),
            ]);
        }

        return CslStyle.Load(nameOrPath);
    }
}
