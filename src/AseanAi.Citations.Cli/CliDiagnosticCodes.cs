namespace AseanAi.Citations.Cli;

/// <summary>The diagnostic codes of the <c>cite</c> tool itself (<c>CLI0xx</c>), documented in docs/diagnostics.md.</summary>
internal static class CliDiagnosticCodes
{
    /// <summary><c>CLI001</c> (error): <c>--style</c> is neither a built-in style nor a file.</summary>
    public const string UnknownStyle = "CLI001";
}
