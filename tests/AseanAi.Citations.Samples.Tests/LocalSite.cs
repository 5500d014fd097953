using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AseanAi.Citations.Samples.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port: <c>/ok</c> serves a page, <c>/gone</c> answers 404, and
/// <c>/flaky</c> answers 404 while <see cref="FlakyIsDown"/> is set, else 200. Stops when disposed.
/// </summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalSite(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public bool FlakyIsDown { get; set; }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LocalSite? site = null;
        app.MapGet("/ok", () => Results.Content(
            "<!DOCTYPE html><html lang=\"ja\"><head><title>日ASEAN・AI共創イニシアティブ</title></head><body><h1>日ASEAN・AI共創イニシアティブ</h1><p>外務省の発表資料。本文はここにあります。</p></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/gone", () => Results.NotFound());
        app.MapGet("/flaky", () => site!.FlakyIsDown ? Results.NotFound() : Results.Content("<!DOCTYPE html><html><head><title>Back</title></head><body><p>Back again, with real content.</p></body></html>", "text/html"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        site = new LocalSite(app, new Uri(address + "/"));
        return site;
    }

    /// <summary>A URL on 127.0.0.1 where nothing listens: connections are refused at once.</summary>
    public static string ClosedPortUrl(string path)
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/{path}";
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
