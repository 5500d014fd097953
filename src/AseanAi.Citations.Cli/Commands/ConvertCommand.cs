using System.CommandLine;
using System.Globalization;
using System.Text;
using AseanAi.Citations.Cli.Configuration;
using AseanAi.Citations.Cli.Input;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite convert FILE --to csl-json|bibtex|biblatex|ris [--from csl-json|bibtex|biblatex|ris|document|references]</c>:
/// converts citations between interchange formats, and from documents (plain text, Markdown, HTML, with their reference
/// sections) and reference lists (one reference per non-blank line) to them. Exit codes: 0 converted; 1 the input could
/// not be read, or entries in it were skipped (they are listed on standard error, and the rest is still written); 3 a
/// bad option.
/// </summary>
internal static class ConvertCommand
{
    private static readonly Argument<string> Input = new("file")
    {
        Description = "The file to convert, or - for standard input.",
    };

    private static readonly Option<string> To = new("--to")
    {
        Description = "The format to write: csl-json, bibtex, biblatex or ris. Required here or as convert.to in the config file.",
        HelpName = "FORMAT",
    };

    private static readonly Option<string> From = new("--from")
    {
        Description = "The input's format: csl-json, bibtex, biblatex, ris, document (plain text, .md or .html with a references section) or references (one reference per non-blank line). Default: detected from the file's extension and content.",
        HelpName = "FORMAT",
    };

    private static readonly Option<string> EncodingName = CommonOptions.Encoding();

    private static readonly Option<string> Output = CommonOptions.Output("the converted citations");

    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Also list the input's fields that the model has no place for. Default: off (only their count is given).",
    };

    private static readonly Option<string> Config = CommonOptions.Config();

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("convert", "Convert citations between CSL-JSON, BibLaTeX, BibTeX and RIS, or from a reference list to them; CJK text, names and dates are kept.")
        {
            Input, To, From, Output, EncodingName, Verbose, Config,
        };
        To.AcceptOnlyFromAmong([.. CitationInterchange.Names]);
        From.AcceptOnlyFromAmong([.. CitationInput.FormNames]);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, environment, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Input)!;
        if (await ConfigSupport.LoadAsync(parse, Config, error).ConfigureAwait(false) is not { } config)
        {
            return ExitCodes.ConfigurationError;
        }

        var section = config.File.Convert;
        Encoding? encoding;
        string? toName;
        string? from;
        try
        {
            encoding = ConfigSupport.Encoding(parse, EncodingName, config, "convert", section?.Encoding);
            toName = parse.IsGiven(To) ? parse.GetValue(To) : ConfigSupport.Choice(config, "convert", "to", section?.To, CitationInterchange.Names);
            from = parse.IsGiven(From) ? parse.GetValue(From) : ConfigSupport.Choice(config, "convert", "from", section?.From, CitationInput.FormNames);
        }
        catch (ConfigFileException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        if (!CitationInterchange.TryParseName(toName, out var to))
        {
            await error.WriteLineAsync("cite: --to is required: give one of " + string.Join(", ", CitationInterchange.Names) + " (or convert.to in the config file).").ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        string text;
        try
        {
            using var standardInput = path == "-" ? environment.OpenStandardInput() : Stream.Null;
            text = (await InputDecoder.ReadAsync(path, encoding, standardInput, cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync("cite: cannot read " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var result = await CitationInput.ReadAsync(path, text, from, cancellationToken).ConfigureAwait(false);

        var verbose = parse.IsGiven(Verbose) ? parse.GetValue(Verbose) : section?.Verbose ?? false;
        var unlisted = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose)
            {
                unlisted++;
                continue;
            }

            await error.WriteLineAsync($"{Describe(path)}:{diagnostic}").ConfigureAwait(false);
        }

        if (unlisted > 0)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"cite: {unlisted} notes about fields the model has no place for; --verbose lists them.")).ConfigureAwait(false);
        }

        var citations = result.Value ?? [];
        var target = parse.GetValue(Output);
        try
        {
            if (target is null)
            {
                CitationInterchange.WriteTo(output, citations, to);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var file = new StreamWriter(target, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (file.ConfigureAwait(false))
                {
                    CitationInterchange.WriteTo(file, citations, to);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"cite: cannot write {target}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        return result.HasErrors ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static string Describe(string path) => path == "-" ? "<stdin>" : path;
}
