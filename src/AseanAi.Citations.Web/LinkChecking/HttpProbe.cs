using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Sends one attempt: a GET (or HEAD) with its redirects followed by hand (at most the configured number, with loop
/// detection and per-host headers applied to each hop's own host only), and reads a bounded prefix of the body.
/// Never throws for network trouble: every failure becomes a <see cref="ProbeResult"/>.
/// </summary>
internal sealed class HttpProbe
{
    private const int SniffBytes = 1024;

    private readonly HttpClient _client;
    private readonly LinkCheckerOptions _settings;
    private readonly PageInspector _inspector;

    public HttpProbe(HttpClient client, LinkCheckerOptions settings, PageInspector inspector)
    {
        _client = client;
        _settings = settings;
        _inspector = inspector;
    }

    public async Task<ProbeResult> SendAsync(Uri uri, CancellationToken runToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        attempt.CancelAfter(_settings.RequestTimeout);
        var current = uri;
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        var hops = 0;
        var permanent = true;
        var nameResolved = false;
        try
        {
            while (true)
            {
                using var request = CreateRequest(current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
                nameResolved |= !UrlNormalizer.IsAddressLiteral(current) && !UrlNormalizer.IsLocalHost(current);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    {
                        return Failed(ProbeFailure.UnsupportedRedirect, $"redirect to unsupported scheme '{next.Scheme}'", current, hops, status, nameResolved);
                    }

                    hops++;
                    if (hops > _settings.MaxRedirects)
                    {
                        return Failed(ProbeFailure.TooManyRedirects, $"more than {_settings.MaxRedirects} redirects", current, hops, status, nameResolved);
                    }

                    next = new Uri(next.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped));
                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return Failed(ProbeFailure.RedirectLoop, $"redirect loop back to {next.AbsoluteUri}", current, hops, status, nameResolved);
                    }

                    permanent &= status is 301 or 308;
                    current = next;
                    continue;
                }

                PageFacts? page = null;
                if (request.Method == HttpMethod.Get && status is >= 200 and < 300)
                {
                    page = await ReadPageAsync(response, attempt.Token).ConfigureAwait(false);
                }

                return new ProbeResult
                {
                    Status = status,
                    FinalUri = current,
                    Hops = hops,
                    PermanentRedirect = hops > 0 && permanent,
                    RetryAfter = ReadRetryAfter(response.Headers.RetryAfter),
                    BotChallenge = IsBotChallenge(response),
                    Page = page,
                    NameResolved = nameResolved,
                };
            }
        }
        catch (OperationCanceledException) when (attempt.IsCancellationRequested && !runToken.IsCancellationRequested)
        {
            return Failed(ProbeFailure.Timeout, $"no answer within {_settings.RequestTimeout.TotalSeconds:0.#} s", current, hops, null, nameResolved);
        }
        catch (HttpRequestException exception)
        {
            var (failure, detail) = Classify(exception);
            return Failed(failure, detail, current, hops, null, nameResolved);
        }
        catch (Exception exception) when (exception is UriFormatException or IOException or InvalidOperationException or NotSupportedException)
        {
            // A server that lies (a malformed Location, a broken framing the handler rejects) is an error verdict, not a crash.
            return Failed(ProbeFailure.Other, exception.Message, current, hops, null, nameResolved);
        }
    }

    private HttpRequestMessage CreateRequest(Uri uri)
    {
        var request = new HttpRequestMessage(_settings.UseHead ? HttpMethod.Head : HttpMethod.Get, uri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrHigher,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
        headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        headers.TryAddWithoutValidation("Accept-Language", "ja,zh-TW;q=0.9,zh;q=0.8,en;q=0.7");
        if (_settings.HostHeaders.TryGetValue(uri.IdnHost, out var extra))
        {
            foreach (var (name, value) in extra)
            {
                headers.Remove(name);
                headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    private async Task<PageFacts> ReadPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        var wantsPage = mediaType is null or "text/html" or "application/xhtml+xml" or "text/plain" or "application/octet-stream";
        var limit = wantsPage ? _settings.MaxBodyBytes : SniffBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 64 * 1024));
        var length = 0;
        var truncated = false;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    while (true)
                    {
                        if (length == buffer.Length)
                        {
                            if (length >= limit)
                            {
                                // Only the cut-off is read, whatever the body's (decompressed) size: a gzip bomb or an endless body stops here.
                                truncated = true;
                                break;
                            }

                            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit, buffer.Length * 2));
                            buffer.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }

                        var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit) - length), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }
                }
                catch (Exception exception) when (exception is IOException or HttpRequestException or InvalidDataException
                    || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    // The headers said the page is there; a body cut short (reset, slow drip, corrupt compression)
                    // leaves fewer facts, not a dead link. A cancelled run is rethrown by the caller's token check.
                    truncated = true;
                }
            }

            return _inspector.Inspect(buffer.AsSpan(0, length), mediaType, contentType?.CharSet, truncated || !wantsPage, _settings.DetectSoft404);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? value)
    {
        if (value?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsBotChallenge(HttpResponseMessage response) =>
        response.Headers.TryGetValues("cf-mitigated", out var values) && values.Any(v => v.Contains("challenge", StringComparison.OrdinalIgnoreCase));

    private static ProbeResult Failed(ProbeFailure failure, string detail, Uri current, int hops, int? status, bool nameResolved) => new()
    {
        Failure = failure,
        Detail = detail,
        FinalUri = current,
        Hops = hops,
        Status = status,
        NameResolved = nameResolved,
    };

    internal static (ProbeFailure Failure, string Detail) Classify(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PrivateAddressException refused:
                    return (ProbeFailure.PrivateAddressRefused, refused.Message);
                case SocketException { SocketErrorCode: SocketError.HostNotFound }:
                    return (ProbeFailure.NameNotFound, "host name not found (DNS)");
                case SocketException { SocketErrorCode: SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery } socket:
                    return (ProbeFailure.NameResolutionFailed, $"host name could not be resolved (DNS: {socket.SocketErrorCode})");
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return (ProbeFailure.ConnectionRefused, "connection refused");
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown }:
                    return (ProbeFailure.ConnectionReset, "connection reset");
                case SocketException socket:
                    return (ProbeFailure.Other, $"network error ({socket.SocketErrorCode})");
                case AuthenticationException:
                    return (ProbeFailure.Tls, "TLS handshake failed");
            }
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => (ProbeFailure.NameResolutionFailed, "host name could not be resolved (DNS)"),
            HttpRequestError.SecureConnectionError => (ProbeFailure.Tls, "TLS handshake failed"),
            HttpRequestError.ResponseEnded => (ProbeFailure.ConnectionReset, "connection closed before a response"),
            HttpRequestError.ConnectionError => (ProbeFailure.ConnectionRefused, "could not connect"),
            HttpRequestError.InvalidResponse => (ProbeFailure.Other, "invalid HTTP response"),
            _ => (ProbeFailure.Other, exception.Message),
        };
    }
}

/// <summary>Thrown by the connect callback when a target resolves only to refused (private) addresses.</summary>
internal sealed class PrivateAddressException : IOException
{
    public PrivateAddressException(string message)
        : base(message)
    {
    }

    public PrivateAddressException()
    {
    }

    public PrivateAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
