namespace AseanAi.Citations.Cli.Tests;

/// <summary>Runs <c>cite</c> in process, capturing what it writes to standard output and standard error.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var exitCode = await CliApplication.RunAsync(args, output, error, timeout.Token);
        return new Run(exitCode, output.ToString(), error.ToString());
    }
}
