using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands.CheckReports;

/// <summary>Writes a <see cref="CheckReport"/> in one of the formats of <c>--format</c>.</summary>
internal abstract class CheckReportWriter
{
    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static readonly string[] Formats = ["console", "json", "junit", "sarif", "markdown", "github"];

    /// <summary>The writer of a format; <paramref name="color"/> lets the console format colour its labels (a terminal without NO_COLOR).</summary>
    public static CheckReportWriter Create(string format, bool color) => format switch
    {
        "console" => new ConsoleReportWriter(color),
        "json" => new JsonReportWriter(),
        "junit" => new JUnitReportWriter(),
        "sarif" => new SarifReportWriter(),
        "markdown" => new MarkdownReportWriter(),
        "github" => new GitHubReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    public abstract Task WriteAsync(CheckReport report, TextWriter writer, CancellationToken cancellationToken);

    /// <summary>Whether an entry is worth reporting beyond the counts: anything but a clean working or excluded link.</summary>
    protected static bool IsFinding(CheckReportEntry entry) =>
        entry.Verdict is not (LinkVerdict.Ok or LinkVerdict.Excluded) || entry.Warnings.Count > 0;

    /// <summary>A one-line reason: the verdict's detail, the new URL of a redirect, the warnings, the archive suggestion.</summary>
    protected static string Describe(CheckReportEntry entry)
    {
        var parts = new List<string>();
        if (entry.Detail is not null)
        {
            parts.Add(entry.Detail);
        }

        if (entry.Verdict == LinkVerdict.Redirected && entry.FinalUrl is not null)
        {
            parts.Add("moved to " + entry.FinalUrl);
        }

        if (entry.Warnings.Count > 0)
        {
            parts.Add("warnings: " + string.Join(", ", entry.Warnings.Select(LinkCheckNames.Of)));
        }

        if (entry.History is { ConsecutiveFailures: > 1 } history)
        {
            parts.Add(FormattableString.Invariant($"dead for {history.ConsecutiveFailures} runs since {history.FirstSeenBroken:yyyy-MM-dd}"));
        }

        if (entry.ArchivedUrl is not null)
        {
            parts.Add("archived copy: " + entry.ArchivedUrl);
        }

        return string.Join("; ", parts);
    }

    protected static string Where(LinkTarget occurrence) =>
        occurrence.Span is { } span
            ? FormattableString.Invariant($"{occurrence.Source ?? "-"}:{span.Line}:{span.Column}")
            : occurrence.Source ?? "-";
}
