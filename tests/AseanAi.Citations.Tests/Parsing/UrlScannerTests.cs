using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>Every rule of <see cref="UrlScanner"/> (docs/parsing.md, "Where a URL ends"), one row each.</summary>
public class UrlScannerTests
{
    [Theory]
    // Trailing punctuation, ASCII and CJK full-width.
    [InlineData("See https://a.example/x.", "https://a.example/x")]
    [InlineData("See https://a.example/x, then", "https://a.example/x")]
    [InlineData("https://a.example/x;", "https://a.example/x")]
    [InlineData("'https://a.example/x'", "https://a.example/x")]
    [InlineData("**https://a.example/x**", "https://a.example/x")]
    [InlineData("_https://a.example/x_", "https://a.example/x")]
    [InlineData("参照 https://a.example/x。", "https://a.example/x")]
    [InlineData("https://a.example/x，2020年", "https://a.example/x")]
    [InlineData("https://a.example/x、参照", "https://a.example/x")]
    [InlineData("https://a.example/x．", "https://a.example/x")]
    [InlineData("（https://a.example/x）", "https://a.example/x")]
    [InlineData("「https://a.example/x」", "https://a.example/x")]
    [InlineData("《https://a.example/x》", "https://a.example/x")]
    [InlineData("“https://a.example/x”", "https://a.example/x")]
    [InlineData("https://a.example/x…", "https://a.example/x")]
    [InlineData("https://a.example/x\u3000次", "https://a.example/x")]
    [InlineData("https://a.example/x\u200Bnext", "https://a.example/x")]
    // A final ? or ! stays: queries end in them.
    [InlineData("https://a.example/faq?question=How%20does%20it%20work?", "https://a.example/faq?question=How%20does%20it%20work?")]
    // Balanced brackets stay; one the URL did not open ends it.
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar).", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("(see https://a.example/x)", "https://a.example/x")]
    [InlineData("https://a.example/list[1]/b", "https://a.example/list[1]/b")]
    [InlineData("[https://a.example/x]", "https://a.example/x")]
    [InlineData("\\url{https://a.example/x}.", "https://a.example/x")]
    [InlineData("@<href>{https://a.example/x}", "https://a.example/x")]
    [InlineData("https://a.example/{id}/x", "https://a.example/{id}/x")]
    // Markdown: autolinks run to >, link destinations to the space or the closing parenthesis.
    [InlineData("<https://a.example/x.>", "https://a.example/x.")]
    [InlineData("<https://a.example/x、y>", "https://a.example/x、y")]
    [InlineData("[Title](https://a.example/x.)", "https://a.example/x.")]
    [InlineData("[Title](https://a.example/x \"The title\")", "https://a.example/x")]
    [InlineData("[Title](https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    // Non-ASCII paths and hosts, middle dots and dashes of page names; percent-encoding and case as written.
    [InlineData("https://ja.wikipedia.org/wiki/外務省 参照", "https://ja.wikipedia.org/wiki/外務省")]
    [InlineData("https://ja.wikipedia.org/wiki/ジョン・スミス。", "https://ja.wikipedia.org/wiki/ジョン・スミス")]
    [InlineData("https://zh.wikipedia.org/wiki/约翰·史密斯", "https://zh.wikipedia.org/wiki/约翰·史密斯")]
    [InlineData("https://ja.wikipedia.org/wiki/佐々木", "https://ja.wikipedia.org/wiki/佐々木")]
    [InlineData("https://en.wikipedia.org/wiki/Mexican–American_War", "https://en.wikipedia.org/wiki/Mexican–American_War")]
    [InlineData("https://例え.jp/パス", "https://例え.jp/パス")]
    [InlineData("https://th.wikipedia.org/wiki/ภาษาไทย เมื่อ", "https://th.wikipedia.org/wiki/ภาษาไทย")]
    [InlineData("HTTPS://A.example/%E5%A4%96%e5", "HTTPS://A.example/%E5%A4%96%e5")]
    [InlineData("https://a.example/\U00020B9F/x", "https://a.example/\U00020B9F/x")]
    // Where a URL starts: not inside an ASCII word, but right after CJK text.
    [InlineData("取自http://a.example/x", "http://a.example/x")]
    [InlineData("<a href=\"https://a.example/x\">x</a>", "https://a.example/x")]
    public void TryFind_FindsTheUrlAlone(string text, string url)
    {
        UrlScanner.TryFind(text, 0, out var start, out var end).Should().BeTrue();

        text[start..end].Should().Be(url);
        UrlScanner.EndOf(text, start).Should().Be(end);
        UrlScanner.TryFind(text, end, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("no URL here")]
    [InlineData("nothttps://a.example/x")]
    [InlineData("http:// and https://.")]
    [InlineData("ftp://a.example/x")]
    [InlineData("www.a.example/x")]
    public void TryFind_NoUrl_GivesFalse(string text)
    {
        UrlScanner.TryFind(text, 0, out var start, out var end).Should().BeFalse();

        (start, end).Should().Be((-1, -1));
    }

    [Fact]
    public void TryFind_FromAnOffset_FindsEachUrlInTurn()
    {
        const string text = "a https://a.example/1 b http://b.example/2。";
        var found = new List<string>();
        var from = 0;
        while (UrlScanner.TryFind(text, from, out var start, out var end))
        {
            found.Add(text[start..end]);
            from = end;
        }

        found.Should().Equal("https://a.example/1", "http://b.example/2");
    }

    [Fact]
    public void EndOf_NotAtAUrl_GivesTheStart() => UrlScanner.EndOf("see https://a.example/", 1).Should().Be(1);

    [Fact]
    public void BadOffsets_Throw()
    {
        FluentActions.Invoking(() => UrlScanner.TryFind("abc", 4, out _, out _)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => UrlScanner.EndOf("abc", -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("外務省. www.mofa.go.jp/mofaj/ 参照", "http://www.mofa.go.jp/mofaj/")]
    [InlineData("外務省．http: //www.mofa.go.jp/mofaj/．", "http://www.mofa.go.jp/mofaj/")]
    [InlineData("外務省「報告書」https://www.mofa.go.jp/mofaj/files/1.pdf（2025年6月2日閲覧）", "https://www.mofa.go.jp/mofaj/files/1.pdf")]
    public void ReferenceParser_TakesTheUrlByTheSameRules(string line, string url) =>
        ReferenceParser.Default.Parse(line).Value!.Url!.ToString().Should().Be(url);
}
