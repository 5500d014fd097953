using System.Globalization;
using System.Text.RegularExpressions;
using AseanAi.Citations.Cli.Configuration;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// The settings of one <c>cite check</c> run: built-in defaults, overridden by the <c>check</c> section of a
/// <c>citations.json</c> config file, overridden by command-line options.
/// </summary>
internal sealed class CheckSettings
{
    /// <summary>The values of <c>--github-actions</c>.</summary>
    public static readonly string[] GitHubModes = ["auto", "off"];

    public const string DefaultCachePath = ".cite-linkcache.db";

    public string Format { get; set; } = "console";

    public string? Output { get; set; }

    public double? TimeoutSeconds { get; set; }

    public int? MaxConcurrency { get; set; }

    public int? MaxPerHost { get; set; }

    public int? Retries { get; set; }

    public List<string> Include { get; } = [];

    public List<string> Exclude { get; } = [];

    public string? Accept { get; set; }

    public string CachePath { get; set; } = DefaultCachePath;

    public bool NoCache { get; set; }

    public TimeSpan? CacheTtl { get; set; }

    public bool DenyPrivate { get; set; }

    public bool SuggestArchive { get; set; }

    public Uri? ArchiveEndpoint { get; set; }

    public string? UserAgent { get; set; }

    public Dictionary<string, Dictionary<string, string>> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<LinkVerdict> FailOn { get; set; } = [.. LinkCheckReport.DefaultFailOn];

    public int FailAfterRuns { get; set; } = 1;

    /// <summary>The encoding of inputs without a byte-order mark (<c>--encoding</c>); null: UTF-8, else detected.</summary>
    public System.Text.Encoding? Encoding { get; set; }

    /// <summary>Under GitHub Actions, write annotations and a job summary (<c>--github-actions auto</c>, the default).</summary>
    public bool GitHubActions { get; set; } = true;

    /// <summary>
    /// The command-line option and config key of each checker option these settings set, so that a complaint of
    /// <see cref="LinkCheckerOptionsValidator"/> is told in the names the user wrote.
    /// </summary>
    private static readonly (string Property, string Option, string Key)[] OptionNames =
    [
        (nameof(LinkCheckerOptions.RequestTimeout), "--timeout", "timeout"),
        (nameof(LinkCheckerOptions.LinkTimeout), "--timeout", "timeout"),
        (nameof(LinkCheckerOptions.MaxConcurrencyPerHost), "--max-per-host", "maxPerHost"),
        (nameof(LinkCheckerOptions.MaxConcurrency), "--max-concurrency", "maxConcurrency"),
        (nameof(LinkCheckerOptions.MaxRetries), "--retries", "retries"),
        (nameof(LinkCheckerOptions.UserAgent), "--user-agent", "userAgent"),
    ];

    /// <summary>
    /// Builds the checker options: the checker's own defaults (<see cref="LinkCheckerOptions"/> holds them; these settings
    /// hold only what the config file or the command line changed), checked by <see cref="LinkCheckerOptionsValidator"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not valid; the message names the command-line option and config key.</exception>
    public LinkCheckerOptions ToOptions()
    {
        var options = new LinkCheckerOptions();
        if (TimeoutSeconds is { } timeout)
        {
            if (!double.IsFinite(timeout) || timeout <= 0 || timeout > 600)
            {
                throw new ArgumentException("--timeout (or check.timeout): must be above 0 and at most 600 seconds.");
            }

            options.RequestTimeout = TimeSpan.FromSeconds(timeout);
            if (options.LinkTimeout < options.RequestTimeout * 3)
            {
                options.LinkTimeout = TimeSpan.FromTicks(Math.Min(options.RequestTimeout.Ticks * 4, TimeSpan.FromHours(1).Ticks));
            }
        }

        options.MaxConcurrency = MaxConcurrency ?? options.MaxConcurrency;
        options.MaxConcurrencyPerHost = MaxPerHost ?? options.MaxConcurrencyPerHost;
        options.MaxRetries = Retries ?? options.MaxRetries;
        options.IncludePatterns = [.. Include.Select(p => Pattern(p, "--include"))];
        options.ExcludePatterns = [.. Exclude.Select(p => Pattern(p, "--exclude"))];
        if (Accept is not null)
        {
            options.AcceptedStatusCodes = StatusCodeSet.TryParse(Accept, out var codes, out var error)
                ? codes
                : throw new ArgumentException("--accept: " + error);
        }

        options.DenyPrivateAddresses = DenyPrivate;
        options.UserAgent = UserAgent ?? options.UserAgent;
        if (SuggestArchive)
        {
            options.ArchiveEndpoint = ArchiveEndpoint ?? LinkCheckerOptions.DefaultArchiveEndpoint;
        }

        foreach (var (host, headers) in Headers)
        {
            foreach (var (name, value) in headers)
            {
                options.AddHostHeader(host, name, value);
            }
        }

        var result = new LinkCheckerOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new ArgumentException(Describe(result.Failures.First()));
        }

