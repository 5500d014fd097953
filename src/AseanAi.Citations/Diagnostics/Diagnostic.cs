namespace AseanAi.Citations;

/// <summary>
/// A finding about an input text: what was not understood, or read with doubt, and where.
/// Parsers in this library report bad input as diagnostics instead of throwing.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How much the finding matters.</param>
    /// <param name="code">A stable, machine-readable code such as <c>date.month-out-of-range</c>.</param>
    /// <param name="message">A sentence for people, in English, that says what is wrong.</param>
    /// <param name="span">Where in the input the finding is, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, SourceSpan? span = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Severity = severity;
        Code = code;
        Message = message;
        Span = span;
    }

    /// <summary>How much the finding matters.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A stable, machine-readable code, such as <c>edtf.month-out-of-range</c>.</summary>
    public string Code { get; }

    /// <summary>A sentence for people, in English.</summary>
    public string Message { get; }

    /// <summary>Where in the input the finding is, when known.</summary>
    public SourceSpan? Span { get; }

    /// <summary>Writes the diagnostic as <c>line:column: severity code: message</c>, or without the position when none is known.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Span is { } span
            ? FormattableString.Invariant($"{span.Line}:{span.Column}: {severity} {Code}: {Message}")
            : FormattableString.Invariant($"{severity} {Code}: {Message}");
    }
}
