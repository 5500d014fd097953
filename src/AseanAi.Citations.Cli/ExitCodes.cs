namespace AseanAi.Citations.Cli;

/// <summary>
/// The process exit codes of <c>cite</c>, documented in the README. They follow lychee's, so that pipelines written for
/// one link checker read the other.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>cite check</c>: no broken links).</summary>
    public const int Success = 0;

    /// <summary>A runtime or input error: a missing or unreadable file, an input that cannot be decoded.</summary>
    public const int InputError = 1;

    /// <summary><c>cite check</c> found broken links (verdicts <c>broken</c> or <c>soft-404</c>).</summary>
    public const int BrokenLinks = 2;

    /// <summary>A usage or configuration error: an unknown option, a bad option value, an invalid config file.</summary>
    public const int ConfigurationError = 3;
}
