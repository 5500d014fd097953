using System.CommandLine;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>The verbs of <c>cite</c>. Each verb lives in its own file in this folder and is listed here once.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliEnvironment environment)
    {
        yield return ParseCommand.Create(environment);
        yield return ConvertCommand.Create(environment);
        yield return FormatCommand.Create(environment);
        yield return RenderCommand.Create(environment);
        yield return CheckCommand.Create(environment);
    }
}
