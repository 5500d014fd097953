using System.Globalization;
using System.Text;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace LinkRotGate;

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
        var results = new List<LinkCheckResult>();
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
                results.Add(result);
            }
        }

        // The gate's policy is the report's: broken and soft-404 fail once the cache has counted them dead for N runs
        // in a row. Blocked, timeout and error verify nothing and leave the count as it was.
        var report = LinkCheckReport.Create(results, LinkCheckReport.DefaultFailOn, settings.FailAfter, DateTimeOffset.UtcNow - started);
        var reports = new LinkCheckReportWriter("LinkRotGate");

        var junitPath = Path.Combine(settings.OutputFolder, "linkrot.junit.xml");
        var markdownPath = Path.Combine(settings.OutputFolder, "linkrot.md");
        var dead = report.Entries.Where(e => LinkCheckNames.IsDead(e.Verdict)).ToList();
        var failing = dead.Count(e => e.Fails);
        var junit = new StreamWriter(junitPath, append: false, new UTF8Encoding(false));
        await using (junit.ConfigureAwait(false))
        {
            await reports.WriteAsync(report, LinkCheckReportFormat.JUnit, junit, cancellationToken).ConfigureAwait(false);
        }

        var markdown = new StreamWriter(markdownPath, append: false, new UTF8Encoding(false));
        await using (markdown.ConfigureAwait(false))
        {
            await reports.WriteAsync(report, LinkCheckReportFormat.Markdown, markdown, cancellationToken).ConfigureAwait(false);
            await markdown.WriteLineAsync().ConfigureAwait(false);
            await markdown.WriteLineAsync(failing > 0
                ? $"❌ {failing} links dead for {settings.FailAfter} runs or more."
                : $"✅ No link dead for {settings.FailAfter} runs in a row.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"LinkRotGate: {report.Entries.Count} links ({report.OccurrenceCount} occurrences) in {settings.DocsFolder}, checked in {report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
        foreach (var (verdict, count) in report.Counts.Where(c => c.Value > 0))
        {
            await output.WriteLineAsync($"  {LinkCheckNames.Of(verdict),-10} {count}").ConfigureAwait(false);
        }

        foreach (var entry in dead)
        {
            var mark = entry.Fails ? "FAIL" : "wait";
            var runs = entry.History?.ConsecutiveFailures ?? 0;
            foreach (var occurrence in entry.Occurrences)
            {
                await output.WriteLineAsync($"  {mark} {LinkCheckReportEntry.FormatLocation(occurrence)} {entry.Url}: {LinkCheckNames.Of(entry.Verdict)}, dead {Runs(runs)} in a row (fails at {settings.FailAfter})").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"  reports: {junitPath}, {markdownPath}; cache: {settings.CachePath}").ConfigureAwait(false);
        await output.WriteLineAsync(failing > 0
            ? $"FAILED: {failing} of {dead.Count} dead links have been dead for {settings.FailAfter} runs or more."
            : $"passed: {dead.Count} dead links, none dead for {settings.FailAfter} runs yet.").ConfigureAwait(false);
        return failing > 0 ? 1 : 0;
    }

    private static string Runs(int count) => count == 1 ? "1 run" : string.Create(CultureInfo.InvariantCulture, $"{count} runs");

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
