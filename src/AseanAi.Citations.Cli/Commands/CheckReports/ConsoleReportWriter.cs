using System.Globalization;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>For people at a terminal: one line per finding with its places, then the counts.</summary>
internal sealed class ConsoleReportWriter : CheckReportWriter
{
    public override async Task WriteAsync(CheckReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var entry in report.Entries.Where(IsFinding).OrderBy(e => e.Fails ? 0 : 1).ThenBy(e => e.Verdict))
        {
            var label = entry.Verdict is LinkVerdict.Ok ? "warning" : LinkCheckNames.Of(entry.Verdict);
            await writer.WriteLineAsync($"[{label}] {entry.Url}".AsMemory(), cancellationToken).ConfigureAwait(false);
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
}
