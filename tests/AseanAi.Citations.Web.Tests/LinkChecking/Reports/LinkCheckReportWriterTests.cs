using System.Text.Json;
using System.Xml.Linq;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Web.Tests.LinkChecking.Reports;

public class LinkCheckReportWriterTests
{
    private static LinkCheckReport Report(int consecutiveFailures = 1) =>
        LinkCheckReport.Create(ReportResults.Run(consecutiveFailures), LinkCheckReport.DefaultFailOn, 1, TimeSpan.FromSeconds(1.5));

    [Fact]
    public async Task WriteAsync_Json_HasTheDocumentedFields()
    {
        using var json = JsonDocument.Parse(await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.Json));

        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("broken").GetInt32().Should().Be(1);
        summary.GetProperty("soft-404").GetInt32().Should().Be(0);
        summary.GetProperty("ok").GetInt32().Should().Be(2);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(4);
        var gone = results[0];
        gone.EnumerateObject().Select(p => p.Name).Should().Equal("url", "verdict", "httpStatus", "finalUrl", "attempts", "elapsedMs", "warnings", "archivedUrl", "occurrences");
        gone.GetProperty("url").GetString().Should().Be(ReportResults.Gone);
        gone.GetProperty("verdict").GetString().Should().Be("broken");
        gone.GetProperty("httpStatus").GetInt32().Should().Be(404);
        gone.GetProperty("finalUrl").ValueKind.Should().Be(JsonValueKind.Null);
        gone.GetProperty("elapsedMs").GetInt64().Should().Be(12);
        var occurrence = gone.GetProperty("occurrences")[1];
        occurrence.GetProperty("file").GetString().Should().Be("b.md");
        occurrence.GetProperty("line").GetInt32().Should().Be(7);
        occurrence.GetProperty("column").GetInt32().Should().Be(3);
        occurrence.GetProperty("citedTitle").GetString().Should().Be("経済産業省 報告書");
        results[2].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().Equal("insecure-http");
    }

    [Fact]
    public async Task WriteAsync_JUnit_WellFormedWithFailuresCountedPerOccurrence()
    {
        var text = await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.JUnit);

        text.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        var suite = XDocument.Parse(text).Root!.Element("testsuite")!;
        suite.Attribute("name")!.Value.Should().Be("test tool");
        suite.Attribute("tests")!.Value.Should().Be("5");
        suite.Attribute("failures")!.Value.Should().Be("2");
        suite.Attribute("time")!.Value.Should().Be("1.500");
        var failures = suite.Elements("testcase").Where(t => t.Element("failure") is not null).ToList();
        failures.Should().HaveCount(2).And.OnlyContain(t => t.Element("failure")!.Attribute("type")!.Value == "broken");
        failures.Select(t => t.Attribute("name")!.Value).Should().Equal($"{ReportResults.Gone} (a.md:2:5)", $"{ReportResults.Gone} (b.md:7:3)");
        suite.Elements("testcase").Single(t => t.Attribute("name")!.Value.StartsWith(ReportResults.Walled, StringComparison.Ordinal))
            .Element("system-out")!.Value.Should().StartWith("blocked: HTTP 403");
    }

    [Fact]
    public async Task WriteAsync_JUnit_NotDeadLongEnough_NoFailures()
    {
        var report = LinkCheckReport.Create(ReportResults.Run(1), LinkCheckReport.DefaultFailOn, failAfterRuns: 3);

        var suite = XDocument.Parse(await ReportResults.WriteAsync(report, LinkCheckReportFormat.JUnit)).Root!.Element("testsuite")!;

        suite.Attribute("failures")!.Value.Should().Be("0");
        suite.Descendants("failure").Should().BeEmpty();
    }

    [Fact]
    public async Task WriteAsync_Sarif_Version210WithAResultPerFindingOccurrence()
    {
        using var sarif = JsonDocument.Parse(await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.Sarif));

        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("test tool");
        run.GetProperty("tool").GetProperty("driver").GetProperty("semanticVersion").GetString().Should().Be("1.2.3");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        // Two occurrences of the dead link, the blocked link, the insecure-http warning; the clean link has none.
        results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString()))
            .Should().Equal(("broken", "error"), ("broken", "error"), ("blocked", "warning"), ("insecure-http", "warning"));
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        region.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("b.md");
        region.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(7);
        region.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(3);
        region.GetProperty("region").GetProperty("endColumn").GetInt32().Should().Be(3 + ReportResults.Gone.Length);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        rules.Should().Contain(results.Select(r => r.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task WriteAsync_SarifWithoutVersion_LeavesSemanticVersionOut()
    {
        using var sarif = JsonDocument.Parse(await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.Sarif, toolVersion: null));

        sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").TryGetProperty("semanticVersion", out _).Should().BeFalse();
    }

    [Fact]
    public async Task WriteAsync_GitHub_ErrorPerFailingOccurrenceEscaped()
    {
        var lines = (await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.GitHub)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        lines.Should().HaveCount(5);
        lines[0].Should().Be($"::error file=a.md,line=2,col=5::test tool: broken: {ReportResults.Gone} — HTTP 404");
        lines[2].Should().StartWith("::warning file=a.md,line=4,col=1::test tool: blocked: " + ReportResults.Walled);
        lines[^1].Should().Be("test tool: 4 links: 2 ok, 1 broken, 1 blocked");
    }

    [Fact]
    public async Task WriteAsync_Markdown_CountsThenFindingsTable()
    {
        var text = await ReportResults.WriteAsync(Report(), LinkCheckReportFormat.Markdown);

        text.Should().StartWith("## Link check").And.Contain("| broken | 1 |").And.NotContain("| timeout |");
        text.Should().Contain($"| ❌ | broken | <{ReportResults.Gone}> | `a.md:2:5`<br>`b.md:7:3` | HTTP 404 |");
        text.Should().NotContain(ReportResults.Fine);
    }

    [Fact]
    public async Task WriteAsync_BadArguments_Throw()
    {
        var writer = new LinkCheckReportWriter("t");

        await FluentActions.Awaiting(() => writer.WriteAsync(null!, LinkCheckReportFormat.Json, TextWriter.Null)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => writer.WriteAsync(Report(), LinkCheckReportFormat.Json, null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => writer.WriteAsync(Report(), (LinkCheckReportFormat)99, TextWriter.Null)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LinkCheckReportWriter(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new LinkCheckReportWriter("t", "")).Should().Throw<ArgumentException>();
    }
}
