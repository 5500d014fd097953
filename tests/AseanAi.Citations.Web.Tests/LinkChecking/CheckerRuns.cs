using System.Net;
using System.Net.Sockets;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

/// <summary>Runs a checker over targets with a hard time bound, and builds options fit for fast tests.</summary>
internal static class CheckerRuns
{
    public static LinkCheckerOptions FastOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(5),
        LinkTimeout = TimeSpan.FromSeconds(15),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetries = 2,
    };

    /// <summary>A resolver that gives the listed names the loopback address and says every other name does not exist.</summary>
    public static Func<string, CancellationToken, Task<IPAddress[]>> Names(params string[] names) => (host, _) =>
        names.Contains(host, StringComparer.OrdinalIgnoreCase)
            ? Task.FromResult(new[] { IPAddress.Loopback })
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));

    public static async Task<List<LinkCheckResult>> CheckAsync(LinkCheckerOptions options, params LinkTarget[] targets) =>
        await CheckAsync(options, null, targets);

    public static async Task<List<LinkCheckResult>> CheckAsync(LinkCheckerOptions options, LinkCheckCache? cache, params LinkTarget[] targets)
    {
        using var checker = new LinkChecker(options, cache);
        return await CheckAsync(checker, targets);
    }

    public static async Task<List<LinkCheckResult>> CheckAsync(LinkChecker checker, params LinkTarget[] targets)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var results = new List<LinkCheckResult>();
        await foreach (var result in checker.CheckAsync(targets.AsStream(), bound.Token))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<LinkCheckResult> CheckOneAsync(LinkCheckerOptions options, Uri url) =>
        (await CheckAsync(options, new LinkTarget(url.AbsoluteUri))).Single();

    public static async IAsyncEnumerable<T> AsStream<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
