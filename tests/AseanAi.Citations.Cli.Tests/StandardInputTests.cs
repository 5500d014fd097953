using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Cli.Input;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// <c>cite parse -</c> reads standard input. The command opens the process's own standard input, so these tests run the
/// built <c>cite</c> as a child process and write the input bytes into its redirected standard input, as a pipeline
/// (<c>cat refs.txt | cite parse -</c>) does.
/// </summary>
public sealed class StandardInputTests
{
    private const string Mofa = "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf";
    private const string Nikkei = "「日本とASEAN、AI協力で合意」『日本経済新聞』2025年10月27日朝刊、5面。";

    private static readonly string Root = FindRoot();

    [Fact]
    public async Task ParseStdin_OnePerLineJson_ReadsEachLineWithItsLineNumber()
    {
        var input = Encoding.UTF8.GetBytes(Mofa + "\n\n" + Nikkei + "\n");

        var run = await RunWithStandardInputAsync(input, "parse", "-", "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Select(c => c.Id).Should().Equal("1", "3");
        citations[0].Publisher!.Id.Should().Be("jp.mofa");
        citations[0].Title!.Text.Should().Be("日ASEAN・AI共創イニシアティブ");
        citations[0].Issued!.OriginalText.Should().Be("令和7年10月26日");
        citations[0].Url!.OriginalString.Should().Be("https://www.mofa.go.jp/mofaj/files/100927259.pdf");
        citations[1].ContainerTitle!.Text.Should().Be("日本経済新聞");
        citations[1].Issued!.OriginalText.Should().Be("2025年10月27日");
    }

    [Fact]
    public async Task ParseStdin_Seed_ReadsTheWholeDocument()
    {
        var input = await File.ReadAllBytesAsync(Path.Combine(Root, "seeds", "000_ac0a5415ceaa11bb.txt"));

        var run = await RunWithStandardInputAsync(input, "parse", "-");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().StartWith("<stdin>: 12 references").And.Contain("外務省 (MOFA, government ministry)").And.Contain("2025-10-26");
    }

    [Fact]
    public async Task ParseStdin_ShiftJisWithEncodingOption_DecodesTheBytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var input = Encoding.GetEncoding("shift_jis").GetBytes(Mofa + "\r\n");

        var run = await RunWithStandardInputAsync(input, "parse", "-", "--one-per-line", "--encoding", "shift_jis", "--format", "csl-json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var item = json.RootElement.EnumerateArray().Single();
        item.GetProperty("id").GetString().Should().Be("1");
        item.GetProperty("title").GetString().Should().Be("日ASEAN・AI共創イニシアティブ");
        item.GetProperty("author")[0].GetProperty("literal").GetString().Should().Be("外務省");
    }

    [Fact]
    public async Task ParseStdin_Utf16WithBom_IsDetected()
    {
        var input = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Nikkei + "\n")).ToArray();

        var run = await RunWithStandardInputAsync(input, "parse", "-", "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var citation = CitationJson.DeserializeList(run.Output).Single();
        citation.Title!.Text.Should().Be("日本とASEAN、AI協力で合意");
        citation.ContainerTitle!.Text.Should().Be("日本経済新聞");
    }

    [Fact]
    public async Task ParseStdin_Empty_SucceedsWithNoItems()
    {
        var run = await RunWithStandardInputAsync([], "parse", "-", "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        CitationJson.DeserializeList(run.Output).Should().BeEmpty();
    }

    /// <summary>Runs the built <c>cite</c> (<c>dotnet cite.dll</c>), writes <paramref name="input"/> to its standard input and closes it.</summary>
    private static async Task<CliRunner.Run> RunWithStandardInputAsync(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CiteDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Variables of the test host's CI that would change what cite writes.
        foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "TERM" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.BaseStream.WriteAsync(input, timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            return new CliRunner.Run(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>
    /// The CLI project's own build output in the tests' configuration: its runtimeconfig.json describes the tool as it
    /// ships, where the copy beside the tests leans on the test host's frameworks.
    /// </summary>
    private static string CiteDll()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(Root, "src", "AseanAi.Citations.Cli", "bin", testFolder.Parent!.Name, testFolder.Name, "cite.dll");
        File.Exists(path).Should().BeTrue($"the CLI is built before its tests ({path})");
        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
