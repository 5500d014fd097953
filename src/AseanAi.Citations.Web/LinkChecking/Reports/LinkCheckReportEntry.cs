using System.Globalization;

namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// One URL in a <see cref="LinkCheckReport"/> with every place it occurs; occurrences with a different verdict or
/// different warnings are separate entries. Immutable and thread-safe.
/// </summary>
public sealed class LinkCheckReportEntry
{
    internal LinkCheckReportEntry(string url, LinkCheckResult first, IReadOnlyList<LinkTarget> occurrences, bool fails)
    {
        Url = url;
        Verdict = first.Verdict;
        HttpStatus = first.HttpStatus;
        FinalUrl = first.FinalUrl;
        Attempts = first.Attempts;
        Elapsed = first.Elapsed;
        Warnings = first.Warnings;
        ArchivedUrl = first.ArchivedUrl;
        Detail = first.Detail;
        History = first.History;
        Occurrences = occurrences;
        Fails = fails;
    }

    /// <summary>The URL as written in the document, trimmed.</summary>
    public string Url { get; }

    /// <summary>The verdict of the check.</summary>
    public LinkVerdict Verdict { get; }

    /// <summary>The status code of the last response, or null when no response came.</summary>
    public int? HttpStatus { get; }

    /// <summary>Where redirects ended, or null when there were none.</summary>
    public string? FinalUrl { get; }

    /// <summary>How many requests the check took.</summary>
    public int Attempts { get; }

    /// <summary>How long the check took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The warnings on an otherwise working link.</summary>
    public IReadOnlyList<LinkWarning> Warnings { get; }

    /// <summary>An archived copy suggested for a broken link, or null.</summary>
    public string? ArchivedUrl { get; }

    /// <summary>The checker's explanation of the verdict, or null.</summary>
    public string? Detail { get; }

    /// <summary>The URL's history from the cache, or null when the run had no cache.</summary>
    public LinkHistory? History { get; }

    /// <summary>Every place the URL occurs, ordered by source and offset.</summary>
    public IReadOnlyList<LinkTarget> Occurrences { get; }

    /// <summary>Whether this entry fails the run under the report's fail policy.</summary>
    public bool Fails { get; }

    /// <summary>Whether the entry is worth reporting beyond the counts: anything but a clean working or excluded link.</summary>
    public bool IsFinding => Verdict is not (LinkVerdict.Ok or LinkVerdict.Excluded) || Warnings.Count > 0;

    /// <summary>
    /// A one-line reason, as the reports print it: the detail, the new URL of a redirect, the warnings, how long the
    /// link has been dead, the archived copy; joined by "; ", empty when there is nothing to say.
    /// </summary>
    public string Reason
    {
        get
        {
            var parts = new List<string>();
            if (Detail is not null)
            {
                parts.Add(Detail);
            }

            if (Verdict == LinkVerdict.Redirected && FinalUrl is not null)
            {
                parts.Add("moved to " + FinalUrl);
            }

            if (Warnings.Count > 0)
            {
                parts.Add("warnings: " + string.Join(", ", Warnings.Select(LinkCheckNames.Of)));
            }

            if (History is { ConsecutiveFailures: > 1 } history)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"dead for {history.ConsecutiveFailures} runs since {history.FirstSeenBroken:yyyy-MM-dd}"));
            }

            if (ArchivedUrl is not null)
            {
                parts.Add("archived copy: " + ArchivedUrl);
            }

            return string.Join("; ", parts);
        }
    }

    /// <summary>Where an occurrence is: <c>source:line:column</c>, or the source alone when the position is unknown, <c>-</c> for no source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="occurrence"/> is null.</exception>
    public static string FormatLocation(LinkTarget occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return occurrence.Span is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{occurrence.Source ?? "-"}:{span.Line}:{span.Column}")
            : occurrence.Source ?? "-";
    }
}
