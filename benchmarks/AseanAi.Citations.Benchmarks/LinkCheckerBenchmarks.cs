using System.Net;
using AseanAi.Citations.Web.LinkChecking;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Link scheduling end to end: 200 distinct links to one loopback Kestrel server that answers each after a fixed
/// latency, checked by one reused <see cref="LinkChecker"/>. The per-host limit bounds throughput (links/s ≈
/// limit / latency); the baseline is the default of 8. Allocation per run shows the cost of a check beyond the
/// network: request, bounded body read, page inspection and result.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*LinkChecker*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class LinkCheckerBenchmarks
{
    private const int Links = 200;
    private const int LatencyMs = 5;

    private WebApplication _server = null!;
    private LinkChecker _checker = null!;
    private LinkTarget[] _targets = [];

    [Params(8, 64)]
    public int MaxPerHost { get; set; } = 8;

    [GlobalSetup]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapGet("/ok/{n:int}", async (HttpContext c) =>
        {
            await Task.Delay(LatencyMs);
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync("<!doctype html><html><head><title>ok</title></head><body><h1 id=\"top\">ok</h1></body></html>");
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _targets = [.. Enumerable.Range(0, Links).Select(n => new LinkTarget($"{address}/ok/{n}"))];
        _checker = new LinkChecker(new LinkCheckerOptions { MaxConcurrencyPerHost = MaxPerHost });
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _checker.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Description = "check 200 links, 5 ms latency")]
    public async Task<int> CheckLinks()
    {
        var ok = 0;
        await foreach (var result in _checker.CheckAsync(Stream(_targets)))
        {
            ok += result.Verdict == LinkVerdict.Ok ? 1 : 0;
        }

        return ok == Links ? ok : throw new InvalidOperationException($"only {ok} of {Links} links were ok");
    }

    private static async IAsyncEnumerable<LinkTarget> Stream(LinkTarget[] targets)
    {
        foreach (var target in targets)
        {
            yield return target;
        }

        await Task.CompletedTask;
    }
}
