using System.Globalization;

namespace LinkRotGate;

/// <summary>What a gate run checks, where it keeps its history and reports, and when it fails.</summary>
internal sealed record GateSettings(string DocsFolder, string OutputFolder, string CachePath, TimeSpan CacheTimeToLive, int FailAfter, TimeSpan Timeout)
{
    /// <summary>The default number of runs in a row a link must be dead before the gate fails.</summary>
    public const int DefaultFailAfter = 3;

    /// <summary>Reads <c>[DOCS_FOLDER] [--fail-after N] [--out DIR] [--cache FILE] [--cache-ttl HOURS] [--timeout SECONDS]</c>.</summary>
    /// <returns>The settings, or <see langword="null"/> with <paramref name="error"/> saying what is wrong.</returns>
    public static GateSettings? Parse(string[] args, out string? error)
    {
        string? docs = null, output = null, cache = null;
        var failAfter = DefaultFailAfter;
        var timeout = TimeSpan.FromSeconds(5);
        var cacheTimeToLive = TimeSpan.FromHours(24);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    error = $"{arg} needs a value";
                    return null;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--fail-after" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1:
                        failAfter = n;
                        break;
                    case "--fail-after":
                        error = $"--fail-after must be a whole number of runs, 1 or more (got '{value}')";
                        return null;
                    case "--out":
                        output = value;
                        break;
                    case "--cache":
                        cache = value;
                        break;
                    case "--cache-ttl" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours is >= 0 and <= 24 * 365:
                        cacheTimeToLive = TimeSpan.FromHours(hours);
                        break;
                    case "--cache-ttl":
                        error = $"--cache-ttl must be a number of hours, 0 (re-check every link) or more (got '{value}')";
                        return null;
                    case "--timeout" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600:
                        timeout = TimeSpan.FromSeconds(seconds);
                        break;
                    case "--timeout":
                        error = $"--timeout must be a number of seconds between 0 and 600 (got '{value}')";
                        return null;
                    default:
                        error = $"unknown option {arg}";
                        return null;
                }
            }
            else if (docs is null)
            {
                docs = arg;
            }
            else
            {
                error = $"one docs folder only (got '{docs}' and '{arg}')";
                return null;
            }
        }

        var root = RepositoryRoot();
        docs ??= root is null ? "docs" : Path.Combine(root, "seeds");
        if (!Directory.Exists(docs))
        {
            error = $"no such folder: {docs}";
            return null;
        }

        output ??= root is null ? "linkrot" : Path.Combine(root, "artifacts", "linkrot");
        cache ??= Path.Combine(output, "link-cache.db");
        error = null;
        return new GateSettings(Path.GetFullPath(docs), Path.GetFullPath(output), Path.GetFullPath(cache), cacheTimeToLive, failAfter, timeout);
    }

    /// <summary>The folder holding the solution, found by walking up from the program's folder; <see langword="null"/> outside the repository.</summary>
    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AseanAi.Citations.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
