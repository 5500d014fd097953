using System.Net;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// How a <see cref="LinkChecker"/> fetches and judges links. Every setter validates its value and throws
/// <see cref="ArgumentException"/> (or <see cref="ArgumentOutOfRangeException"/>) with a message that says what is
/// allowed, so a bad value fails where it is set rather than during a run.
/// </summary>
/// <remarks>
/// The checker copies the options when it is built; changing them afterwards does not affect it. An instance is not
/// thread-safe while it is being filled in.
/// </remarks>
public sealed class LinkCheckerOptions
{
    /// <summary>The archive availability API used by default when archive suggestions are on.</summary>
    public static readonly Uri DefaultArchiveEndpoint = new("https://archive.org/wayback/available");

    private int _maxConcurrency = 64;
    private int _maxConcurrencyPerHost = 8;
    private TimeSpan _requestTimeout = TimeSpan.FromSeconds(20);
    private TimeSpan _linkTimeout = TimeSpan.FromMinutes(2);
    private int _maxRetries = 2;
    private TimeSpan _retryBaseDelay = TimeSpan.FromMilliseconds(500);
    private TimeSpan _maxRetryAfter = TimeSpan.FromSeconds(30);
    private TimeSpan _maxRetryWaitPerHost = TimeSpan.FromSeconds(60);
    private int _maxRedirects = 10;
    private int _maxBodyBytes = 256 * 1024;
    private string _userAgent = DefaultUserAgent;
    private StatusCodeSet _acceptedStatusCodes = StatusCodeSet.Success;
    private IReadOnlyList<Regex> _include = [];
    private IReadOnlyList<Regex> _exclude = [];
    private Uri? _archiveEndpoint;
    private readonly Dictionary<string, Dictionary<string, string>> _hostHeaders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default User-Agent: names the checker and its version, so that site owners can tell what it is.</summary>
    public static string DefaultUserAgent { get; } =
        "AseanAi.Citations-LinkChecker/" + (typeof(LinkCheckerOptions).Assembly.GetName().Version?.ToString(3) ?? "0") +
        " (link-rot check of citations)";

