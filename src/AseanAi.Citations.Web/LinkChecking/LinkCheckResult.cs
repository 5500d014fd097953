namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// The outcome of checking one <see cref="LinkTarget"/>. Targets with the same normalised URL share one fetch per run,
/// so their results carry the same verdict, status and timing; warnings that depend on the occurrence (cited title,
/// fragment) are computed for each target.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record LinkCheckResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="target">The occurrence that was checked.</param>
    /// <param name="verdict">What the check concluded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public LinkCheckResult(LinkTarget target, LinkVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        Verdict = verdict;
    }

    /// <summary>The occurrence that was checked.</summary>
    public LinkTarget Target { get; }

    /// <summary>What the check concluded.</summary>
    public LinkVerdict Verdict { get; }

    /// <summary>
    /// The normalised URL that was fetched (scheme and host in lower case, default port and fragment removed);
    /// <see langword="null"/> for <see cref="LinkVerdict.Invalid"/> targets.
    /// </summary>
    public string? NormalizedUrl { get; init; }

    /// <summary>Findings about a link that otherwise works, in a stable order; empty when there are none.</summary>
    public IReadOnlyList<LinkWarning> Warnings { get; init; } = [];

    /// <summary>The HTTP status of the last response, when one was received.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The URL the redirects led to, when it differs from the normalised URL.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>How many times the URL was requested (1 plus retries); 0 when it was not fetched in this run.</summary>
    public int Attempts { get; init; }

    /// <summary>How long the check of this URL took, retries and waits included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>For dead links, when archive suggestions are on: the URL of an archived snapshot.</summary>
    public string? ArchivedUrl { get; init; }

    /// <summary>A sentence for people that says why the verdict was given (for example <c>HTTP 404</c>, <c>connection refused</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the verdict came from the cache instead of a request in this run.</summary>
    public bool FromCache { get; init; }

    /// <summary>What the cache remembers of this URL's failures, when a cache is in use.</summary>
    public LinkHistory? History { get; init; }
}
