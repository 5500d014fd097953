using System.Text;
using System.Text.Json;
using AseanAi.Citations.Cli.Input;

namespace AseanAi.Citations.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private static readonly string Root = CliProcess.RepositoryRoot;
    private static readonly string Seed = Path.Combine(Root, "seeds", "000_ac0a5415ceaa11bb.txt");
    private readonly string _folder = Directory.CreateTempSubdirectory("cite-parse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Parse_Seed_PrintsTableAndLinks()
    {
        var run = await CliRunner.RunAsync("parse", Seed);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        var lines = run.Output.Split('\n');
        lines[0].Should().Contain("12 references").And.Contain("zh-Hant");
        lines[1].Should().StartWith("#").And.Contain("type").And.Contain("publisher");
        run.Output.Should().Contain("外務省 (MOFA, government ministry)").And.Contain("2025-10-26").And.Contain("government-document");
        run.Output.Should().Contain("line 8 → #1").And.Contain("line 16 → #3");
        run.Output.Should().Contain("總務省 (jp.mic, line 8)");
    }

    [Fact]
    public async Task Parse_FormatJson_WritesTheLibrarysCitationJson()
    {
        var run = await CliRunner.RunAsync("parse", Seed, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Should().HaveCount(12);
        citations[0].Publisher!.Id.Should().Be("jp.mofa");
        citations[0].Issued!.OriginalText.Should().Be("令和7年10月26日");
        citations[7].Authors[0].Person!.Family.Should().Be("佐藤");
    }

    [Fact]
    public async Task Parse_FormatCslJson_WritesStandardCslJson()
    {
        var run = await CliRunner.RunAsync("parse", Seed, "--format", "csl-json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Should().HaveCount(12);
        var first = items[0];
        first.GetProperty("title").GetString().Should().Be("日ASEAN・AI共創イニシアティブ");
        first.GetProperty("URL").GetString().Should().Be("https://www.mofa.go.jp/mofaj/files/100927259.pdf");
        first.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).Should().Equal(2025, 10, 26);
        first.GetProperty("language").GetString().Should().Be("ja");
        first.GetProperty("author")[0].GetProperty("literal").GetString().Should().Be("外務省");
        items[7].GetProperty("author")[0].GetProperty("family").GetString().Should().Be("佐藤");
        items[4].GetProperty("container-title").GetString().Should().Be("日本経済新聞");
    }

    [Fact]
    public async Task Parse_OnePerLine_OneItemPerNonBlankLineWithLineNumberIds()
    {
        var path = Write("list.txt", "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n\n「「「\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\n[1] 陈登原. 国史旧闻：卷 1[M]. 北京：中华书局，2000：29.\n", Encoding.UTF8);

        var run = await CliRunner.RunAsync("parse", path, "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Select(c => c.Id).Should().Equal("1", "3", "4", "5");
        citations[0].Title!.Text.Should().Be("日ASEAN・AI共創イニシアティブ");
        citations[1].RawText.Should().Be("「「「");
        citations[2].Title.Should().BeNull();
        citations[3].Publisher!.Name.Should().Be("中华书局");
        run.Error.Should().Contain(":3:1: warning reference.unbalanced-mark").And.Contain(":4:1: error reference.not-text");
    }

    [Fact]
    public async Task Parse_OnePerLine_LinesEndAtCrLfLfAndALoneCr()
    {
        var path = Write("list.txt", "外務省「報告書一」(2025年) https://www.mofa.go.jp/a.pdf\r\n経済産業省「報告書二」(2024年)\r総務省「報告書三」(2023年)\n\n「「「", Encoding.UTF8);

        var run = await CliRunner.RunAsync("parse", path, "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Select(c => c.Id).Should().Equal("1", "2", "3", "5");
        citations.Take(3).Select(c => c.Title?.Text).Should().Equal("報告書一", "報告書二", "報告書三");
        citations[3].RawText.Should().Be("「「「");
        citations[0].Url!.OriginalString.Should().Be("https://www.mofa.go.jp/a.pdf");
        run.Error.Should().Contain(":5:1: warning reference.unbalanced-mark");
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task Parse_JapaneseInLegacyOrUtf16Encoding_IsDetected(string encodingName)
    {
        InputDecoder.RegisterCodePages();
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日) https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf\n";
        var path = Write("refs.txt", text, encoding, withPreamble: encodingName.StartsWith("utf", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("parse", path, "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Select(c => c.Title!.Text).Should().Equal("日ASEAN・AI共創イニシアティブ", "第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)");
    }

    [Theory]
    [InlineData("big5", "王鐵崖：《國際法引論》，北京大學出版社，1998年，第23頁。\n何海波：「判決書上網」，《法制日報》2000年5月21日，第2版。\n", "國際法引論")]
    [InlineData("gb18030", "王铁崖：《国际法引论》，北京大学出版社，1998年，第23页。\n何海波：“判决书上网”，《法制日报》2000年5月21日，第2版。\n", "国际法引论")]
    public async Task Parse_ChineseInLegacyEncoding_IsDetected(string encodingName, string text, string firstTitle)
    {
        InputDecoder.RegisterCodePages();
        var path = Write("refs.txt", text, Encoding.GetEncoding(encodingName));

        var run = await CliRunner.RunAsync("parse", path, "--one-per-line", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        CitationJson.DeserializeList(run.Output)[0].Title!.Text.Should().Be(firstTitle);
    }

    [Fact]
    public async Task Parse_EncodingOption_DecodesWithTheNamedEncoding()
    {
        InputDecoder.RegisterCodePages();
        var path = Write("refs.txt", "外務省「検察統計」\n", Encoding.GetEncoding("shift_jis"));

        var run = await CliRunner.RunAsync("parse", path, "--one-per-line", "--encoding", "shift_jis", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        CitationJson.DeserializeList(run.Output)[0].Title!.Text.Should().Be("検察統計");
    }

    [Fact]
    public async Task Parse_MissingFile_IsOneLineInputError()
    {
        var run = await CliRunner.RunAsync("parse", Path.Combine(_folder, "nope.txt"));

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Should().StartWith("cite: ").And.EndWith("nope.txt: no such file.").And.NotContain("\n");
    }

    [Fact]
    public async Task Parse_BytesThatAreNotTheNamedEncoding_AreAnInputErrorWithTheOffset()
    {
        var path = Path.Combine(_folder, "bad.txt");
        await File.WriteAllBytesAsync(path, [0x41, 0x42, 0xFF, 0xFE, 0xFD]);

        var run = await CliRunner.RunAsync("parse", path, "--encoding", "utf-8");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("byte 2 is not valid utf-8");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--encoding", "klingon-8")]
    public async Task Parse_BadOption_IsConfigurationError(string option, string value)
    {
        var run = await CliRunner.RunAsync("parse", Seed, option, value);

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().StartWith("cite: ").And.Contain(value);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Parse_MarkdownAndHtmlFiles_UseTheirReaders()
    {
        var markdown = Write("doc.md", "# 題\n\n## 参考文献\n\n- [Higress README](https://github.com/higress-group/higress/blob/main/README.md) (参照 2026-07-09)\n", Encoding.UTF8);
        var html = Write("doc.html", "<h1>題</h1><h2>参考文献</h2><ul><li>法務省「検察統計」</li></ul>", Encoding.UTF8);

        var run = await CliRunner.RunAsync("parse", markdown, html, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var citations = CitationJson.DeserializeList(run.Output);
        citations.Select(c => c.Title!.Text).Should().Equal("Higress README", "検察統計");
        citations[0].Accessed!.ToEdtf().Should().Be("2026-07-09");
    }

    private string Write(string name, string text, Encoding encoding, bool withPreamble = false)
    {
        var path = Path.Combine(_folder, name);
        var bytes = withPreamble ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
