using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Samples.Tests.Browser;

/// <summary>
/// Debian's <c>chromium</c> run headless and driven over the Chrome DevTools Protocol (a WebSocket on 127.0.0.1): navigate,
/// evaluate script in the page, take a screenshot. One page per instance; the browser and its profile folder are removed
/// when disposed. Tests that need it use <see cref="ChromiumFactAttribute"/>, skipped with a message where it is missing.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly Lazy<string?> Executable = new(() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p)));

    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private int _nextId;

    private HeadlessChromium(Process process, ClientWebSocket socket, string profile)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
    }

    public static string? Path => Executable.Value;

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex ListeningLine();

    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("aseanai-chromium-").FullName;
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1000,1400", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        string? browserUrl = null;
        while (browserUrl is null && await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            browserUrl = ListeningLine().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
        }

        if (browserUrl is null)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("chromium exited without opening its DevTools port.");
        }

        _ = process.StandardError.ReadToEndAsync(cancellationToken);

        // The page target of the about:blank window, from the HTTP endpoint beside the browser's WebSocket.
        var port = new Uri(browserUrl).Port;
        using var http = new HttpClient();
        string? pageUrl = null;
        for (var attempt = 0; attempt < 50 && pageUrl is null; attempt++)
        {
            using var list = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"), cancellationToken));
            pageUrl = list.RootElement.EnumerateArray().Where(t => t.GetProperty("type").GetString() == "page")
                .Select(t => t.GetProperty("webSocketDebuggerUrl").GetString()).FirstOrDefault();
            if (pageUrl is null)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(pageUrl ?? throw new InvalidOperationException("chromium has no page target.")), cancellationToken);
        return new HeadlessChromium(process, socket, profile);
    }

    /// <summary>Opens <paramref name="url"/> and waits until the document has loaded.</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await SendAsync("Page.navigate", new Dictionary<string, object> { ["url"] = url.AbsoluteUri }, cancellationToken);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await EvaluateAsync<string>("document.readyState === 'complete' ? location.href : ''", cancellationToken) == url.AbsoluteUri)
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException("The page did not load: " + url);
    }

    /// <summary>Runs script in the page and returns its value, read as JSON into <typeparamref name="T"/>.</summary>
    public async Task<T?> EvaluateAsync<T>(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("Script failed: " + exception);
        }

        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var json) ? json.Deserialize<T>() : default;
    }

    /// <summary>A PNG of what the page shows.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new Dictionary<string, object> { ["format"] = "png" }, cancellationToken);
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    private async Task<JsonElement> SendAsync(string method, Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = await _socket.ReceiveAsync(buffer, cancellationToken);
                received.Write(buffer, 0, part.Count);
            }
            while (!part.EndOfMessage);

            using var document = JsonDocument.Parse(received.ToArray());
            if (document.RootElement.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                if (document.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"{method} failed: {error}");
                }

                return document.RootElement.GetProperty("result").Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A fact that runs where Debian's chromium is installed, and says how to install it where not.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Path is null)
        {
            Skip = "chromium is not installed (apt-get install chromium; .ci/run installs it when the Debian mirror answers; CHROMIUM names another browser).";
        }
    }
}
