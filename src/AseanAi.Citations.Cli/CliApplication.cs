using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using AseanAi.Citations.Cli.Commands;

namespace AseanAi.Citations.Cli;

/// <summary>
/// Builds the <c>cite</c> command tree and runs it against the given output writers and environment, so that tests run
/// the CLI in process exactly as the console does.
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "cite: parse CJK reference lists into typed citations, check their links, and write them in standard styles.");
        foreach (var command in CommandCatalog.Create(environment))
        {
            root.Subcommands.Add(command);
        }

        // One help layout for every verb: the standard sections, then the exit codes.
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: SynchronousCommandLineAction standard } help)
            {
                if (standard is HelpAction helpAction)
                {
                    // A redirected help (a pipe, a test) is laid out for 120 columns, whatever the host's window says.
                    helpAction.MaxWidth = environment.IsOutputRedirected ? 120 : TerminalWidth();
                }

                help.Action = new CommonOptions.HelpWithExitCodes(standard);
            }
            else if (option is VersionOption version)
            {
                // cite's own version, also when the entry assembly is another (a test host).
                version.Action = new CommonOptions.PrintVersion(Version);
            }
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command with the console's environment.</summary>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, CliEnvironment.FromConsole(), cancellationToken);

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        var root = CreateRootCommand(environment);
        if (args.Length == 0)
        {
            // No verb is a usage error: the help goes to standard error, so that nothing lands in a pipe.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = error });
            return ExitCodes.ConfigurationError;
        }

        var parseResult = root.Parse(args);
        if (FirstError(parseResult, args) is { } message)
        {
            // One line: scripts and people read the same first line; the command's help is named in it.
            var command = parseResult.CommandResult.Command is RootCommand ? "cite" : "cite " + parseResult.CommandResult.Command.Name;
            await error.WriteLineAsync($"cite: {message} (see '{command} --help')").ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Commands report the failures they expect; anything else (a closed pipe, a full disk) is still one line,
            // not a stack trace, and the runtime-error exit code.
            await WriteSafelyAsync(error, $"cite: {exception.Message.ReplaceLineEndings(" ")} ({exception.GetType().Name})").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
    }

    private static async Task WriteSafelyAsync(TextWriter error, string line)
    {
        try
        {
            await error.WriteLineAsync(line).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Standard error itself is gone; the exit code still tells.
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 120;
        }
    }

    public static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    /// <summary>
    /// The first parse error, on one line; also an unknown option that System.CommandLine would take as a file name
    /// (a token starting with '-' given to a verb's file arguments before any <c>--</c>).
    /// </summary>
    private static string? FirstError(System.CommandLine.ParseResult parseResult, string[] args)
    {
        if (parseResult.Action is { ClearsParseErrors: true })
        {
            // --help and --version work whatever else is on the line.
            return null;
        }

        if (parseResult.UnmatchedTokens.Count > 0)
        {
            // Named before "required command was not provided", which is only its consequence.
            var token = parseResult.UnmatchedTokens[0];
            return token.StartsWith('-') ? $"unknown option '{token}'"
                : parseResult.CommandResult.Command is RootCommand root ? $"unknown verb '{token}' (use {string.Join(", ", root.Subcommands.Select(c => c.Name))})"
                : $"unexpected argument '{token}'";
        }

        if (parseResult.Errors.Count > 0)
        {
            var parseError = parseResult.Errors[0];
            var text = OneLine(parseError.Message);
            var option = parseError.SymbolResult switch
            {
                OptionResult result => result.Option,
                ArgumentResult { Parent: OptionResult result } => result.Option,
                _ => null,
            };
            return option is null || text.Contains(option.Name, StringComparison.Ordinal) ? text : option.Name + ": " + text;
        }

        var doubleDash = Array.IndexOf(args, "--");
        var literal = doubleDash < 0 ? [] : args[(doubleDash + 1)..].ToHashSet(StringComparer.Ordinal);
        foreach (var argument in parseResult.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !literal.Contains(token.Value))
                {
                    return $"unknown option '{token.Value}' (a file whose name starts with '-' goes after '--')";
                }
            }
        }

        return null;
    }

    /// <summary>System.CommandLine lists choices on separate lines; they are joined into one.</summary>
    private static string OneLine(string message)
    {
        message = message
            .Replace("as expected type 'System.Int32'", "as a whole number", StringComparison.Ordinal)
            .Replace("as expected type 'System.Double'", "as a number", StringComparison.Ordinal);
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines[1..]);
    }
}
