namespace AseanAi.Citations.Cli.Tests;

public class FormatCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cite-format-").FullName;

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Nikkei = """
        [{"id": "n1", "type": "article-newspaper", "language": "ja", "title": "日本、ASEANとAIで協力", "container-title": "日本経済新聞",
          "issued": {"date-parts": [[2025, 1, 22]]}, "URL": "https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/"},
         {"id": "m1", "type": "document", "language": "ja", "title": "日ASEAN・AI共創イニシアティブ", "author": [{"literal": "外務省"}],
          "issued": {"date-parts": [[2025, 10, 26]]}, "custom": {"title-translations": [{"text": "Japan-ASEAN AI Co-Creation Initiative", "lang": "en"}]}}]
        """;

    [Fact]
    public async Task Format_Sist02Text_PrintsOneEntryPerLine()
    {
        var file = Write("items.json", Nikkei);

        var run = await CliRunner.RunAsync("format", file, "--style", "sist02");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.ReplaceLineEndings("\n").Should().Be(
            "(1) 日本、ASEANとAIで協力. 日本経済新聞. 2025-01-22. https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/.\n" +
            "(2) 外務省. 日ASEAN・AI共創イニシアティブ. 2025.\n");
    }

    [Fact]
    public async Task Format_BilingualBoth_ShowsTranslationInBrackets()
    {
        var file = Write("items.json", Nikkei);

        var run = await CliRunner.RunAsync("format", file, "--style", "sist02", "--bilingual", "both");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("日ASEAN・AI共創イニシアティブ[Japan-ASEAN AI Co-Creation Initiative]");
    }

    [Fact]
    public async Task Format_StyleFileWithRecursiveMacro_FailsWithLine()
    {
        var items = Write("items.json", Nikkei);
        var style = Write("bad.csl", """
            <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
              <macro name="a"><text macro="b"/></macro>
              <macro name="b"><text macro="a"/></macro>
              <citation><layout><text macro="a"/></layout></citation>
            </style>
            """);

        var run = await CliRunner.RunAsync("format", items, "--style", style);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("CSL008").And.Contain("calls itself").And.Contain("2:");
    }

    [Fact]
    public async Task Format_MalformedJson_ReportsLineAndFails()
    {
        var file = Write("broken.json", "[{\"id\": \"x\",\n \"title\": }]");

        var run = await CliRunner.RunAsync("format", file, "--style", "sist02");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("CSLJSON001").And.Contain("2:");
    }

    [Fact]
    public async Task Format_UnknownStyle_SaysWhichStylesExist()
    {
        var file = Write("items.json", Nikkei);

        var run = await CliRunner.RunAsync("format", file, "--style", "no-such-style");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("sist02");
    }
}
