using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AseanAi.Citations.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, for one test or one fixture; the one test server of every test
/// project (linked into each). It counts requests per path, the connections opened and the most open at once, and stops
/// when disposed.
/// </summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _openConnections;
    private int _maxOpenConnections;
    private int _connections;

    private LocalServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int Port => BaseUri.Port;

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Path, string Host, string? UserAgent, string? Authorization)> Requests { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    public int MaxOpenConnections => Volatile.Read(ref _maxOpenConnections);

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public int HitsOf(string path) => Hits.GetValueOrDefault(path);

    public static async Task<LocalServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        LocalServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => async connection =>
            {
                server!.Opened();
                try
                {
                    await next(connection);
                }
                finally
                {
                    server.Closed();
                }
            }));
        });
        var app = builder.Build();
        server = new LocalServer(app);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            server.Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            server.Requests.Enqueue((path, context.Request.Host.Host, context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null));
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    private void Opened()
    {
        Interlocked.Increment(ref _connections);
        var open = Interlocked.Increment(ref _openConnections);
        int max;
        while (open > (max = Volatile.Read(ref _maxOpenConnections)) && Interlocked.CompareExchange(ref _maxOpenConnections, open, max) != max)
        {
        }
    }

    private void Closed() => Interlocked.Decrement(ref _openConnections);

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
