using System.Net;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// How a <see cref="LinkChecker"/> fetches and judges links. The setters take any value;
/// <see cref="LinkCheckerOptionsValidator"/> checks the whole set when a checker is built (and at start-up when the
/// options are registered with <c>AddCitationLinkChecker</c> in a host), with messages that name the option and say what
/// is allowed.
/// </summary>
/// <remarks>
/// The checker copies the options when it is built; changing them afterwards does not affect it. An instance is not
/// thread-safe while it is being filled in. The numbers, durations, switches, <see cref="UserAgent"/> and
/// <see cref="ArchiveEndpoint"/> bind from the configuration section <see cref="SectionName"/>; patterns, status codes,
/// headers and <see cref="HostResolver"/> are set from code.
/// </remarks>
public sealed class LinkCheckerOptions
{
    /// <summary>The configuration section the options bind from: <c>AseanAiCitations:LinkChecker</c>.</summary>
    public const string SectionName = "AseanAiCitations:LinkChecker";

    /// <summary>The archive availability API used by default when archive suggestions are on.</summary>
    public static readonly Uri DefaultArchiveEndpoint = new("https://archive.org/wayback/available");

    private Dictionary<string, Dictionary<string, string>> _hostHeaders = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? _hostHeadersView;

    /// <summary>The default User-Agent: names the checker and its version, so that site owners can tell what it is.</summary>
    public static string DefaultUserAgent { get; } =
        "AseanAi.Citations-LinkChecker/" + (typeof(LinkCheckerOptions).Assembly.GetName().Version?.ToString(3) ?? "0") +
        " (link-rot check of citations)";

    /// <summary>How many requests may be in flight at once across all hosts. 1–1024; default 64.</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>
    /// How many requests (and so connections) may be open to one host at once. 1–256; default 8. The HTTP handler
    /// enforces the same number as its connection limit per server.
    /// </summary>
    public int MaxConcurrencyPerHost { get; set; } = 8;

