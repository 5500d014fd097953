namespace AseanAi.Citations.Cli;

/// <summary>
/// What <c>cite</c> reads from its surroundings besides its arguments: environment variables, whether standard output
/// and standard error are terminals, and standard input. The console gives <see cref="FromConsole"/>; tests give their
/// own, so that terminal, <c>NO_COLOR</c> and GitHub Actions behaviour is tested in process.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly Func<string, string?> _variable;

    public CliEnvironment(Func<string, string?> variable, bool isOutputRedirected, bool isErrorRedirected, Func<Stream> openStandardInput)
    {
        _variable = variable;
        IsOutputRedirected = isOutputRedirected;
        IsErrorRedirected = isErrorRedirected;
        OpenStandardInput = openStandardInput;
    }

    /// <summary>The process's console and environment variables.</summary>
    public static CliEnvironment FromConsole() => new(
        Environment.GetEnvironmentVariable, Console.IsOutputRedirected, Console.IsErrorRedirected, Console.OpenStandardInput);

    /// <summary>Standard output goes to a file or a pipe, not to a terminal.</summary>
    public bool IsOutputRedirected { get; }

    /// <summary>Standard error goes to a file or a pipe, not to a terminal.</summary>
    public bool IsErrorRedirected { get; }

    public Func<Stream> OpenStandardInput { get; }

    /// <summary>
    /// <c>NO_COLOR</c> is set to a non-empty value (no-color.org): no colour and no other terminal escape sequences.
    /// </summary>
    public bool NoColor => !string.IsNullOrEmpty(_variable("NO_COLOR"));

    /// <summary>Whether progress is drawn: only when standard error is a terminal.</summary>
    public bool ShowsProgress => !IsErrorRedirected;

    /// <summary>Whether escape sequences (colour, line erasing) may be written to standard error.</summary>
    public bool ErrorUsesEscapes => !IsErrorRedirected && !NoColor && _variable("TERM") != "dumb";

    /// <summary>Whether colour may be written to standard output.</summary>
    public bool OutputUsesColor => !IsOutputRedirected && !NoColor && _variable("TERM") != "dumb";

    /// <summary>Running as a GitHub Actions step: <c>GITHUB_ACTIONS</c> is <c>true</c>.</summary>
    public bool IsGitHubActions => string.Equals(_variable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The job summary file of the current step (<c>GITHUB_STEP_SUMMARY</c>), when set.</summary>
    public string? GitHubStepSummary => _variable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    /// <summary>
    /// Resolves host names for <c>cite check</c> instead of the system's DNS, or <see langword="null"/> for the system's:
    /// tests give one so that they never ask a resolver outside the machine.
    /// </summary>
    public Func<string, CancellationToken, Task<System.Net.IPAddress[]>>? HostResolver { get; init; }
}
