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
}
