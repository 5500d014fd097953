using System.Xml.Linq;
using LinkRotGate;

namespace AseanAi.Citations.Samples.Tests;

public sealed class LinkRotGateTests
{
    [Fact(Timeout = 120_000)]
    public async Task RunAsync_LinkDeadInEveryRun_PassesUntilTheNthRunThenFails()
    {
        await using var site = await LocalSite.StartAsync();
        using var folder = new TemporaryFolder();
        var docs = Directory.CreateDirectory(folder.Combine("docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, "guide.md"), $"""
            # Guide

            See [the initiative]({site.Url("ok")}) and [the old page]({site.Url("gone")}).
            """);
        string[] args = [docs, "--fail-after", "3", "--out", folder.Combine("out"), "--timeout", "5"];

        var exits = new List<int>();
        var outputs = new List<string>();
        var failures = new List<int>();
        for (var run = 1; run <= 3; run++)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            exits.Add(await LinkRotGateRun.RunAsync(args, output, error, CancellationToken.None));
            error.ToString().Should().BeEmpty();
            outputs.Add(output.ToString());
            var junit = XDocument.Load(folder.Combine("out", "linkrot.junit.xml"));
            var suite = junit.Root!.Element("testsuite")!;
            suite.Attribute("tests")!.Value.Should().Be("2");
            failures.Add(int.Parse(suite.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture));
            suite.Elements("testcase").Elements("failure").Count().Should().Be(failures[^1]);
        }

        exits.Should().Equal(0, 0, 1);
        failures.Should().Equal(0, 0, 1);
        outputs[0].Should().Contain("wait guide.md:3:").And.Contain("dead 1 run in a row (fails at 3)").And.Contain("passed:");
        outputs[1].Should().Contain("dead 2 runs in a row");
        outputs[2].Should().Contain("FAIL guide.md:3:").And.Contain("dead 3 runs in a row").And.Contain("FAILED: 1 of 1 dead links");

        var last = XDocument.Load(folder.Combine("out", "linkrot.junit.xml"));
        var failed = last.Descendants("testcase").Single(t => t.Element("failure") is not null);
        failed.Attribute("name")!.Value.Should().StartWith(site.Url("gone"));
        failed.Element("failure")!.Attribute("type")!.Value.Should().Be("broken");
        var markdown = await File.ReadAllTextAsync(folder.Combine("out", "linkrot.md"));
        markdown.Should().Contain("❌ 1 links dead for 3 runs or more.").And.Contain($"<{site.Url("gone")}>").And.Contain("HTTP 404");
    }

    [Fact(Timeout = 120_000)]
    public async Task RunAsync_LinkComesBackBeforeTheNthRun_StartsItsCountAgain()
    {
        await using var site = await LocalSite.StartAsync();
        using var folder = new TemporaryFolder();
        var docs = Directory.CreateDirectory(folder.Combine("docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, "links.md"), $"- [sometimes down]({site.Url("flaky")})\n");
        // --cache-ttl 0: a working link is checked again on the next run instead of being trusted for a day.
        string[] args = [docs, "--fail-after", "2", "--cache-ttl", "0", "--out", folder.Combine("out"), "--timeout", "5"];
        async Task<(int Exit, string Output)> RunAsync()
        {
            var output = new StringWriter();
            var exit = await LinkRotGateRun.RunAsync(args, output, new StringWriter(), CancellationToken.None);
            return (exit, output.ToString());
        }

        site.FlakyIsDown = true;
        var first = await RunAsync();
        site.FlakyIsDown = false;
        var second = await RunAsync();
        site.FlakyIsDown = true;
        var third = await RunAsync();
        var fourth = await RunAsync();

        first.Exit.Should().Be(0);
        first.Output.Should().Contain("dead 1 run in a row");
        second.Exit.Should().Be(0);
        second.Output.Should().Contain("ok         1");
        third.Exit.Should().Be(0, "the working run in between ended the first streak");
        third.Output.Should().Contain("dead 1 run in a row");
        fourth.Exit.Should().Be(1);
        fourth.Output.Should().Contain("FAIL links.md:1:").And.Contain("dead 2 runs in a row");
    }

    [Fact(Timeout = 60_000)]
    public async Task RunAsync_UnreachableHost_ReportsErrorAndNeverFails()
    {
        using var folder = new TemporaryFolder();
        var docs = Directory.CreateDirectory(folder.Combine("docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, "notes.txt"), $"Source: {LocalSite.ClosedPortUrl("report.pdf")}\n");
        string[] args = [docs, "--fail-after", "1", "--out", folder.Combine("out"), "--timeout", "2"];

        var output = new StringWriter();
        var exit = await LinkRotGateRun.RunAsync(args, output, new StringWriter(), CancellationToken.None);

        // An error verifies nothing: it neither starts a streak nor fails the gate, even with --fail-after 1.
        exit.Should().Be(0);
        output.ToString().Should().Contain("error      1");
        var suite = XDocument.Load(folder.Combine("out", "linkrot.junit.xml")).Root!.Element("testsuite")!;
        suite.Attribute("failures")!.Value.Should().Be("0");
        suite.Descendants("system-out").Single().Value.Should().StartWith("error");
    }

    [Theory(Timeout = 10_000)]
    [InlineData("--fail-after", "0")]
    [InlineData("--fail-after", "three")]
    [InlineData("--timeout", "-1")]
    [InlineData("--cache-ttl", "-2")]
    [InlineData("--colour", "red")]
    public async Task RunAsync_BadOption_ReturnsTwoWithOneLine(string option, string value)
    {
        using var folder = new TemporaryFolder();
        var error = new StringWriter();

        var exit = await LinkRotGateRun.RunAsync([folder.Path, option, value, "--out", folder.Combine("out")], new StringWriter(), error, CancellationToken.None);

        exit.Should().Be(2);
        error.ToString().Should().StartWith("LinkRotGate: ").And.Contain(option);
        Directory.Exists(folder.Combine("out")).Should().BeFalse("nothing runs with a bad option");
    }
}
