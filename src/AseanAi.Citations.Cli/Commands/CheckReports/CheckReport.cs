using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>One URL in a report, with every place it occurs. Occurrences with different warnings are separate entries.</summary>
internal sealed record CheckReportEntry(
    string Url,
    LinkVerdict Verdict,
    int? HttpStatus,
    string? FinalUrl,
    int Attempts,
    TimeSpan Elapsed,
    IReadOnlyList<LinkWarning> Warnings,
    string? ArchivedUrl,
    string? Detail,
    LinkHistory? History,
    IReadOnlyList<LinkTarget> Occurrences,
    bool Fails);

/// <summary>The results of a <c>cite check</c> run, grouped by URL, with counts per verdict and whether the run fails.</summary>
internal sealed class CheckReport
{
    private CheckReport(IReadOnlyList<CheckReportEntry> entries, TimeSpan elapsed)
    {
        Entries = entries;
        Elapsed = elapsed;
        Counts = Enum.GetValues<LinkVerdict>().ToDictionary(v => v, v => entries.Count(e => e.Verdict == v));
    }

    public IReadOnlyList<CheckReportEntry> Entries { get; }

    /// <summary>How many entries (unique URLs) got each verdict; every verdict is present.</summary>
    public IReadOnlyDictionary<LinkVerdict, int> Counts { get; }

    public TimeSpan Elapsed { get; }

    public bool Fails => Entries.Any(e => e.Fails);

    public int OccurrenceCount => Entries.Sum(e => e.Occurrences.Count);

    public static CheckReport From(IEnumerable<LinkCheckResult> results, ISet<LinkVerdict> failOn, int failAfterRuns, TimeSpan elapsed)
    {
        var entries = results
            .OrderBy(r => r.Target.Source, StringComparer.Ordinal)
            .ThenBy(r => r.Target.Span?.Offset ?? 0)
            .GroupBy(r => (Url: r.Target.Url.Trim(), r.Verdict, Warnings: string.Join(',', r.Warnings)))
            .Select(group =>
            {
                var first = group.First();
                var fails = failOn.Contains(first.Verdict) && (first.History is null || first.History.ConsecutiveFailures >= failAfterRuns);
                return new CheckReportEntry(
                    group.Key.Url,
                    first.Verdict,
                    first.HttpStatus,
                    first.FinalUrl,
                    first.Attempts,
                    first.Elapsed,
                    first.Warnings,
                    first.ArchivedUrl,
                    first.Detail,
                    first.History,
                    [.. group.Select(r => r.Target)],
                    fails);
            })
            .ToList();
        return new CheckReport(entries, elapsed);
    }
}
