using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// The settings of one <c>cite check</c> run: built-in defaults, overridden by the <c>check</c> section of a
/// <c>citations.json</c> config file, overridden by command-line options.
/// </summary>
internal sealed class CheckSettings
{
    public const string DefaultConfigFile = "citations.json";
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

    public HashSet<LinkVerdict> FailOn { get; set; } = [LinkVerdict.Broken, LinkVerdict.Soft404];

    public int FailAfterRuns { get; set; } = 1;

    /// <summary>Builds the checker options; a bad value gives the option's own message.</summary>
    public LinkCheckerOptions ToOptions()
    {
        var options = new LinkCheckerOptions();
        if (TimeoutSeconds is { } timeout)
        {
            options.RequestTimeout = TimeSpan.FromSeconds(timeout);
            if (options.LinkTimeout < options.RequestTimeout * 3)
            {
                options.LinkTimeout = TimeSpan.FromTicks(Math.Min(options.RequestTimeout.Ticks * 4, TimeSpan.FromHours(1).Ticks));
            }
        }

        if (MaxConcurrency is { } concurrency)
        {
            options.MaxConcurrency = concurrency;
        }

        if (MaxPerHost is { } perHost)
        {
            options.MaxConcurrencyPerHost = perHost;
        }

        if (Retries is { } retries)
        {
            options.MaxRetries = retries;
        }

        options.IncludePatterns = [.. Include.Select(p => Pattern(p, "--include"))];
        options.ExcludePatterns = [.. Exclude.Select(p => Pattern(p, "--exclude"))];
        if (Accept is not null)
        {
            options.AcceptedStatusCodes = StatusCodeSet.TryParse(Accept, out var codes, out var error)
                ? codes
                : throw new ArgumentException("--accept: " + error);
        }

        options.DenyPrivateAddresses = DenyPrivate;
        if (UserAgent is not null)
        {
            options.UserAgent = UserAgent;
        }

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

        return options;
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
    /// Applies the <c>check</c> section of a config file. Unknown settings are errors (a typo must not silently do
    /// nothing); other top-level sections belong to other verbs and are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The file is not valid JSON or a setting is unknown or malformed; the message names it.</exception>
    public void ApplyConfigFile(string path, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"{path}: not valid JSON (line {exception.LineNumber + 1}): {exception.Message}", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"{path}: the file must hold a JSON object.");
            }

            if (!document.RootElement.TryGetProperty("check", out var check))
            {
                return;
            }

            if (check.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"{path}: \"check\" must be an object.");
            }

            foreach (var property in check.EnumerateObject())
            {
                var where = $"{path}: check.{property.Name}";
                var value = property.Value;
                switch (property.Name)
                {
                    case "format": Format = CheckFormat(String(value, where), where); break;
                    case "output": Output = String(value, where); break;
                    case "timeout": TimeoutSeconds = Number(value, where); break;
                    case "maxConcurrency": MaxConcurrency = Integer(value, where); break;
                    case "maxPerHost": MaxPerHost = Integer(value, where); break;
                    case "retries": Retries = Integer(value, where); break;
                    case "include": Include.Clear(); Include.AddRange(Strings(value, where)); break;
                    case "exclude": Exclude.Clear(); Exclude.AddRange(Strings(value, where)); break;
                    case "accept": Accept = value.ValueKind == JsonValueKind.Array ? string.Join(',', Strings(value, where)) : String(value, where); break;
                    case "cache": CachePath = String(value, where); break;
                    case "noCache": NoCache = Boolean(value, where); break;
                    case "cacheTtl": CacheTtl = TryParseDuration(String(value, where), out var ttl) ? ttl : throw new ArgumentException($"{where}: not a duration (write 1d, 12h, 30m or 90s)."); break;
                    case "allowPrivate": DenyPrivate = !Boolean(value, where); break;
                    case "denyPrivate": DenyPrivate = Boolean(value, where); break;
                    case "suggestArchive": SuggestArchive = Boolean(value, where); break;
                    case "archiveEndpoint": ArchiveEndpoint = Uri.TryCreate(String(value, where), UriKind.Absolute, out var endpoint) ? endpoint : throw new ArgumentException($"{where}: not an absolute URL."); break;
                    case "userAgent": UserAgent = String(value, where); break;
                    case "failOn": FailOn = ParseVerdicts(Strings(value, where), where); break;
                    case "failAfterRuns": FailAfterRuns = Integer(value, where); break;
                    case "headers": ReadHeaders(value, where); break;
                    default:
                        throw new ArgumentException($"{where}: unknown setting. Known: format, output, timeout, maxConcurrency, maxPerHost, retries, include, exclude, accept, cache, noCache, cacheTtl, allowPrivate, denyPrivate, suggestArchive, archiveEndpoint, userAgent, failOn, failAfterRuns, headers.");
                }
            }
        }
    }

    public static string CheckFormat(string format, string where) =>
        CheckReports.CheckReportWriter.Formats.Contains(format, StringComparer.Ordinal)
            ? format
            : throw new ArgumentException($"{where}: '{format}' is not a format (use {string.Join(", ", CheckReports.CheckReportWriter.Formats)}).");

    private void ReadHeaders(JsonElement value, string where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{where}: must be an object of host names to objects of header names and values.");
        }

        foreach (var host in value.EnumerateObject())
        {
            if (host.Value.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"{where}.{host.Name}: must be an object of header names and values.");
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in host.Value.EnumerateObject())
            {
                headers[header.Name] = String(header.Value, $"{where}.{host.Name}.{header.Name}");
            }

            Headers[host.Name] = headers;
        }
    }

    private static string String(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ArgumentException($"{where}: must be a string.");

    private static bool Boolean(JsonElement value, string where) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw new ArgumentException($"{where}: must be true or false.");

    private static double Number(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new ArgumentException($"{where}: must be a number.");

    private static int Integer(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw new ArgumentException($"{where}: must be a whole number.");

    private static List<string> Strings(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => [.. value.EnumerateArray().Select(item => String(item, where))],
        _ => throw new ArgumentException($"{where}: must be a string or an array of strings."),
    };
}