    /// <summary>How many requests may be in flight at once across all hosts. 1–1024; default 64.</summary>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set => _maxConcurrency = InRange(value, 1, 1024, nameof(MaxConcurrency));
    }

    /// <summary>
    /// How many requests (and so connections) may be open to one host at once. 1–256; default 8. The HTTP handler
    /// enforces the same number as its connection limit per server.
    /// </summary>
    public int MaxConcurrencyPerHost
    {
        get => _maxConcurrencyPerHost;
        set => _maxConcurrencyPerHost = InRange(value, 1, 256, nameof(MaxConcurrencyPerHost));
    }

    /// <summary>How long one request (one attempt, redirects included) may take. Above zero, at most 10 minutes; default 20 s.</summary>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        set => _requestTimeout = Positive(value, TimeSpan.FromMinutes(10), nameof(RequestTimeout));
    }

    /// <summary>How long the check of one URL may take, retries and waits included. Above zero, at most 1 hour; default 2 minutes.</summary>
    public TimeSpan LinkTimeout
    {
        get => _linkTimeout;
        set => _linkTimeout = Positive(value, TimeSpan.FromHours(1), nameof(LinkTimeout));
    }

    /// <summary>How many times a transient failure (timeout, reset, 5xx, 429) is retried. 0–10; default 2.</summary>
    public int MaxRetries
    {
        get => _maxRetries;
        set => _maxRetries = InRange(value, 0, 10, nameof(MaxRetries));
    }

    /// <summary>The first retry delay; later ones grow exponentially, with jitter. 0 to 1 minute; default 0.5 s.</summary>
    public TimeSpan RetryBaseDelay
    {
        get => _retryBaseDelay;
        set => _retryBaseDelay = NotNegative(value, TimeSpan.FromMinutes(1), nameof(RetryBaseDelay));
    }

    /// <summary>
    /// The longest <c>Retry-After</c> that is honoured; a server that asks for a longer wait is not retried (a 429 then
    /// becomes <see cref="LinkVerdict.Blocked"/>). 0 to 10 minutes; default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter
    {
        get => _maxRetryAfter;
        set => _maxRetryAfter = NotNegative(value, TimeSpan.FromMinutes(10), nameof(MaxRetryAfter));
    }

    /// <summary>The total time a run may spend waiting before retries to one host. 0 to 1 hour; default 60 s.</summary>
    public TimeSpan MaxRetryWaitPerHost
    {
        get => _maxRetryWaitPerHost;
        set => _maxRetryWaitPerHost = NotNegative(value, TimeSpan.FromHours(1), nameof(MaxRetryWaitPerHost));
    }

    /// <summary>How many redirects are followed before the link is <see cref="LinkVerdict.Broken"/>. 0–10; default 10.</summary>
    public int MaxRedirects
    {
        get => _maxRedirects;
        set => _maxRedirects = InRange(value, 0, 10, nameof(MaxRedirects));
    }

    /// <summary>
    /// How many bytes of a page body (after decompression) are read for the title, soft-404 and fragment checks; the
    /// rest is never downloaded. 1 KiB to 16 MiB; default 256 KiB.
    /// </summary>
    public int MaxBodyBytes
    {
        get => _maxBodyBytes;
        set => _maxBodyBytes = InRange(value, 1024, 16 * 1024 * 1024, nameof(MaxBodyBytes));
    }

    /// <summary>The User-Agent header sent with every request. Not empty, no control characters; default <see cref="DefaultUserAgent"/>.</summary>
    public string UserAgent
    {
        get => _userAgent;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(UserAgent));
            if (value.Any(char.IsControl))
            {
                throw new ArgumentException("The User-Agent must not contain control characters such as line breaks.", nameof(UserAgent));
            }

            _userAgent = value.Trim();
        }
    }

    /// <summary>Send HEAD instead of GET. Off by default: HEAD cannot see titles, soft 404s or fragments, and many servers answer it wrongly.</summary>
    public bool UseHead { get; set; }

    /// <summary>
    /// Refuse targets whose resolved address is loopback, private, link-local or otherwise not public, checked when
    /// connecting (so host names that resolve to such addresses are refused too). Refused links are
    /// <see cref="LinkVerdict.Excluded"/>. Off by default, so that documents linking to local servers can be checked.
    /// </summary>
    public bool DenyPrivateAddresses { get; set; }

    /// <summary>The statuses that count as working. Default 2xx.</summary>
    public StatusCodeSet AcceptedStatusCodes
    {
        get => _acceptedStatusCodes;
        set => _acceptedStatusCodes = value ?? throw new ArgumentNullException(nameof(AcceptedStatusCodes));
    }

    /// <summary>When not empty, only URLs that match one of these patterns are checked; the others are <see cref="LinkVerdict.Excluded"/>.</summary>
    public IReadOnlyList<Regex> IncludePatterns
    {
        get => _include;
        set => _include = NoNulls(value, nameof(IncludePatterns));
    }

    /// <summary>URLs that match one of these patterns are not checked (<see cref="LinkVerdict.Excluded"/>); exclusion wins over inclusion.</summary>
    public IReadOnlyList<Regex> ExcludePatterns
    {
        get => _exclude;
        set => _exclude = NoNulls(value, nameof(ExcludePatterns));
    }

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
    public Uri? ArchiveEndpoint
    {
        get => _archiveEndpoint;
        set
        {
            if (value is not null && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ArgumentException($"The archive endpoint '{value}' must be an absolute http or https URL.", nameof(ArchiveEndpoint));
            }

            _archiveEndpoint = value;
        }
    }

    /// <summary>The extra headers sent to each host (names compared case-insensitively), as set with <see cref="AddHostHeader"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> HostHeaders =>
        _hostHeaders.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(pair.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Resolves host names to addresses. Tests replace it to give names to local servers; <see langword="null"/> uses
    /// the system resolver.
    /// </summary>
    internal Func<string, CancellationToken, Task<IPAddress[]>>? HostResolver { get; set; }

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
        return this;
    }

    private static bool IsTokenChar(char c) =>
        c is > ' ' and < '\u007f' && "()<>@,;:\\\"/[]?={}".IndexOf(c, StringComparison.Ordinal) < 0;

    private static int InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }

        return value;
    }

    private static TimeSpan Positive(TimeSpan value, TimeSpan max, string name)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be above zero and at most {max}.");
        }

        return value;
    }

    private static TimeSpan NotNegative(TimeSpan value, TimeSpan max, string name)
    {
        if (value < TimeSpan.Zero || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between zero and {max}.");
        }

        return value;
    }

    private static IReadOnlyList<Regex> NoNulls(IReadOnlyList<Regex> value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Any(pattern => pattern is null))
        {
            throw new ArgumentException($"{name} must not contain null patterns.", name);
        }

        return [.. value];
    }
}
