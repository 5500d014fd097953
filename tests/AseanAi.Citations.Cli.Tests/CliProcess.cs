using System.Diagnostics;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// Runs the built <c>cite</c> as a child process (<c>dotnet cite.dll</c>) with redirected streams, a working directory
/// and environment variables of the test's choosing: what a pipeline sees.
/// </summary>
internal static class CliProcess
{
    /// <summary>Variables the test host may carry (in CI) that change what <c>cite</c> writes; removed unless the test sets them.</summary>
    private static readonly string[] Cleared = ["GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "TERM"];

    /// <summary>
    /// The CLI project's own build output (same configuration as the tests): its deps.json and runtimeconfig.json
    /// describe the tool as it ships, while the copy in the test folder leans on the test's ASP.NET Core framework.
    /// </summary>
    private static readonly Lazy<string> CiteDll = new(() =>
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", "AseanAi.Citations.Cli", "bin", configuration, framework, "cite.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/AseanAi.Citations.Cli first.", path);
    });

    /// <summary>The folder that holds AseanAi.Citations.sln, above the test's output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "AseanAi.Citations.sln")))
            {
                root = root.Parent;
            }

            return root?.FullName ?? throw new DirectoryNotFoundException("AseanAi.Citations.sln is not above " + AppContext.BaseDirectory);
        }
    }

    public static Task<CliRunner.Run> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args) =>
        RunAsync(workingDirectory, variables, standardInput: [], args);

    /// <summary>Runs <c>cite</c> with <paramref name="standardInput"/> written to its standard input, which is then closed.</summary>
    public static async Task<CliRunner.Run> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, byte[] standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(CiteDll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in Cleared)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(standardInput, timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRunner.Run(process.ExitCode, await output, await error);
    }
}
