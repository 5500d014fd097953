using System.Text;

namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…::message</c> for each occurrence of a link
/// that fails the run, <c>::warning</c> for other findings, so that they show on the lines of the pull request.
/// </summary>
internal static class GitHubReportFormat
{
    public static async Task WriteAsync(LinkCheckReport report, string toolName, TextWriter writer, CancellationToken cancellationToken)
    {
        await WriteAnnotationsAsync(report, toolName, writer, cancellationToken).ConfigureAwait(false);
        var counts = string.Join(", ", report.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {LinkCheckNames.Of(c.Key)}"));
        await writer.WriteLineAsync($"{toolName}: {report.Entries.Count} links: {counts}".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The workflow commands alone: one line per occurrence of a finding.</summary>
    public static async Task WriteAnnotationsAsync(LinkCheckReport report, string toolName, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var entry in report.Entries.Where(e => e.IsFinding))
        {
            var command = entry.Fails ? "error" : entry.Verdict == LinkVerdict.Redirected ? "notice" : "warning";
            var label = entry.Verdict is LinkVerdict.Ok ? string.Join(", ", entry.Warnings.Select(LinkCheckNames.Of)) : LinkCheckNames.Of(entry.Verdict);
            var reason = entry.Reason;
            var message = $"{label}: {entry.Url}" + (reason.Length > 0 ? " — " + reason : string.Empty);
            foreach (var occurrence in entry.Occurrences)
            {
                var line = new StringBuilder("::").Append(command).Append(' ');
                line.Append("file=").Append(Property(occurrence.Source ?? "-"));
                if (occurrence.Span is { } span)
                {
                    line.Append(",line=").Append(span.Line).Append(",col=").Append(span.Column);
                }

                line.Append("::").Append(Data(toolName + ": " + message));
                await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Workflow-command escaping: data escapes %, CR and LF; property values also escape ':' and ','.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
