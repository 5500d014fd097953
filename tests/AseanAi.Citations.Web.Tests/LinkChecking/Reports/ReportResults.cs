using AseanAi.Citations;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Web.Tests.LinkChecking.Reports;

/// <summary>Checker results as a run over two files gives them: a dead link cited twice, a blocked one, a working one with a warning, a clean one.</summary>
internal static class ReportResults
{
    public const string Gone = "https://example.org/gone";
    public const string Walled = "https://example.org/walled";
    public const string Moved = "http://example.org/moved";
    public const string Fine = "https://example.org/fine";

    public static LinkTarget At(string url, string source, int line, int column, int offset) =>
        new(url) { Source = source, Span = new SourceSpan(offset, url.Length, line, column), CitedTitle = "経済産業省 報告書" };

    public static IReadOnlyList<LinkCheckResult> Run(int consecutiveFailures = 1) =>
    [
        new(At(Gone, "b.md", 7, 3, 120), LinkVerdict.Broken) { HttpStatus = 404, Attempts = 1, Elapsed = TimeSpan.FromMilliseconds(12.4), Detail = "HTTP 404", History = new LinkHistory(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), consecutiveFailures) },
        new(At(Gone, "a.md", 2, 5, 40), LinkVerdict.Broken) { HttpStatus = 404, Attempts = 1, Elapsed = TimeSpan.FromMilliseconds(12.4), Detail = "HTTP 404", History = new LinkHistory(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), consecutiveFailures) },
        new(At(Walled, "a.md", 4, 1, 80), LinkVerdict.Blocked) { HttpStatus = 403, Attempts = 1, Detail = "HTTP 403: the server does not let robots verify the page" },
        new(At(Moved, "a.md", 9, 1, 200), LinkVerdict.Ok) { HttpStatus = 200, Attempts = 1, Warnings = [LinkWarning.InsecureHttp] },
        new(At(Fine, "b.md", 1, 1, 0), LinkVerdict.Ok) { HttpStatus = 200, Attempts = 1 },
    ];

    public static async Task<string> WriteAsync(LinkCheckReport report, LinkCheckReportFormat format, string? toolVersion = "1.2.3")
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await new LinkCheckReportWriter("test tool", toolVersion).WriteAsync(report, format, text);
        return text.ToString();
    }
}
