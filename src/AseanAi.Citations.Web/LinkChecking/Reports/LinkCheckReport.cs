namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// The results of a link-check run grouped by URL, with counts per verdict and whether the run fails under a fail
/// policy; the input of <see cref="LinkCheckReportWriter"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once created. Entries are ordered by the source of their first occurrence (ordinal) and
/// its offset; occurrences of one URL with the same verdict and warnings share an entry, in that order.
/// </remarks>
public sealed class LinkCheckReport
{
    private LinkCheckReport(IReadOnlyList<LinkCheckReportEntry> entries, TimeSpan elapsed)
    {
        Entries = entries;
        Elapsed = elapsed;
        var counts = new Dictionary<LinkVerdict, int>();
        foreach (var verdict in Enum.GetValues<LinkVerdict>())
        {
            counts[verdict] = 0;
        }

        foreach (var entry in entries)
        {
            counts[entry.Verdict]++;
        }

        Counts = counts;
        Fails = entries.Any(e => e.Fails);
        OccurrenceCount = entries.Sum(e => e.Occurrences.Count);
    }

    /// <summary>The verdicts that fail a run unless the caller says otherwise: <c>broken</c> and <c>soft-404</c>.</summary>
    public static IReadOnlyList<LinkVerdict> DefaultFailOn { get; } = [LinkVerdict.Broken, LinkVerdict.Soft404];

    /// <summary>One entry per URL (trimmed) and outcome, each with every place the URL occurs.</summary>
    public IReadOnlyList<LinkCheckReportEntry> Entries { get; }

    /// <summary>How many entries (unique URLs) got each verdict; every verdict is present, in the order of <see cref="LinkVerdict"/>.</summary>
    public IReadOnlyDictionary<LinkVerdict, int> Counts { get; }

    /// <summary>How long the run took, as given to <see cref="Create"/>.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Whether any entry fails the run under the policy given to <see cref="Create"/>.</summary>
    public bool Fails { get; }

    /// <summary>The number of link occurrences over all entries (the number of results the report was made from).</summary>
    public int OccurrenceCount { get; }

    /// <summary>Groups results by URL and applies a fail policy.</summary>
    /// <param name="results">The checker's results, in any order; each occurrence of a URL is one result.</param>
    /// <param name="failOn">The verdicts that fail the run, for example <see cref="DefaultFailOn"/>; empty means nothing fails.</param>
    /// <param name="failAfterRuns">
    /// How many runs in a row a link must have failed (its <see cref="LinkHistory.ConsecutiveFailures"/>, kept by a
    /// <see cref="LinkCheckCache"/>) before it fails the run; 1 fails on the first. A result without history (no cache)
    /// fails as soon as its verdict is in <paramref name="failOn"/>.
    /// </param>
    /// <param name="elapsed">How long the run took; reported by the JUnit format.</param>
    /// <returns>A new report; the results are copied, later changes to the sequence do not affect it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or <paramref name="failOn"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failAfterRuns"/> is below 1, or <paramref name="elapsed"/> is negative.</exception>
    public static LinkCheckReport Create(IEnumerable<LinkCheckResult> results, IEnumerable<LinkVerdict> failOn, int failAfterRuns = 1, TimeSpan elapsed = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(failOn);
        ArgumentOutOfRangeException.ThrowIfLessThan(failAfterRuns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsed, TimeSpan.Zero);
        var failing = failOn.ToHashSet();
        var list = results.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("The results contain null.", nameof(results));
        }

        var entries = list
            .OrderBy(r => r.Target.Source, StringComparer.Ordinal)
            .ThenBy(r => r.Target.Span?.Offset ?? 0)
            .GroupBy(r => (Url: r.Target.Url.Trim(), r.Verdict, Warnings: string.Join(',', r.Warnings)))
            .Select(group =>
            {
                var first = group.First();
                var fails = failing.Contains(first.Verdict) && (first.History is null || first.History.ConsecutiveFailures >= failAfterRuns);
                return new LinkCheckReportEntry(group.Key.Url, first, [.. group.Select(r => r.Target)], fails);
            })
            .ToList();
        return new LinkCheckReport(entries.AsReadOnly(), elapsed);
    }
}
