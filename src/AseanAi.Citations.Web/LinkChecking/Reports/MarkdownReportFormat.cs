namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>A Markdown summary for CI job summaries: counts, then a table of findings with their places.</summary>
internal static class MarkdownReportFormat
{
    public static async Task WriteAsync(LinkCheckReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("## Link check".AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("| verdict | links |".AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteLineAsync("|---|---:|".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var (verdict, count) in report.Counts.Where(c => c.Value > 0))
        {
            await writer.WriteLineAsync($"| {LinkCheckNames.Of(verdict)} | {count} |".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var findings = report.Entries.Where(e => e.IsFinding).OrderBy(e => e.Fails ? 0 : 1).ThenBy(e => e.Verdict).ToList();
        await writer.WriteLineAsync().ConfigureAwait(false);
        if (findings.Count == 0)
        {
            await writer.WriteLineAsync("No findings.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        await writer.WriteLineAsync("| | verdict | URL | where | why |".AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteLineAsync("|---|---|---|---|---|".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var entry in findings)
        {
            var mark = entry.Fails ? "❌" : "⚠️";
            var where = string.Join("<br>", entry.Occurrences.Select(o => "`" + LinkCheckReportEntry.FormatLocation(o) + "`"));
            await writer.WriteLineAsync($"| {mark} | {LinkCheckNames.Of(entry.Verdict)} | <{Cell(entry.Url)}> | {where} | {Cell(entry.Reason)} |".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
}
