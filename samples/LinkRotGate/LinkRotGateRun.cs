using System.Globalization;
using System.Text;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;

namespace LinkRotGate;

/// <summary>One checked link occurrence and whether it fails the gate.</summary>
/// <param name="Result">The checker's verdict, with the history the cache kept.</param>
/// <param name="FailsGate">The link is dead and has been for at least <c>--fail-after</c> runs in a row.</param>
internal sealed record GateFinding(LinkCheckResult Result, bool FailsGate)
{
    public int ConsecutiveFailures => Result.History?.ConsecutiveFailures ?? 0;
}

/// <summary>
/// The CI use of the link checker: check every link of a docs folder, remember each URL's history in a cache kept
/// between pipeline runs, write JUnit XML and Markdown reports, and fail only on links that stayed dead for N runs in a
/// row — a site down for an afternoon does not break the build, a page gone for good does.
/// </summary>
internal static class LinkRotGateRun
{
    private static readonly string[] DocumentExtensions = [".md", ".markdown", ".txt", ".html", ".htm"];

    /// <returns>0 when no link has been dead for N runs, 1 when one has, 2 for bad arguments or an unreadable cache.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var settings = GateSettings.Parse(args, out var problem);
        if (settings is null)
        {
            await error.WriteLineAsync("LinkRotGate: " + problem).ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(settings.OutputFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(settings.CachePath)!);

        // Short timeouts and one retry: a CI job must end, and a host that is down now gets another chance next run.
        var options = new LinkCheckerOptions
        {
            RequestTimeout = settings.Timeout,
            LinkTimeout = settings.Timeout * 3,
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(200),
            MaxRetryAfter = TimeSpan.FromSeconds(2),
            MaxRetryWaitPerHost = TimeSpan.FromSeconds(5),
        };

        var started = DateTimeOffset.UtcNow;
        var findings = new List<GateFinding>();
        LinkCheckCache cache;
        try
        {
            // Working links are trusted for the time to live; dead and unverified ones are checked again every run.
            cache = LinkCheckCache.Open(settings.CachePath, settings.CacheTimeToLive);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"LinkRotGate: cannot open the cache {settings.CachePath}: {exception.Message}").ConfigureAwait(false);
            return 2;
        }

        using (cache)
        using (var checker = new LinkChecker(options, cache))
        {
            await foreach (var result in checker.CheckAsync(ReadTargetsAsync(settings.DocsFolder, cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                // The cache counts checks in a row that found the link broken or soft-404; blocked, timeout and error
                // verify nothing and leave the count as it was.
                var failsGate = LinkCheckNames.IsDead(result.Verdict) && (result.History?.ConsecutiveFailures ?? 0) >= settings.FailAfter;
                findings.Add(new GateFinding(result, failsGate));
            }
        }

        findings.Sort((a, b) =>
        {
            var bySource = string.CompareOrdinal(a.Result.Target.Source, b.Result.Target.Source);
            return bySource != 0 ? bySource : (a.Result.Target.Span?.Offset ?? 0).CompareTo(b.Result.Target.Span?.Offset ?? 0);
        });
        var elapsed = DateTimeOffset.UtcNow - started;

        var junitPath = Path.Combine(settings.OutputFolder, "linkrot.junit.xml");
        var markdownPath = Path.Combine(settings.OutputFolder, "linkrot.md");
        await File.WriteAllTextAsync(junitPath, GateReports.JUnit(findings, settings.FailAfter, elapsed), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(markdownPath, GateReports.Markdown(findings, settings.FailAfter), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);

        var failing = findings.Count(f => f.FailsGate);
        var dead = findings.Count(f => LinkCheckNames.IsDead(f.Result.Verdict));
        await output.WriteLineAsync($"LinkRotGate: {findings.Count} links in {settings.DocsFolder}, checked in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
        foreach (var group in findings.GroupBy(f => f.Result.Verdict).OrderBy(g => g.Key))
        {
            await output.WriteLineAsync($"  {LinkCheckNames.Of(group.Key),-10} {group.Count()}").ConfigureAwait(false);
        }

        foreach (var finding in findings.Where(f => LinkCheckNames.IsDead(f.Result.Verdict)))
        {
            var mark = finding.FailsGate ? "FAIL" : "wait";
            await output.WriteLineAsync($"  {mark} {GateReports.Where(finding.Result.Target)} {finding.Result.Target.Url}: {LinkCheckNames.Of(finding.Result.Verdict)}, dead {GateReports.Runs(finding.ConsecutiveFailures)} in a row (fails at {settings.FailAfter})").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"  reports: {junitPath}, {markdownPath}; cache: {settings.CachePath}").ConfigureAwait(false);
        await output.WriteLineAsync(failing > 0
            ? $"FAILED: {failing} of {dead} dead links have been dead for {settings.FailAfter} runs or more."
            : $"passed: {dead} dead links, none dead for {settings.FailAfter} runs yet.").ConfigureAwait(false);
        return failing > 0 ? 1 : 0;
    }

    /// <summary>Streams the links of every document in the folder, read by the reader for its format so that links in a reference list carry the title they cite.</summary>
    private static async IAsyncEnumerable<LinkTarget> ReadTargetsAsync(string folder, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            DocumentReader reader = Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".md" or ".markdown" => MarkdownDocumentReader.Instance,
                ".html" or ".htm" => HtmlDocumentReader.Instance,
                _ => PlainTextDocumentReader.Instance,
            };
            var source = Path.GetRelativePath(folder, file).Replace('\\', '/');
            foreach (var target in await LinkExtractor.ExtractAsync(text, source, reader, cancellationToken).ConfigureAwait(false))
            {
                yield return target;
            }
        }
    }
}
