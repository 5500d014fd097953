using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static AseanAi.Citations.Web.Tests.LinkChecking.CheckerRuns;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class LinkCheckerTests
{
    private const int Bound = 60_000;

    private static string Page(string title, string body = "<p>content</p>") =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";

    private static Task Html(HttpContext context, string html, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_WorkingPage_IsOk()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/page", c => Html(c, Page("Working"))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/page"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.HttpStatus.Should().Be(200);
        result.Attempts.Should().Be(1);
        result.Warnings.Should().BeEmpty();
        result.NormalizedUrl.Should().Be(server.Url("/page").AbsoluteUri);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_PermanentRedirectToWorkingPage_IsRedirectedWithNewUrl()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/old", c => { c.Response.StatusCode = 301; c.Response.Headers.Location = "/new"; return Task.CompletedTask; });
            app.MapGet("/new", c => Html(c, Page("New home of the page")));
        });

        var result = await CheckOneAsync(FastOptions(), server.Url("/old"));

        result.Verdict.Should().Be(LinkVerdict.Redirected);
        result.FinalUrl.Should().Be(server.Url("/new").AbsoluteUri);
        result.HttpStatus.Should().Be(200);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_TemporaryRedirect_IsOkWithFinalUrl()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/latest", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/2025/report"; return Task.CompletedTask; });
            app.MapGet("/2025/report", c => Html(c, Page("Report 2025")));
        });

        var result = await CheckOneAsync(FastOptions(), server.Url("/latest"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.FinalUrl.Should().Be(server.Url("/2025/report").AbsoluteUri);
    }

    [Theory(Timeout = Bound)]
    [InlineData(404)]
    [InlineData(410)]
    public async Task CheckAsync_NotFoundOrGone_IsBrokenWithoutRetry(int status)
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/gone", c => Html(c, Page("Gone"), status)));

        var result = await CheckOneAsync(FastOptions(), server.Url("/gone"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.HttpStatus.Should().Be(status);
        result.Attempts.Should().Be(1);
        server.HitsOf("/gone").Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_PersistentServerError_IsBrokenAfterBoundedRetries()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/fail", c => Html(c, Page("Error"), 500)));

        var result = await CheckOneAsync(FastOptions(), server.Url("/fail"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.Attempts.Should().Be(3);
        server.HitsOf("/fail").Should().Be(3);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_TransientServerError_IsRetriedToOk()
    {
        var calls = 0;
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/flaky", c =>
            Interlocked.Increment(ref calls) == 1 ? Html(c, Page("Busy"), 502) : Html(c, Page("Fine"))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/flaky"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.Attempts.Should().Be(2);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_RedirectLoop_IsBroken()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/a", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/b"; return Task.CompletedTask; });
            app.MapGet("/b", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/a"; return Task.CompletedTask; });
        });

        var result = await CheckOneAsync(FastOptions(), server.Url("/a"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.Detail.Should().Contain("loop");
        server.HitsOf("/a").Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_MoreThanTenRedirects_IsBroken()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/hop/{n:int}", (HttpContext c, int n) =>
        {
            c.Response.StatusCode = 301;
            c.Response.Headers.Location = $"/hop/{n + 1}";
            return Task.CompletedTask;
        }));

        var result = await CheckOneAsync(FastOptions(), server.Url("/hop/0"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.Detail.Should().Contain("more than 10 redirects");
        server.Hits.Keys.Count(k => k.StartsWith("/hop/", StringComparison.Ordinal)).Should().Be(11);
    }

    [Theory(Timeout = Bound)]
    [InlineData("ページが見つかりません | 外務省", "<h1>ページが見つかりません</h1>")]
    [InlineData("経済産業省", "<h1>お探しのページは見つかりませんでした</h1><p>URLをご確認ください。</p>")]
    [InlineData("中央社 CNA", "<h1>找不到網頁</h1>")]
    [InlineData("新华网", "<h2>抱歉，您访问的页面不存在</h2>")]
    [InlineData("Page Not Found - Example News", "<p>Sorry.</p>")]
    [InlineData("Example", "<p>Sorry, the page you requested could not be found.</p>")]
    public async Task CheckAsync_NotFoundPageWith200_IsSoft404(string title, string body)
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/article/123", c => Html(c, Page(title, body))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/article/123"));

        result.Verdict.Should().Be(LinkVerdict.Soft404);
        result.HttpStatus.Should().Be(200);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ArticleThatMentionsNotFoundInALongTitle_IsOk()
    {
        var title = "How we rebuilt our error pages: a long look at page not found designs across Japanese ministries";
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/blog", c => Html(c, Page(title, "<p>" + new string('x', 5000) + "</p>"))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/blog"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_DeepLinkRedirectedToHomePage_IsSoft404()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/press/2023/08/20230822005.html", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = "/"; return Task.CompletedTask; });
            app.MapGet("/", c => Html(c, Page("Ministry home")));
        });

        var result = await CheckOneAsync(FastOptions(), server.Url("/press/2023/08/20230822005.html"));

        result.Verdict.Should().Be(LinkVerdict.Soft404);
        result.Detail.Should().Contain("home page");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_PdfUrlAnsweredWithHtml_IsSoft404()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/files/100927259.pdf", c => Html(c, Page("外務省"))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/files/100927259.pdf"));

        result.Verdict.Should().Be(LinkVerdict.Soft404);
        result.Detail.Should().Contain("PDF");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_PdfUrlAnsweredWithPdf_IsOk()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/files/a.pdf", c =>
        {
            c.Response.ContentType = "application/pdf";
            return c.Response.Body.WriteAsync("%PDF-1.7\n%âãÏÓ\n"u8.ToArray()).AsTask();
        }));

        var result = await (CheckAsync(FastOptions(), new LinkTarget(server.Url("/files/a.pdf").AbsoluteUri) { ExpectedMediaType = "application/pdf" }));

        result.Single().Verdict.Should().Be(LinkVerdict.Ok);
        result.Single().Warnings.Should().BeEmpty();
    }

    [Theory(Timeout = Bound)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(999)]
    public async Task CheckAsync_RobotRefused_IsBlockedNotBroken(int status)
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/wall", c => Html(c, Page("Access denied"), status)));

        var result = await CheckOneAsync(FastOptions(), server.Url("/wall"));

        result.Verdict.Should().Be(LinkVerdict.Blocked);
        result.Attempts.Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_CloudflareChallenge_IsBlocked()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/cf", c =>
        {
            c.Response.Headers["cf-mitigated"] = "challenge";
            return Html(c, Page("Just a moment..."), 503);
        }));

        var result = await CheckOneAsync(FastOptions(), server.Url("/cf"));

        result.Verdict.Should().Be(LinkVerdict.Blocked);
        result.Attempts.Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_429WithShortRetryAfter_WaitsAndSucceeds()
    {
        var calls = 0;
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/limited", c =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Html(c, Page("Too many requests"), 429);
            }

            return Html(c, Page("Here it is"));
        }));

        var result = await CheckOneAsync(FastOptions(), server.Url("/limited"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.Attempts.Should().Be(2);
        result.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9), "Retry-After: 1 was honoured");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_429WithRetryAfterAboveCap_IsBlockedAtOnce()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/later", c =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Html(c, Page("Too many requests"), 429);
        }));
        var stopwatch = Stopwatch.StartNew();

        var result = await CheckOneAsync(FastOptions(), server.Url("/later"));

        result.Verdict.Should().Be(LinkVerdict.Blocked);
        result.Attempts.Should().Be(1);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_Permanent429_StopsAfterBoundedAttempts()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/always", c =>
        {
            c.Response.Headers.RetryAfter = "0";
            return Html(c, Page("Too many requests"), 429);
        }));

        var result = await CheckOneAsync(FastOptions(), server.Url("/always"));

        result.Verdict.Should().Be(LinkVerdict.Blocked);
        result.Attempts.Should().Be(3);
        server.HitsOf("/always").Should().Be(3);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_RetryWaitsPastTheHostBudget_AreNotTaken()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/slow-down/{n:int}", c =>
        {
            c.Response.Headers.RetryAfter = "1";
            return Html(c, Page("Too many requests"), 429);
        }));
        var options = FastOptions();
        options.MaxRetryWaitPerHost = TimeSpan.FromSeconds(1.5);
        options.MaxConcurrencyPerHost = 1;

        var results = await CheckAsync(options, [.. Enumerable.Range(0, 3).Select(n => new LinkTarget(server.Url($"/slow-down/{n}").AbsoluteUri))]);

        results.Should().OnlyContain(r => r.Verdict == LinkVerdict.Blocked);
        results.Sum(r => r.Attempts - 1).Should().Be(1, "one wait of 1 s fits in the 1.5 s budget for the host, a second does not");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_SlowServer_IsTimeoutWithinBound()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/slow", async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), c.RequestAborted);
            await Html(c, Page("Late"));
        }));
        var options = FastOptions();
        options.RequestTimeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetries = 1;
        var stopwatch = Stopwatch.StartNew();

        var result = await CheckOneAsync(options, server.Url("/slow"));

        result.Verdict.Should().Be(LinkVerdict.Timeout);
        result.Attempts.Should().Be(2);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ConnectionRefused_IsError()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var result = await CheckOneAsync(FastOptions(), new Uri($"http://127.0.0.1:{port}/nothing-listens"));

        result.Verdict.Should().Be(LinkVerdict.Error);
        result.Detail.Should().Contain("refused");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ServerThatResetsConnections_IsErrorAfterRetries()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/reset", c =>
        {
            c.Abort();
            return Task.CompletedTask;
        }));

        var result = await CheckOneAsync(FastOptions(), server.Url("/reset"));

        result.Verdict.Should().Be(LinkVerdict.Error);
        result.Attempts.Should().Be(3);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_MissingHostWhileOtherNamesResolve_IsBroken()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/", c => Html(c, Page("Alive"))));
        var options = FastOptions();
        options.HostResolver = Names("alive.test");

        var results = await CheckAsync(options,
            new LinkTarget($"http://dead.test:{server.Port}/page"),
            new LinkTarget($"http://alive.test:{server.Port}/"));

        results.Single(r => r.Target.Url.Contains("dead", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Broken);
        results.Single(r => r.Target.Url.Contains("alive", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Ok);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_MissingHostWhenNoNameResolves_IsError()
    {
        var options = FastOptions();
        options.HostResolver = Names();

        // A reserved name (.invalid, RFC 6761) that resolves nowhere is never broken alone either; the resolver answers as
        // DNS does, without asking a server outside the machine.
        var results = await CheckAsync(
            options,
            new LinkTarget("https://www.mofa.go.jp/a.pdf"),
            new LinkTarget("https://www.meti.go.jp/b.html"),
            new LinkTarget("http://no-such-host.invalid/page"));

        results.Should().HaveCount(3).And.OnlyContain(r => r.Verdict == LinkVerdict.Error);
        results[0].Detail.Should().Contain("DNS");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_AddressLiteralsDoNotProveTheResolverWorks()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/", c => Html(c, Page("Local"))));
        var options = FastOptions();
        options.HostResolver = Names();

        var results = await CheckAsync(options, new LinkTarget("https://dead.example/x"), new LinkTarget(server.Url("/").AbsoluteUri));

        results.Single(r => r.Target.Url.Contains("dead", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Error);
    }

    [Theory(Timeout = Bound)]
    [InlineData("not a url")]
    [InlineData("mailto:info@mofa.go.jp")]
    [InlineData("ftp://ftp.example.org/file")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task CheckAsync_NotAnHttpUrl_IsInvalid(string text)
    {
        var results = await CheckAsync(FastOptions(), new LinkTarget(text));

        results.Single().Verdict.Should().Be(LinkVerdict.Invalid);
        results.Single().Detail.Should().NotBeNullOrEmpty();
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ExcludeAndIncludePatterns_ExcludeWithoutRequest()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/{name}", c => Html(c, Page("Page"))));
        var options = FastOptions();
        options.ExcludePatterns = [new System.Text.RegularExpressions.Regex("/skip")];
        options.IncludePatterns = [new System.Text.RegularExpressions.Regex("127\\.0\\.0\\.1")];

        var results = await CheckAsync(options,
            new LinkTarget(server.Url("/skip").AbsoluteUri),
            new LinkTarget(server.Url("/keep").AbsoluteUri),
            new LinkTarget($"http://localhost:{server.Port}/keep"));

        results.Single(r => r.Target.Url.EndsWith("/skip", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Excluded);
        results.Single(r => r.Target.Url.Contains("localhost", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Excluded);
        results.Single(r => r.Target.Url.Contains("127.0.0.1", StringComparison.Ordinal) && r.Target.Url.EndsWith("/keep", StringComparison.Ordinal))
            .Verdict.Should().Be(LinkVerdict.Ok);
        server.HitsOf("/skip").Should().Be(0);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_DenyPrivate_RefusesLiteralsAndNamesThatResolveToLoopback()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/", c => Html(c, Page("Internal"))));
        var options = FastOptions();
        options.DenyPrivateAddresses = true;
        options.HostResolver = Names("innocent.test");

        var results = await CheckAsync(options,
            new LinkTarget(server.Url("/").AbsoluteUri),
            new LinkTarget($"http://innocent.test:{server.Port}/"));

        results.Should().HaveCount(2).And.OnlyContain(r => r.Verdict == LinkVerdict.Excluded);
        results.Should().OnlyContain(r => r.Detail!.Contains("private", StringComparison.Ordinal));
        server.HitsOf("/").Should().Be(0);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_AllowPrivateByDefault_ChecksLocalServers()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/", c => Html(c, Page("Internal"))));

        var result = await CheckOneAsync(FastOptions(), server.Url("/"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_CitedTitleDiffersFromPage_WarnsTitleMismatch()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/mofa", c => Html(c, Page("日ＡＳＥＡＮ・ＡＩ共創イニシアティブ｜外務省")));
            app.MapGet("/other", c => Html(c, Page("令和7年度予算の概要｜財務省", "<h1>令和7年度予算の概要</h1>")));
        });

        var results = await CheckAsync(FastOptions(),
            new LinkTarget(server.Url("/mofa").AbsoluteUri) { CitedTitle = "日ASEAN・AI共創イニシアティブ" },
            new LinkTarget(server.Url("/other").AbsoluteUri) { CitedTitle = "日ASEAN・AI共創イニシアティブ" });

        results.Single(r => r.Target.Url.EndsWith("/mofa", StringComparison.Ordinal)).Warnings.Should().BeEmpty();
        results.Single(r => r.Target.Url.EndsWith("/other", StringComparison.Ordinal)).Warnings.Should().Equal(LinkWarning.TitleMismatch);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_HtmlWhereCitationExpectsPdf_WarnsContentTypeMismatch()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/download", c => Html(c, Page("Download page"))));

        var results = await CheckAsync(FastOptions(), new LinkTarget(server.Url("/download").AbsoluteUri) { ExpectedMediaType = "application/pdf" });

        results.Single().Verdict.Should().Be(LinkVerdict.Ok);
        results.Single().Warnings.Should().Equal(LinkWarning.ContentTypeMismatch);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_Fragments_AreCheckedPerOccurrenceWithOneFetch()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/anchors", c =>
            Html(c, Page("Anchors", "<h2 id=\"present\">Present</h2><a name=\"named\">n</a><h2 id=\"日本語\">見出し</h2>"))));
        var url = server.Url("/anchors").AbsoluteUri;

        var results = await CheckAsync(FastOptions(),
            new LinkTarget(url + "#present"),
            new LinkTarget(url + "#named"),
            new LinkTarget(url + "#%E6%97%A5%E6%9C%AC%E8%AA%9E"),
            new LinkTarget(url + "#missing"),
            new LinkTarget(url));

        server.HitsOf("/anchors").Should().Be(1);
        results.Should().HaveCount(5).And.OnlyContain(r => r.Verdict == LinkVerdict.Ok);
        results.Single(r => r.Target.Url.EndsWith("#missing", StringComparison.Ordinal)).Warnings.Should().Equal(LinkWarning.FragmentMissing);
        results.Where(r => !r.Target.Url.EndsWith("#missing", StringComparison.Ordinal)).Should().OnlyContain(r => r.Warnings.Count == 0);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_PlainHttpToANamedHost_WarnsInsecureHttp()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/", c => Html(c, Page("Plain"))));
        var options = FastOptions();
        options.HostResolver = Names("plain.test");

        var result = (await CheckAsync(options, new LinkTarget($"http://plain.test:{server.Port}/"))).Single();

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.Warnings.Should().Equal(LinkWarning.InsecureHttp);
    }

    public static TheoryData<string, string, bool> Encodings => new()
    {
        { "shift_jis", "ページが見つかりません", true },
        { "euc-jp", "ページが見つかりません", false },
        { "big5", "找不到網頁", false },
        { "gb18030", "找不到网页", true },
        { "gb2312", "页面不存在", false },
        { "Shift_JIS", "お探しのページは見つかりません", false },
    };

    [Theory(Timeout = Bound)]
    [MemberData(nameof(Encodings))]
    public async Task CheckAsync_CjkLegacyCharsets_DecodeFromHeaderOrMeta(string charset, string notFound, bool inHeader)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(string.Equals(charset, "gb2312", StringComparison.OrdinalIgnoreCase) ? "gb18030" : charset)!;
        var meta = inHeader ? string.Empty : $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">";
        var html = $"<html><head>{meta}<title>{notFound}</title></head><body><p>{notFound}</p></body></html>";
        var bytes = encoding.GetBytes(html);
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/missing", c =>
            {
                c.Response.ContentType = inHeader ? $"text/html; charset={charset}" : "text/html";
                return c.Response.Body.WriteAsync(bytes).AsTask();
            });
            app.MapGet("/titled", c =>
            {
                c.Response.ContentType = inHeader ? $"text/html; charset={charset}" : "text/html";
                return c.Response.Body.WriteAsync(encoding.GetBytes(html.Replace(notFound, "日本と東南アジアのAI協力", StringComparison.Ordinal))).AsTask();
            });
        });

        var results = await CheckAsync(FastOptions(),
            new LinkTarget(server.Url("/missing").AbsoluteUri),
            new LinkTarget(server.Url("/titled").AbsoluteUri) { CitedTitle = "日本と東南アジアのAI協力" });

        results.Single(r => r.Target.Url.EndsWith("/missing", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Soft404);
        var titled = results.Single(r => r.Target.Url.EndsWith("/titled", StringComparison.Ordinal));
        titled.Verdict.Should().Be(LinkVerdict.Ok);
        titled.Warnings.Should().BeEmpty("the title decodes to the cited title");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_GzipBomb_ReadsOnlyTheCapAndFinishes()
    {
        long sent = 0;
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/bomb", async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.Headers.ContentEncoding = "gzip";
            var zeros = new byte[1 << 20];
            Encoding.ASCII.GetBytes("<html><head><title>Bomb</title></head><body><p>").CopyTo(zeros, 0);
            await using var gzip = new GZipStream(c.Response.Body, CompressionLevel.Fastest);
            try
            {
                // Up to 4 GiB of decompressed data from a few MiB on the wire, unless the client stops reading.
                for (var i = 0; i < 4096 && !c.RequestAborted.IsCancellationRequested; i++)
                {
                    await gzip.WriteAsync(zeros, c.RequestAborted);
                    Interlocked.Add(ref sent, zeros.Length);
                    if (i == 0)
                    {
                        Array.Clear(zeros);
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
            }
        }));
        var options = FastOptions();
        var before = GC.GetTotalAllocatedBytes(precise: false);

        var result = await CheckOneAsync(options, server.Url("/bomb"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        (GC.GetTotalAllocatedBytes(precise: false) - before).Should().BeLessThan(256L << 20, "only the body cut-off is decompressed");
        Interlocked.Read(ref sent).Should().BeLessThan(4096L << 20);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_EndlessBody_StopsAtTheCutOff()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/endless", async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync("<html><head><title>Endless</title></head><body>");
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>more</p>", 1000)));
            try
            {
                while (!c.RequestAborted.IsCancellationRequested)
                {
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
            }
        }));
        var stopwatch = Stopwatch.StartNew();

        var result = (await CheckAsync(FastOptions(), new LinkTarget(server.Url("/endless").AbsoluteUri + "#far-below") { CitedTitle = "Endless" })).Single();

        result.Verdict.Should().Be(LinkVerdict.Ok);
        result.Warnings.Should().BeEmpty("an anchor beyond the cut-off is unknown, not missing");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ManyLinksToOneHost_KeepsConnectionsWithinThePerHostLimit()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/ok/{n:int}", async c =>
        {
            await Task.Delay(30, c.RequestAborted);
            await Html(c, Page("ok"));
        }));
        var options = FastOptions();
        options.MaxConcurrencyPerHost = 4;

        var results = await CheckAsync(options, [.. Enumerable.Range(0, 60).Select(n => new LinkTarget(server.Url($"/ok/{n}").AbsoluteUri))]);

        results.Should().HaveCount(60).And.OnlyContain(r => r.Verdict == LinkVerdict.Ok);
        server.MaxOpenConnections.Should().BeLessThanOrEqualTo(4);
        server.Connections.Should().BeLessThanOrEqualTo(4, "connections are kept alive and reused");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ManyHosts_KeepRequestsWithinTheGlobalLimit()
    {
        var inFlight = 0;
        var most = 0;
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/ok/{n:int}", async c =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(30, c.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await Html(c, Page("ok"));
        }));
        var options = FastOptions();
        options.MaxConcurrency = 3;
        options.HostResolver = Names("a.test", "b.test", "c.test", "d.test");

        var results = await CheckAsync(options, [.. Enumerable.Range(0, 40).Select(n => new LinkTarget($"http://{(char)('a' + (n % 4))}.test:{server.Port}/ok/{n}"))]);

        results.Should().HaveCount(40).And.OnlyContain(r => r.Verdict == LinkVerdict.Ok);
        Volatile.Read(ref most).Should().BeInRange(2, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_SameUrlManyTimes_IsFetchedOnceAndFansOut()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/shared", c => Html(c, Page("Shared"))));
        var url = server.Url("/shared").AbsoluteUri;

        var results = await CheckAsync(FastOptions(),
            new LinkTarget(url) { Source = "a.md", Span = new SourceSpan(0, 10, 1, 3) },
            new LinkTarget(url.Replace("127.0.0.1", "127.0.0.1", StringComparison.Ordinal).ToUpperInvariant().Replace("/SHARED", "/shared", StringComparison.Ordinal)) { Source = "b.md" },
            new LinkTarget(url) { Source = "c.md" });

        server.HitsOf("/shared").Should().Be(1);
        results.Select(r => r.Target.Source).Should().BeEquivalentTo(["a.md", "b.md", "c.md"]);
        results.Should().OnlyContain(r => r.Verdict == LinkVerdict.Ok && r.NormalizedUrl == url);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_Cancelled_StopsPromptly()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/hang/{n:int}", async c => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted)));
        using var checker = new LinkChecker(FastOptions());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        var act = async () =>
        {
            await foreach (var _ in checker.CheckAsync(Enumerable.Range(0, 5).Select(n => new LinkTarget(server.Url($"/hang/{n}").AbsoluteUri)).AsStream(), cancel.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_SendsHonestUserAgentAndHostHeadersOnlyToTheirHost()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/start", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = $"http://other.test:{c.Request.Host.Port}/landing"; return Task.CompletedTask; });
            app.MapGet("/landing", c => Html(c, Page("Landing")));
        });
        var options = FastOptions();
        options.HostResolver = Names("secret.test", "other.test");
        options.UserAgent = "cite-tests/1.0 (+contact)";
        options.AddHostHeader("secret.test", "Authorization", "Bearer only-for-secret");

        var result = (await CheckAsync(options, new LinkTarget($"http://secret.test:{server.Port}/start"))).Single();

        result.Verdict.Should().Be(LinkVerdict.Ok);
        var requests = server.Requests.ToArray();
        requests.Should().OnlyContain(r => r.UserAgent == "cite-tests/1.0 (+contact)");
        requests.Single(r => r.Path == "/start").Authorization.Should().Be("Bearer only-for-secret");
        requests.Single(r => r.Path == "/landing").Authorization.Should().BeNull("credentials never follow a redirect to another host");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_AcceptedCodes_TurnAStatusIntoOk()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/members", c => Html(c, Page("Members only"), 403)));
        var options = FastOptions();
        options.AcceptedStatusCodes = StatusCodeSet.Parse("200..299,403");

        var result = await CheckOneAsync(options, server.Url("/members"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_HeadWhenAsked_SendsHead()
    {
        var methods = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var server = await LocalServer.StartAsync(app => app.Map("/page", c =>
        {
            methods.Enqueue(c.Request.Method);
            return Html(c, Page("Page"));
        }));
        var options = FastOptions();
        options.UseHead = true;

        var result = await CheckOneAsync(options, server.Url("/page"));

        result.Verdict.Should().Be(LinkVerdict.Ok);
        methods.Should().Equal("HEAD");
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_BrokenLinkWithArchive_SuggestsSnapshotFromAvailabilityApi()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/gone", c => Html(c, Page("Gone"), 404));
            app.MapGet("/wayback/available", (HttpContext c) =>
            {
                var url = c.Request.Query["url"].ToString();
                return Results.Json(new { url, archived_snapshots = new { closest = new { available = true, url = "http://archive.test/web/20240101000000/" + url, timestamp = "20240101000000", status = "200" } } });
            });
        });
        var options = FastOptions();
        options.ArchiveEndpoint = server.Url("/wayback/available");

        var result = await CheckOneAsync(options, server.Url("/gone"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.ArchivedUrl.Should().Be("http://archive.test/web/20240101000000/" + server.Url("/gone").AbsoluteUri);
    }

    [Fact(Timeout = Bound)]
    public async Task CheckAsync_ArchiveWithoutSnapshot_LeavesNoSuggestion()
    {
        await using var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/gone", c => Html(c, Page("Gone"), 404));
            app.MapGet("/wayback/available", () => Results.Json(new { archived_snapshots = new { } }));
        });
        var options = FastOptions();
        options.ArchiveEndpoint = server.Url("/wayback/available");

        var result = await CheckOneAsync(options, server.Url("/gone"));

        result.Verdict.Should().Be(LinkVerdict.Broken);
        result.ArchivedUrl.Should().BeNull();
    }
}
