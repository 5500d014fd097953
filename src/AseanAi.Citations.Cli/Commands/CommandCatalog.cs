using System.CommandLine;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>The verbs of <c>cite</c>. Each verb lives in its own file in this folder and is listed here once.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return ParseCommand.Create();
        yield return ConvertCommand.Create();
        yield return FormatCommand.Create();
        yield return CheckCommand.Create();
    }
}
