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
internal sealed class ConvertCommand
{
    private readonly Argument<string> _input = new("file")
    {
        Description = "The file to convert, or - for standard input.",
    };

    private readonly Option<string> _to = new("--to")
    {
        Description = "The format to write: csl-json, bibtex, biblatex or ris. Required here or as convert.to in the config file.",
        HelpName = "FORMAT",
    };

    private readonly Option<string> _from = new("--from")
    {
        Description = "The input's format: csl-json, bibtex, biblatex, ris, document (plain text, .md or .html with a references section) or references (one reference per non-blank line). Default: detected from the file's extension and content.",
        HelpName = "FORMAT",
    };

    private readonly Option<string> _encodingName = CommonOptions.Encoding();

    private readonly Option<string> _output = CommonOptions.Output("the converted citations");

    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Also list the input's fields that the model has no place for. Default: off (only their count is given).",
    };

    private readonly Option<bool> _keepSource = new("--keep-source")
    {
        Description = "Also write the library's bookkeeping: each reference as written (raw-text), where it stood (source-span) and publishers' registry ids (JSON in custom fields). Default: off, so that other tools get only their own fields.",
    };

    private readonly Option<bool> _unicodeKeys = new("--unicode-keys")
    {
        Description = "Make keys for citations without an id in their own script (外務省2025日ASEAN) rather than ASCII (mofa2025). Not for classic BibTeX, which needs ASCII keys. Default: off.",
    };

    private readonly Option<string> _config = CommonOptions.Config();

    // Options are built per command tree, never shared: System.CommandLine symbols are mutable and keep their parents.
    private ConvertCommand()
    {
    }

    public static Command Create(CliEnvironment environment) => new ConvertCommand().Build(environment);

    private Command Build(CliEnvironment environment)
    {
        var command = new Command("convert", "Convert citations between CSL-JSON, BibLaTeX, BibTeX and RIS, or from a reference list to them; CJK text, names and dates are kept.")
        {
            _input, _to, _from, _output, _encodingName, _verbose, _keepSource, _unicodeKeys, _config,
        };
        _to.AcceptOnlyFromAmong([.. CitationInterchange.Names]);
        _from.AcceptOnlyFromAmong([.. CitationInput.FormNames]);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, environment, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(_input)!;
        if (await ConfigSupport.LoadAsync(parse, _config, error).ConfigureAwait(false) is not { } config)
        {
            return ExitCodes.ConfigurationError;
        }

        var section = config.File.Convert;
        Encoding? encoding;
        string? toName;
        string? from;
        try
        {
            encoding = ConfigSupport.Encoding(parse, _encodingName, config, "convert", section?.Encoding);
            toName = parse.IsGiven(_to) ? parse.GetValue(_to) : ConfigSupport.Choice(config, "convert", "to", section?.To, CitationInterchange.Names);
            from = parse.IsGiven(_from) ? parse.GetValue(_from) : ConfigSupport.Choice(config, "convert", "from", section?.From, CitationInput.FormNames);
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

        var verbose = parse.IsGiven(_verbose) ? parse.GetValue(_verbose) : section?.Verbose ?? false;
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
        var options = new InterchangeWriteOptions
        {
            KeepSource = parse.IsGiven(_keepSource) ? parse.GetValue(_keepSource) : section?.KeepSource ?? false,
            UnicodeKeys = parse.IsGiven(_unicodeKeys) ? parse.GetValue(_unicodeKeys) : section?.UnicodeKeys ?? false,
        };
        var target = parse.GetValue(_output);
        try
        {
            if (target is null)
            {
                CitationInterchange.WriteTo(output, citations, to, options);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var file = new StreamWriter(target, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (file.ConfigureAwait(false))
                {
                    CitationInterchange.WriteTo(file, citations, to, options);
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
