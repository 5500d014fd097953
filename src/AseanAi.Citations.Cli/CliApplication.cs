using System.CommandLine;
using System.Reflection;
using AseanAi.Citations.Cli.Commands;

namespace AseanAi.Citations.Cli;

/// <summary>
/// Builds the <c>cite</c> command tree and runs it against the given output writers, so that tests run the CLI in
/// process exactly as the console does.
/// </summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "cite: parse CJK reference lists into typed citations, check their links, and write them in standard styles.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // One line per problem, then a pointer to help: scripts read the first line, people the second.
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync("cite: " + parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'cite --help' for usage.").ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    public static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";
}
