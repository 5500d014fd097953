using System.Text.RegularExpressions;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.Extensions.DependencyInjection;

namespace AseanAi.Citations.Samples.Tests.Readme;

/// <summary>
/// The README's C# examples are compiled (<see cref="ReadmeExamples"/> holds each one verbatim) and run here, and what
/// their comments promise is asserted, so that the README cannot drift from the code.
/// </summary>
[Collection(ProcessStateTests.Name)]
public sealed partial class ReadmeExamplesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void EveryCSharpExampleOfTheReadme_IsCompiledInReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var examplesFile = File.ReadAllText(Path.Combine(Root, "tests", "AseanAi.Citations.Samples.Tests", "Readme", "ReadmeExamples.cs"));
        var compiled = Region().Matches(examplesFile).Select(m => Normalize(m.Groups["body"].Value)).ToList();
        var directives = Directive().Matches(examplesFile).Select(m => m.Groups["ns"].Value).Append("AseanAi.Citations").ToHashSet();

        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups["body"].Value).ToList();

        blocks.Should().HaveCount(compiled.Count, "every README example has a compiled copy, and every compiled copy is in the README");
        foreach (var block in blocks)
        {
            foreach (Match directive in Directive().Matches(block))
            {
                directives.Should().Contain(directive.Groups["ns"].Value, "the README example's using directives are those the compiled copy has");
            }

            var code = Normalize(Directive().Replace(block, string.Empty));
            compiled.Should().Contain(code, "this README example must appear verbatim between '// README begin' and '// README end' in ReadmeExamples.cs:\n" + block);
        }
    }

    [Fact]
    public void ModelExample_RoundTripsAndWritesEdtf()
    {
        var (citation, json, again, edtf) = ReadmeExamples.Model();

        again.Should().Be(citation);
        json.Should().Contain("日ASEAN・AI共創イニシアティブ");
        edtf.Should().Be("2025-10-26");
    }

    [Fact]
    public void DatesAndPublishersExample_GivesWhatItsCommentsSay()
    {
        var (reiwa, minguo, same, known, meti, byHost, jst) = ReadmeExamples.DatesAndPublishers();

        reiwa.ToEdtf().Should().Be("2025-10-26");
        reiwa.OriginalText.Should().Be("令和7年10月26日");
        minguo.ToEdtf().Should().Be("2025-03");
        same.Should().BeTrue();
        known.Should().BeTrue();
        meti!.Id.Should().Be("jp.meti");
        byHost.Should().BeTrue();
        jst!.Id.Should().Be("jp.jst");
    }

    [Fact]
    public async Task ParsingAndFormattingExample_ReadsTheSeedAndFormatsItsBibliography()
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Root);
        try
        {
            var (reference, document, entries) = await ReadmeExamples.ParsingAndFormatting();

            reference.Publisher!.Id.Should().Be("jp.mofa");
            reference.Issued!.ToEdtf().Should().Be("2025-10-26");
            reference.Type.Should().Be(SourceType.GovernmentDocument);
            document.References.Should().HaveCount(12);
            document.References.Should().OnlyContain(r => r.Category != ReferenceCategory.Other || r.Citation.Category != null);
            document.Links.Should().NotBeEmpty();
            entries.Should().HaveCount(12);
            var comment = File.ReadAllLines(Path.Combine(Root, "README.md")).Single(line => line.StartsWith("// [1] ", StringComparison.Ordinal))[3..];
            entries[0].Should().Be(comment, "the README shows the first entry as the processor writes it");
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void InterchangeExample_WritesAndReadsTheFormats()
    {
        Citation[] citations = [ReadmeExamples.Model().Citation];
        const string risText = "TY  - GOVDOC\nAU  - 外務省\nTI  - 日ASEAN・AI共創イニシアティブ\nPY  - 2025/10/26/\nUR  - https://www.mofa.go.jp/mofaj/files/100927259.pdf\nER  - \n";

        var (bib, read, cslJson) = ReadmeExamples.Interchange(citations, risText);

        bib.Should().Contain("{外務省}").And.Contain("日ASEAN・AI共創イニシアティブ");
        read.Value.Should().ContainSingle().Which.Title!.Text.Should().Be("日ASEAN・AI共創イニシアティブ");
        read.Diagnostics.Should().BeEmpty();
        cslJson.Should().Contain("\"issued\"").And.Contain("2025");
    }

    [Fact]
    public async Task LinkCheckingExample_ChecksTheLinksOfAText()
    {
        await using var site = await LocalSite.StartAsync();
        var markdown = $"# References\n\n- [Working]({site.Url("ok")})\n- [Gone]({site.Url("gone")})\n";
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            await ReadmeExamples.LinkChecking(markdown).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            Console.SetOut(console);
        }

        output.ToString().Should().Contain($"{LinkVerdict.Ok} {site.Url("ok")}").And.Contain($"{LinkVerdict.Broken} {site.Url("gone")}");
    }

    [Fact]
    public void DependencyInjectionExample_ResolvesTheConfiguredServices()
    {
        var services = ReadmeExamples.DependencyInjection(new ServiceCollection());

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<CslStyle>().Id.Should().Contain("sist02");
        provider.GetRequiredService<ReferenceParser>().Parse("経済産業省「通商白書2025」").Value!.Publisher!.Id.Should().Be("jp.meti");
        provider.GetRequiredService<ILinkChecker>().Should().NotBeNull();
        provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<LinkCheckerOptions>>().Value.UserAgent.Should().Be("MyDocsBot/1.0 (+https://example.org/bot)");
        provider.GetRequiredService<PublisherRegistry>().Should().NotBeNull();
    }

    [Fact]
    public void MarkdownCitationsExample_LinksTheCitationToItsEntry()
    {
        var previous = Environment.CurrentDirectory;
        var folder = Directory.CreateTempSubdirectory("aseanai-readme-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "refs.json"), """
                [{"id": "mofa2025", "type": "report", "language": "ja", "title": "日ASEAN・AI共創イニシアティブ",
                  "author": [{"literal": "外務省"}], "issued": {"date-parts": [[2025, 10, 26]]}}]
                """);
            Environment.CurrentDirectory = folder;

            var html = ReadmeExamples.MarkdownCitations();

            html.Should().Contain("<span class=\"citation\" data-cites=\"mofa2025\"");
            html.Should().Contain("<a href=\"#ref-mofa2025\" role=\"doc-biblioref\"");
            html.Should().Contain("<div id=\"ref-mofa2025\" class=\"csl-entry\" role=\"listitem\">");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AseanAi.Citations.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```csharp\r?\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"// README begin\r?\n(?<body>.*?)// README end", RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"^\s*using (?<ns>[A-Za-z][\w.]*);\s*$", RegexOptions.Multiline)]
    private static partial Regex Directive();
}

/// <summary>Tests that redirect the process's console or working directory run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateTests
{
    public const string Name = "Console and working directory";
}
