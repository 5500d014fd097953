using AseanAi.Citations.Web.LinkChecking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static AseanAi.Citations.Web.Tests.LinkChecking.CheckerRuns;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public sealed class LinkCheckCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cite-cache-tests-").FullName;

    private string CachePath => Path.Combine(_folder, "links.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task Html(HttpContext context, string title, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"<html><head><title>{title}</title></head><body><h2 id=\"here\">x</h2></body></html>");
    }

    [Fact(Timeout = 60_000)]
    public async Task WorkingLink_IsReusedWithinTimeToLive_WithItsWarnings()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/page", c => Html(c, "Cached page")));
        var url = server.Url("/page").AbsoluteUri;
        using var cache = LinkCheckCache.Open(CachePath);

        var first = (await CheckAsync(FastOptions(), cache, new LinkTarget(url))).Single();
        var second = await CheckAsync(FastOptions(), cache,
            new LinkTarget(url + "#here") { CitedTitle = "Cached page" },
            new LinkTarget(url + "#gone") { CitedTitle = "Something else entirely" });

        first.FromCache.Should().BeFalse();
        second.Should().OnlyContain(r => r.FromCache && r.Verdict == LinkVerdict.Ok);
        second.Single(r => r.Target.Url.EndsWith("#here", StringComparison.Ordinal)).Warnings.Should().BeEmpty();
        second.Single(r => r.Target.Url.EndsWith("#gone", StringComparison.Ordinal)).Warnings
            .Should().BeEquivalentTo([LinkWarning.TitleMismatch, LinkWarning.FragmentMissing]);
        server.HitsOf("/page").Should().Be(1);
    }

    [Fact(Timeout = 60_000)]
    public async Task ExpiredEntry_IsCheckedAgain()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/page", c => Html(c, "Page")));
        var time = new ManualTime(DateTimeOffset.Parse("2025-10-26T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var cache = LinkCheckCache.Open(CachePath, TimeSpan.FromHours(1), time);

        await CheckAsync(FastOptions(), cache, new LinkTarget(server.Url("/page").AbsoluteUri));
        time.Advance(TimeSpan.FromMinutes(59));
        (await CheckAsync(FastOptions(), cache, new LinkTarget(server.Url("/page").AbsoluteUri))).Single().FromCache.Should().BeTrue();
        time.Advance(TimeSpan.FromMinutes(2));
        (await CheckAsync(FastOptions(), cache, new LinkTarget(server.Url("/page").AbsoluteUri))).Single().FromCache.Should().BeFalse();

        server.HitsOf("/page").Should().Be(2);
    }

    [Fact(Timeout = 60_000)]
    public async Task BrokenLink_IsRecheckedEveryRun_AndItsStreakCounted()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/gone", c => Html(c, "Gone", 404)));
        var time = new ManualTime(DateTimeOffset.Parse("2025-10-26T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var started = time.GetUtcNow();
        using var cache = LinkCheckCache.Open(CachePath, null, time);
        var url = server.Url("/gone").AbsoluteUri;

        LinkCheckResult last = null!;
        for (var run = 0; run < 3; run++)
        {
            last = (await CheckAsync(FastOptions(), cache, new LinkTarget(url))).Single();
            time.Advance(TimeSpan.FromDays(1));
        }

        server.HitsOf("/gone").Should().Be(3);
        last.FromCache.Should().BeFalse();
        last.History.Should().Be(new LinkHistory(started, 3));
        cache.GetHistory(url).Should().Be(new LinkHistory(started, 3));
    }

    [Fact(Timeout = 60_000)]
    public async Task LinkThatWorksAgain_EndsItsStreak_AndUnverifiableChecksKeepIt()
    {
        var mode = 404;
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/flip", c => Html(c, "Flip", Volatile.Read(ref mode))));
        using var cache = LinkCheckCache.Open(CachePath, TimeSpan.Zero);
        var url = server.Url("/flip").AbsoluteUri;

        await CheckAsync(FastOptions(), cache, new LinkTarget(url));
        Volatile.Write(ref mode, 403);
        var blocked = (await CheckAsync(FastOptions(), cache, new LinkTarget(url))).Single();
        Volatile.Write(ref mode, 200);
        var working = (await CheckAsync(FastOptions(), cache, new LinkTarget(url))).Single();

        blocked.Verdict.Should().Be(LinkVerdict.Blocked);
        blocked.History!.ConsecutiveFailures.Should().Be(1);
        working.History.Should().Be(new LinkHistory(null, 0));
    }

    [Fact(Timeout = 60_000)]
    public async Task Cache_SurvivesReopening()
    {
        await using var server = await LocalServer.StartAsync(app => app.MapGet("/page", c => Html(c, "Page")));
        var url = server.Url("/page").AbsoluteUri;
        using (var cache = LinkCheckCache.Open(CachePath))
        {
            await CheckAsync(FastOptions(), cache, new LinkTarget(url));
        }

        using (var reopened = LinkCheckCache.Open(CachePath))
        {
            (await CheckAsync(FastOptions(), reopened, new LinkTarget(url))).Single().FromCache.Should().BeTrue();
        }

        server.HitsOf("/page").Should().Be(1);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsClearError()
    {
        File.WriteAllText(CachePath, "this is a text file, not a cache\n" + new string('x', 4096));

        var act = () => LinkCheckCache.Open(CachePath);

        act.Should().Throw<InvalidDataException>().WithMessage("*not a link cache*");
    }

    [Fact]
    public void Open_NegativeTimeToLive_Throws()
    {
        var act = () => LinkCheckCache.Open(CachePath, TimeSpan.FromSeconds(-1));

        act.Should().Throw<ArgumentException>().WithMessage("*must not be negative*");
    }

    [Fact]
    public void Open_UsesWriteAheadLog()
    {
        using (LinkCheckCache.Open(CachePath))
        {
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={CachePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().Should().Be("wal");
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
