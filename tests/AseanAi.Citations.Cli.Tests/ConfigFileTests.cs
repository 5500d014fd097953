using System.Text.Json;

namespace AseanAi.Citations.Cli.Tests;

/// <summary><c>citations.json</c>: read from the working directory or <c>--config</c>, for every verb; the command line wins.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private const string Items = """[{"id": "m1", "type": "document", "language": "ja", "title": "日ASEAN・AI共創イニシアティブ", "author": [{"literal": "外務省"}], "issued": {"date-parts": [[2025, 10, 26]]}}]""";

    private readonly string _folder = Directory.CreateTempSubdirectory("cite-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Parse_FormatFromConfig_CommandLineWins()
    {
        var refs = Write("refs.txt", "経済産業省「AI事業者ガイドライン」2024年4月19日\n");
        var config = Write("citations.json", """{ "parse": { "format": "json", "onePerLine": true } }""");

        var fromConfig = await CliRunner.RunAsync("parse", refs, "--config", config);
        var overridden = await CliRunner.RunAsync("parse", refs, "--config", config, "--format", "table");

        fromConfig.ExitCode.Should().Be(ExitCodes.Success, fromConfig.Error);
        IsJson(fromConfig.Output).Should().BeTrue(fromConfig.Output);
        JsonDocument.Parse(fromConfig.Output).RootElement[0].GetProperty("id").GetString().Should().Be("1", "onePerLine came from the config");
        overridden.ExitCode.Should().Be(ExitCodes.Success, overridden.Error);
        IsJson(overridden.Output).Should().BeFalse();
        overridden.Output.Should().Contain("1 reference");
    }

    [Fact]
    public async Task Parse_SwitchOnInConfig_IsTurnedOffByFalseOnTheCommandLine()
    {
        var refs = Write("switch.txt", "経済産業省「AI事業者ガイドライン」2024年4月19日\n");
        var config = Write("switch.json", """{ "parse": { "onePerLine": true } }""");

        var on = await CliRunner.RunAsync("parse", refs, "--config", config);
        var off = await CliRunner.RunAsync("parse", refs, "--config", config, "--one-per-line", "false");

        on.Output.ReplaceLineEndings("\n").Should().StartWith(refs + ": 1 reference\n");
        off.Output.Should().StartWith(refs + ": 0 references", "read as a document, the line is body text without a references section");
    }

    [Fact]
    public async Task Convert_ToFromConfig_CommandLineWins()
    {
        var items = Write("items.json", Items);
        var config = Write("citations.json", """{ "convert": { "to": "ris" } }""");

        var fromConfig = await CliRunner.RunAsync("convert", items, "--config", config);
        var overridden = await CliRunner.RunAsync("convert", items, "--config", config, "--to", "bibtex");

        fromConfig.ExitCode.Should().Be(ExitCodes.Success, fromConfig.Error);
        fromConfig.Output.Should().StartWith("TY  - ");
        overridden.Output.Should().StartWith("@");
    }

    [Fact]
    public async Task Format_StyleAndFormatFromConfig_CommandLineWins()
    {
        var items = Write("items.json", Items);
        var config = Write("citations.json", """{ "format": { "style": "sist02", "format": "html" } }""");

        var fromConfig = await CliRunner.RunAsync("format", items, "--config", config);
        var sist02Text = await CliRunner.RunAsync("format", items, "--config", config, "--format", "text");
        var apaText = await CliRunner.RunAsync("format", items, "--config", config, "--format", "text", "--style", "apa");

        fromConfig.ExitCode.Should().Be(ExitCodes.Success, fromConfig.Error);
        fromConfig.Output.Should().Contain("<");
        sist02Text.Output.Should().StartWith("(1) 外務省. 日ASEAN・AI共創イニシアティブ").And.NotContain("<");
        apaText.Output.Should().NotBe(sist02Text.Output).And.Contain("(2025");
    }

    [Fact]
    public async Task Format_RelativeStylePathInConfig_IsRelativeToTheConfigFile()
    {
        var items = Write("items.json", Items);
        var style = Write("styles/title-only.csl", """
            <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="note">
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout><text variable="title" prefix="TITLE: "/></layout></bibliography>
            </style>
            """);
        _ = style;
        var config = Write("settings/citations.json", """{ "format": { "style": "../styles/title-only.csl" } }""");

        var run = await CliRunner.RunAsync("format", items, "--config", config);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Trim().Should().Be("TITLE: 日ASEAN・AI共創イニシアティブ");
    }

    [Fact]
    public async Task ConfigInWorkingDirectory_IsReadWithoutConfigOption()
    {
        Write("items.json", Items);
        Write("citations.json", """
            {
              // Comments and trailing commas are allowed.
              "convert": { "to": "bibtex", },
            }
            """);

        var run = await CliProcess.RunAsync(_folder, null, "convert", "items.json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().StartWith("@");
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        // verb, file text, the exact message after "cite: FILE"
        { "parse", "{\n  \"parse\": {\n    \"fromat\": \"json\"\n  }\n}", ":3:5: parse.fromat: unknown setting (known: format, onePerLine, encoding)." },
        { "convert", "{\n  \"convertt\": {}\n}", ":2:3: 'convertt' is not a section (use $schema, parse, convert, format, check)." },
        { "format", "{ \"format\": { \"style\": 12 } }", ":1:15: format.style: must be a string." },
        { "format", "{\n  \"format\": {\n    \"format\": \"pdf\" } }", ":3:5: format.format: 'pdf' is not one of text, html, markdown." },
        { "check", "{ \"check\": { \"maxPerHost\": \"eight\" } }", ":1:14: check.maxPerHost: must be a whole number." },
        { "check", "{ \"check\": { \"failOn\": \"dead\" } }", ":1:14: check.failOn: 'dead' is not a verdict" },
        { "check", "{ \"check\": { \"githubActions\": \"maybe\" } }", ":1:14: check.githubActions: 'maybe' is not one of auto, off." },
        { "parse", "{\n  \"parse\": {\n    \"format\": \"json\",,\n  }\n}", ":3:22: not valid JSON: ',' is an invalid start of a property name." },
        { "parse", "[1, 2]", ":1:2: the file must hold a JSON object" },
        { "parse", "{ \"parse\": { \"encoding\": \"klingon\" } }", ":1:14: parse.encoding: Unknown encoding 'klingon'." },
        { "convert", "{ \"convert\": { \"encoding\": \"klingon\" } }", ":1:16: convert.encoding: Unknown encoding 'klingon'." },
        { "format", "{ \"format\": { \"encoding\": \"klingon\" } }", ":1:15: format.encoding: Unknown encoding 'klingon'." },
        { "check", "{ \"check\": { \"encoding\": \"klingon\" } }", ":1:14: check.encoding: Unknown encoding 'klingon'." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadConfigFile_IsOneLineWithLineAndColumnAndConfigurationExitCode(string verb, string json, string message)
    {
        var config = Write("bad/citations.json", json);
        var input = Write("input.md", "# References\n\n- http://127.0.0.1:9/never-requested\n");
        string[] args = verb switch
        {
            "convert" => ["convert", input, "--to", "ris"],
            "format" => ["format", input, "--style", "apa"],
            _ => [verb, input],
        };

        var run = await CliRunner.RunAsync([.. args, "--config", config]);

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("cite: " + config + message);
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public async Task BadConfigInWorkingDirectory_FailsEveryVerbEvenWithoutItsSection()
    {
        Write("citations.json", """{ "check": { "timout": 5 } }""");
        Write("items.json", Items);

        var run = await CliProcess.RunAsync(_folder, null, "convert", "items.json", "--to", "ris");

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().StartWith("cite: citations.json:1:14: check.timout: unknown setting");
        run.Output.Should().BeEmpty();
    }
}
