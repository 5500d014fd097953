using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BibliographyPage;

namespace AseanAi.Citations.Samples.Tests;

public sealed class BibliographyPageTests
{
    [Fact(Timeout = 60_000)]
    public async Task RunAsync_OnTheSeed_WritesWellFormedPageWithJapaneseTitlesInAChinesePage()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Combine("seed.html");
        var output = new StringWriter();

        var exit = await BibliographyPageRun.RunAsync(["--no-check", "--output", page], output, new StringWriter(), CancellationToken.None);

        exit.Should().Be(0);
        output.ToString().Should().Contain("12 references").And.Contain(page);
        var document = Parse(await File.ReadAllTextAsync(page));
        document.DocumentElement.GetAttribute("lang").Should().Be("zh-Hant");
        document.QuerySelector("h1")!.GetAttribute("lang").Should().Be("zh-Hant");
        document.QuerySelector("h1")!.TextContent.Should().StartWith("[機搜] 日本與東南亞的 AI 合作戰略");
        document.QuerySelectorAll("h2").Select(h => h.GetAttribute("lang")).Should().OnlyContain(l => l == "zh-Hant");

        var titles = document.QuerySelectorAll("cite");
        titles.Should().HaveCount(12);
        titles.Select(t => t.GetAttribute("lang")).Should().OnlyContain(l => l == "ja");
        titles.Select(t => t.TextContent).Should().Contain("『日ASEAN経済共創ビジョン』の最終版を公表するとともに、『未来デザイン&アクションプラン』を策定しました");

        // The ministry's names in the other scripts stand beside the name as written, each with its own tag.
        var meti = document.GetElementById("ref-3")!;
        meti.QuerySelector(".publisher")!.TextContent.Should().Be("経済産業省");
        meti.QuerySelector("[lang='zh-Hant']")!.TextContent.Should().Be("經濟產業省");
        meti.QuerySelector("[lang='zh-Hans']")!.TextContent.Should().Be("经济产业省");
        meti.QuerySelector("time")!.GetAttribute("datetime").Should().Be("2025-09-24");
        document.GetElementById("ref-1")!.QuerySelector("time")!.TextContent.Should().Be("令和7年10月26日");
        document.QuerySelectorAll(".badge").Select(b => b.TextContent).Should().HaveCount(12).And.OnlyContain(b => b == "unchecked");
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_WithLinkCheck_TagsEachScriptAndBadgesEachVerdict()
    {
        await using var site = await LocalSite.StartAsync();
        using var folder = new TemporaryFolder();
        var source = folder.Combine("article.txt");
        await File.WriteAllTextAsync(source, $"""
            日本與東南亞的 AI 合作
            根據外務省於 2025 年 10 月 26 日發布的文件,「日 ASEAN・AI 共創倡議」包含四大支柱。
            參考文獻
            - 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) {site.Url("ok")}
            - 经济产业省「日本与东盟人工智能合作路线图」(2025年9月24日) {site.Url("gone")}
            - 經濟部「臺灣與東協人工智慧合作報告」(民國114年3月) {LocalSite.ClosedPortUrl("report")}
            """);
        var page = folder.Combine("out", "article.html");

        var exit = await BibliographyPageRun.RunAsync([source, "--output", page, "--timeout", "5"], new StringWriter(), new StringWriter(), CancellationToken.None);

        exit.Should().Be(0);
        var document = Parse(await File.ReadAllTextAsync(page));
        var items = document.QuerySelectorAll("li");
        items.Should().HaveCount(3);
        items.Select(i => i.QuerySelector("cite")!.GetAttribute("lang")).Should().Equal("ja", "zh-Hans", "zh-Hant");
        items.Select(i => i.QuerySelector(".badge")!.TextContent).Should().Equal("ok", "broken", "error");
        items[1].QuerySelector(".badge")!.GetAttribute("title").Should().Contain("HTTP 404");
        // The Minguo date is shown as written, with its Gregorian month for machines.
        items[2].QuerySelector("time")!.TextContent.Should().Be("民國114年3月");
        items[2].QuerySelector("time")!.GetAttribute("datetime").Should().Be("2025-03");
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_MarkupInTheDocument_IsEncodedNotInjected()
    {
        using var folder = new TemporaryFolder();
        var source = folder.Combine("hostile.txt");
        await File.WriteAllTextAsync(source, """
            <script>alert(1)</script> 標題
            本文。
            參考文獻
            - 外務省「<img src=x onerror=alert(1)>の資料 & "引用"」(2025年1月) https://example.org/a?x=1&y="2"
            """);
        var page = folder.Combine("hostile.html");

        var exit = await BibliographyPageRun.RunAsync([source, "--no-check", "--output", page], new StringWriter(), new StringWriter(), CancellationToken.None);

        exit.Should().Be(0);
        var html = await File.ReadAllTextAsync(page);
        var document = Parse(html);
        document.QuerySelectorAll("script, img").Should().BeEmpty();
        document.QuerySelector("h1")!.TextContent.Should().Contain("<script>alert(1)</script>");
        document.QuerySelector("cite")!.TextContent.Should().Contain("<img src=x onerror=alert(1)>");
        document.QuerySelectorAll("[onerror]").Should().BeEmpty();
    }

    [Fact(Timeout = 10_000)]
    public async Task RunAsync_MissingDocument_ReturnsOne()
    {
        var error = new StringWriter();

        var exit = await BibliographyPageRun.RunAsync(["missing.txt", "--no-check"], new StringWriter(), error, CancellationToken.None);

        exit.Should().Be(1);
        error.ToString().Should().Contain("missing.txt");
    }

    /// <summary>Parses in strict mode: any HTML parse error (a stray tag, a bad attribute) throws.</summary>
    private static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
}
