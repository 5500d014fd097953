using System.Text.Json;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>Progress only on a terminal; NO_COLOR and redirected streams give plain text; machine formats stay parseable.</summary>
public sealed class TerminalOutputTests : IClassFixture<LinkServer>
{
    private const int Bound = 60_000;
    private const string Escape = "\u001b";

    private readonly LinkServer _server;

    public TerminalOutputTests(LinkServer server) => _server = server;

    [Fact(Timeout = Bound)]
    public async Task RedirectedChildProcess_WritesNoEscapesAndStandardOutputIsJson()
    {
        var file = _server.Document("redirected.md", "/ok/1", "/missing", "/ok/2");

        var run = await CliProcess.RunAsync(_server.Folder, null, "check", file, "--format", "json", "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks, run.Error);
        run.Output.Should().NotContain(Escape);
        run.Error.Should().NotContain(Escape).And.BeEmpty("no progress is drawn when standard error is not a terminal");
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("summary").GetProperty("broken").GetInt32().Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task RedirectedChildProcess_ConsoleReportIsPlainText()
    {
        var file = _server.Document("plain.md", "/missing");

        var run = await CliProcess.RunAsync(_server.Folder, null, "check", file, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks, run.Error);
        run.Output.Should().Contain("[broken]").And.NotContain(Escape);
        run.Error.Should().BeEmpty();
    }

    [Fact(Timeout = Bound)]
    public async Task TerminalStandardError_ShowsProgressThereAndKeepsJsonOnStandardOutputClean()
    {
        var file = _server.Document("terminal.md", "/ok/1", "/ok/2", "/missing");
        var environment = CliRunner.Environment(errorIsTerminal: true);

        var run = await CliRunner.RunAsync(environment, "check", file, "--format", "json", "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        run.Error.Should().Contain("checked 1 links").And.Contain(Escape + "[2K", "the progress line is redrawn in place");
        run.Output.Should().NotContain("checked").And.NotContain(Escape);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("results").GetArrayLength().Should().Be(3);
    }

    [Theory(Timeout = Bound)]
    [InlineData("NO_COLOR", "1")]
    [InlineData("NO_COLOR", "true")]
    [InlineData("TERM", "dumb")]
    public async Task NoColor_OnATerminal_ProgressAndReportHaveNoEscapes(string variable, string value)
    {
        var file = _server.Document($"nocolor-{variable}-{value}.md", "/ok/1", "/missing");
        var environment = CliRunner.Environment(new Dictionary<string, string> { [variable] = value }, outputIsTerminal: true, errorIsTerminal: true);

        var run = await CliRunner.RunAsync(environment, "check", file, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        run.Error.Should().Contain("checked 1 links").And.NotContain(Escape);
        run.Output.Should().Contain("[broken]").And.NotContain(Escape);
    }

    [Fact(Timeout = Bound)]
    public async Task EmptyNoColor_IsIgnored_AndATerminalGetsColouredLabels()
    {
        var file = _server.Document("colour.md", "/missing");
        var environment = CliRunner.Environment(new Dictionary<string, string> { ["NO_COLOR"] = string.Empty }, outputIsTerminal: true);

        var run = await CliRunner.RunAsync(environment, "check", file, "--no-cache");

        run.Output.Should().Contain(Escape + "[31m[broken]" + Escape + "[0m");
        run.Error.Should().BeEmpty("standard error is redirected here");
    }

    [Fact(Timeout = Bound)]
    public async Task ReportToFile_IsPlainEvenOnATerminal()
    {
        var file = _server.Document("tofile.md", "/missing");
        var report = Path.Combine(_server.Folder, "report.txt");
        var environment = CliRunner.Environment(outputIsTerminal: true);

        var run = await CliRunner.RunAsync(environment, "check", file, "--no-cache", "--output", report);

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        File.ReadAllText(report).Should().Contain("[broken]").And.NotContain(Escape);
    }

    [Fact(Timeout = Bound)]
    public async Task ErrorDuringTheRun_OnATerminal_ErasesTheProgressLineFirst()
    {
        var good = _server.Document("a-good.md", "/ok/1");
        var bad = Path.Combine(_server.Folder, "b-bad.txt");
        File.WriteAllBytes(bad, [0x82, 0xA0, 0xFF, 0x0A]);
        var environment = CliRunner.Environment(errorIsTerminal: true);

        var run = await CliRunner.RunAsync(environment, "check", good, bad, "--no-cache", "--encoding", "utf-8");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        var lastLine = run.Error.TrimEnd('\n').Split('\n')[^1];
        lastLine.Should().StartWith("\r" + Escape + "[2Kcite: ", "the error replaces the progress line instead of running on after it");
        lastLine.Should().Contain("b-bad.txt");
    }
}
