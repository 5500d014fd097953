using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AseanAi.Citations.Samples.Tests;

/// <summary>
/// The shared <see cref="LocalServer"/> on 127.0.0.1 with a free port, where <c>/ok</c> serves a page, <c>/gone</c> answers 404, and
/// <c>/flaky</c> answers 404 while <see cref="FlakyIsDown"/> is set, else 200. Stops when disposed.
/// </summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private readonly LocalServer _server;

    private LocalSite(LocalServer server) => _server = server;

    public Uri BaseUri => _server.BaseUri;

    public bool FlakyIsDown { get; set; }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public static async Task<LocalSite> StartAsync()
    {
        LocalSite? site = null;
        var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/ok", () => Results.Content(
                "<!DOCTYPE html><html lang=\"ja\"><head><title>日ASEAN・AI共創イニシアティブ</title></head><body><h1>日ASEAN・AI共創イニシアティブ</h1><p>外務省の発表資料。本文はここにあります。</p></body></html>",
                "text/html; charset=utf-8"));
            app.MapGet("/gone", () => Results.NotFound());
            app.MapGet("/flaky", () => site!.FlakyIsDown ? Results.NotFound() : Results.Content("<!DOCTYPE html><html><head><title>Back</title></head><body><p>Back again, with real content.</p></body></html>", "text/html"));
        });
        site = new LocalSite(server);
        return site;
    }

    /// <summary>A URL on 127.0.0.1 where nothing listens: connections are refused at once.</summary>
    public static string ClosedPortUrl(string path) => LocalServer.ClosedPortUrl(path);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
