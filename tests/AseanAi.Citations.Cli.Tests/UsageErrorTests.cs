namespace AseanAi.Citations.Cli.Tests;

/// <summary>Unknown options, missing files and bad values: one line on standard error, nothing on standard output, the documented exit code.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cite-usage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Missing(string name) => Path.Combine(_folder, name);

    private string Existing(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static TheoryData<string, string[], int, string> Cases => new()
    {
        { "root", ["--bogus"], ExitCodes.ConfigurationError, "unknown option '--bogus'" },
        { "root", ["frobnicate"], ExitCodes.ConfigurationError, "unknown verb 'frobnicate'" },
        { "parse", ["parse", "{refs}", "--bogus"], ExitCodes.ConfigurationError, "unknown option '--bogus'" },
        { "parse", ["parse", "--bogus=1", "{refs}"], ExitCodes.ConfigurationError, "unknown option '--bogus=1'" },
        { "parse", ["parse", "{missing}"], ExitCodes.InputError, "no such file" },
        { "parse", ["parse", "{refs}", "--format", "xml"], ExitCodes.ConfigurationError, "--format" },
        { "parse", ["parse", "{refs}", "--encoding", "klingon"], ExitCodes.ConfigurationError, "--encoding: Unknown encoding 'klingon'" },
        { "parse", ["parse"], ExitCodes.ConfigurationError, "missing" },
        { "convert", ["convert", "{bib}", "--to", "ris", "--bogus"], ExitCodes.ConfigurationError, "unknown option '--bogus'" },
        { "convert", ["convert", "{missing}", "--to", "ris"], ExitCodes.InputError, "no such file" },
        { "convert", ["convert", "{bib}", "--to", "docx"], ExitCodes.ConfigurationError, "docx" },
        { "convert", ["convert", "{bib}"], ExitCodes.ConfigurationError, "--to is required" },
        { "convert", ["convert", "{bib}", "{bib}", "--to", "ris"], ExitCodes.ConfigurationError, "unexpected argument" },
        { "format", ["format", "{json}", "--style", "apa", "--bogus"], ExitCodes.ConfigurationError, "unknown option '--bogus'" },
        { "format", ["format", "{missing}", "--style", "apa"], ExitCodes.InputError, "no such file" },
        { "format", ["format", "{json}", "--style", "apa", "--format", "pdf"], ExitCodes.ConfigurationError, "pdf" },
        { "format", ["format", "{json}"], ExitCodes.ConfigurationError, "--style is required" },
        { "format", ["format", "{json}", "--style", "{missing}"], ExitCodes.InputError, "neither a built-in style" },
        { "format", ["format", "{json}", "--style", "apa", "--locales", "{missing}"], ExitCodes.ConfigurationError, "does not exist" },
        { "check", ["check", "--bogus", "{refs}"], ExitCodes.ConfigurationError, "unknown option '--bogus'" },
        { "check", ["check", "{missing}"], ExitCodes.InputError, "no such file" },
        { "check", ["check", "{refs}", "--timeout", "soon"], ExitCodes.ConfigurationError, "--timeout" },
        { "check", ["check", "{refs}", "--max-per-host", "0"], ExitCodes.ConfigurationError, "--max-per-host (or check.maxPerHost): MaxConcurrencyPerHost must be between 1 and 256; it is 0." },
        { "check", ["check", "{refs}", "--timeout", "1e9"], ExitCodes.ConfigurationError, "--timeout (or check.timeout): must be above 0" },
        { "check", ["check", "{refs}", "--retries", "11"], ExitCodes.ConfigurationError, "--retries (or check.retries)" },
        { "check", ["check", "{refs}", "--max-concurrency", "-1"], ExitCodes.ConfigurationError, "--max-concurrency (or check.maxConcurrency)" },
        { "check", ["check", "{refs}", "--allow-private", "--deny-private"], ExitCodes.ConfigurationError, "contradict" },
        { "check", ["check", "{refs}", "--encoding", "klingon"], ExitCodes.ConfigurationError, "--encoding: Unknown encoding 'klingon'" },
        { "convert", ["convert", "{bib}", "--to", "ris", "--encoding", "klingon"], ExitCodes.ConfigurationError, "--encoding: Unknown encoding 'klingon'" },
        { "format", ["format", "{json}", "--style", "apa", "--encoding", "klingon"], ExitCodes.ConfigurationError, "--encoding: Unknown encoding 'klingon'" },
        { "check", ["check", "{refs}", "--github-actions", "maybe"], ExitCodes.ConfigurationError, "maybe" },
        { "check", ["check", "{refs}", "--config", "{missing}"], ExitCodes.ConfigurationError, "--config" },
        { "parse", ["parse", "{refs}", "--config", "{missing}"], ExitCodes.ConfigurationError, "--config" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInvocation_IsOneLineOnStandardErrorWithTheDocumentedExitCode(string verb, string[] args, int exitCode, string mention)
    {
        _ = verb;
        var refs = Existing("refs.txt", "経済産業省「AI事業者ガイドライン」2024年4月19日\n");
        var bib = Existing("refs.bib", "@misc{a, title = {AI}, year = {2024}}\n");
        var json = Existing("refs.json", """[{"id": "a", "type": "document", "title": "AI"}]""");
        var missing = Missing("no-such-file.txt");
        var resolved = args.Select(a => a.Replace("{refs}", refs).Replace("{bib}", bib).Replace("{json}", json).Replace("{missing}", missing)).ToArray();

        var run = await CliRunner.RunAsync(resolved);

        run.ExitCode.Should().Be(exitCode, run.Error);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("cite: ").And.Contain(mention).And.EndWith("\n");
        run.Error.TrimEnd('\r', '\n').Should().NotContain("\n", "an error is one line");
    }

    [Fact]
    public async Task FileNamedLikeAnOption_IsReadAfterDoubleDash()
    {
        var path = Existing("-refs.txt", "経済産業省「AI事業者ガイドライン」2024年4月19日\n");
        var run = await CliProcess.RunAsync(_folder, null, "parse", "--one-per-line", "--format", "json", "--", Path.GetFileName(path));

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        run.Output.Should().Contain("AI事業者ガイドライン");
    }

    [Fact]
    public async Task ClosedOutput_IsOneLineAndRuntimeErrorExitCode()
    {
        var refs = Existing("closed.txt", "経済産業省「AI事業者ガイドライン」2024年4月19日\n");
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["parse", refs, "--one-per-line"], new ClosedPipeWriter(), error, CliRunner.Environment());

        exitCode.Should().Be(ExitCodes.InputError);
        error.ToString().Should().StartWith("cite: Broken pipe (IOException)").And.EndWith("\n");
        error.ToString().TrimEnd('\n').Should().NotContain("\n", "no stack trace");
    }

    /// <summary>Standard output whose reader went away, as in <c>cite parse refs.txt | head -0</c>.</summary>
    private sealed class ClosedPipeWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override Task WriteAsync(string? value) => throw new IOException("Broken pipe");

        public override Task WriteLineAsync(string? value) => throw new IOException("Broken pipe");
    }
}
