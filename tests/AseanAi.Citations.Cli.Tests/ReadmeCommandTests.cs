using System.Text.Json;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// Keeps the README's command-line material true: every <c>cite</c> command it shows uses options its verb has, its
/// <c>citations.json</c> example is a valid config file, and its JSON report example has the shape <c>cite check</c>
/// writes. (The C# examples are compiled and run by the samples' tests.)
/// </summary>
public sealed partial class ReadmeCommandTests : IAsyncLifetime
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));

    private readonly LinkServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task EveryCiteCommandInTheReadme_UsesOptionsOfItsVerb()
    {
        var commands = CiteCommand().Matches(Readme).Select(m => m.Groups["args"].Value.Trim()).ToList();
        commands.Should().HaveCountGreaterThanOrEqualTo(7, "the README shows the quick start, the four verbs, and commands for CI");

        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = words[0];
            verb.Should().BeOneOf(["parse", "convert", "format", "check"], $"'cite {command}' names a verb");
            var help = await CliRunner.RunAsync(verb, "--help");
            var helpText = help.Output + help.Error;
            foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
            {
                var name = option.Split('=', '\\', '|')[0].TrimEnd(',', ')', '.');
                helpText.Should().Contain(name, $"'cite {command}' uses {name}, which 'cite {verb} --help' must describe");
            }
        }
    }

    [Fact]
    public async Task ConfigExampleInTheReadme_IsAValidConfigFile()
    {
        var config = JsonBlocks().Single(block => block.Contains("\"check\"", StringComparison.Ordinal) && !block.Contains("\"summary\"", StringComparison.Ordinal));
        var configPath = _server.Write("citations.json", config);
        var references = _server.Write("refs.txt", "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n");

        var run = await CliRunner.RunAsync("parse", references, "--one-per-line", "--config", configPath);

        run.Error.Should().NotStartWith("cite:");
        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("日ASEAN・AI共創イニシアティブ");
    }

    [Fact]
    public async Task JsonReportExampleInTheReadme_HasTheShapeCiteCheckWrites()
    {
        var example = JsonDocument.Parse(JsonBlocks().Single(block => block.Contains("\"summary\"", StringComparison.Ordinal)));
        var document = _server.Document("refs.md", "/ok/1", "/missing");

        var run = await CliRunner.RunAsync("check", document, "--format", "json", "--no-cache", "--retries", "0");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        using var actual = JsonDocument.Parse(run.Output);
        Names(actual.RootElement).Should().Equal(Names(example.RootElement));
        Names(actual.RootElement.GetProperty("summary")).Should().Equal(Names(example.RootElement.GetProperty("summary")));
        var actualResult = actual.RootElement.GetProperty("results")[0];
        var exampleResult = example.RootElement.GetProperty("results")[0];
        Names(actualResult).Should().Equal(Names(exampleResult));
        Names(actualResult.GetProperty("occurrences")[0]).Should().Equal(Names(exampleResult.GetProperty("occurrences")[0]));
        example.Dispose();
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static IEnumerable<string> JsonBlocks() => JsonBlock().Matches(Readme).Select(m => m.Groups["body"].Value);


    // `cite VERB ...` at the start of a shell line, after `run: ` in a workflow step or `dotnet run ... --` in the quick
    // start, up to a comment or the line's end; or as inline code (`cite VERB ...`) in the text and tables.
    [GeneratedRegex(@"(?:^(?:\s*-?\s*run:\s*|\s*)cite |^dotnet run --project src/AseanAi\.Citations\.Cli -- )(?<args>(?:parse|convert|format|check)\b[^#\r\n]*)|`cite (?<args>(?:parse|convert|format|check)\b[^`]*)`", RegexOptions.Multiline)]
    private static partial Regex CiteCommand();

    [GeneratedRegex(@"```json\r?\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
