namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Web archives (the Wayback Machine, the National Diet Library's WARP, archive.today): their hosts say who archived a
/// page, not who published it. When the archived address is embedded in the archive URL, it is recovered so that the
/// publisher can be inferred from the original host.
/// </summary>
internal static class ArchivedUrl
{
    // Archive services and where the original URL starts in their paths. Source: each service's documented URL form.
    private static readonly string[] ArchiveHosts = ["web.archive.org", "warp.ndl.go.jp", "warp.da.ndl.go.jp", "archive.today", "archive.ph", "archive.is", "webarchive.nla.gov.au", "wayback.archive-it.org"];

    /// <summary>Whether <paramref name="host"/> (a URL's <see cref="Uri.Host"/>) is a web archive's.</summary>
    public static bool IsArchive(string host)
    {
        foreach (var archive in ArchiveHosts)
        {
            if (host.Equals(archive, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The original URL inside an archive URL, or <see langword="null"/> when there is none.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="host">Its host, as <see cref="Uri.Host"/> gives it.</param>
    public static Uri? Original(Uri url, string host)
    {
        if (!IsArchive(host))
        {
            return null;
        }

        var path = url.OriginalString;
        foreach (var marker in (string[])["/http://", "/https://"])
        {
            var index = path.IndexOf(marker, 8, StringComparison.OrdinalIgnoreCase);
            if (index > 0 && Uri.TryCreate(path[(index + 1)..], UriKind.Absolute, out var original))
            {
                return original;
            }
        }

        // WARP without a scheme: /info:ndljp/pid/11402269/www.meti.go.jp/press/...
        var pid = path.IndexOf("/pid/", StringComparison.OrdinalIgnoreCase);
        if (pid > 0)
        {
            var rest = path[(pid + 5)..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && Uri.TryCreate("http://" + rest[(slash + 1)..], UriKind.Absolute, out var original) && original.Host.Contains('.', StringComparison.Ordinal))
            {
                return original;
            }
        }

        return null;
    }
}
