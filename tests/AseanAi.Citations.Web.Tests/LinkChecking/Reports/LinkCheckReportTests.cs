using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.LinkChecking.Reports;

namespace AseanAi.Citations.Web.Tests.LinkChecking.Reports;

public class LinkCheckReportTests
{
    [Fact]
    public void Create_OccurrencesOfOneUrl_GroupedInOneEntryInSourceOrder()
    {
        var report = LinkCheckReport.Create(ReportResults.Run(), LinkCheckReport.DefaultFailOn);

        report.Entries.Should().HaveCount(4);
        report.OccurrenceCount.Should().Be(5);
        var gone = report.Entries.Single(e => e.Url == ReportResults.Gone);
        gone.Occurrences.Select(LinkCheckReportEntry.FormatLocation).Should().Equal("a.md:2:5", "b.md:7:3");
        report.Entries[0].Should().BeSameAs(gone, "entries follow their first occurrence: a.md offset 40 comes first");
    }

    [Fact]
    public void Create_Counts_EveryVerdictPresentCountingUniqueUrls()
    {
        var report = LinkCheckReport.Create(ReportResults.Run(), LinkCheckReport.DefaultFailOn);

        report.Counts.Keys.Should().Equal(Enum.GetValues<LinkVerdict>());
        report.Counts[LinkVerdict.Broken].Should().Be(1);
        report.Counts[LinkVerdict.Blocked].Should().Be(1);
        report.Counts[LinkVerdict.Ok].Should().Be(2);
        report.Counts[LinkVerdict.Timeout].Should().Be(0);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    public void Create_FailAfterRuns_FailsOnlyWhenDeadLongEnough(int consecutiveFailures, int failAfterRuns, bool fails)
    {
        var report = LinkCheckReport.Create(ReportResults.Run(consecutiveFailures), LinkCheckReport.DefaultFailOn, failAfterRuns);

        report.Fails.Should().Be(fails);
        report.Entries.Single(e => e.Url == ReportResults.Gone).Fails.Should().Be(fails);
        report.Entries.Where(e => e.Url != ReportResults.Gone).Should().OnlyContain(e => !e.Fails);
    }

    [Fact]
    public void Create_FailOnBlocked_BlockedFailsToo()
    {
        var report = LinkCheckReport.Create(ReportResults.Run(), [LinkVerdict.Blocked]);

        report.Entries.Where(e => e.Fails).Select(e => e.Url).Should().Equal(ReportResults.Walled);
    }

    [Fact]
    public void Create_ResultWithoutHistory_FailsOnFirstRun()
    {
        var result = new LinkCheckResult(new LinkTarget("https://example.org/x"), LinkVerdict.Soft404);

        LinkCheckReport.Create([result], LinkCheckReport.DefaultFailOn, failAfterRuns: 5).Fails.Should().BeTrue();
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        var results = ReportResults.Run();

        FluentActions.Invoking(() => LinkCheckReport.Create(null!, LinkCheckReport.DefaultFailOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinkCheckReport.Create(results, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinkCheckReport.Create([null!], LinkCheckReport.DefaultFailOn)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LinkCheckReport.Create(results, LinkCheckReport.DefaultFailOn, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LinkCheckReport.Create(results, LinkCheckReport.DefaultFailOn, 1, TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Reason_DeadForSeveralRuns_SaysSinceWhen()
    {
        var report = LinkCheckReport.Create(ReportResults.Run(consecutiveFailures: 4), LinkCheckReport.DefaultFailOn);

        report.Entries.Single(e => e.Url == ReportResults.Gone).Reason.Should().Be("HTTP 404; dead for 4 runs since 2026-11-01");
        report.Entries.Single(e => e.Url == ReportResults.Moved).Reason.Should().Be("warnings: insecure-http");
        report.Entries.Single(e => e.Url == ReportResults.Fine).IsFinding.Should().BeFalse();
    }
}
