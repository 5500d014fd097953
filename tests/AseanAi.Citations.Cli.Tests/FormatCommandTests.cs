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

    [Fact]
    public async Task Format_Gbt7714HtmlWithSecondFieldAlign_WritesCiteprocJsEntriesWithTheSuffixInside()
    {
        var file = Write("refs.txt", """
            外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf
            """);

        var run = await CliRunner.RunAsync("format", file, "--style", "gbt7714-2015-numeric", "--from", "references", "--format", "html");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines[0].Should().Be("<div class=\"csl-bib-body\">");
        lines[1].Should().Be("  <div class=\"csl-entry\">");
        lines[2].Should().StartWith("    <div class=\"csl-left-margin\">[1]</div><div class=\"csl-right-inline\">").And.EndWith(".</div>");
        lines[3].Should().Be("  </div>");
        lines[^1].Should().Be("</div>");
        run.Output.Should().NotContain("</div>   .");
    }

    [Fact]
    public async Task Format_ReferenceList_ParsesEachLineAndRenders()
    {
        var file = Write("refs.txt", """
            日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/

            外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf
            """);

        var run = await CliRunner.RunAsync("format", file, "--style", "gbt7714-numeric", "--from", "references");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("[1] ").And.Contain("日本、ASEANとAIで協力").And.Contain("2025");
        lines[1].Should().StartWith("[2] 外務省. 日ASEAN・AI共創イニシアティブ").And.Contain("2025").And.Contain("https://www.mofa.go.jp/mofaj/files/100927259.pdf");
    }

    [Fact]
    public async Task Format_MarkdownDocument_RendersItsReferencesSection()
    {
        var file = Write("article.md", """
            # 日本與東南亞的 AI 合作

            本文討論日本的 AI 外交。

            ## 參考資料

            - 外務省「日ASEAN・AI共創イニシアティブ」(2025年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf
            - 日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/
            """);

        var run = await CliRunner.RunAsync("format", file, "--style", "apa");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines.Should().Contain(l => l.StartsWith("外務省. (2025", StringComparison.Ordinal) && l.Contains("日ASEAN・AI共創イニシアティブ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("日本、ASEANとAIで協力", StringComparison.Ordinal) && l.Contains("(2025, January 22)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Format_TwoReferenceLists_KeepsEveryEntry()
    {
        var first = Write("a.txt", "外務省「日ASEAN・AI共創イニシアティブ」(2025年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n");
        var second = Write("b.txt", "日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/\n");

        var run = await CliRunner.RunAsync("format", first, second, "--style", "sist02", "--from", "references");

        // Both lists number their lines from 1: the ids are made unique per file, so no entry is lost.
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().HaveCount(2);
    }

    [Fact]
    public async Task Format_BibTeX_RendersThroughTheModel()
    {
        var file = Write("refs.bib", """
            @article{tan2024,
              author = {Tan, Mary and Lim, Siti},
              title = {Data governance in the Asia-Pacific},
              journaltitle = {Asian Survey},
              volume = {21}, number = {9}, pages = {81--106},
              date = {2024},
              doi = {10.5555/example.140}
            }
            """);

        var run = await CliRunner.RunAsync("format", file, "--style", "apa");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Trim().Should().Be("Tan, M., & Lim, S. (2024). Data governance in the Asia-Pacific. Asian Survey, 21(9), 81–106. https://doi.org/10.5555/example.140");
    }

    [Fact]
    public async Task Format_DuplicateIdsInCslJsonFiles_ReportsTheSkippedItem()
    {
        var first = Write("a.json", Nikkei);
        var second = Write("b.json", Nikkei);

        var run = await CliRunner.RunAsync("format", first, second, "--style", "sist02");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("'n1'").And.Contain("skipped");
        run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Should().HaveCount(2);
    }
}
