using AseanAi.Citations.Samples.Tests.Browser;
using DocsSite;

namespace AseanAi.Citations.Samples.Tests;

public sealed class DocsSiteTests
{
    [Fact(Timeout = 60_000)]
    public async Task Run_WritesEveryPageWithoutProblems()
    {
        await Task.Yield();
        using var folder = new TemporaryFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DocsSiteRun.Run(["--output", folder.Path], output, error);

        exit.Should().Be(0, error.ToString());
        foreach (var page in new[] { "en", "ja", "zh-Hant" })
        {
            var html = await File.ReadAllTextAsync(folder.Combine(page, "index.html"));
            html.Should().Contain("<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">");
            html.Should().Contain("<div id=\"ref-mofa2025\" class=\"csl-entry\"", "the seed's references are in every page");
        }
    }

    [ChromiumFact(Timeout = 120_000)]
    public async Task JapanesePage_InChromium_CitationLinksToEntryAndBack()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var cancellationToken = timeout.Token;
        using var folder = new TemporaryFolder();
        DocsSiteRun.Run(["--output", folder.Path], new StringWriter(), new StringWriter()).Should().Be(0);
        await using var browser = await HeadlessChromium.StartAsync(cancellationToken);

        await browser.NavigateAsync(new Uri(folder.Combine("ja", "index.html")), cancellationToken);
        (await browser.EvaluateAsync<string>("document.documentElement.lang", cancellationToken)).Should().Be("ja-JP");
        (await browser.EvaluateAsync<int>("document.querySelectorAll('span.citation[data-cites]').length", cancellationToken)).Should().BeGreaterThan(5);

        // Follow the first citation's link: the entry becomes the target and is scrolled into view.
        var href = await browser.EvaluateAsync<string>("document.querySelector('span.citation a[role=doc-biblioref]').getAttribute('href')", cancellationToken);
        href.Should().Be("#ref-mofa2025");
        await browser.EvaluateAsync<bool>("document.querySelector('span.citation a[role=doc-biblioref]').click(), true", cancellationToken);
        (await browser.EvaluateAsync<string>("location.hash", cancellationToken)).Should().Be(href);
        (await browser.EvaluateAsync<string>("document.querySelector(':target').className", cancellationToken)).Should().Be("csl-entry");
        (await browser.EvaluateAsync<bool>("(r => r.top >= -1 && r.top < innerHeight)(document.querySelector(':target').getBoundingClientRect())", cancellationToken))
            .Should().BeTrue("the entry is scrolled into view");
        (await browser.EvaluateAsync<string>("document.querySelector(':target').textContent", cancellationToken)).Should().Contain("日ASEAN・AI共創イニシアティブ");
        var shot = await browser.ScreenshotAsync(cancellationToken);

        // And back: the entry's first back-link returns to the citation.
        await browser.EvaluateAsync<bool>("document.querySelector(':target a[role=doc-backlink]').click(), true", cancellationToken);
        (await browser.EvaluateAsync<string>("location.hash", cancellationToken)).Should().Be("#cite-1");
        (await browser.EvaluateAsync<string>("document.querySelector(':target').dataset.cites", cancellationToken)).Should().Be("mofa2025 mofa");

        // The screenshot of the followed link, kept beside the test's output for people to look at.
        shot.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await File.WriteAllBytesAsync(Path.Combine(screenshots, "docs-site-ja-ref-mofa2025.png"), shot, cancellationToken);
        shot.Length.Should().BeGreaterThan(10_000, "the page is drawn, not blank");
    }

    [ChromiumFact(Timeout = 120_000)]
    public async Task ChinesePage_InChromium_CjkRunsCarryTheirLanguage()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var cancellationToken = timeout.Token;
        using var folder = new TemporaryFolder();
        DocsSiteRun.Run(["--output", folder.Path], new StringWriter(), new StringWriter()).Should().Be(0);
        await using var browser = await HeadlessChromium.StartAsync(cancellationToken);

        await browser.NavigateAsync(new Uri(folder.Combine("zh-Hant", "index.html")), cancellationToken);

        // The page is Traditional Chinese; the Japanese references inside it are marked ja, the Simplified-Chinese one zh-CN,
        // so that the browser draws each with the right glyphs (the computed language is the nearest lang).
        (await browser.EvaluateAsync<string>("document.documentElement.lang", cancellationToken)).Should().Be("zh-Hant");
        const string LangOf = "(id, text) => [...document.getElementById(id).querySelectorAll('[lang]')].find(e => e.textContent.includes(text))?.closest('[lang]').lang ?? null";
        (await browser.EvaluateAsync<string>($"({LangOf})('ref-mofa2025', '外務省')", cancellationToken)).Should().Be("ja");
        (await browser.EvaluateAsync<string>($"({LangOf})('ref-wang2019', '王')", cancellationToken)).Should().Be("zh-CN");
        (await browser.EvaluateAsync<string>("document.querySelector('#cite-3 [lang]').lang", cancellationToken)).Should().Be("ja", "the author of a Japanese work cited in Chinese text is marked too");
        (await browser.EvaluateAsync<string>("[...document.querySelectorAll('#refs [lang]')].map(e => e.lang).filter(l => !['ja', 'zh-CN', 'zh-TW', 'zh-Hant'].includes(l)).join()", cancellationToken))
            .Should().BeEmpty();

        var shot = await browser.ScreenshotAsync(cancellationToken);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await File.WriteAllBytesAsync(Path.Combine(screenshots, "docs-site-zh-Hant.png"), shot, cancellationToken);
    }
}
