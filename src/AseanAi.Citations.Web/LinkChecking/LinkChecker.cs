using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Polly;
using Polly.Retry;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Checks links for rot over HTTP: concurrent but polite (a global and a per-host limit, keep-alive connections from
/// one pooled handler, retries with exponential backoff and jitter that honour <c>Retry-After</c> within a budget),
/// and careful not to cry wolf (soft-404 pages, bot walls and a missing network each get their own verdict).
/// </summary>
/// <remarks>
/// Build one checker and reuse it: it owns the connection pool. It is immutable once built and thread-safe; several
/// runs may share it. Dispose it to close its connections (a cache passed in is not disposed with it).
/// </remarks>
public sealed class LinkChecker : ILinkChecker, IDisposable
{
    private static readonly ResiliencePropertyKey<HostGate> GateKey = new("aseanai.link-host");

    private readonly LinkCheckerOptions _settings;
    private readonly bool _ownsClient;
    private readonly HttpClient _client;
    private readonly HttpProbe _probe;
    private readonly ArchiveLookup? _archive;
    private readonly LinkCheckCache? _cache;
    private readonly SemaphoreSlim _global;
    private readonly ResiliencePipeline<ProbeResult> _pipeline;

    /// <summary>Builds a checker from <paramref name="options"/>, copied now: later changes to them do not affect it.</summary>
    /// <param name="options">How to fetch and judge links.</param>
    /// <param name="cache">A cache of results and history to use, or <see langword="null"/> for none. The caller keeps ownership.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is not valid (see <see cref="LinkCheckerOptionsValidator"/>); the message names every bad option.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The longer overload differs by a required parameter of another type; both are new in this version, so no shipped call site is at stake.")]
    public LinkChecker(LinkCheckerOptions options, LinkCheckCache? cache = null)
        : this(cache, Checked(options), client: null)
    {
    }

    /// <summary>
    /// Builds a checker that sends its requests through <paramref name="httpClient"/>, which the caller keeps and
    /// disposes (for example a client from <c>IHttpClientFactory</c>). <paramref name="options"/> are copied now.
    /// </summary>
    /// <param name="options">How to fetch and judge links.</param>
    /// <param name="httpClient">
    /// The client to send requests with. Its handler should be one made by <see cref="CreateHttpHandler"/>: the checker
    /// follows redirects itself (a handler that follows them hides <see cref="LinkVerdict.Redirected"/>), and
    /// <see cref="LinkCheckerOptions.DenyPrivateAddresses"/> and <see cref="LinkCheckerOptions.MaxConcurrencyPerHost"/>
    /// are enforced by that handler when it connects. The client's own <see cref="HttpClient.Timeout"/> should be
    /// infinite or longer than <see cref="LinkCheckerOptions.RequestTimeout"/>; its default headers are sent too.
    /// </param>
    /// <param name="cache">A cache of results and history to use, or <see langword="null"/> for none. The caller keeps ownership.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="httpClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is not valid (see <see cref="LinkCheckerOptionsValidator"/>); the message names every bad option.</exception>
    public LinkChecker(LinkCheckerOptions options, HttpClient httpClient, LinkCheckCache? cache)
        : this(
            cache,
            Checked(options),
            httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
    }

    /// <summary>A client that owns <paramref name="handler"/> and sets no timeout of its own (the checker times each request).</summary>
    internal static HttpClient CreateClient(HttpMessageHandler handler) =>
        new(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };

    private LinkChecker(LinkCheckCache? cache, LinkCheckerOptions settings, HttpClient? client)
    {
        _settings = settings;
        _cache = cache;
        _global = new SemaphoreSlim(_settings.MaxConcurrency, _settings.MaxConcurrency);
        _ownsClient = client is null;
        _client = client ?? CreateClient(BuildHandler(_settings));
        _probe = new HttpProbe(_client, _settings, new PageInspector(Soft404Phrases.Default));
        _archive = _settings.ArchiveEndpoint is { } endpoint ? new ArchiveLookup(_client, endpoint, _settings) : null;
        _pipeline = BuildPipeline(_settings);
    }

    /// <summary>
    /// Makes the HTTP handler a checker built with <paramref name="options"/> uses: a <see cref="SocketsHttpHandler"/>
    /// that keeps connections alive but renews them every two minutes (so DNS changes are seen), does not follow
    /// redirects, send cookies or credentials, allows <see cref="LinkCheckerOptions.MaxConcurrencyPerHost"/> connections
    /// per server and, when <see cref="LinkCheckerOptions.DenyPrivateAddresses"/> is on, refuses to connect to
    /// private, loopback and link-local addresses (and bypasses proxies, which would hide the address). Use it as the
    /// primary handler of a client from <c>IHttpClientFactory</c>, or to share one handler between checkers.
    /// </summary>
    /// <param name="options">The options, read now.</param>
    /// <returns>A new handler; the caller owns and disposes it. It is thread-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is not valid (see <see cref="LinkCheckerOptionsValidator"/>); the message names every bad option.</exception>
    public static SocketsHttpHandler CreateHttpHandler(LinkCheckerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BuildHandler(Checked(options));
    }

    /// <summary>A checked copy of <paramref name="options"/> that later changes to them do not reach.</summary>
    private static LinkCheckerOptions Checked(LinkCheckerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LinkCheckerOptionsValidator.ThrowIfInvalid(options, nameof(options));
        return options.Snapshot();
    }

    private static SocketsHttpHandler BuildHandler(LinkCheckerOptions settings) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        PreAuthenticate = false,
        Credentials = null,
        // A proxy would resolve names itself: not when private addresses are denied, nor when names are resolved by the
        // caller's LinkCheckerOptions.HostResolver.
        UseProxy = !settings.DenyPrivateAddresses && settings.HostResolver is null,
        MaxConnectionsPerServer = settings.MaxConcurrencyPerHost,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = settings.RequestTimeout,
        MaxResponseDrainSize = 64 * 1024,
        ResponseDrainTimeout = TimeSpan.FromMilliseconds(500),
        MaxResponseHeadersLength = 64,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(settings, context, cancellationToken),
    };

    /// <inheritdoc />
    public async IAsyncEnumerable<LinkCheckResult> CheckAsync(
        IAsyncEnumerable<LinkTarget> targets,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        using var runCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new Run();
        var channel = Channel.CreateUnbounded<LinkCheckResult>(new UnboundedChannelOptions { SingleReader = true });
        var producer = ProduceAsync(targets, run, channel.Writer, runCancellation.Token);
        try
        {
            await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            await runCancellation.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The run was stopped; the consumer already knows.
            }
        }
    }

    /// <summary>
    /// Closes the checker's connections (those of a client passed to the constructor are left to their owner). Dispose
    /// it after its runs have ended: a run still going when it is disposed ends with <c>error</c> verdicts or an
    /// <see cref="ObjectDisposedException"/>. Disposing twice does nothing.
    /// </summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        _global.Dispose();
    }

    private async Task ProduceAsync(IAsyncEnumerable<LinkTarget> targets, Run run, ChannelWriter<LinkCheckResult> writer, CancellationToken cancellationToken)
    {
        var occurrences = new List<Task>();
        try
        {
            await foreach (var target in targets.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(target, nameof(targets));
                if (!UrlNormalizer.TryNormalize(target.Url, out var uri, out var key, out var fragment, out var problem))
                {
                    writer.TryWrite(new LinkCheckResult(target, LinkVerdict.Invalid) { Detail = problem });
                    continue;
                }

                if (ExclusionOf(target.Url, key) is { } exclusion)
                {
                    writer.TryWrite(new LinkCheckResult(target, LinkVerdict.Excluded) { NormalizedUrl = key, Detail = exclusion });
                    continue;
                }

                if (!run.Fetches.TryGetValue(key, out var fetch))
                {
                    run.ProbeStarted();
                    fetch = FetchAsync(key, uri, run, cancellationToken);
                    run.Fetches.Add(key, fetch);
                }

                occurrences.Add(CompleteAsync(target, key, uri, fragment, fetch, writer));
            }

            run.InputCompleted();
            await Task.WhenAll(occurrences).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception exception)
        {
            run.InputCompleted();
            writer.TryComplete(exception);
            throw;
        }
    }

    private async Task CompleteAsync(LinkTarget target, string key, Uri uri, string? fragment, Task<FetchOutcome> fetch, ChannelWriter<LinkCheckResult> writer)
    {
        var outcome = await fetch.ConfigureAwait(false);
        writer.TryWrite(new LinkCheckResult(target, outcome.Verdict)
        {
            NormalizedUrl = key,
            Warnings = WarningsFor(target, uri, fragment, outcome),
            HttpStatus = outcome.HttpStatus,
            FinalUrl = outcome.FinalUrl,
            Attempts = outcome.Attempts,
            Elapsed = outcome.Elapsed,
            ArchivedUrl = outcome.ArchivedUrl,
            Detail = outcome.Detail,
            FromCache = outcome.FromCache,
            History = outcome.History,
        });
    }

    private string? ExclusionOf(string written, string key)
    {
        foreach (var pattern in _settings.ExcludePatterns)
        {
            if (pattern.IsMatch(written) || pattern.IsMatch(key))
            {
                return $"matches the exclude pattern '{pattern}'";
            }
        }

        if (_settings.IncludePatterns.Count > 0 && !_settings.IncludePatterns.Any(p => p.IsMatch(written) || p.IsMatch(key)))
        {
            return "matches no include pattern";
        }

        return null;
    }

    private async Task<FetchOutcome> FetchAsync(string key, Uri uri, Run run, CancellationToken cancellationToken)
    {
        // Let the producer go on reading input while this URL waits for its turn.
        await Task.Yield();
        FetchOutcome outcome;
        var probeCounted = true;
        try
        {
            if (_cache?.TryGetFresh(key) is { } cached)
            {
                return cached;
            }

            outcome = await ProbeWithRetriesAsync(uri, run, cancellationToken).ConfigureAwait(false);
            run.ProbeFinished();
            probeCounted = false;
            if (outcome.NameNotFound)
            {
                // A missing name is only known to be dead when the resolver answers for other names in this run.
                var resolverWorks = await run.NameEvidence.ConfigureAwait(false);
                outcome = resolverWorks
                    ? outcome with { Verdict = LinkVerdict.Broken, Detail = "host name does not exist (DNS), while other names resolved" }
                    : outcome with { Verdict = LinkVerdict.Error, Detail = "host name not resolved (DNS), and no other name resolved either: the network or resolver may be down" };
            }

            if (_archive is not null && LinkCheckNames.IsDead(outcome.Verdict))
            {
                outcome = outcome with { ArchivedUrl = await _archive.FindSnapshotAsync(key, cancellationToken).ConfigureAwait(false) };
            }

            if (_cache is not null && outcome.Verdict is not LinkVerdict.Excluded)
            {
                outcome = outcome with { History = _cache.Record(key, outcome) };
            }

            return outcome;
        }
        finally
        {
            if (probeCounted)
            {
                run.ProbeFinished();
            }
        }
    }

    private async Task<FetchOutcome> ProbeWithRetriesAsync(Uri uri, Run run, CancellationToken cancellationToken)
    {
        var gate = run.Hosts.GetOrAdd(UrlNormalizer.HostKey(uri), _ => new HostGate(_settings.MaxConcurrencyPerHost));
        await gate.Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        using var linkTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linkTimeout.CancelAfter(_settings.LinkTimeout);
        var context = ResilienceContextPool.Shared.Get(linkTimeout.Token);
        context.Properties.Set(GateKey, gate);
        var state = new AttemptState(this, uri);
        ProbeResult probe;
        try
        {
            probe = await _pipeline.ExecuteAsync(
                static async (ctx, attempt) =>
                {
                    attempt.Count++;
                    var checker = attempt.Checker;
                    await checker._global.WaitAsync(ctx.CancellationToken).ConfigureAwait(false);
                    try
                    {
                        return await checker._probe.SendAsync(attempt.Uri, ctx.CancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        checker._global.Release();
                    }
                },
                context,
                state).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (linkTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            probe = new ProbeResult { Failure = ProbeFailure.Timeout, Detail = $"the check took longer than {_settings.LinkTimeout.TotalSeconds:0.#} s" };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            gate.Slots.Release();
        }

        if (probe.NameResolved)
        {
            run.NameResolved();
        }

        return Judge(uri, probe) with { Attempts = state.Count, Elapsed = stopwatch.Elapsed };
    }

    private FetchOutcome Judge(Uri uri, ProbeResult probe)
    {
        var finalUrl = probe.FinalUri is { } final && final.AbsoluteUri != uri.AbsoluteUri ? final.AbsoluteUri : null;
        var outcome = new FetchOutcome { Verdict = LinkVerdict.Error, HttpStatus = probe.Status, FinalUrl = finalUrl, Detail = probe.Detail, Page = probe.Page };
        switch (probe.Failure)
        {
            case ProbeFailure.Timeout:
                return outcome with { Verdict = LinkVerdict.Timeout };
            case ProbeFailure.NameNotFound:
                return outcome with { NameNotFound = true };
            case ProbeFailure.PrivateAddressRefused:
                return outcome with { Verdict = LinkVerdict.Excluded };
            case ProbeFailure.RedirectLoop or ProbeFailure.TooManyRedirects:
                return outcome with { Verdict = LinkVerdict.Broken };
            case not ProbeFailure.None:
                return outcome;
        }

        var status = probe.Status ?? 0;
        var statusText = "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (probe.BotChallenge)
        {
            return outcome with { Verdict = LinkVerdict.Blocked, Detail = statusText + " with a bot challenge (cf-mitigated)" };
        }

        if (_settings.AcceptedStatusCodes.Contains(status))
        {
            if (_settings.DetectSoft404 && status is >= 200 and < 300 && SoftNotFound(uri, probe) is { } reason)
            {
                return outcome with { Verdict = LinkVerdict.Soft404, Detail = statusText + ", but " + reason };
            }

            return probe.PermanentRedirect
                ? outcome with { Verdict = LinkVerdict.Redirected, Detail = $"{statusText} after a permanent redirect" }
                : outcome with { Verdict = LinkVerdict.Ok, Detail = statusText };
        }

        return status switch
        {
            401 or 403 or 407 or 999 => outcome with { Verdict = LinkVerdict.Blocked, Detail = statusText + ": the server does not let robots verify the page" },
            429 => outcome with { Verdict = LinkVerdict.Blocked, Detail = statusText + ": rate limited past the allowed retries" },
            404 or 410 => outcome with { Verdict = LinkVerdict.Broken, Detail = statusText },
            >= 500 and < 600 => outcome with { Verdict = LinkVerdict.Broken, Detail = statusText + " through every retry" },
            >= 400 and < 500 => outcome with { Verdict = LinkVerdict.Broken, Detail = statusText },
            _ => outcome with { Detail = "unexpected " + statusText },
        };
    }

    private static string? SoftNotFound(Uri uri, ProbeResult probe)
    {
        if (probe.Page?.NotFoundSignal is { } signal)
        {
            return signal;
        }

        if (probe.Hops > 0 && probe.FinalUri is { } final && IsDeep(uri) && IsHome(final)
            && SameSite(uri.IdnHost, final.IdnHost))
        {
            return "the deep link was redirected to the site's home page";
        }

        if (uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && probe.Page is { IsHtml: true })
        {
            return "the PDF link was answered with an HTML page";
        }

        return null;
    }

    private static bool IsDeep(Uri uri) => uri.AbsolutePath.Trim('/').Length > 0 && !IsHome(uri);

    private static bool IsHome(Uri uri)
    {
        var path = uri.AbsolutePath.Trim('/').ToLowerInvariant();
        return path.Length == 0 || path is "index.html" or "index.htm" or "index.php" or "index.shtml" or "default.aspx"
            || (path.Length <= 5 && path.IndexOf('/', StringComparison.Ordinal) < 0 && !path.Contains('.', StringComparison.Ordinal)
                && path.All(c => char.IsAsciiLetterLower(c) || c == '-')
                && path is "ja" or "jp" or "en" or "zh" or "tw" or "cn" or "zh-tw" or "zh-cn" or "top" or "home");
    }

    private static bool SameSite(string a, string b)
    {
        static string Trim(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        return string.Equals(Trim(a), Trim(b), StringComparison.OrdinalIgnoreCase);
    }

    private List<LinkWarning> WarningsFor(LinkTarget target, Uri uri, string? fragment, FetchOutcome outcome)
    {
        var warnings = new List<LinkWarning>();
        if (outcome.Verdict is not (LinkVerdict.Ok or LinkVerdict.Redirected))
        {
            return warnings;
        }

        var page = outcome.Page;
        if (_settings.CheckTitles && page is { IsHtml: true } && !string.IsNullOrWhiteSpace(target.CitedTitle)
            && !TitleMatcher.Matches(target.CitedTitle, page.Title, page.OpenGraphTitle, page.Heading))
        {
            warnings.Add(LinkWarning.TitleMismatch);
        }

        if (page is not null && !string.IsNullOrWhiteSpace(target.ExpectedMediaType) && !MediaTypeMatches(target.ExpectedMediaType, page))
        {
            warnings.Add(LinkWarning.ContentTypeMismatch);
        }

        if (_settings.CheckFragments && page is { IsHtml: true, Truncated: false } && IsCheckableFragment(fragment)
            && !page.Anchors.Contains(fragment!))
        {
            warnings.Add(LinkWarning.FragmentMissing);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !UrlNormalizer.IsLocalHost(uri))
        {
            warnings.Add(LinkWarning.InsecureHttp);
        }

        return warnings;
    }

    private static bool MediaTypeMatches(string expected, PageFacts page)
    {
        var wanted = expected.Split(';')[0].Trim().ToLowerInvariant();
        if (page.MediaType is null || page.MediaType == wanted)
        {
            return true;
        }

        // Servers often label PDFs as generic binaries; the bytes tell.
        return wanted == "application/pdf" && page.IsPdf
            || (wanted is "text/html" or "application/xhtml+xml" && page.IsHtml);
    }

    private static bool IsCheckableFragment(string? fragment) =>
        !string.IsNullOrEmpty(fragment)
        && fragment[0] is not ('!' or '/')
        && !fragment.Contains(":~:", StringComparison.Ordinal)
        && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask<Stream> ConnectAsync(LinkCheckerOptions settings, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else if (settings.HostResolver is { } resolve)
        {
            addresses = await resolve(host, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }

        if (settings.DenyPrivateAddresses && addresses.Length > 0)
        {
            var refused = addresses[0];
            addresses = [.. addresses.Where(a => !NetworkAddresses.IsPrivate(a))];
            if (addresses.Length == 0)
            {
                throw new PrivateAddressException($"{host} resolves to {refused}, a private, loopback or link-local address, and private targets are denied");
            }
        }

        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private static ResiliencePipeline<ProbeResult> BuildPipeline(LinkCheckerOptions settings)
    {
        var builder = new ResiliencePipelineBuilder<ProbeResult>();
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<ProbeResult>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(settings, args.Outcome, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { Status: 429 or 503, RetryAfter: { } wait } ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    args.Context.Properties.GetValue(GateKey, null!)?.AddWait(args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private static bool ShouldRetry(LinkCheckerOptions settings, Outcome<ProbeResult> outcome, ResilienceContext context, int attemptNumber)
    {
        if (outcome.Result is not { } probe || probe.BotChallenge)
        {
            return false;
        }

        var transient = probe.Failure is ProbeFailure.Timeout or ProbeFailure.ConnectionReset or ProbeFailure.Other
            || (probe.Failure == ProbeFailure.None && probe.Status is 408 or 429 or 500 or 502 or 503 or 504);
        if (!transient)
        {
            return false;
        }

        // A server that asks for a longer wait than allowed is not retried: a permanent 429 must not hold the run.
        if (probe.RetryAfter is { } retryAfter && probe.Status is 429 or 503 && retryAfter > settings.MaxRetryAfter)
        {
            return false;
        }

        var expectedWait = probe.RetryAfter ?? settings.RetryBaseDelay * Math.Pow(2, attemptNumber);
        var gate = context.Properties.GetValue(GateKey, null!);
        return gate is null || gate.CanWait(expectedWait, settings.MaxRetryWaitPerHost);
    }

    /// <summary>Per-run state: one fetch per normalised URL, per-host gates, and whether host names resolve at all.</summary>
    private sealed class Run
    {
        private readonly TaskCompletionSource<bool> _nameEvidence = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Starts at one for the input itself, so that the "no name resolved" answer waits until the input is read.
        private int _pendingProbes = 1;

        public Dictionary<string, Task<FetchOutcome>> Fetches { get; } = new(StringComparer.Ordinal);

        public System.Collections.Concurrent.ConcurrentDictionary<string, HostGate> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Completes with <see langword="true"/> as soon as a host name resolves, or <see langword="false"/> when every probe of the run has ended without one.</summary>
        public Task<bool> NameEvidence => _nameEvidence.Task;

        public void NameResolved() => _nameEvidence.TrySetResult(true);

        public void ProbeStarted() => Interlocked.Increment(ref _pendingProbes);

        public void ProbeFinished()
        {
            if (Interlocked.Decrement(ref _pendingProbes) == 0)
            {
                _nameEvidence.TrySetResult(false);
            }
        }

        public void InputCompleted() => ProbeFinished();
    }

    /// <summary>A host's share of a run: its concurrency slots and the time spent waiting before retries to it.</summary>
    private sealed class HostGate
    {
        private long _waitedTicks;

        public HostGate(int slots) => Slots = new SemaphoreSlim(slots, slots);

        public SemaphoreSlim Slots { get; }

        public bool CanWait(TimeSpan wait, TimeSpan budget) => Interlocked.Read(ref _waitedTicks) + wait.Ticks <= budget.Ticks;

        public void AddWait(TimeSpan wait) => Interlocked.Add(ref _waitedTicks, wait.Ticks);
    }

    private sealed class AttemptState(LinkChecker checker, Uri uri)
    {
        public LinkChecker Checker { get; } = checker;

        public Uri Uri { get; } = uri;

        public int Count { get; set; }
    }
}
