using System.CommandLine;
using System.CommandLine.Invocation;
using CommandLineParseResult = System.CommandLine.ParseResult;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// Options that several verbs share, built here once so that their names and help texts are the same everywhere, and
/// the help layout every verb uses (the default sections, then its exit codes).
/// </summary>
internal static class CommonOptions
{
    public const string EncodingDescription =
        "The input's encoding: utf-8, utf-16, shift_jis, euc-jp, big5 or gb18030. Default: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else detected.";

    /// <summary><c>--config FILE</c>, on every verb.</summary>
    public static Option<string> Config() => new("--config")
    {
        Description = $"Read settings from FILE. Default: ./{Configuration.LoadedConfig.DefaultFileName} when present. Options given on the command line win over it.",
        HelpName = "FILE",
    };

    /// <summary><c>--encoding NAME</c>, on the verbs that read text files.</summary>
    public static Option<string> Encoding() => new("--encoding") { Description = EncodingDescription, HelpName = "NAME" };

    /// <summary><c>--output FILE</c> (<c>-o</c>).</summary>
    public static Option<string> Output(string what) => new("--output", "-o")
    {
        Description = $"Write {what} to FILE instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary>Whether the option was written on the command line (rather than left to the config file or its default).</summary>
    public static bool IsGiven(this CommandLineParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>The exit codes each verb can return, listed at the end of its help and in docs/cli.md.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> ExitCodesOf(string command) => command switch
    {
        "parse" =>
        [
            (ExitCodes.Success, "parsed (diagnostics about the references go to standard error)"),
            (ExitCodes.InputError, "a file is missing, unreadable or cannot be decoded"),
            (ExitCodes.ConfigurationError, "a bad option or config file"),
        ],
        "convert" =>
        [
            (ExitCodes.Success, "converted"),
            (ExitCodes.InputError, "the input could not be read, or entries were skipped (listed on standard error; the rest is written)"),
            (ExitCodes.ConfigurationError, "a bad option or config file"),
        ],
        "format" =>
        [
            (ExitCodes.Success, "rendered"),
            (ExitCodes.InputError, "a file or the style could not be read, or entries were skipped (listed on standard error; the rest is rendered)"),
            (ExitCodes.ConfigurationError, "a bad option or config file"),
        ],
        "render" =>
        [
            (ExitCodes.Success, "rendered"),
            (ExitCodes.InputError, "an input or a bibliography could not be read, or a document cites an unknown key (listed on standard error; the page is still written)"),
            (ExitCodes.ConfigurationError, "a bad option"),
        ],
        "check" =>
        [
            (ExitCodes.Success, "no link fails the run"),
            (ExitCodes.InputError, "an input is missing or unreadable, or the check could not run"),
            (ExitCodes.BrokenLinks, "links fail the run (see --fail-on and --fail-after-runs)"),
            (ExitCodes.ConfigurationError, "a bad option or config file"),
        ],
        _ =>
        [
            (ExitCodes.Success, "success"),
            (ExitCodes.InputError, "an input or runtime error (a missing or unreadable file)"),
            (ExitCodes.BrokenLinks, "cite check found links that fail the run"),
            (ExitCodes.ConfigurationError, "a usage or configuration error (no verb, an unknown option, a bad value or config file)"),
        ],
    };

    private static void WriteExitCodes(Command command, TextWriter output)
    {
        var name = command is RootCommand ? "cite" : command.Name;
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodesOf(name))
        {
            output.WriteLine(FormattableString.Invariant($"  {code}  {meaning}"));
        }

        output.WriteLine();
        output.WriteLine("The config file, environment variables and examples are described in docs/cli.md of the AseanAi.Citations repository.");
    }

    /// <summary><c>--version</c>: the informational version (version and commit) of <c>cite</c>.</summary>
    public sealed class PrintVersion(string version) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(CommandLineParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCodes.Success;
        }
    }

    /// <summary>
    /// The help of every verb: System.CommandLine's sections, then the exit codes. (Its help builder is internal, so
    /// its action is wrapped rather than customised.)
    /// </summary>
    public sealed class HelpWithExitCodes(SynchronousCommandLineAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(CommandLineParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            var result = standard.Invoke(parseResult);
            WriteExitCodes(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return result;
        }
    }
}

/// <summary>Reading the config file and checking its values, for every verb alike.</summary>
internal static class ConfigSupport
{
    /// <summary>Loads the config file of <c>--config</c> or the working directory; on failure writes one line and returns null.</summary>
    public static async Task<Configuration.LoadedConfig?> LoadAsync(CommandLineParseResult parse, Option<string> config, TextWriter error)
    {
        try
        {
            return Configuration.LoadedConfig.Load(parse.GetValue(config), Directory.GetCurrentDirectory());
        }
        catch (Configuration.ConfigFileException exception)
        {
            await error.WriteLineAsync("cite: " + exception.Message).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>A config value that must be one of <paramref name="choices"/>.</summary>
    /// <exception cref="Configuration.ConfigFileException">It is not; the message says where and what is allowed.</exception>
    public static string? Choice(Configuration.LoadedConfig config, string section, string key, string? value, IEnumerable<string> choices)
    {
        if (value is null)
        {
            return null;
        }

        var list = choices.ToList();
        return list.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new Configuration.ConfigFileException($"{config.Where(section, key)}: '{value}' is not one of {string.Join(", ", list)}.");
    }

    /// <summary>The encoding named on the command line or in the config file; null when neither names one.</summary>
    /// <exception cref="Configuration.ConfigFileException">The name is unknown; the message says where it was given.</exception>
    public static System.Text.Encoding? Encoding(CommandLineParseResult parse, Option<string> option, Configuration.LoadedConfig config, string section, string? configured)
    {
        var fromCommandLine = parse.IsGiven(option);
        var name = fromCommandLine ? parse.GetValue(option) : configured;
        return name is null ? null : NamedEncoding(name, fromCommandLine ? "--encoding" : config.Where(section, "encoding"));
    }

    /// <summary>The encoding called <paramref name="name"/>.</summary>
    /// <exception cref="Configuration.ConfigFileException">There is none; the message starts with <paramref name="where"/>.</exception>
    public static System.Text.Encoding NamedEncoding(string name, string where)
    {
        try
        {
            return Input.InputDecoder.Named(name);
        }
        catch (ArgumentException exception)
        {
            throw new Configuration.ConfigFileException(where + ": " + exception.Message);
        }
    }
}
