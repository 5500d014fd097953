namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>How one attempt (a request and its redirects) ended when no usable response came back.</summary>
internal enum ProbeFailure
{
    None,
    Timeout,
    NameNotFound,
    NameResolutionFailed,
    ConnectionRefused,
    ConnectionReset,
    Tls,
    PrivateAddressRefused,
    RedirectLoop,
    TooManyRedirects,
    UnsupportedRedirect,
    Other,
}

/// <summary>The outcome of one attempt: the final response's status and page, or the failure.</summary>
internal sealed record ProbeResult
{
    public ProbeFailure Failure { get; init; }

    public int? Status { get; init; }

    /// <summary>The URL of the last response (after redirects).</summary>
    public Uri? FinalUri { get; init; }

    /// <summary>How many redirects were followed.</summary>
    public int Hops { get; init; }

    /// <summary>Whether every redirect followed was permanent (301, 308); false when there were none.</summary>
    public bool PermanentRedirect { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The response carried a bot-wall marker such as <c>cf-mitigated: challenge</c>.</summary>
    public bool BotChallenge { get; init; }

    public PageFacts? Page { get; init; }

    /// <summary>A host name (not a literal) was resolved and answered: the network and resolver work.</summary>
    public bool NameResolved { get; init; }

    public string? Detail { get; init; }
}

/// <summary>The outcome of fetching one normalised URL in a run, shared by every target that names it.</summary>
internal sealed record FetchOutcome
{
    public required LinkVerdict Verdict { get; init; }

    public int? HttpStatus { get; init; }

    public string? FinalUrl { get; init; }

    public int Attempts { get; init; }

    public TimeSpan Elapsed { get; init; }

    public string? Detail { get; init; }

    public PageFacts? Page { get; init; }

    /// <summary>The host name does not exist; the verdict waits on whether other names resolve in the run.</summary>
    public bool NameNotFound { get; init; }

    public string? ArchivedUrl { get; init; }

    public bool FromCache { get; init; }

    public LinkHistory? History { get; init; }
}
