using AseanAi.Citations.Csl;
using Markdig;

namespace AseanAi.Citations.Markdig.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void ToHtml_BracketedCitation_WritesPandocSpanAndLinks()
    {
        var html = Render.Html("Text [@doe99].").Text;

        html.Should().Contain("<span class=\"citation\" data-cites=\"doe99\" id=\"cite-1\"><a href=\"#ref-doe99\" role=\"doc-biblioref\"");
        html.Should().Contain(">(Doe 1999)</a></span>");
        html.Should().Contain("<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">");
        html.Should().Contain("<div id=\"ref-doe99\" class=\"csl-entry\" role=\"listitem\">Doe, John. 1999. <i>First Book</i>.");
    }

    [Fact]
    public void ToHtml_SeveralCites_LinksEachToItsEntry()
    {
        var html = Render.Html("[@doe99; @roe05]").Text;

        html.Should().Contain("data-cites=\"doe99 roe05\"");
        html.Should().MatchRegex("<a href=\"#ref-doe99\"[^>]*>Doe 1999</a>; <a href=\"#ref-roe05\"[^>]*>Roe 2005</a>");
    }

    [Fact]
    public void ToHtml_SeveralCitesSortedByTheStyle_MatchesEachPieceToItsKey()
    {
        // APA sorts the cites of a citation by author: Roe comes after Doe whatever the order written.
        var html = Render.Html("[@roe05; @doe99]", "apa").Text;

        html.Should().MatchRegex("<a href=\"#ref-doe99\"[^>]*>Doe, 1999</a>; <a href=\"#ref-roe05\"[^>]*>Roe, 2005</a>");
    }

    [Fact]
    public void ToHtml_AuthorInText_WritesNameThenBracketedRest()
    {
        Render.Html("@doe99 says so.").Text.Should().Contain(">Doe (1999)</a>");
        Render.Html("@doe99 [p. 33] says so.").Text.Should().Contain(">Doe (1999, 33)</a>");
        Render.Html("@doe99 [p. 33] says so.", "apa").Text.Should().Contain(">Doe (1999, p. 33)</a>");
    }

    [Fact]
    public void ToHtml_SuppressAuthor_LeavesTheAuthorOut()
    {
        Render.Html("Doe says [-@doe99].").Text.Should().Contain(">(1999)</a>");
    }

    [Fact]
    public void ToHtml_PrefixLocatorSuffix_ReachTheStyle()
    {
        Render.Html("[see @doe99, pp. 33–35 and passim]", "apa").Text.Should().Contain("(see Doe, 1999, pp. 33–35 and passim)");
    }

    [Fact]
    public void ToHtml_CjkLocatorLabel_IsReadAsAPage()
    {
        Render.Html("[@sato2020, 12頁]", "apa").Text.Should().Contain("2020, p. 12");
    }

    [Theory]
    [InlineData("Write to john@example.com today.")]
    [InlineData("Run `cite @doe99` here.")]
    [InlineData("An escaped \\@doe99 here.")]
    [InlineData("```\n[@doe99]\n```")]
    [InlineData("A [link](https://example.org/@doe99).")]
    [InlineData("An autolink <http://a@doe99.org> and <mailto:x@doe99.org>.")]
    [InlineData("A handle in a word: me@doe99 and x_@doe99.")]
    public void ToHtml_NotACitation_LeavesTextAlone(string markdown)
    {
        var html = Render.Html(markdown).Text;

        html.Should().NotContain("class=\"citation\"");
        html.Should().NotContain("id=\"refs\"");
    }

    [Fact]
    public void ToHtml_EmailAndCitationTogether_OnlyTheCitationIsRead()
    {
        var result = Render.Html("Mail a@doe99.org about @doe99.");

        result.Text.Should().Contain("Mail a@doe99.org about <span class=\"citation\" data-cites=\"doe99\"");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void ToHtml_UnknownKey_RendersVisiblyAndReportsFileLineColumn()
    {
        var result = Render.Html("First line.\n\nSee [@doe99; @nokey] and @missing.", path: "docs/page.md");

        result.Text.Should().Contain("<strong class=\"citation-missing\">nokey?</strong>");
        result.Text.Should().Contain("<span class=\"citation\" data-cites=\"missing\" id=\"cite-2\"><strong class=\"citation-missing\">missing?</strong></span>");
        result.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "docs/page.md:3:5: warning citation.unknown-key: No bibliography entry has the key 'nokey'.",
            "docs/page.md:3:26: warning citation.unknown-key: No bibliography entry has the key 'missing'.");
    }

    [Fact]
    public void ToHtml_CitationInFootnote_IsNumberedWhereTheNoteIsReferenced()
    {
        var html = Render.Html("One [@doe99].[^n] Two [@roe05].\n\n[^n]: Noted [@smith04].").Text;

        html.Should().Contain("data-cites=\"doe99\" id=\"cite-1\"");
        html.Should().Contain("data-cites=\"smith04\" id=\"cite-2\"");
        html.Should().Contain("data-cites=\"roe05\" id=\"cite-3\"");

        // The bibliography comes before the footnotes, as Pandoc's.
        html.IndexOf("id=\"refs\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("class=\"footnotes\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("::: {#refs}\n:::")]
    [InlineData("::: {#refs .hanging}\nold content\n:::")]
    [InlineData("<div id=\"refs\"></div>")]
    public void ToHtml_RefsPlaceholder_PutsTheBibliographyThere(string placeholder)
    {
        var html = Render.Html("# Doc\n\nText [@doe99].\n\n## References\n\n" + placeholder + "\n\n## Appendix\n\nMore.").Text;

        var refs = html.IndexOf("id=\"refs\"", StringComparison.Ordinal);
        refs.Should().BeGreaterThan(html.IndexOf("References</h2>", StringComparison.Ordinal));
        refs.Should().BeLessThan(html.IndexOf("Appendix</h2>", StringComparison.Ordinal));
        html.Should().NotContain("old content");
        html.Split("id=\"refs\"").Should().HaveCount(2);
    }

    [Fact]
    public void ToHtml_BackLinks_PointToEveryCitingPlace()
    {
        var html = Render.Html("[@doe99] and [@roe05] and [@doe99, p. 3].").Text;

        html.Should().MatchRegex("id=\"ref-doe99\"[^\\n]*<a href=\"#cite-1\" role=\"doc-backlink\"[^\\n]*<a href=\"#cite-3\" role=\"doc-backlink\"");
        Render.Html("[@doe99]", change: o => o with { BackLinks = false }).Text.Should().NotContain("doc-backlink");
    }

    [Fact]
    public void ToHtml_HoverPreview_PutsTheEntryTextInTitle()
    {
        Render.Html("[@roe05]").Text.Should().Contain("title=\"Roe, Jane. 2005. “A Second Article.” Journal of Things 12 (3): 33–45.\"");
        Render.Html("[@roe05]", change: o => o with { HoverPreview = false }).Text.Should().NotContain("title=");
    }

    [Fact]
    public void ToHtml_LinkCitationsOff_WritesNoLinks()
    {
        var html = Render.Html("[@doe99]", change: o => o with { LinkCitations = false }).Text;

        html.Should().Contain("<span class=\"citation\" data-cites=\"doe99\" id=\"cite-1\">(Doe 1999)</span>");
    }

    [Fact]
    public void ToHtml_CjkEntries_CarryLang()
    {
        var html = Render.Html("[@sato2020; @wang2019]").Text;

        html.Should().Contain("<span lang=\"ja\">佐藤</span>");
        html.Should().Contain("<span lang=\"zh-CN\">王</span> 等 2019");
        html.Should().Contain("<i><span lang=\"ja\">人工知能と社会</span></i>");
    }

    [Fact]
    public void ToHtml_Nocite_AddsEntriesWithoutCitations()
    {
        var some = Render.Html("---\nnocite: '@roe05'\n---\n\nText [@doe99].").Text;
        some.Should().Contain("id=\"ref-roe05\"").And.Contain("id=\"ref-doe99\"").And.NotContain("id=\"ref-smith04\"");

        var all = Render.Html("---\nnocite: |\n  @*\n---\n\nNo citations here.").Text;
        foreach (var key in new[] { "doe99", "roe05", "smith04", "sato2020", "wang2019" })
        {
            all.Should().Contain($"id=\"ref-{key}\"");
        }
    }

    [Fact]
    public void ToHtml_FrontMatter_ChoosesStyleLocaleAndBibliography()
    {
        var markdown = "---\nbibliography: [refs.bib, refs.ris, refs.yaml]\ncsl: apa\nlang: ja-JP\nreference-section-title: 参考文献\n---\n\n[@knuth84; @ris01; @yaml01]";
        var result = CitationMarkdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseCitations().Build(), Path.Combine(Render.DataDirectory, "page.md"));

        result.Diagnostics.Should().BeEmpty();
        result.Text.Should().Contain("<h2 class=\"unnumbered\" id=\"bibliography\">参考文献</h2>");
        result.Text.Should().Contain("id=\"ref-knuth84\"").And.Contain("id=\"ref-ris01\"").And.Contain("id=\"ref-yaml01\"");
        result.Text.Should().Contain("Knuth, D. E. (1984年)");
    }

    [Fact]
    public void ToHtml_InlineReferences_AreCitable()
    {
        var markdown = "---\nreferences:\n- id: inline1\n  type: book\n  title: Inline Book\n  author:\n  - family: Inline\n    given: Ivy\n  issued:\n    date-parts: [[2021]]\n---\n\n[@inline1]";

        var result = CitationMarkdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseCitations().Build());

        result.Diagnostics.Should().BeEmpty();
        result.Text.Should().Contain(">(Inline 2021)</a>");
    }

    [Fact]
    public void ToHtml_PlainReferenceList_IsParsedIntoEntries()
    {
        var bibliography = CitationBibliography.Load(Path.Combine(Render.DataDirectory, "refs.txt")).GetValueOrThrow();

        bibliography.Items.Should().ContainSingle();
        var key = bibliography.Items[0].Id;
        var html = CitationMarkdown.ToHtml($"[@{key}]", new MarkdownPipelineBuilder().UseCitations(new CitationMarkdownOptions { Bibliography = bibliography }).Build()).Text;
        html.Should().Contain("日ASEAN・AI共創イニシアティブ");
    }

    [Fact]
    public void ToHtml_BadFrontMatterAndFiles_AreDiagnosticsNotExceptions()
    {
        var markdown = "---\nbibliography: missing.json\ncsl: nowhere.csl\n---\n\n[@doe99]";

        var result = Render.Html(markdown, path: Path.Combine(Render.DataDirectory, "page.md"));

        result.Diagnostics.Select(d => d.Diagnostic.Code).Should().Contain(["bibliography.unreadable", "citation.style"]);
        result.Text.Should().Contain(">(Doe 1999)</a>");
    }

    [Fact]
    public void ToHtml_BrokenYaml_IsReportedWithItsLine()
    {
        var result = Render.Html("---\ntitle: [unclosed\n---\n\n[@doe99]", path: "p.md");

        result.Diagnostics.Should().ContainSingle(d => d.Diagnostic.Code == "front-matter.yaml");
        result.Text.Should().Contain(">(Doe 1999)</a>");
    }

    [Fact]
    public void ToHtml_NoteStyle_TurnsCitationsIntoNotes()
    {
        var style = CslStyle.Load(Path.Combine(Render.DataDirectory, "note.csl")).GetValueOrThrow();
        var html = CitationMarkdown.ToHtml("Text [@doe99, p. 4] and [@roe05].", new MarkdownPipelineBuilder()
            .UseCitations(new CitationMarkdownOptions { Style = style, Bibliography = Render.Bibliography }).Build()).Text;

        html.Should().Contain("<span class=\"citation\" data-cites=\"doe99\" id=\"cite-1\"><sup><a href=\"#cite-note-1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup></span>");
        html.Should().Contain("<li id=\"cite-note-1\">Doe, <i>First Book</i>, 4. <a href=\"#cite-1\"");
        html.Should().Contain("<li id=\"cite-note-2\">Roe, <i>A Second Article</i>. <a href=\"#cite-2\"");
    }

    [Fact]
    public void ToHtml_Disambiguation_AddsYearSuffixes()
    {
        var markdown = "---\nreferences:\n- {id: a1, type: book, title: Alpha, author: [{family: Lee, given: Ann}], issued: {date-parts: [[2001]]}}\n- {id: a2, type: book, title: Beta, author: [{family: Lee, given: Ann}], issued: {date-parts: [[2001]]}}\n---\n\n[@a1] [@a2]";

        var html = CitationMarkdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseCitations().Build()).Text;

        html.Should().Contain(">(Lee 2001a)</a>").And.Contain(">(Lee 2001b)</a>");
    }

    [Fact]
    public void ToMarkdown_ResolvesCitationsInPlace()
    {
        var result = CitationMarkdown.ToMarkdown("# Title\n\nText [@doe99] and `@code`.\n\n::: {#refs}\n:::\n\nEnd.\n", new CitationMarkdownOptions { Bibliography = Render.Bibliography });

        result.Text.Should().Be("# Title\n\nText (Doe 1999) and `@code`.\n\nDoe, John. 1999. *First Book*. Cambridge University Press.\n\nEnd.\n");
    }

    [Fact]
    public void Pipeline_IsReusableAcrossDocumentsAndThreads()
    {
        var pipeline = Render.Pipeline();
        var outputs = Enumerable.Range(0, 16).AsParallel().Select(i => CitationMarkdown.ToHtml(i % 2 == 0 ? "[@doe99]" : "[@roe05]", pipeline).Text).ToList();

        outputs.Where((_, i) => i % 2 == 0).Should().AllSatisfy(h => h.Should().Contain("ref-doe99").And.NotContain("ref-roe05"));
        outputs.Where((_, i) => i % 2 == 1).Should().AllSatisfy(h => h.Should().Contain("ref-roe05").And.NotContain("ref-doe99"));
    }
}
