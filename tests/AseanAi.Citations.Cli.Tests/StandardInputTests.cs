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

    private static readonly string Root = CliProcess.RepositoryRoot;

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

    private static Task<CliRunner.Run> RunWithStandardInputAsync(byte[] input, params string[] args) =>
        CliProcess.RunAsync(Environment.CurrentDirectory, null, input, args);
}
