using System.Net;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>An immutable copy of <see cref="LinkCheckerOptions"/>, taken when a checker is built.</summary>
internal sealed record LinkCheckerSettings
{
    public LinkCheckerSettings(LinkCheckerOptions options)
    {
        MaxConcurrency = options.MaxConcurrency;
        MaxConcurrencyPerHost = options.MaxConcurrencyPerHost;
        RequestTimeout = options.RequestTimeout;
        LinkTimeout = options.LinkTimeout;
        MaxRetries = options.MaxRetries;
        RetryBaseDelay = options.RetryBaseDelay;
        MaxRetryAfter = options.MaxRetryAfter;
        MaxRetryWaitPerHost = options.MaxRetryWaitPerHost;
        MaxRedirects = options.MaxRedirects;
        MaxBodyBytes = options.MaxBodyBytes;
        UserAgent = options.UserAgent;
        UseHead = options.UseHead;
        DenyPrivateAddresses = options.DenyPrivateAddresses;
        AcceptedStatusCodes = options.AcceptedStatusCodes;
        IncludePatterns = [.. options.IncludePatterns];
        ExcludePatterns = [.. options.ExcludePatterns];
        CheckTitles = options.CheckTitles;
        CheckFragments = options.CheckFragments;
        DetectSoft404 = options.DetectSoft404;
        ArchiveEndpoint = options.ArchiveEndpoint;
        HostHeaders = options.HostHeaders;
        HostResolver = options.HostResolver;
    }

    public int MaxConcurrency { get; }

    public int MaxConcurrencyPerHost { get; }

    public TimeSpan RequestTimeout { get; }

    public TimeSpan LinkTimeout { get; }

    public int MaxRetries { get; }

    public TimeSpan RetryBaseDelay { get; }

    public TimeSpan MaxRetryAfter { get; }

    public TimeSpan MaxRetryWaitPerHost { get; }

    public int MaxRedirects { get; }

    public int MaxBodyBytes { get; }

    public string UserAgent { get; }

    public bool UseHead { get; }

    public bool DenyPrivateAddresses { get; }

    public StatusCodeSet AcceptedStatusCodes { get; }

    public IReadOnlyList<Regex> IncludePatterns { get; }

    public IReadOnlyList<Regex> ExcludePatterns { get; }

    public bool CheckTitles { get; }

    public bool CheckFragments { get; }

    public bool DetectSoft404 { get; }

    public Uri? ArchiveEndpoint { get; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> HostHeaders { get; }

    public Func<string, CancellationToken, Task<IPAddress[]>>? HostResolver { get; }
}
