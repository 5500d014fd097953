namespace AseanAi.Citations;

/// <summary>How much a <see cref="Diagnostic"/> matters to the caller.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that changes nothing, such as an inferred value.</summary>
    Info = 0,

    /// <summary>The input was understood, but something in it is doubtful or was read leniently.</summary>
    Warning = 1,

    /// <summary>Part of the input could not be understood; the value is missing or incomplete.</summary>
    Error = 2,
}
