namespace AseanAi.Citations.Cli.Tests;

public class RenderCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cite-render-").FullName;

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Items = """
        [{"id": "m1", "type": "document", "language": "ja", "title": "日ASEAN・AI共創イニシアティブ", "author": [{"literal": "外務省"}],
          "issued": {"date-parts": [[2025, 10, 26]]}},
         {"id": "doe99", "type": "book", "title": "First Book", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[1999]]}}]
        """;

    [Fact]
    public async Task Render_OneInput_WritesAStandalonePageToStandardOutput()
    {
        var bibliography = Write("refs.json", Items);
        var page = Write("page.md", "---\nlang: ja-JP\ntitle: 引用の例\n---\n\n本文[@m1]。@doe99 [p. 4] も参照。\n");

        var run = await CliRunner.RunAsync("render", page, "--bibliography", bibliography, "--style", "apa");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("<!DOCTYPE html>\n<html lang=\"ja-JP\">");
        run.Output.Should().Contain("<title>引用の例</title>");
        run.Output.Should().Contain("<span class=\"citation\" data-cites=\"m1\" id=\"cite-1\">");
        run.Output.Should().Contain("<div id=\"ref-m1\" class=\"csl-entry\" role=\"listitem\">");
        run.Output.Should().Contain("<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">");
        // The page is in Japanese (lang: ja-JP), so APA speaks it: 年 after the year, ページ for the page.
        run.Output.Should().Contain(">Doe (1999年, ページ 4)</a>");
        run.Output.Should().EndWith("</body>\n</html>\n");
    }

    [Fact]
    public async Task Render_SeveralInputsIntoFolder_WritesOnePageEach()
    {
        var bibliography = Write("refs.json", Items);
        var first = Write("docs/a.md", "# A\n\n[@m1]\n");
        var second = Write("docs/b.md", "# B\n\n[@doe99]\n");
        var output = Path.Combine(_directory, "site");

        var run = await CliRunner.RunAsync("render", first, second, "-b", bibliography, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(Path.Combine(output, "a.html")).Should().Contain("<title>A</title>").And.Contain("id=\"ref-m1\"");
        File.ReadAllText(Path.Combine(output, "b.html")).Should().Contain("<title>B</title>").And.Contain("id=\"ref-doe99\"").And.NotContain("id=\"ref-m1\"");
    }

    [Fact]
    public async Task Render_FrontMatterBibliography_IsReadBesideTheDocument()
    {
        Write("docs/refs.json", Items);
        var page = Write("docs/page.md", "---\nbibliography: refs.json\ncsl: apa\n---\n\n[@doe99]\n");

        var run = await CliRunner.RunAsync("render", page);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain(">(Doe, 1999)</a>");
    }

    [Fact]
    public async Task Render_UnknownKey_WritesThePageAndReportsFileLineColumn()
    {
        var bibliography = Write("refs.json", Items);
        var page = Write("page.md", "Intro.\n\nSee [@nokey].\n");

        var run = await CliRunner.RunAsync("render", page, "-b", bibliography);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().Contain("<strong class=\"citation-missing\">nokey?</strong>");
        run.Error.Should().Be($"cite: {page}:3:5: warning citation.unknown-key: No bibliography entry has the key 'nokey'.{Environment.NewLine}");
    }

    [Fact]
    public async Task Render_MarkdownFormat_ResolvesCitationsInPlace()
    {
        var bibliography = Write("refs.json", Items);
        var page = Write("page.md", "# Title\n\nText [@doe99].\n");

        var run = await CliRunner.RunAsync("render", page, "-b", bibliography, "--format", "markdown", "--style", "apa");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("# Title\n\nText (Doe, 1999).\n\nDoe, J. (1999). *First Book*.\n");
    }

    [Fact]
    public async Task Render_BadStyleOrMissingFiles_FailWithOneLine()
    {
        var page = Write("page.md", "[@doe99]\n");

        var badStyle = await CliRunner.RunAsync("render", page, "--style", "nowhere");
        badStyle.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        badStyle.Error.Should().StartWith("cite: --style: 'nowhere' is neither a built-in style");

        var missingBibliography = await CliRunner.RunAsync("render", page, "-b", Path.Combine(_directory, "missing.json"));
        missingBibliography.ExitCode.Should().Be(ExitCodes.InputError);
        missingBibliography.Error.Should().Contain("bibliography.unreadable");

        var missingInput = await CliRunner.RunAsync("render", Path.Combine(_directory, "missing.md"));
        missingInput.ExitCode.Should().Be(ExitCodes.InputError);
        missingInput.Error.Should().StartWith("cite: cannot read ");
    }
}
