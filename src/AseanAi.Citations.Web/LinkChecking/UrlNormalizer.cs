namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>Turns URLs as written into the key under which they are fetched once per run and cached.</summary>
internal static class UrlNormalizer
{
    /// <summary>
    /// Reads <paramref name="text"/> as an absolute http(s) URL. The key has the scheme and host in lower case, no
    /// default port, no fragment, and <c>/</c> for an empty path; the query is kept as written.
    /// </summary>
    public static bool TryNormalize(string text, out Uri uri, out string key, out string? fragment, out string? problem)
    {
        uri = null!;
        key = string.Empty;
        fragment = null;
        problem = null;
        var trimmed = text.Trim().Trim('<', '>');
        if (trimmed.Length == 0)
        {
            problem = "empty URL";
            return false;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) || parsed.IsFile || parsed.IsUnc)
        {
            problem = "not an absolute URL";
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            problem = $"unsupported scheme '{parsed.Scheme}'";
            return false;
        }

        if (parsed.IdnHost.Length == 0)
        {
            problem = "no host";
            return false;
        }

        key = parsed.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        uri = new Uri(key);
        if (parsed.Fragment.Length > 1)
        {
            fragment = Uri.UnescapeDataString(parsed.Fragment[1..]);
        }

        return true;
    }

    /// <summary>The key of a host for per-host limits: the host name and port.</summary>
    public static string HostKey(Uri uri) => uri.IdnHost + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the host is this machine by name or literal (plain http to it is not a security finding).</summary>
    public static bool IsLocalHost(Uri uri)
    {
        var host = uri.IdnHost;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address);
    }

    /// <summary>Whether <paramref name="uri"/> names its host by an IP literal rather than a name that needs resolving.</summary>
    public static bool IsAddressLiteral(Uri uri) => uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
}
