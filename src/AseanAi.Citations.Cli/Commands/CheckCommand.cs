using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AseanAi.Citations.Cli.Commands.CheckReports;
using AseanAi.Citations.Cli.Configuration;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite check FILE|DIR|GLOB|- ...</c>: checks the links of documents for rot and reports them for people or CI.
/// Exit codes follow lychee's: 0 no failing links, 1 runtime or input error, 2 failing links found, 3 configuration error.
/// </summary>
internal sealed class CheckCommand
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Files, folders (searched for .md, .txt, .html, …), glob patterns, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f") { Description = "Report format: console (for people), json, junit, sarif (2.1.0), markdown or github (workflow-command annotations). Default: console.", HelpName = "FORMAT" };
    private readonly Option<string> _output = CommonOptions.Output("the report");
    private readonly Option<double> _timeout = new("--timeout") { Description = "Seconds one request may take. Default: 20.", HelpName = "SECONDS" };
    private readonly Option<int> _maxConcurrency = new("--max-concurrency") { Description = "Requests in flight at once, all hosts together (1-1024). Default: 64.", HelpName = "N" };
    private readonly Option<int> _maxPerHost = new("--max-per-host") { Description = "Requests and connections open to one host at once (1-256). Default: 8.", HelpName = "N" };
    private readonly Option<int> _retries = new("--retries") { Description = "Retries of a transient failure (timeout, reset, 5xx, 429), 0-10. Default: 2.", HelpName = "N" };
    private readonly Option<string[]> _include = new("--include") { Description = "Check only URLs matching REGEX (repeatable). Default: every URL.", HelpName = "REGEX" };
    private readonly Option<string[]> _exclude = new("--exclude") { Description = "Skip URLs matching REGEX (repeatable); wins over --include. Default: none.", HelpName = "REGEX" };
    private readonly Option<string> _accept = new("--accept") { Description = "Statuses that count as working, such as 200..299,403. Default: 200..299.", HelpName = "CODES" };
    private readonly Option<string> _cache = new("--cache") { Description = $"The cache file (SQLite) that keeps results and history between runs. Default: {CheckSettings.DefaultCachePath}.", HelpName = "FILE" };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Check every link afresh and keep no history. Default: off." };
    private readonly Option<string> _cacheTtl = new("--cache-ttl") { Description = "How long working links are trusted, such as 1d, 12h, 30m; failures are always re-checked. Default: 1d.", HelpName = "DURATION" };
    private readonly Option<bool> _allowPrivate = new("--allow-private") { Description = "Check links to private, loopback and link-local addresses. Default: on." };
    private readonly Option<bool> _denyPrivate = new("--deny-private") { Description = "Refuse links whose host resolves to a private, loopback or link-local address (reported as excluded). Default: off." };
    private readonly Option<bool> _suggestArchive = new("--suggest-archive") { Description = "For dead links, ask the archive's availability API for a snapshot. Default: off." };
    private readonly Option<string> _config = CommonOptions.Config();
    private readonly Option<string[]> _failOn = new("--fail-on") { Description = "Verdicts that fail the run (exit 2), such as broken,soft-404,timeout. Default: broken,soft-404.", HelpName = "VERDICTS" };
    private readonly Option<int> _failAfterRuns = new("--fail-after-runs") { Description = "Fail only on links found dead in this many runs in a row (needs the cache). Default: 1.", HelpName = "N" };
    private readonly Option<string> _userAgent = new("--user-agent") { Description = "The User-Agent to send. Default: names this checker and its version.", HelpName = "TEXT" };
    private readonly Option<string> _encodingName = CommonOptions.Encoding();
    private readonly Option<string> _gitHubActions = new("--github-actions") { Description = "auto: when GITHUB_ACTIONS=true, also write ::error/::warning annotations and a Markdown job summary to $GITHUB_STEP_SUMMARY; off: never. Default: auto.", HelpName = "MODE" };

    /// <summary>Report formats meant for people or for the GitHub runner; the others are parsed by programs.</summary>
    private static readonly string[] TextFormats = ["console", "github"];

    // Options are built per command tree, never shared: System.CommandLine symbols are mutable and keep their parents.
    private CheckCommand()
    {
    }

    public static Command Create(CliEnvironment environment) => new CheckCommand().Build(environment);

    private Command Build(CliEnvironment environment)
    {
        var command = new Command("check", "Check the links in documents for rot: broken, soft-404, blocked, timeout, error, with warnings for title, type, fragment and plain http.")
        {
            _inputs, _format, _output, _timeout, _maxConcurrency, _maxPerHost, _include, _exclude, _accept, _cache, _noCache, _cacheTtl,
            _allowPrivate, _denyPrivate, _suggestArchive, _config, _failOn, _failAfterRuns, _userAgent, _retries, _gitHubActions, _encodingName,
        };
        _format.AcceptOnlyFromAmong(CheckReportWriter.Formats);
        _gitHubActions.AcceptOnlyFromAmong(CheckSettings.GitHubModes);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, environment, cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        CheckSettings settings;
        LinkCheckerOptions options;
        try
        {
            settings = Settings(parse);
            options = settings.ToOptions();
            options.HostResolver = environment.HostResolver;
        }
        catch (Exception exception) when (exception is ArgumentException or ConfigFileException)
        {
            await error.WriteLineAsync("cite: " + FirstLine(exception.Message)).ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }

        List<string> files;
        try
        {
            files = CheckInputs.Resolve(parse.GetValue(_inputs) ?? [], Directory.GetCurrentDirectory());
        }
        catch (CheckInputException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        LinkCheckCache? cache = null;
        try
        {
            if (!settings.NoCache)
            {
                cache = LinkCheckCache.Open(settings.CachePath, settings.CacheTtl);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var results = new List<LinkCheckResult>();
        var progress = ProgressDisplay.ForTerminal(error, environment);
        try
        {
            using var checker = new LinkChecker(options, cache);
            await foreach (var result in checker.CheckAsync(CheckInputs.ReadTargetsAsync(files, settings.Encoding, environment.OpenStandardInput(), cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                results.Add(result);
                progress?.Update(results.Count, result);
            }

            progress?.Clear();
        }
        catch (CheckInputException exception)
        {
            // The progress line is erased before the error is written in its place.
            progress?.Clear();
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A runtime failure (a cache file that fails mid-run, a disk that fills up): one clear line, exit code 1.
            progress?.Clear();
            await error.WriteLineAsync($"cite: the check failed: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        finally
        {
            cache?.Dispose();
        }

        var report = LinkCheckReport.Create(results, settings.FailOn, settings.FailAfterRuns, stopwatch.Elapsed);
        try
        {
            if (settings.Output is { } path)
            {
                var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                await using (file.ConfigureAwait(false))
                {
                    await CheckReportWriter.WriteAsync(settings.Format, color: false, report, file, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await CheckReportWriter.WriteAsync(settings.Format, environment.OutputUsesColor, report, output, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"cite: cannot write the report to {settings.Output}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        if (settings.GitHubActions && environment.IsGitHubActions)
        {
            await WriteToGitHubAsync(report, settings, output, error, environment, cancellationToken).ConfigureAwait(false);
        }

        return report.Fails ? ExitCodes.BrokenLinks : ExitCodes.Success;
    }

    /// <summary>
    /// Under GitHub Actions: annotations for the runner, and the Markdown report appended to the job summary.
    /// GitHub documents workflow commands on standard output, and the runner reads them from standard error too; so
    /// they go to standard output unless a machine-readable report (json, junit, sarif, markdown) is being written
    /// there, when they go to standard error and the report stays parseable.
    /// </summary>
    private static async Task WriteToGitHubAsync(LinkCheckReport report, CheckSettings settings, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var reportOnStandardOutput = settings.Output is null;
        if (!(reportOnStandardOutput && settings.Format == "github"))
        {
            var annotations = reportOnStandardOutput && !TextFormats.Contains(settings.Format, StringComparer.Ordinal) ? error : output;
            await CheckReportWriter.Library.WriteGitHubAnnotationsAsync(report, annotations, cancellationToken).ConfigureAwait(false);
        }

        if (environment.GitHubStepSummary is not { } summaryPath)
        {
            return;
        }

        try
        {
            // Appended, as GitHub asks: other steps' commands may have written to the same file. GitHub drops a step's
            // whole summary above 1 MiB, so a long table is cut to fit, with a note, rather than lost.
            var markdown = new StringWriter(CultureInfo.InvariantCulture);
            await CheckReportWriter.Library.WriteAsync(report, LinkCheckReportFormat.Markdown, markdown, cancellationToken).ConfigureAwait(false);
            var existing = File.Exists(summaryPath) ? new FileInfo(summaryPath).Length : 0;
            var text = FitSummary(markdown.ToString(), StepSummaryLimit - existing);
            await File.AppendAllTextAsync(summaryPath, text + Environment.NewLine, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The links were checked and reported; a summary that cannot be written does not change the verdict.
            await error.WriteLineAsync($"cite: warning: cannot append the job summary to {summaryPath}: {exception.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>The size above which GitHub refuses a step's job summary (1 MiB).</summary>
    internal const long StepSummaryLimit = 1024 * 1024;

    /// <summary>The Markdown report, cut at a line boundary with a note when it would not fit in <paramref name="budget"/> bytes.</summary>
    internal static string FitSummary(string markdown, long budget)
    {
        var encoding = System.Text.Encoding.UTF8;
        if (encoding.GetByteCount(markdown) + 2 <= budget)
        {
            return markdown;
        }

        var lines = markdown.TrimEnd('\n').Split('\n');
        var note = "\n_The job summary is limited to 1 MiB: {0} more lines of findings are not shown; write the full report with --output._\n";
        var kept = new System.Text.StringBuilder();
        var size = (long)encoding.GetByteCount(string.Format(CultureInfo.InvariantCulture, note, lines.Length)) + 2;
        var count = 0;
        foreach (var line in lines)
        {
            var lineSize = encoding.GetByteCount(line) + 1;
            if (size + lineSize > budget)
            {
                break;
            }

            kept.Append(line).Append('\n');
            size += lineSize;
            count++;
        }

        return kept.Append(string.Format(CultureInfo.InvariantCulture, note, lines.Length - count)).ToString();
    }

    /// <summary>Defaults, then the config file, then the command line.</summary>
    private CheckSettings Settings(CommandLineParseResult parse)
    {
        var settings = new CheckSettings();
        settings.Apply(LoadedConfig.Load(parse.GetValue(_config), Directory.GetCurrentDirectory()));

        if (Given(parse, _format))
        {
            settings.Format = parse.GetValue(_format)!;
        }

        if (Given(parse, _output))
        {
            settings.Output = parse.GetValue(_output);
        }

        if (Given(parse, _timeout))
        {
            settings.TimeoutSeconds = parse.GetValue(_timeout);
        }

        if (Given(parse, _maxConcurrency))
        {
            settings.MaxConcurrency = parse.GetValue(_maxConcurrency);
        }

        if (Given(parse, _maxPerHost))
        {
            settings.MaxPerHost = parse.GetValue(_maxPerHost);
        }

        if (Given(parse, _include))
        {
            settings.Include.Clear();
            settings.Include.AddRange(parse.GetValue(_include)!);
        }

        if (Given(parse, _exclude))
        {
            settings.Exclude.Clear();
            settings.Exclude.AddRange(parse.GetValue(_exclude)!);
        }

        if (Given(parse, _accept))
        {
            settings.Accept = parse.GetValue(_accept);
        }

        if (Given(parse, _cache))
        {
            settings.CachePath = parse.GetValue(_cache)!;
            settings.NoCache = false;
        }

        if (Given(parse, _noCache))
        {
            settings.NoCache = parse.GetValue(_noCache);
        }

        if (Given(parse, _cacheTtl))
        {
            settings.CacheTtl = CheckSettings.TryParseDuration(parse.GetValue(_cacheTtl), out var ttl)
                ? ttl
                : throw new ArgumentException($"--cache-ttl: '{parse.GetValue(_cacheTtl)}' is not a duration (write 1d, 12h, 30m or 90s).");
        }

        if (Given(parse, _allowPrivate) && Given(parse, _denyPrivate) && parse.GetValue(_allowPrivate) && parse.GetValue(_denyPrivate))
        {
            throw new ArgumentException("--allow-private and --deny-private contradict each other; give one.");
        }

        if (Given(parse, _allowPrivate) && parse.GetValue(_allowPrivate))
        {
            settings.DenyPrivate = false;
        }

        if (Given(parse, _denyPrivate) && parse.GetValue(_denyPrivate))
        {
            settings.DenyPrivate = true;
        }

        if (Given(parse, _suggestArchive))
        {
            settings.SuggestArchive = parse.GetValue(_suggestArchive);
        }

        if (Given(parse, _failOn))
        {
            settings.FailOn = CheckSettings.ParseVerdicts(parse.GetValue(_failOn)!, "--fail-on");
        }

        if (Given(parse, _failAfterRuns))
        {
            settings.FailAfterRuns = parse.GetValue(_failAfterRuns);
        }

        if (settings.FailAfterRuns < 1)
        {
            throw new ArgumentException("--fail-after-runs must be 1 or more.");
        }

        if (Given(parse, _userAgent))
        {
            settings.UserAgent = parse.GetValue(_userAgent);
        }

        if (Given(parse, _encodingName))
        {
            settings.Encoding = ConfigSupport.NamedEncoding(parse.GetValue(_encodingName)!, "--encoding");
        }

        if (Given(parse, _retries))
        {
            settings.Retries = parse.GetValue(_retries);
        }

        if (Given(parse, _gitHubActions))
        {
            settings.GitHubActions = parse.GetValue(_gitHubActions) == "auto";
        }

        return settings;
    }

    /// <summary>An option's own message, without the parameter name and actual value that .NET appends on further lines.</summary>
    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].TrimEnd('\r');
        var parameter = line.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter > 0 ? line[..parameter] : line;
    }

    private static bool Given(CommandLineParseResult parse, Option option) => parse.IsGiven(option);
}
