using System.Globalization;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>For people at a terminal: one line per finding with its places, then the counts.</summary>
/// <remarks>Labels are coloured only when <c>color</c> is set: standard output is a terminal and NO_COLOR is not set.</remarks>
internal sealed class ConsoleReportWriter(bool color) : CheckReportWriter
{
    public override async Task WriteAsync(CheckReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var entry in report.Entries.Where(IsFinding).OrderBy(e => e.Fails ? 0 : 1).ThenBy(e => e.Verdict))
        {
            var label = entry.Verdict is LinkVerdict.Ok ? "warning" : LinkCheckNames.Of(entry.Verdict);
            await writer.WriteLineAsync($"{Paint($"[{label}]", entry)} {entry.Url}".AsMemory(), cancellationToken).ConfigureAwait(false);
            var reason = Describe(entry);
            if (reason.Length > 0)
            {
                await writer.WriteLineAsync(("    " + reason).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            foreach (var occurrence in entry.Occurrences)
            {
                await writer.WriteLineAsync(("    at " + Where(occurrence)).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        var counts = string.Join(", ", report.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {LinkCheckNames.Of(c.Key)}"));
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Entries.Count} links ({report.OccurrenceCount} occurrences) in {report.Elapsed.TotalSeconds:0.00} s: {(counts.Length > 0 ? counts : "none found")}").AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Red for links that fail the run, yellow for other findings (SGR 31 and 33).</summary>
    private string Paint(string text, CheckReportEntry entry) =>
        color ? (entry.Fails ? "\u001b[31m" : "\u001b[33m") + text + "\u001b[0m" : text;
}
