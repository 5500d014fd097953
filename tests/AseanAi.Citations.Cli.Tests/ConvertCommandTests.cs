using System.Text.Json;

namespace AseanAi.Citations.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private const string Bib = """
        @online{sato2025,
          author = {佐藤 仁},
          title = {{『日ASEAN・AI共創イニシアティブ』にみる高市首相の秩序形成戦略}},
          journaltitle = {Yahoo!ニュース エキスパート},
          date = {2025-10},
          langid = {japanese},
          url = {https://news.yahoo.co.jp/expert/articles/9c3c0ecd634a753754329d07ee1aac17366aaea4},
        }

        @report{mofa2025,
          author = {{外務省}},
          title = {{日ASEAN・AI共創イニシアティブ}},
          date = {2025-10-26},
          url = {https://www.mofa.go.jp/mofaj/files/100927259.pdf},
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cite-convert-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Convert_BibLaTeXToCslJson_DetectsTheInputAndKeepsCjkNames()
    {
        var run = await CliRunner.RunAsync("convert", File("refs.bib", Bib), "--to", "csl-json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Should().HaveCount(2);
        items[0].GetProperty("id").GetString().Should().Be("sato2025");
        items[0].GetProperty("author")[0].GetProperty("family").GetString().Should().Be("佐藤");
        items[0].GetProperty("author")[0].GetProperty("given").GetString().Should().Be("仁");
        items[0].GetProperty("type").GetString().Should().Be("webpage");
        items[1].GetProperty("author")[0].GetProperty("literal").GetString().Should().Be("外務省");
        items[1].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).Should().Equal(2025, 10, 26);
    }

    [Fact]
    public async Task Convert_CslJsonToRis_WritesTheOutputFile()
    {
        var csl = File("refs.json", """[{"id":"n1","type":"article-newspaper","title":"日本、ASEANとAIで協力","container-title":"日本経済新聞","issued":{"date-parts":[[2025,1,22]]},"language":"ja"}]""");
        var target = Path.Combine(_folder, "out.ris");

        var run = await CliRunner.RunAsync("convert", csl, "--to", "ris", "--output", target);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().BeEmpty();
        var ris = await System.IO.File.ReadAllTextAsync(target);
        ris.Should().StartWith("TY  - NEWS\r\nID  - n1\r\n").And.Contain("DA  - 2025/01/22/").And.Contain("T2  - 日本経済新聞");
    }

    [Fact]
    public async Task Convert_RisToBibTeX_WithExplicitFrom()
    {
        var ris = File("refs.txt", "TY  - RPRT\nAU  - 佐藤, 仁\nTI  - 報告\nPY  - 2024\nDA  - 2024/12//\nER  - \n");

        var run = await CliRunner.RunAsync("convert", ris, "--from", "ris", "--to", "bibtex");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().StartWith("@techreport{zuoteng2024,", "classic BibTeX keys are ASCII").And.Contain("author = {佐藤, 仁}").And.Contain("year = {2024},\n  month = dec\n}");
    }

    [Fact]
    public async Task Convert_KeepSourceAndUnicodeKeys_AreOptIn()
    {
        var csl = File("refs.json", """[{"id": "n1", "type": "report", "title": "報告", "author": [{"family": "佐藤", "given": "仁"}], "issued": {"date-parts": [[2024]]}, "custom": {"raw-text": "佐藤仁「報告」(2024)"}}, {"type": "report", "title": "白書", "author": [{"literal": "外務省"}], "issued": {"date-parts": [[2025]]}}]""");

        var plain = await CliRunner.RunAsync("convert", csl, "--to", "biblatex");
        var kept = await CliRunner.RunAsync("convert", csl, "--to", "biblatex", "--keep-source", "--unicode-keys");

        plain.ExitCode.Should().Be(ExitCodes.Success, plain.Error);
        plain.Output.Should().Contain("@report{n1,", "an input key is kept as it is").And.Contain("@report{mofa2025,").And.NotContain("raw-text");
        kept.Output.Should().Contain("@report{n1,").And.Contain("raw-text = {佐藤仁「報告」(2024)}").And.Contain("@report{外務省2025白書,");
    }

    [Fact]
    public async Task Convert_ReferenceList_ParsesOneReferencePerLine()
    {
        var list = File("refs.txt", "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n\n日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/\n");

        var run = await CliRunner.RunAsync("convert", list, "--to", "csl-json");

        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetString()).Should().Equal("1", "3");
        items[0].GetProperty("title").GetString().Should().Be("日ASEAN・AI共創イニシアティブ");
        items[1].GetProperty("URL").GetString().Should().Be("https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/");
    }

    [Fact]
    public async Task Convert_BadEntry_IsReportedWithItsPosition_TheRestWritten_ExitOne()
    {
        var bib = File("bad.bib", "@book{a, title = {一}}\n@book{b, title = {二} junk}\n@book{c, title = {三}}\n");

        var run = await CliRunner.RunAsync("convert", bib, "--to", "ris");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("bad.bib:2:22: error bibtex.syntax");
        run.Output.Should().Contain("TI  - 一").And.Contain("TI  - 三").And.NotContain("TI  - 二");
    }

    [Fact]
    public async Task Convert_MissingFile_IsAnInputError()
    {
        var run = await CliRunner.RunAsync("convert", Path.Combine(_folder, "nope.bib"), "--to", "ris");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith("cite: cannot read").And.Contain("no such file");
    }

    [Fact]
    public async Task Convert_ShiftJisInput_IsDecodedWhenNamed()
    {
        var path = Path.Combine(_folder, "sjis.bib");
        // "@book{a, title={外務省}}" in Shift_JIS.
        await System.IO.File.WriteAllBytesAsync(path, [0x40, 0x62, 0x6F, 0x6F, 0x6B, 0x7B, 0x61, 0x2C, 0x20, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3D, 0x7B, 0x8A, 0x4F, 0x96, 0xB1, 0x8F, 0xC8, 0x7D, 0x7D]);

        var run = await CliRunner.RunAsync("convert", path, "--to", "ris", "--encoding", "shift_jis");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("TI  - 外務省");
    }

    [Fact]
    public async Task Convert_SeedDocument_ReadsItsReferenceSection()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "seeds", "000_ac0a5415ceaa11bb.txt");

        var run = await CliRunner.RunAsync("convert", seed, "--to", "biblatex");

        run.Output.Split('\n').Count(l => l.StartsWith('@')).Should().Be(12, run.Error);
        run.Output.Should().Contain("author = {佐藤, 仁}").And.Contain("category = {日本政府官方文件}").And.Contain("title = {{日ASEAN・AI共創イニシアティブ}}");
    }

    [Theory]
    [InlineData("--to", "docx")]
    [InlineData("--from", "endnote")]
    public async Task Convert_UnknownFormat_IsAConfigurationError(string option, string value)
    {
        var args = option == "--to" ? new[] { "convert", "x.bib", "--to", value } : ["convert", "x.bib", "--to", "ris", option, value];

        var run = await CliRunner.RunAsync(args);

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().StartWith("cite: ").And.Contain(value);
    }

    [Fact]
    public async Task Convert_WithoutTo_IsAConfigurationError()
    {
        var run = await CliRunner.RunAsync("convert", "x.bib");

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().Contain("--to");
    }

    [Fact]
    public async Task Help_ListsConvert()
    {
        var run = await CliRunner.RunAsync("convert", "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("--to").And.Contain("--from").And.Contain("csl-json");
    }
}
