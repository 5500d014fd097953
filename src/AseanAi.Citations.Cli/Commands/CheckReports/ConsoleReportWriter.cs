using System.Globalization;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>For people at a terminal: one line per finding with its places, then the counts.</summary>
/// <remarks>Labels are coloured only when <c>color</c> is set: standard output is a terminal and NO_COLOR is not set.</remarks>
internal static class ConsoleReportWriter
{
    public static async Task WriteAsync(LinkCheckReport report, bool color, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var entry in report.Entries.Where(e => e.IsFinding).OrderBy(e => e.Fails ? 0 : 1).ThenBy(e => e.Verdict))
        {
            var label = entry.Verdict is LinkVerdict.Ok ? "warning" : LinkCheckNames.Of(entry.Verdict);
            await writer.WriteLineAsync($"{Paint($"[{label}]", entry, color)} {entry.Url}".AsMemory(), cancellationToken).ConfigureAwait(false);
            var reason = entry.Reason;
            if (reason.Length > 0)
            {
                await writer.WriteLineAsync(("    " + reason).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            foreach (var occurrence in entry.Occurrences)
            {
                await writer.WriteLineAsync(("    at " + LinkCheckReportEntry.FormatLocation(occurrence)).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        var counts = string.Join(", ", report.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {LinkCheckNames.Of(c.Key)}"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Entries.Count} links ({report.OccurrenceCount} occurrences) in {report.Elapsed.TotalSeconds:0.00} s: {(counts.Length > 0 ? counts : "none found")}").AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Red for links that fail the run, yellow for other findings (SGR 31 and 33).</summary>
    private static string Paint(string text, LinkCheckReportEntry entry, bool color) =>
        color ? (entry.Fails ? "\u001b[31m" : "\u001b[33m") + text + "\u001b[0m" : text;
}
