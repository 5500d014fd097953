using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AseanAi.Citations.Cli.Tests;

public sealed class CheckCommandTests : IAsyncLifetime, IDisposable
{
    private const int Bound = 60_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("cite-check-tests-").FullName;
    private WebApplication _server = null!;
    private string _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        static Task Html(HttpContext c, string title, int status = 200)
        {
            c.Response.StatusCode = status;
            c.Response.ContentType = "text/html; charset=utf-8";
            return c.Response.WriteAsync($"<html><head><title>{title}</title></head><body><h1 id=\"top-heading\">{title}</h1></body></html>");
        }

        _server.MapGet("/ok/{n}", c => Html(c, "Working page"));
        _server.MapGet("/missing", c => Html(c, "Not here", 404));
        _server.MapGet("/soft", c => Html(c, "ページが見つかりません"));
        _server.MapGet("/wall", c => Html(c, "Forbidden", 403));
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _base = address.TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Document(params string[] paths) =>
        Write("refs.md", "# References\n\n" + string.Concat(paths.Select((p, i) => $"- [link {i}]({_base}{p})\n")));

    private static Task<CliRunner.Run> Check(params string[] args) => CliRunner.RunAsync(["check", .. args, "--no-cache"]);

    [Fact(Timeout = Bound)]
    public async Task Check_AllLinksWork_ExitsZero()
    {
        var run = await Check(Document("/ok/1", "/ok/2"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("2 links").And.Contain("2 ok");
        run.Error.Should().BeEmpty("progress is drawn only on a terminal");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_Json_HasTheDocumentedShape()
    {
        var file = Document("/ok/1", "/missing", "/soft", "/wall", "/ok/1");

        var run = await Check(file, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("summary", "results");
        root.GetProperty("summary").EnumerateObject().Select(p => p.Name).Should().Equal(
            "ok", "redirected", "broken", "soft-404", "blocked", "timeout", "error", "excluded", "invalid");
        root.GetProperty("summary").GetProperty("ok").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("broken").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("soft-404").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("blocked").GetInt32().Should().Be(1);
        var results = root.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(4);
        results.Should().OnlyContain(r => r.EnumerateObject().Select(p => p.Name).SequenceEqual(
            new[] { "url", "verdict", "httpStatus", "finalUrl", "attempts", "elapsedMs", "warnings", "archivedUrl", "occurrences" }));
        var ok = results.Single(r => r.GetProperty("verdict").GetString() == "ok");
        ok.GetProperty("httpStatus").GetInt32().Should().Be(200);
        var occurrences = ok.GetProperty("occurrences").EnumerateArray().ToList();
        occurrences.Should().HaveCount(2);
        occurrences[0].EnumerateObject().Select(p => p.Name).Should().Equal("file", "line", "column", "citedTitle");
        occurrences.Select(o => o.GetProperty("line").GetInt32()).Should().Equal(3, 7);
        occurrences.Should().OnlyContain(o => o.GetProperty("column").GetInt32() == 12, "the URL starts after \"- [link n](\"");
        results.Single(r => r.GetProperty("verdict").GetString() == "broken").GetProperty("httpStatus").GetInt32().Should().Be(404);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_GitHub_WritesErrorAnnotationsWithPositions()
    {
        var file = Document("/ok/1", "/missing");

        var run = await Check(file, "--format", "github");

        run.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        var annotation = run.Output.Split('\n').Single(l => l.StartsWith("::error ", StringComparison.Ordinal));
        annotation.Should().MatchRegex(@"^::error file=[^,]*refs\.md,line=4,col=12::cite check: broken: http://127\.0\.0\.1:\d+/missing");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_Sarif_IsVersion210WithRegions()
    {
        var run = await Check(Document("/missing"), "--format", "sarif");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var sarifRun = json.RootElement.GetProperty("runs")[0];
        sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Contain(["broken", "soft-404", "title-mismatch", "fragment-missing", "insecure-http"]);
        var result = sarifRun.GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().Should().Be("broken");
        result.GetProperty("level").GetString().Should().Be("error");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(3);
        region.GetProperty("startColumn").GetInt32().Should().Be(12);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_JUnit_CountsFailuresPerOccurrence()
    {
        var run = await Check(Document("/ok/1", "/missing", "/missing"), "--format", "junit");

        var suite = XDocument.Parse(run.Output).Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.Should().Be("3");
        suite.Attribute("failures")!.Value.Should().Be("2");
        suite.Elements("testcase").Count(t => t.Element("failure")?.Attribute("type")?.Value == "broken").Should().Be(2);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_Markdown_SummarisesForJobSummaries()
    {
        var run = await Check(Document("/ok/1", "/soft"), "--format", "markdown");

        run.Output.Should().Contain("## Link check").And.Contain("| soft-404 | 1 |").And.Contain("| ❌ | soft-404 |");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_Output_WritesTheReportToTheFileOnly()
    {
        var report = Path.Combine(_folder, "report.json");

        var run = await Check(Document("/ok/1"), "--format", "json", "--output", report);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().BeEmpty();
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").GetProperty("ok").GetInt32().Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_BlockedDoesNotFailByDefault_ButFailOnMakesItFail()
    {
        var file = Document("/wall");

        (await Check(file)).ExitCode.Should().Be(ExitCodes.Success);
        (await Check(file, "--fail-on", "broken,soft-404,blocked")).ExitCode.Should().Be(ExitCodes.BrokenLinks);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_AcceptCodes_TurnsAStatusIntoOk()
    {
        var run = await Check(Document("/missing"), "--accept", "200..299,404");

        run.ExitCode.Should().Be(ExitCodes.Success);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_ExcludeAndDenyPrivate_ExcludeLinks()
    {
        var file = Document("/ok/1", "/missing");

        (await Check(file, "--exclude", "/missing$")).ExitCode.Should().Be(ExitCodes.Success);
        var denied = await Check(file, "--deny-private", "--format", "json");
        denied.ExitCode.Should().Be(ExitCodes.Success);
        JsonDocument.Parse(denied.Output).RootElement.GetProperty("summary").GetProperty("excluded").GetInt32().Should().Be(2);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_ConfigFile_IsReadAndCommandLineWins()
    {
        var file = Document("/ok/1", "/missing");
        var config = Write("citations.json", """{ "check": { "format": "markdown", "exclude": ["/missing$"], "timeout": 5 } }""");

        var fromConfig = await Check(file, "--config", config);
        var overridden = await Check(file, "--config", config, "--format", "json", "--exclude", "/nothing");

        fromConfig.ExitCode.Should().Be(ExitCodes.Success);
        fromConfig.Output.Should().StartWith("## Link check");
        overridden.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        JsonDocument.Parse(overridden.Output).RootElement.GetProperty("summary").GetProperty("broken").GetInt32().Should().Be(1);
    }

    [Theory(Timeout = Bound)]
    [InlineData("""{ "check": { "timeuot": 5 } }""", "unknown setting")]
    [InlineData("""{ "check": { "maxPerHost": "eight" } }""", "must be a whole number")]
    [InlineData("""{ "check": { "maxPerHost": 0 } }""", "MaxConcurrencyPerHost must be between 1 and 256")]
    [InlineData("""{ "check": """, "not valid JSON")]
    public async Task Check_BadConfigFile_IsConfigurationError(string json, string message)
    {
        var run = await Check(Document("/ok/1"), "--config", Write("bad.json", json));

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().StartWith("cite: ").And.Contain(message);
    }

    [Theory(Timeout = Bound)]
    [InlineData("--format", "xml")]
    [InlineData("--accept", "ok")]
    [InlineData("--max-per-host", "0")]
    [InlineData("--max-concurrency", "-1")]
    [InlineData("--timeout", "0")]
    [InlineData("--cache-ttl", "tomorrow")]
    [InlineData("--include", "([unclosed")]
    [InlineData("--fail-on", "dead")]
    public async Task Check_BadOptionValue_IsConfigurationError(string option, string value)
    {
        var run = await Check(Document("/ok/1"), option, value);

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Error.Should().StartWith("cite: ");
        run.Output.Should().BeEmpty();
    }

    [Fact(Timeout = Bound)]
    public async Task Check_MissingInput_IsInputError()
    {
        var run = await Check(Path.Combine(_folder, "no-such-file.md"));

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("no such file or directory");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_ShiftJisInput_IsDecodedAndChecked()
    {
        var path = Path.Combine(_folder, "sjis.txt");
        File.WriteAllBytes(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!
            .GetBytes($"参考文献\r\n- 外務省「日ASEAN・AI共創イニシアティブ」（令和7年10月26日） {_base}/ok/sjis\r\n"));

        var run = await Check(path, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var occurrence = JsonDocument.Parse(run.Output).RootElement.GetProperty("results")[0].GetProperty("occurrences")[0];
        occurrence.GetProperty("line").GetInt32().Should().Be(2);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_EncodingOption_IsHonouredFromCommandLineAndConfig()
    {
        var path = Path.Combine(_folder, "eucjp.txt");
        File.WriteAllBytes(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding("euc-jp")!
            .GetBytes($"参考文献\n- 外務省「日ASEAN・AI共創イニシアティブ」（令和7年10月26日） {_base}/ok/euc\n"));
        var config = Write("euc.json", """{ "check": { "encoding": "euc-jp" } }""");

        var right = await Check(path, "--format", "json", "--encoding", "euc-jp");
        var wrong = await Check(path, "--format", "json", "--encoding", "utf-8");
        var fromConfig = await Check(path, "--format", "json", "--config", config);

        right.ExitCode.Should().Be(ExitCodes.Success, right.Error);
        JsonDocument.Parse(right.Output).RootElement.GetProperty("results")[0].GetProperty("occurrences")[0].GetProperty("line").GetInt32().Should().Be(2);
        wrong.ExitCode.Should().Be(ExitCodes.InputError, "EUC-JP bytes are not UTF-8, and decoding is strict");
        wrong.Error.Should().StartWith("cite: ").And.Contain("utf-8");
        fromConfig.ExitCode.Should().Be(ExitCodes.Success, fromConfig.Error);

        // The file decodes right without any option too, so only a wrong encoding in the config shows that it is read.
        var wrongConfig = Write("utf8.json", """{ "check": { "encoding": "utf-8" } }""");
        var fromWrongConfig = await Check(path, "--format", "json", "--config", wrongConfig);
        fromWrongConfig.ExitCode.Should().Be(ExitCodes.InputError, "the config names UTF-8, and EUC-JP bytes are not UTF-8");
        fromWrongConfig.Error.Should().StartWith("cite: ").And.Contain("utf-8");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_ReferenceListTitles_AreComparedWithPageTitles()
    {
        var file = Write("cited.md", $"# 日本與東南亞的 AI 合作\n\n## 參考文獻\n\n- 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) {_base}/ok/mofa\n- Working page. {_base}/ok/same\n");

        var run = await Check(file, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        var results = JsonDocument.Parse(run.Output).RootElement.GetProperty("results").EnumerateArray().ToList();
        var mofa = results.Single(r => r.GetProperty("url").GetString()!.EndsWith("/ok/mofa", StringComparison.Ordinal));
        mofa.GetProperty("occurrences")[0].GetProperty("citedTitle").GetString().Should().Be("日ASEAN・AI共創イニシアティブ");
        mofa.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().Equal("title-mismatch");
    }

    [Fact(Timeout = Bound)]
    public async Task Check_FolderAndGlob_FindTheDocuments()
    {
        Write("docs/a.md", $"- <{_base}/ok/a>\n");
        Write("docs/deep/b.txt", $"see {_base}/missing\n");
        Write("docs/image.png", $"{_base}/missing\n");

        var folder = await Check(Path.Combine(_folder, "docs"), "--format", "json");
        var glob = await Check(Path.Combine(_folder, "docs", "**", "*.md"), "--format", "json");

        JsonDocument.Parse(folder.Output).RootElement.GetProperty("results").GetArrayLength().Should().Be(2);
        folder.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        glob.ExitCode.Should().Be(ExitCodes.Success, glob.Error);
        JsonDocument.Parse(glob.Output).RootElement.GetProperty("results").GetArrayLength().Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_WithCache_ReusesWorkingLinks_AndFailAfterRunsWaitsForAStreak()
    {
        var cache = Path.Combine(_folder, "links.db");
        var file = Document("/ok/1", "/missing");
        string[] common = ["check", file, "--cache", cache, "--fail-after-runs", "2", "--format", "json"];

        var first = await CliRunner.RunAsync(common);
        var second = await CliRunner.RunAsync(common);

        first.ExitCode.Should().Be(ExitCodes.Success, "the link has been dead for one run only");
        second.ExitCode.Should().Be(ExitCodes.BrokenLinks);
        var results = JsonDocument.Parse(second.Output).RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Single(r => r.GetProperty("verdict").GetString() == "ok").GetProperty("attempts").GetInt32().Should().Be(0, "it came from the cache");
        results.Single(r => r.GetProperty("verdict").GetString() == "broken").GetProperty("attempts").GetInt32().Should().Be(1);
    }

    [Fact(Timeout = Bound)]
    public async Task Check_SeedDocumentWithoutNetwork_NeverCrashesOrCriesBroken()
    {
        var seed = Path.Combine(RepositoryRoot(), "seeds", "000_ac0a5415ceaa11bb.txt");

        var run = await Check(seed, "--format", "json", "--timeout", "10");

        run.Error.Should().BeEmpty();
        var results = JsonDocument.Parse(run.Output).RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(12);
        results.Should().OnlyContain(r => r.GetProperty("occurrences")[0].GetProperty("line").GetInt32() >= 24);
        // The test environment resolves no name, as a machine without network: every name failed to resolve, so
        // nothing may be called broken.
        results.Should().OnlyContain(r => r.GetProperty("verdict").GetString() == "error");
        run.ExitCode.Should().Be(ExitCodes.Success);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
