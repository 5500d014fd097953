using System.Text.Json;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// <c>cite check</c> under GitHub Actions (<c>GITHUB_ACTIONS=true</c>): annotations for the runner, and the Markdown
/// report appended to <c>$GITHUB_STEP_SUMMARY</c>, against a 127.0.0.1 server with one 404 link.
/// </summary>
public sealed class GitHubActionsTests : IClassFixture<LinkServer>
{
    private const int Bound = 60_000;

    private readonly LinkServer _server;

    public GitHubActionsTests(LinkServer server) => _server = server;

    private (string Document, string Summary, CliEnvironment Environment) Setup(string name)
    {
        var document = _server.Document(name + ".md", "/ok/1", "/missing");
        var summary = _server.Write(name + "-summary.md", "Earlier step\n");
        var environment = CliRunner.Environment(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });
        return (document, summary, environment);
    }

    private static string[] Annotations(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("::", StringComparison.Ordinal))];

    [Fact(Timeout = Bound)]
    public async Task ConsoleReport_AnnotationsOnStandardOutput_SummaryAppended()
    {
        var (document, summary, environment) = Setup("console");

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        var annotation = Annotations(run.Output).Should().ContainSingle().Subject;
        annotation.Should().MatchRegex(@"^::error file=[^,:]*console\.md,line=4,col=18::cite check: broken: http://127\.0\.0\.1:\d+/missing");
        run.Output.Should().Contain("[broken]", "the console report is still written");
        Annotations(run.Error).Should().BeEmpty();
        var text = File.ReadAllText(summary);
        text.Should().StartWith("Earlier step\n## Link check", "the summary is appended, never overwritten");
        text.Should().Contain("| ok | 1 |").And.Contain("| broken | 1 |").And.Contain("| ❌ | broken | <" + _server.Base + "/missing>");
    }

    [Theory(Timeout = Bound)]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    public async Task MachineReportOnStandardOutput_AnnotationsGoToStandardError(string format)
    {
        var (document, summary, environment) = Setup("machine-" + format);

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", "--format", format);

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        Annotations(run.Output).Should().BeEmpty("the report on standard output must stay parseable");
        Annotations(run.Error).Should().ContainSingle().Which.Should().StartWith("::error file=");
        if (format is "json" or "sarif")
        {
            using var json = JsonDocument.Parse(run.Output);
        }
        else if (format == "junit")
        {
            System.Xml.Linq.XDocument.Parse(run.Output).Root!.Name.LocalName.Should().Be("testsuites");
        }

        File.ReadAllText(summary).Should().Contain("## Link check");
    }

    [Fact(Timeout = Bound)]
    public async Task JsonReportToFile_AnnotationsOnStandardOutput()
    {
        var (document, _, environment) = Setup("tofile");
        var report = Path.Combine(_server.Folder, "tofile-report.json");

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", "--format", "json", "--output", report);

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        Annotations(run.Output).Should().ContainSingle().Which.Should().StartWith("::error ");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
    }

    [Fact(Timeout = Bound)]
    public async Task GitHubFormat_AnnotationsAreNotRepeated()
    {
        var (document, _, environment) = Setup("github-format");

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", "--format", "github");

        Annotations(run.Output).Should().ContainSingle();
        Annotations(run.Error).Should().BeEmpty();
    }

    [Theory(Timeout = Bound)]
    [InlineData(false, "--github-actions", "off")]
    [InlineData(true, "--github-actions", "auto")]
    public async Task GitHubActionsOff_WritesNeitherAnnotationsNorSummary(bool expected, string option, string value)
    {
        var (document, summary, environment) = Setup("mode-" + value);

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", option, value);

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        (Annotations(run.Output).Length > 0).Should().Be(expected);
        (File.ReadAllText(summary) != "Earlier step\n").Should().Be(expected);
    }

    [Fact(Timeout = Bound)]
    public async Task GitHubActionsOffInConfig_IsHonoured()
    {
        var (document, summary, environment) = Setup("config-off");
        var config = _server.Write("config-off.json", """{ "check": { "githubActions": "off" } }""");

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", "--config", config);

        Annotations(run.Output).Should().BeEmpty();
        File.ReadAllText(summary).Should().Be("Earlier step\n");
    }

    [Fact(Timeout = Bound)]
    public async Task OutsideGitHubActions_NoAnnotations()
    {
        var document = _server.Document("outside.md", "/missing");

        var run = await CliRunner.RunAsync("check", document, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        Annotations(run.Output).Should().BeEmpty();
        Annotations(run.Error).Should().BeEmpty();
    }

    [Fact(Timeout = Bound)]
    public async Task WarningAnnotation_ForAFindingThatDoesNotFailTheRun()
    {
        var (document, _, environment) = Setup("warning");

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache", "--fail-on", "timeout");

        run.ExitCode.Should().Be(ExitCodes.Success);
        Annotations(run.Output).Should().ContainSingle().Which.Should().StartWith("::warning file=").And.Contain("broken: ");
    }

    [Fact(Timeout = Bound)]
    public async Task UnwritableSummary_IsAWarningAndKeepsTheVerdict()
    {
        var document = _server.Document("unwritable.md", "/missing");
        var environment = CliRunner.Environment(new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(_server.Folder, "no-such-folder", "summary.md"),
        });

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        run.Error.Should().StartWith("cite: warning: cannot append the job summary");
    }

    [Fact(Timeout = Bound)]
    public async Task ChildProcessWithGitHubVariables_AnnotatesAndAppendsSummary()
    {
        var document = _server.Document("child.md", "/ok/1", "/missing");
        var summary = _server.Write("child-summary.md", "Earlier step\n");

        var run = await CliProcess.RunAsync(_server.Folder, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary },
            "check", document, "--no-cache", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Annotations(run.Error).Should().ContainSingle().Which.Should().MatchRegex(@"^::error file=[^,]*child\.md,line=4,col=18::");
        File.ReadAllText(summary).Should().StartWith("Earlier step\n## Link check");
    }

    [Fact(Timeout = Bound)]
    public async Task NearlyFullSummary_IsCutToStayWithinGitHubsLimit()
    {
        var document = _server.Document("full.md", "/ok/1", "/missing");
        var summary = _server.Write("full-summary.md", new string('x', (int)Commands.CheckCommand.StepSummaryLimit - 200) + "\n");
        var environment = CliRunner.Environment(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });

        var run = await CliRunner.RunAsync(environment, "check", document, "--no-cache");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        new FileInfo(summary).Length.Should().BeLessThanOrEqualTo(Commands.CheckCommand.StepSummaryLimit);
        var appended = File.ReadAllText(summary)[((int)Commands.CheckCommand.StepSummaryLimit - 199)..];
        appended.Should().StartWith("## Link check").And.Contain("more lines of findings are not shown");
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void FitSummary_LongReport_IsCutAtALineWithinTheBudget(int budget)
    {
        var markdown = "## Link check\n\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"| ❌ | broken | <http://example.org/経済/{i}> |\n"));

        var fitted = Commands.CheckCommand.FitSummary(markdown, budget);

        System.Text.Encoding.UTF8.GetByteCount(fitted).Should().BeLessThanOrEqualTo(budget);
        fitted.Should().StartWith("## Link check\n").And.EndWith("write the full report with --output._\n");
        var shown = fitted.Split('\n').Count(l => l.StartsWith("| ❌", StringComparison.Ordinal));
        fitted.Should().Contain($": {502 - shown - 2} more lines", "the note counts what was cut");
        Commands.CheckCommand.FitSummary("## Link check\n", budget).Should().Be("## Link check\n", "a report that fits is kept whole");
    }
}
