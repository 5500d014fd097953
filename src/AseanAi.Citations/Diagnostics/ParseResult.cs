using System.Collections.Immutable;

namespace AseanAi.Citations;

/// <summary>
/// The outcome of parsing text: the value that could be read (possibly partial) and the diagnostics found on the way.
/// Parsing never throws for bad input; call <see cref="GetValueOrThrow"/> when an exception is what you want.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The value read from the input, or <see langword="null"/> when nothing could be read.</summary>
    /// <remarks>A value can be present together with errors when only part of the input was understood.</remarks>
    public T? Value { get; }

    /// <summary>What was found on the way, in input order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary><see langword="true"/> when a value was read and no diagnostic is an error.</summary>
    public bool Success => Value is not null && !HasErrors;

    /// <summary><see langword="true"/> when at least one diagnostic has <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns the value, or throws when parsing failed.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">No value was read, or an error was found; the message is the first error's.</exception>
    public T GetValueOrThrow()
    {
        if (Success)
        {
            return Value!;
        }

        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                throw new FormatException(diagnostic.ToString());
            }
        }

        throw new FormatException("The input could not be parsed.");
    }
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>Creates a result that holds a value, optionally with warnings or errors found on the way.</summary>
    /// <typeparam name="T">The type of the parsed value.</typeparam>
    /// <param name="value">The parsed value.</param>
    /// <param name="diagnostics">Findings, in input order.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static ParseResult<T> FromValue<T>(T value, ImmutableArray<Diagnostic> diagnostics = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(value, diagnostics);
    }

    /// <summary>Creates a result for input of which nothing could be read.</summary>
    /// <typeparam name="T">The type the parse would have produced.</typeparam>
    /// <param name="diagnostics">The findings; at least one should be an error.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> Failure<T>(ImmutableArray<Diagnostic> diagnostics)
        where T : class =>
        new(value: null, diagnostics);
}