        return options;
    }

    /// <summary>Tells a validator message (<c>LinkCheckerOptions.MaxConcurrency must be …</c>) with the option and key the user wrote.</summary>
    private static string Describe(string failure)
    {
        const string Prefix = "LinkCheckerOptions.";
        var text = failure.StartsWith(Prefix, StringComparison.Ordinal) ? failure[Prefix.Length..] : failure;
        foreach (var (property, option, key) in OptionNames)
        {
            if (text.StartsWith(property, StringComparison.Ordinal) && !char.IsAsciiLetterOrDigit(text.ElementAtOrDefault(property.Length)))
            {
                return $"{option} (or check.{key}): {text}";
            }
        }

        return text;
    }

    private static Regex Pattern(string pattern, string option)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"{option}: '{pattern}' is not a valid regular expression: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a duration such as <c>1d</c>, <c>12h</c>, <c>30m</c>, <c>90s</c>, <c>1d12h</c> or <c>01:30:00</c>.</summary>
    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
        }

        var match = DurationPattern().Match(text);
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        static double Part(Group group) => group.Success ? double.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        duration = TimeSpan.FromDays(Part(match.Groups["d"])) + TimeSpan.FromHours(Part(match.Groups["h"]))
            + TimeSpan.FromMinutes(Part(match.Groups["m"])) + TimeSpan.FromSeconds(Part(match.Groups["s"]));
        return true;
    }

    private static Regex DurationPattern() => new(
        @"^(?:(?<d>\d+(?:\.\d+)?)d)?(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Reads verdict names such as <c>broken,soft-404,timeout</c>.</summary>
    public static HashSet<LinkVerdict> ParseVerdicts(IEnumerable<string> names, string where)
    {
        var verdicts = new HashSet<LinkVerdict>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!LinkCheckNames.TryParseVerdict(name, out var verdict))
            {
                throw new ArgumentException($"{where}: '{name}' is not a verdict (use {string.Join(", ", Enum.GetValues<LinkVerdict>().Select(LinkCheckNames.Of))}).");
            }

            verdicts.Add(verdict);
        }

        return verdicts;
    }

    /// <summary>
    /// Applies the <c>check</c> section of a config file (already read, so unknown keys and values of the wrong kind were
    /// refused there); relative paths in it are relative to the file's folder.
    /// </summary>
    /// <exception cref="ConfigFileException">A value is malformed; the message names its file, line, column and key.</exception>
    public void Apply(LoadedConfig config)
    {
        if (config.File.Check is not { } check)
        {
            return;
        }

        string Where(string key) => config.Where("check", key);
        if (check.Format is { } format)
        {
            Format = ConfigSupport.Choice(config, "check", "format", format, CheckReports.CheckReportWriter.Formats)!;
        }

        if (check.Output is { } output)
        {
            Output = config.ResolvePath(output);
        }

        TimeoutSeconds = check.Timeout ?? TimeoutSeconds;
        MaxConcurrency = check.MaxConcurrency ?? MaxConcurrency;
        MaxPerHost = check.MaxPerHost ?? MaxPerHost;
        Retries = check.Retries ?? Retries;
        if (check.Include is { } include)
        {
            Include.Clear();
            Include.AddRange(include);
        }

        if (check.Exclude is { } exclude)
        {
            Exclude.Clear();
            Exclude.AddRange(exclude);
        }

        if (check.Accept is { } accept)
        {
            Accept = string.Join(',', accept);
        }

        if (check.Cache is { } cache)
        {
            CachePath = config.ResolvePath(cache);
        }

        NoCache = check.NoCache ?? NoCache;
        if (check.CacheTtl is { } cacheTtl)
        {
            CacheTtl = TryParseDuration(cacheTtl, out var ttl) ? ttl : throw new ConfigFileException($"{Where("cacheTtl")}: '{cacheTtl}' is not a duration (write 1d, 12h, 30m or 90s).");
        }

        if (check.AllowPrivate is { } allowPrivate)
        {
            DenyPrivate = !allowPrivate;
        }

        DenyPrivate = check.DenyPrivate ?? DenyPrivate;
        SuggestArchive = check.SuggestArchive ?? SuggestArchive;
        if (check.ArchiveEndpoint is { } archive)
        {
            ArchiveEndpoint = Uri.TryCreate(archive, UriKind.Absolute, out var endpoint) ? endpoint : throw new ConfigFileException($"{Where("archiveEndpoint")}: '{archive}' is not an absolute URL.");
        }

        UserAgent = check.UserAgent ?? UserAgent;
        if (check.FailOn is { } failOn)
        {
            try
            {
                FailOn = ParseVerdicts(failOn, Where("failOn"));
            }
            catch (ArgumentException exception)
            {
                throw new ConfigFileException(exception.Message);
            }
        }

        FailAfterRuns = check.FailAfterRuns ?? FailAfterRuns;
        if (check.FailAfterRuns is < 1)
        {
            throw new ConfigFileException($"{Where("failAfterRuns")}: must be 1 or more.");
        }

        foreach (var (host, headers) in check.Headers ?? [])
        {
            Headers[host] = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        }

        if (check.Encoding is { } encoding)
        {
            Encoding = ConfigSupport.NamedEncoding(encoding, Where("encoding"));
        }

        if (check.GithubActions is { } github)
        {
            GitHubActions = ConfigSupport.Choice(config, "check", "githubActions", github, GitHubModes) == "auto";
        }
    }
}
