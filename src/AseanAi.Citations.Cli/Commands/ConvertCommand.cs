using System.CommandLine;
using System.Globalization;
using System.Text;
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
        Description = "The format to write: csl-json, bibtex, biblatex or ris.",
        Required = true,
    };

    private static readonly Option<string> From = new("--from")
    {
        Description = "The input's format: csl-json, bibtex, biblatex, ris, document (plain text, .md or .html with a references section) or references (one reference per non-blank line). Detected when absent.",
    };

    private static readonly Option<string> EncodingName = new("--encoding")
    {
        Description = "The input encoding (utf-8, utf-16, shift_jis, euc-jp, big5, gb18030). Default: a byte-order mark, else UTF-8, else detected.",
    };

    private static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Write to FILE instead of standard output.",
    };

    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Also list the input's fields that the model has no place for.",
    };

    public static Command Create()
    {
        var command = new Command("convert", "Convert citations between CSL-JSON, BibLaTeX, BibTeX and RIS, or from a reference list to them; CJK text, names and dates are kept.")
        {
            Input, To, From, Output, EncodingName, Verbose,
        };
        To.AcceptOnlyFromAmong([.. CitationInterchange.Names]);
        From.AcceptOnlyFromAmong([.. CitationInput.FormNames]);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Input)!;
        if (!CitationInterchange.TryParseName(parse.GetValue(To), out var to))
        {
            await error.WriteLineAsync("cite: --to must be one of " + string.Join(", ", CitationInterchange.Names)).ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        Encoding? encoding = null;
        if (parse.GetValue(EncodingName) is { } name)
        {
            try
            {
                encoding = InputDecoder.Named(name);
            }
            catch (ArgumentException exception)
            {
                await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.ConfigurationError;
            }
        }

        string text;
        try
        {
            using var standardInput = path == "-" ? Console.OpenStandardInput() : Stream.Null;
            text = (await InputDecoder.ReadAsync(path, encoding, standardInput, cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync("cite: cannot read " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var result = await CitationInput.ReadAsync(path, text, parse.GetValue(From), cancellationToken).ConfigureAwait(false);

        var verbose = parse.GetValue(Verbose);
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
