using System.Text;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>
/// One way in for every verb (issue 16): parse, format and convert read a file through the same document reader, so a
/// file that is only a reference list, with or without a heading, as text or Markdown, gives its entries everywhere and
/// its heading is never an entry; parse --explain says which blocks were taken and why.
/// </summary>
public sealed class DocumentInputTests : IDisposable
{
    private const string Lines =
        "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n" +
        "日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/\n" +
        "[1] 陈登原. 国史旧闻：卷 1[M]. 北京：中华书局，2000：29.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("cite-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> ReferenceListFiles => new()
    {
        { "list.txt", Lines },
        { "headed.txt", "参考文献\n" + Lines },
        { "headed.md", "# 參考文獻\n\n" + string.Concat(Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "- " + l + "\n")) },
        { "plain.md", string.Concat(Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l + "\n\n")) },
    };

    [Theory]
    [MemberData(nameof(ReferenceListFiles))]
    public async Task Parse_FileThatIsOnlyAReferenceList_GivesEveryEntryAndNoHeading(string name, string text)
    {
        var path = Write(name, text);

        var run = await CliRunner.RunAsync("parse", path, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Should().HaveCount(3);
        citations.Select(c => c.Title?.Text).Should().Contain(["日ASEAN・AI共創イニシアティブ", "日本、ASEANとAIで協力"]);
        citations.Should().NotContain(c => c.RawText!.Contains("参考文献") || c.RawText!.Contains("參考文獻"));
    }

    [Theory]
    [MemberData(nameof(ReferenceListFiles))]
    public async Task Format_FileThatIsOnlyAReferenceList_RendersTheSameEntriesAsParse(string name, string text)
    {
        var path = Write(name, text);

        var run = await CliRunner.RunAsync("format", path, "--style", "apa");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("日ASEAN・AI共創イニシアティブ").And.Contain("日本、ASEANとAIで協力").And.Contain("国史旧闻");
        run.Output.Should().NotContain("参考文献").And.NotContain("參考文獻");
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
    }

    [Theory]
    [MemberData(nameof(ReferenceListFiles))]
    public async Task Convert_FileThatIsOnlyAReferenceList_WritesTheSameEntriesAsParse(string name, string text)
    {
        var path = Write(name, text);

        var run = await CliRunner.RunAsync("convert", path, "--to", "csl-json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var parsed = await CliRunner.RunAsync("parse", path, "--format", "csl-json");
        CountItems(run.Output).Should().Be(3).And.Be(CountItems(parsed.Output));
    }

    [Fact]
    public async Task Parse_Explain_SaysWhichBlocksWereTakenAndWhichPassedOver()
    {
        var path = Write("report.md", "# 報告\n\n## 功能\n\n- 快速\n- 簡單\n- 免費\n\n## 參考資料\n\n- [外務省](https://www.mofa.go.jp/)\n\n## 附錄\n\n" +
            "- [日本経済新聞](https://www.nikkei.com/) 2025\n- [NHK](https://www3.nhk.or.jp/news/) 2025\n");

        var run = await CliRunner.RunAsync("parse", path, "--explain");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("report.md: reference lists");
        run.Output.Should().Contain("passed over under \"功能\"").And.Contain("only 0 of 3 entries look like references");
        run.Output.Should().Contain("taken, reference heading under \"參考資料\": 1 references");
        run.Output.Should().Contain("taken by shape under \"附錄\": 2 of 2 entries look like references");
    }

    [Fact]
    public async Task Parse_ExplainWithJson_KeepsTheJsonCleanAndExplainsOnStandardError()
    {
        var path = Write("list.txt", Lines);

        var run = await CliRunner.RunAsync("parse", path, "--format", "json", "--explain");

        run.ExitCode.Should().Be(ExitCodes.Success);
        CitationJson.DeserializeList(run.Output).Should().HaveCount(3);
        run.Error.Should().Contain("taken by shape (no heading): 3 of 3 entries look like references");
    }

    private static int CountItems(string cslJson)
    {
        using var json = System.Text.Json.JsonDocument.Parse(cslJson);
        return json.RootElement.GetArrayLength();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
