using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AseanAi.Citations.Publishers;

public sealed partial class PublisherRegistry
{
    private readonly FrozenDictionary<string, ImmutableArray<(string Path, Publisher Publisher)>> _domains;

    /// <summary>
    /// Finds the publisher whose site <paramref name="url"/> is on: its host is a registered domain or a subdomain of one
    /// (spap.jst.go.jp is JST's, cn.nikkei.com is Nikkei's), the most specific registration winning
    /// (enecho.meti.go.jp is the energy agency's, not METI's; news.yahoo.co.jp/expert/… is Yahoo!ニュース エキスパート's).
    /// A host is never matched by a mere suffix across labels: xjst.go.jp is not JST.
    /// </summary>
    /// <param name="url">An absolute http or https URL; other URLs (relative, mailto:, file:) find nothing.</param>
    /// <param name="publisher">The publisher, when found.</param>
    /// <returns><see langword="true"/> when a registered site covers the URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    public bool TryResolveUrl(Uri url, [NotNullWhen(true)] out Publisher? publisher)
    {
        ArgumentNullException.ThrowIfNull(url);
        publisher = null;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(url.Host) || url.HostNameType is not (UriHostNameType.Dns or UriHostNameType.Basic))
        {
            return false;
        }

        return TryResolveHost(url, HostOf(url), out publisher);
    }

    /// <summary>
    /// <see cref="TryResolveUrl(Uri, out Publisher)"/> for an http or https URL whose host was read from its text
    /// (Internal.PlainUrlHost); without it, the URL is examined as usual.
    /// </summary>
    internal bool TryResolveUrl(Uri url, string? plainHost, [NotNullWhen(true)] out Publisher? publisher) =>
        plainHost is null ? TryResolveUrl(url, out publisher) : TryResolveHost(url, plainHost.TrimEnd('.'), out publisher);

    /// <summary>The registered site of <paramref name="host"/> (lower case, without a final dot) that covers the path of <paramref name="url"/>.</summary>
    private bool TryResolveHost(Uri url, string host, [NotNullWhen(true)] out Publisher? publisher)
    {
        publisher = null;
        string? path = null;
        var candidate = host.AsSpan();
        while (candidate.Contains('.'))
        {
            if (TryGetSites(candidate, out var sites))
            {
                foreach (var (sitePath, sitePublisher) in sites)
                {
                    // The path is only needed (and only made) for a site registered with one.
                    path ??= sitePath.Length == 0 ? null : url.AbsolutePath.Trim('/').ToLowerInvariant();
                    if (sitePath.Length == 0 || path == sitePath || (path!.StartsWith(sitePath, StringComparison.Ordinal) && path[sitePath.Length] == '/'))
                    {
                        publisher = sitePublisher;
                        return true;
                    }
                }
            }

            candidate = candidate[(candidate.IndexOf('.') + 1)..];
        }

        return false;
    }

    private bool TryGetSites(ReadOnlySpan<char> host, out ImmutableArray<(string Path, Publisher Publisher)> sites)
    {
#if NET9_0_OR_GREATER
        // Looked up by span: no string for each shorter suffix of the host.
        return _domains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(host, out sites);
#else
        return _domains.TryGetValue(host.ToString(), out sites);
#endif
    }

    private static string HostOf(Uri url)
    {
        string host;
        try
        {
            host = url.IdnHost;
        }
        catch (Exception exception) when (exception is ArgumentException or PlatformNotSupportedException or InvalidOperationException)
        {
            host = url.Host;
        }

        return host.TrimEnd('.').ToLowerInvariant();
    }

    private static FrozenDictionary<string, ImmutableArray<(string Path, Publisher Publisher)>> BuildDomainIndex(ImmutableArray<Publisher> publishers)
    {
        var domainCount = 0;
        foreach (var publisher in publishers)
        {
            domainCount += publisher.Domains.Length;
        }

        var sites = new Dictionary<string, List<(string Path, Publisher Publisher)>>(domainCount, StringComparer.Ordinal);
        foreach (var publisher in publishers)
        {
            foreach (var domain in publisher.Domains)
            {
                var slash = domain.IndexOf('/', StringComparison.Ordinal);
                var host = slash < 0 ? domain : domain[..slash];
                var path = slash < 0 ? string.Empty : domain[(slash + 1)..];
                ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sites, host, out _);
                list ??= new List<(string Path, Publisher Publisher)>(1);
                list.Add((path, publisher));
            }
        }

        // Longest path first, so that news.yahoo.co.jp/expert wins over news.yahoo.co.jp.
        return sites.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Count == 1 ? [pair.Value[0]] : pair.Value.OrderByDescending(site => site.Path.Length).ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