    /// <summary>How long one request (one attempt, redirects included) may take. Above zero, at most 10 minutes; default 20 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the check of one URL may take, retries and waits included. Above zero, at most 1 hour; default 2 minutes.</summary>
    public TimeSpan LinkTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a transient failure (timeout, reset, 5xx, 429) is retried. 0–10; default 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter. 0 to 1 minute; default 0.5 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest <c>Retry-After</c> that is honoured; a server that asks for a longer wait is not retried (a 429 then
    /// becomes <see cref="LinkVerdict.Blocked"/>). 0 to 10 minutes; default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The total time a run may spend waiting before retries to one host. 0 to 1 hour; default 60 s.</summary>
    public TimeSpan MaxRetryWaitPerHost { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many redirects are followed before the link is <see cref="LinkVerdict.Broken"/>. 0–10; default 10.</summary>
    public int MaxRedirects { get; set; } = 10;

    /// <summary>
    /// How many bytes of a page body (after decompression) are read for the title, soft-404 and fragment checks; the
    /// rest is never downloaded. 1 KiB to 16 MiB; default 256 KiB.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The User-Agent header sent with every request (white space around it is dropped). Not empty, no control
    /// characters; default <see cref="DefaultUserAgent"/>.
    /// </summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Send HEAD instead of GET. Off by default: HEAD cannot see titles, soft 404s or fragments, and many servers answer it wrongly.</summary>
    public bool UseHead { get; set; }

    /// <summary>
    /// Refuse targets whose resolved address is loopback, private, link-local or otherwise not public, checked when
    /// connecting (so host names that resolve to such addresses are refused too). Refused links are
    /// <see cref="LinkVerdict.Excluded"/>. Off by default, so that documents linking to local servers can be checked.
    /// </summary>
    public bool DenyPrivateAddresses { get; set; }

    /// <summary>The statuses that count as working. Not <see langword="null"/>; default 2xx.</summary>
    public StatusCodeSet AcceptedStatusCodes { get; set; } = StatusCodeSet.Success;

    /// <summary>When not empty, only URLs that match one of these patterns are checked; the others are <see cref="LinkVerdict.Excluded"/>. No <see langword="null"/> entries.</summary>
    public IReadOnlyList<Regex> IncludePatterns { get; set; } = [];

    /// <summary>URLs that match one of these patterns are not checked (<see cref="LinkVerdict.Excluded"/>); exclusion wins over inclusion. No <see langword="null"/> entries.</summary>
    public IReadOnlyList<Regex> ExcludePatterns { get; set; } = [];

    /// <summary>Compare page titles with cited titles (<see cref="LinkWarning.TitleMismatch"/>). On by default.</summary>
    public bool CheckTitles { get; set; } = true;

    /// <summary>Look for <c>#fragment</c> targets in pages (<see cref="LinkWarning.FragmentMissing"/>). On by default.</summary>
    public bool CheckFragments { get; set; } = true;

    /// <summary>Recognise "not found" pages answered with 200 (<see cref="LinkVerdict.Soft404"/>). On by default.</summary>
    public bool DetectSoft404 { get; set; } = true;

    /// <summary>
    /// The archive availability API asked for a snapshot of each dead link (it is called with <c>?url=</c> and answers
    /// in the Wayback Machine's <c>archived_snapshots.closest</c> form); <see langword="null"/> (the default) turns
    /// archive suggestions off. Must be an absolute <c>http</c> or <c>https</c> URL.
    /// </summary>
    public Uri? ArchiveEndpoint { get; set; }

    /// <summary>
    /// Resolves a host name to the addresses the checker connects to, in the order given; <see langword="null"/> (the
    /// default) uses the system resolver (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>). Use it to
    /// send a name to a server of your own (a staging mirror, a local test server) or to resolve through your own DNS
    /// client. For a name that does not exist, throw a <see cref="System.Net.Sockets.SocketException"/> with
    /// <see cref="System.Net.Sockets.SocketError.HostNotFound"/>, as the system resolver does; the link is then judged as
    /// one whose host does not resolve.
    /// </summary>
    /// <remarks>
    /// Literal IP addresses are not passed to it. <see cref="DenyPrivateAddresses"/> still applies to the addresses it
    /// returns. When it is set, proxies are bypassed (a proxy would resolve the name itself). It is called on the
    /// connection path, possibly from several threads at once, so it must be thread-safe.
    /// </remarks>
    public Func<string, CancellationToken, Task<IPAddress[]>>? HostResolver { get; set; }

    /// <summary>The extra headers sent to each host (names compared case-insensitively), as set with <see cref="AddHostHeader"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> HostHeaders =>
        _hostHeadersView ??= _hostHeaders.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(pair.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sends <paramref name="name"/>: <paramref name="value"/> with every request to <paramref name="host"/> (and
    /// only to it: the header is not sent after a redirect to another host, so credentials never leave their host).
    /// </summary>
    /// <param name="host">A host name such as <c>www.example.org</c>, without scheme or port.</param>
    /// <param name="name">A header name (an HTTP token).</param>
    /// <param name="value">The value, without line breaks.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException">The host, name or value is empty or malformed.</exception>
    public LinkCheckerOptions AddHostHeader(string host, string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (Uri.CheckHostName(host.Trim()) == UriHostNameType.Unknown)
        {
            throw new ArgumentException($"'{host}' is not a host name (write it without scheme, port or path).", nameof(host));
        }

        if (!name.All(IsTokenChar))
        {
            throw new ArgumentException($"'{name}' is not a valid HTTP header name.", nameof(name));
        }

        if (value.Any(c => c is '\r' or '\n' or '\0'))
        {
            throw new ArgumentException($"The value of header '{name}' must not contain line breaks.", nameof(value));
        }

        var key = host.Trim().ToLowerInvariant();
        if (!_hostHeaders.TryGetValue(key, out var headers))
        {
            headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _hostHeaders[key] = headers;
        }

        headers[name] = value;
        _hostHeadersView = null;
        return this;
    }

    /// <summary>
    /// A copy that a checker keeps: later changes to these options do not reach it. The User-Agent is trimmed here, once.
    /// </summary>
    internal LinkCheckerOptions Snapshot()
    {
        var copy = (LinkCheckerOptions)MemberwiseClone();
        copy.UserAgent = UserAgent.Trim();
        copy.IncludePatterns = [.. IncludePatterns];
        copy.ExcludePatterns = [.. ExcludePatterns];
        copy._hostHeaders = _hostHeaders.ToDictionary(
            pair => pair.Key, pair => new Dictionary<string, string>(pair.Value, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        copy._hostHeadersView = null;
        return copy;
    }

    private static bool IsTokenChar(char c) =>
        c is > ' ' and < '\u007f' && "()<>@,;:\\\"/[]?={}".IndexOf(c, StringComparison.Ordinal) < 0;
}
