using System.Diagnostics;
using System.Text;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The real tools the interoperation tests run: Pandoc (Debian package <c>pandoc</c>) and the npm package
/// <c>citation-js</c>, which <c>.ci/run</c> installs into <c>artifacts/interop</c> (git-ignored; another folder can be
/// named with CITATION_JS_DIR). Tests that need a missing tool are skipped with a message saying how to install it.
/// </summary>
internal static class ExternalTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<string?> PandocVersion = new(() =>
    {
        try
        {
            var run = Run("pandoc", ["--version"], null);
            return run.ExitCode == 0 ? run.Output.Split('\n')[0] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    });

    private static readonly Lazy<string?> CitationJs = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable("CITATION_JS_DIR")
            ?? Path.Combine(RepositoryPaths.Root, "artifacts", "interop", "node_modules", "citation-js");
        if (!File.Exists(Path.Combine(folder, "package.json")))
        {
            return null;
        }

        try
        {
            return Run("node", ["--version"], null).ExitCode == 0 ? folder : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    });

    public static bool HasPandoc => PandocVersion.Value is not null;

    public static string? CitationJsFolder => CitationJs.Value;

    public sealed record ToolRun(int ExitCode, string Output, string Error);

    public static ToolRun Run(string program, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>A fact that runs when Pandoc is installed, and says how to install it when it is not.</summary>
public sealed class PandocFactAttribute : FactAttribute
{
    public PandocFactAttribute()
    {
        if (!ExternalTools.HasPandoc)
        {
            Skip = "Pandoc is not installed (apt-get install pandoc; .ci/run installs it when the Debian mirror answers).";
        }
    }
}

/// <summary>A fact that runs when Node.js and the npm package citation-js are installed, and says how to install them when not.</summary>
public sealed class CitationJsFactAttribute : FactAttribute
{
    public CitationJsFactAttribute()
    {
        if (ExternalTools.CitationJsFolder is null)
        {
            Skip = "citation-js is not installed (npm install --prefix artifacts/interop citation-js@0.7.22, as .ci/run does; or set CITATION_JS_DIR).";
        }
    }
}
