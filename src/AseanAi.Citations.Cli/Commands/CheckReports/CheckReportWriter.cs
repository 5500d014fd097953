using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>Writes a <see cref="LinkCheckReport"/> in one of the formats of <c>--format</c>: the console format here, the machine formats through the library's <see cref="LinkCheckReportWriter"/>.</summary>
internal static class CheckReportWriter
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static readonly string[] Formats = ["console", "json", "junit", "sarif", "markdown", "github"];

    /// <summary>The library's writer, naming the tool <c>cite check</c> with the CLI's version.</summary>
    public static LinkCheckReportWriter Library { get; } = new("cite check", CliApplication.Version.Split('+')[0]);

    /// <summary>Writes the report in a format of <c>--format</c>; <paramref name="color"/> lets the console format colour its labels (a terminal without NO_COLOR).</summary>
    public static Task WriteAsync(string format, bool color, LinkCheckReport report, TextWriter writer, CancellationToken cancellationToken) => format switch
    {
        "console" => ConsoleReportWriter.WriteAsync(report, color, writer, cancellationToken),
        "json" => Library.WriteAsync(report, LinkCheckReportFormat.Json, writer, cancellationToken),
        "junit" => Library.WriteAsync(report, LinkCheckReportFormat.JUnit, writer, cancellationToken),
        "sarif" => Library.WriteAsync(report, LinkCheckReportFormat.Sarif, writer, cancellationToken),
        "markdown" => Library.WriteAsync(report, LinkCheckReportFormat.Markdown, writer, cancellationToken),
        "github" => Library.WriteAsync(report, LinkCheckReportFormat.GitHub, writer, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
