using System.Text.Json;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Asks an archive's availability API for a snapshot of a dead URL: <c>GET {endpoint}?url={url}</c>, answered as
/// <c>{"archived_snapshots": {"closest": {"available": true, "url": "…"}}}</c> (the Wayback Machine's form). Any
/// failure means "no suggestion"; it never changes a verdict.
/// </summary>
internal sealed class ArchiveLookup
{
    private const int MaxAnswerBytes = 64 * 1024;

    private readonly HttpClient _client;
    private readonly Uri _endpoint;
    private readonly LinkCheckerOptions _settings;

    public ArchiveLookup(HttpClient client, Uri endpoint, LinkCheckerOptions settings)
    {
        _client = client;
        _endpoint = endpoint;
        _settings = settings;
    }

    public async Task<string?> FindSnapshotAsync(string url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.RequestTimeout);
        var separator = string.IsNullOrEmpty(_endpoint.Query) ? "?" : "&";
        var requestUri = new Uri(_endpoint.AbsoluteUri + separator + "url=" + Uri.EscapeDataString(url));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, requestUri);
            request.Headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxAnswerBytes)
            {
                return null;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (bytes.Length > MaxAnswerBytes)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("archived_snapshots", out var snapshots)
                && snapshots.ValueKind == JsonValueKind.Object
                && snapshots.TryGetProperty("closest", out var closest)
                && closest.ValueKind == JsonValueKind.Object
                && (!closest.TryGetProperty("available", out var available) || available.ValueKind == JsonValueKind.True)
                && closest.TryGetProperty("url", out var snapshot)
                && snapshot.ValueKind == JsonValueKind.String
                && Uri.TryCreate(snapshot.GetString(), UriKind.Absolute, out var snapshotUri)
                && (snapshotUri.Scheme == Uri.UriSchemeHttp || snapshotUri.Scheme == Uri.UriSchemeHttps))
            {
                return snapshotUri.AbsoluteUri;
            }

            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or IOException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
