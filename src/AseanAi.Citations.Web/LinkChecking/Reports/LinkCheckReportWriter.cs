namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// Writes a <see cref="LinkCheckReport"/> in one of the machine-readable formats (JSON, JUnit XML, SARIF 2.1.0,
/// Markdown, GitHub Actions annotations) documented in docs/link-checking.md.
/// </summary>
/// <remarks>Immutable and thread-safe: one writer may write many reports at once. Output is culture-invariant.</remarks>
public sealed class LinkCheckReportWriter
{
    /// <summary>Creates a writer that names the tool in its reports.</summary>
    /// <param name="toolName">
    /// The tool's name: the JUnit test suite's name, the SARIF driver's name, and the prefix of GitHub annotation messages
    /// (<c>cite check</c> for the CLI).
    /// </param>
    /// <param name="toolVersion">The tool's version, reported as SARIF's <c>semanticVersion</c>; null leaves it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="toolName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="toolName"/> is empty or white space, or <paramref name="toolVersion"/> is empty or white space.</exception>
    public LinkCheckReportWriter(string toolName, string? toolVersion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolName);
        if (toolVersion is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        }

        ToolName = toolName;
        ToolVersion = toolVersion;
    }

    /// <summary>The tool's name, as given to the constructor.</summary>
    public string ToolName { get; }

    /// <summary>The tool's version, or null.</summary>
    public string? ToolVersion { get; }

    /// <summary>Writes the whole report in a format, ending with a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; text is written as UTF-16 characters, the caller chooses the encoding (the XML declaration of JUnit says UTF-8).</param>
    /// <param name="cancellationToken">Stops the writing; what was written so far stays written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="LinkCheckReportFormat"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteAsync(LinkCheckReport report, LinkCheckReportFormat format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        return format switch
        {
            LinkCheckReportFormat.Json => JsonReportFormat.WriteAsync(report, writer, cancellationToken),
            LinkCheckReportFormat.JUnit => JUnitReportFormat.WriteAsync(report, ToolName, writer, cancellationToken),
            LinkCheckReportFormat.Sarif => SarifReportFormat.WriteAsync(report, ToolName, ToolVersion, writer, cancellationToken),
            LinkCheckReportFormat.Markdown => MarkdownReportFormat.WriteAsync(report, writer, cancellationToken),
            LinkCheckReportFormat.GitHub => GitHubReportFormat.WriteAsync(report, ToolName, writer, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>
    /// Writes only the GitHub Actions workflow commands of <see cref="LinkCheckReportFormat.GitHub"/>, one line per
    /// occurrence of a finding, without the closing line of counts: for writing annotations beside another report.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task WriteGitHubAnnotationsAsync(LinkCheckReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        return GitHubReportFormat.WriteAnnotationsAsync(report, ToolName, writer, cancellationToken);
    }
}
