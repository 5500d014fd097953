using System.Collections.Immutable;
using System.Globalization;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// Publisher data that cannot be used: malformed JSON, a field with a wrong value, a duplicate id, a domain that two
/// organisations claim, a missing parent. The message names the source (file), line, column and field of the first
/// problem and lists the others.
/// </summary>
/// <remarks>
/// Thrown while a <see cref="PublisherRegistryBuilder"/> reads or builds, never by a built <see cref="PublisherRegistry"/>.
/// </remarks>
public sealed class PublisherDataException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public PublisherDataException()
        : this("The publisher data is not valid.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public PublisherDataException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PublisherDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    internal PublisherDataException(string? sourceName, int? line, int? column, string? field, string problem, Exception? innerException = null)
        : base(Describe(sourceName, line, column, field, problem), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Field = field;
        Problems = [Message];
    }

    internal PublisherDataException(IReadOnlyList<PublisherDataProblem> problems)
        : base(Summarize(problems))
    {
        var first = problems[0];
        SourceName = first.SourceName;
        Line = first.Line;
        Column = first.Column;
        Field = first.Field;
        Problems = [.. problems.Select(p => p.ToString())];
    }

    /// <summary>The file path or source name of the first problem; <see langword="null"/> for entries added in code.</summary>
    public string? SourceName { get; }

    /// <summary>The 1-based line of the first problem, when it comes from a file.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (in characters) of the first problem, when it comes from a file.</summary>
    public int? Column { get; }

    /// <summary>The JSON path of the field of the first problem, such as <c>publishers[3].domains[0]</c>.</summary>
    public string? Field { get; }

    /// <summary>Every problem found, one line each, in the form <c>file(line,column): field: problem</c>.</summary>
    public ImmutableArray<string> Problems { get; }

    internal static string Describe(string? sourceName, int? line, int? column, string? field, string problem)
    {
        var where = sourceName ?? "(code)";
        if (line is { } l)
        {
            where += column is { } c
                ? string.Create(CultureInfo.InvariantCulture, $"({l},{c})")
                : string.Create(CultureInfo.InvariantCulture, $"({l})");
        }

        return field is null ? $"{where}: {problem}" : $"{where}: {field}: {problem}";
    }

    private static string Summarize(IReadOnlyList<PublisherDataProblem> problems)
    {
        const int Shown = 20;
        var lines = problems.Take(Shown).Select(p => p.ToString()).ToList();
        if (problems.Count > Shown)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"… and {problems.Count - Shown} more."));
        }

        return problems.Count == 1
            ? lines[0]
            : lines[0] + string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}({problems.Count} problems in all:){Environment.NewLine}") + string.Join(Environment.NewLine, lines.Skip(1));
    }
}

/// <summary>One problem in publisher data, with where it is.</summary>
internal sealed record PublisherDataProblem(string? SourceName, int? Line, int? Column, string? Field, string Problem)
{
    public override string ToString() => PublisherDataException.Describe(SourceName, Line, Column, Field, Problem);
}
