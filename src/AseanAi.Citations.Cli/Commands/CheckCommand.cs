using System.CommandLine;
using System.Diagnostics;
using AseanAi.Citations.Cli.Commands.CheckReports;
using AseanAi.Citations.Web.LinkChecking;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite check FILE|DIR|GLOB|- ...</c>: checks the links of documents for rot and reports them for people or CI.
/// Exit codes follow lychee's: 0 no failing links, 1 runtime or input error, 2 failing links found, 3 configuration error.
/// </summary>
internal static class CheckCommand
{
    private static readonly Argument<string[]> Inputs = new("inputs")
    {
        Description = "Files, folders (searched for .md, .txt, .html, …), glob patterns, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> Format = new("--format") { Description = "Report format: console, json, junit, sarif (2.1.0), markdown or github (annotations). Default console." };
    private static readonly Option<string> Output = new("--output", "-o") { Description = "Write the report to FILE instead of standard output." };
    private static readonly Option<double> Timeout = new("--timeout") { Description = "Seconds one request may take (default 20)." };
    private static readonly Option<int> MaxConcurrency = new("--max-concurrency") { Description = "Requests in flight at once, all hosts together (default 64)." };
    private static readonly Option<int> MaxPerHost = new("--max-per-host") { Description = "Requests and connections open to one host at once (default 8)." };
    private static readonly Option<string[]> Include = new("--include") { Description = "Check only URLs matching REGEX (repeatable).", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<string[]> Exclude = new("--exclude") { Description = "Skip URLs matching REGEX (repeatable); wins over --include." };
    private static readonly Option<string> Accept = new("--accept") { Description = "Statuses that count as working, such as 200..299,403 (default 200..299)." };
    private static readonly Option<string> Cache = new("--cache") { Description = $"The cache file (SQLite; default {CheckSettings.DefaultCachePath})." };
    private static readonly Option<bool> NoCache = new("--no-cache") { Description = "Check every link afresh and keep no history." };
    private static readonly Option<string> CacheTtl = new("--cache-ttl") { Description = "How long working links are trusted, such as 1d, 12h, 30m (default 1d). Failures are always re-checked." };
    private static readonly Option<bool> AllowPrivate = new("--allow-private") { Description = "Check links to private, loopback and link-local addresses (the default)." };
    private static readonly Option<bool> DenyPrivate = new("--deny-private") { Description = "Refuse links whose host resolves to a private, loopback or link-local address (reported as excluded)." };
    private static readonly Option<bool> SuggestArchive = new("--suggest-archive") { Description = "For dead links, ask the archive's availability API for a snapshot." };
    private static readonly Option<string> Config = new("--config") { Description = $"Read settings from FILE (default ./{CheckSettings.DefaultConfigFile} when present); command-line options win." };
    private static readonly Option<string[]> FailOn = new("--fail-on") { Description = "Verdicts that fail the run (exit 2), such as broken,soft-404,timeout (default broken,soft-404)." };
    private static readonly Option<int> FailAfterRuns = new("--fail-after-runs") { Description = "Fail only on links found dead in this many runs in a row (needs the cache; default 1)." };
    private static readonly Option<string> UserAgent = new("--user-agent") { Description = "The User-Agent to send (default names this checker and its version)." };

    public static Command Create()
    {
        var command = new Command("check", "Check the links in documents for rot: broken, soft-404, blocked, timeout, error, with warnings for title, type, fragment and plain http.")
        {
            Inputs, Format, Output, Timeout, MaxConcurrency, MaxPerHost, Include, Exclude, Accept, Cache, NoCache, CacheTtl,
            AllowPrivate, DenyPrivate, SuggestArchive, Config, FailOn, FailAfterRuns, UserAgent,
        };
        Format.AcceptOnlyFromAmong(CheckReportWriter.Formats);
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        CheckSettings settings;
        LinkCheckerOptions options;
        try
        {
            settings = Settings(parse);
            options = settings.ToOptions();
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.ConfigurationError;
        }
        catch (CheckInputException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        List<string> files;
        try
        {
            files = CheckInputs.Resolve(parse.GetValue(Inputs) ?? [], Directory.GetCurrentDirectory());
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
        try
        {
            using var checker = new LinkChecker(options, cache);
            var progress = ProgressDisplay.ForTerminal(error);
            await foreach (var result in checker.CheckAsync(CheckInputs.ReadTargetsAsync(files, Console.OpenStandardInput(), cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                results.Add(result);
                progress?.Update(results.Count, result);
            }

            progress?.Clear();
        }
        catch (CheckInputException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A runtime failure (a cache file that fails mid-run, a disk that fills up): one clear line, exit code 1.
            await error.WriteLineAsync($"cite: the check failed: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        finally
        {
            cache?.Dispose();
        }

        var report = CheckReport.From(results, settings.FailOn, settings.FailAfterRuns, stopwatch.Elapsed);
        var writer = CheckReportWriter.Create(settings.Format);
        try
        {
            if (settings.Output is { } path)
            {
                var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                await using (file.ConfigureAwait(false))
                {
                    await writer.WriteAsync(report, file, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await writer.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"cite: cannot write the report to {settings.Output}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        return report.Fails ? ExitCodes.BrokenLinks : ExitCodes.Success;
    }

    /// <summary>Defaults, then the config file, then the command line.</summary>
    private static CheckSettings Settings(CommandLineParseResult parse)
    {
        var settings = new CheckSettings();
        var configPath = parse.GetValue(Config);
        if (configPath is not null || File.Exists(CheckSettings.DefaultConfigFile))
        {
            var path = configPath ?? CheckSettings.DefaultConfigFile;
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ArgumentException($"cannot read the config file {path}: {exception.Message}", exception);
            }

            settings.ApplyConfigFile(path, text);
        }

        if (Given(parse, Format))
        {
            settings.Format = parse.GetValue(Format)!;
        }

        if (Given(parse, Output))
        {
            settings.Output = parse.GetValue(Output);
        }

        if (Given(parse, Timeout))
        {
            settings.TimeoutSeconds = parse.GetValue(Timeout);
        }

        if (Given(parse, MaxConcurrency))
        {
            settings.MaxConcurrency = parse.GetValue(MaxConcurrency);
        }

        if (Given(parse, MaxPerHost))
        {
            settings.MaxPerHost = parse.GetValue(MaxPerHost);
        }

        if (Given(parse, Include))
        {
            settings.Include.Clear();
            settings.Include.AddRange(parse.GetValue(Include)!);
        }

        if (Given(parse, Exclude))
        {
            settings.Exclude.Clear();
            settings.Exclude.AddRange(parse.GetValue(Exclude)!);
        }

        if (Given(parse, Accept))
        {
            settings.Accept = parse.GetValue(Accept);
        }

        if (Given(parse, Cache))
        {
            settings.CachePath = parse.GetValue(Cache)!;
            settings.NoCache = false;
        }

        if (Given(parse, NoCache))
        {
            settings.NoCache = parse.GetValue(NoCache);
        }

        if (Given(parse, CacheTtl))
        {
            settings.CacheTtl = CheckSettings.TryParseDuration(parse.GetValue(CacheTtl), out var ttl)
                ? ttl
                : throw new ArgumentException($"--cache-ttl: '{parse.GetValue(CacheTtl)}' is not a duration (write 1d, 12h, 30m or 90s).");
        }

        if (Given(parse, AllowPrivate) && Given(parse, DenyPrivate) && parse.GetValue(AllowPrivate) && parse.GetValue(DenyPrivate))
        {
            throw new ArgumentException("--allow-private and --deny-private contradict each other; give one.");
        }

        if (Given(parse, AllowPrivate) && parse.GetValue(AllowPrivate))
        {
            settings.DenyPrivate = false;
        }

        if (Given(parse, DenyPrivate) && parse.GetValue(DenyPrivate))
        {
            settings.DenyPrivate = true;
        }

        if (Given(parse, SuggestArchive))
        {
            settings.SuggestArchive = parse.GetValue(SuggestArchive);
        }

        if (Given(parse, FailOn))
        {
            settings.FailOn = CheckSettings.ParseVerdicts(parse.GetValue(FailOn)!, "--fail-on");
        }

        if (Given(parse, FailAfterRuns))
        {
            settings.FailAfterRuns = parse.GetValue(FailAfterRuns);
        }

        if (settings.FailAfterRuns < 1)
        {
            throw new ArgumentException("--fail-after-runs must be 1 or more.");
        }

        if (Given(parse, UserAgent))
        {
            settings.UserAgent = parse.GetValue(UserAgent);
        }

        return settings;
    }

    private static bool Given(CommandLineParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
