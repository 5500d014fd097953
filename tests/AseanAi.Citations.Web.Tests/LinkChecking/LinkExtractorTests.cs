using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class LinkExtractorTests
{
    [Theory]
    [InlineData("- 外務省「第28回日ASEAN首脳会議」 https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html", "https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html")]
    [InlineData("- [link 1](http://127.0.0.1:8080/ok/1)", "http://127.0.0.1:8080/ok/1")]
    [InlineData("<a href=\"https://www.meti.go.jp/press/\">METI</a>", "https://www.meti.go.jp/press/")]
    [InlineData("見てください（https://spap.jst.go.jp/asean/）。", "https://spap.jst.go.jp/asean/")]
    [InlineData("See https://en.wikipedia.org/wiki/Foo_(bar).", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("日本語 https://ja.wikipedia.org/wiki/外務省、参照", "https://ja.wikipedia.org/wiki/外務省")]
    [InlineData("<https://www.jetro.go.jp/biznews/>", "https://www.jetro.go.jp/biznews/")]
    public void Extract_FindsTheUrlAlone(string text, string url) =>
        LinkExtractor.Extract(text, "doc").Select(t => t.Url).Should().Equal(url);

    [Fact]
    public void Extract_GivesLineAndColumnOfEveryOccurrence()
    {
        var text = "參考文獻\r\n- 外務省 https://a.example/x\n\n  https://a.example/x and http://b.example/";

        var targets = LinkExtractor.Extract(text, "refs.txt");

        targets.Select(t => (t.Url, t.Span!.Value.Line, t.Span.Value.Column, t.Source)).Should().Equal(
            ("https://a.example/x", 2, 7, "refs.txt"),
            ("https://a.example/x", 4, 3, "refs.txt"),
            ("http://b.example/", 4, 27, "refs.txt"));
        targets.Should().OnlyContain(t => text.Substring(t.Span!.Value.Offset, t.Span.Value.Length) == t.Url);
    }

    [Fact]
    public void Extract_LoneCarriageReturns_EndLines()
    {
        var targets = LinkExtractor.Extract("a\rb\r\rhttps://x.example/ and\r\n  https://y.example/", null);

        targets.Select(t => (t.Span!.Value.Line, t.Span.Value.Column)).Should().Equal((4, 1), (5, 3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no links here, just http:// and https:")]
    [InlineData("nothttps://example.org")]
    public void Extract_NoUrl_GivesNothing(string text) => LinkExtractor.Extract(text, null).Should().BeEmpty();

    [Fact]
    public async Task ExtractAsync_PlainTextReferenceList_GivesCitedTitles()
    {
        var text = "本文は https://example.org/body を参照。\n參考文獻\n- 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf\n";

        var targets = await LinkExtractor.ExtractAsync(text, "seed.txt", PlainTextDocumentReader.Instance);

        targets.Should().HaveCount(2);
        targets[0].CitedTitle.Should().BeNull("a link in running text cites no title");
        targets[1].CitedTitle.Should().Be("日ASEAN・AI共創イニシアティブ");
        targets[1].ExpectedMediaType.Should().BeNull();
        targets[1].Span!.Value.Line.Should().Be(3);
    }

    [Fact]
    public async Task ExtractAsync_Markdown_KeepsExactPositionsAndTitles()
    {
        var text = "# 日本與東南亞的 AI 合作\n\n## 參考文獻\n\n- 経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日) [PDF](https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf)\n";

        var target = (await LinkExtractor.ExtractAsync(text, "refs.md", MarkdownDocumentReader.Instance)).Single();

        target.Url.Should().Be("https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf");
        target.Span!.Value.Line.Should().Be(5);
        text.Substring(target.Span.Value.Offset, target.Span.Value.Length).Should().Be(target.Url);
        target.CitedTitle.Should().Be("第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)");
        target.ExpectedMediaType.Should().Be("application/pdf", "the reference marks the link [PDF]");
    }

    [Fact]
    public async Task ExtractAsync_Html_DecodesCharacterReferencesInUrls()
    {
        var text = "<html><body><h2>参考文献</h2><ul>\n<li>日本経済新聞「日本、ASEANとAIで協力」 <a href=\"https://www.nikkei.com/article/x/?n=1&amp;s=2\">記事</a></li>\n</ul></body></html>";

        var target = (await LinkExtractor.ExtractAsync(text, "refs.html", HtmlDocumentReader.Instance)).Single();

        target.Url.Should().Be("https://www.nikkei.com/article/x/?n=1&s=2");
        target.Span!.Value.Line.Should().Be(2);
    }
}
