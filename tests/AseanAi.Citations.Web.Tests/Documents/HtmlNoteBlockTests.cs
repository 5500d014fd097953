using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

/// <summary>HTML footnote and bibliography blocks: each entry one reference, wherever the block stands, back-links dropped.</summary>
public class HtmlNoteBlockTests
{
    private static Task<CitedDocument> Read(string body) =>
        HtmlDocumentReader.Instance.ReadTextAsync("<html><head><title>報告</title></head><body><p>本文です。</p>" + body + "</body></html>");

    [Fact]
    public async Task ReadAsync_PandocFootnotesSection_TakesEachNoteWithoutItsBackLink()
    {
        var document = await Read("""
            <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
            <ol>
            <li id="fn1"><p>総務省 (2023). 「情報通信白書」 <a href="https://www.soumu.go.jp/a">https://www.soumu.go.jp/a</a><a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            <li id="fn2"><p>内閣府 (2022). 「科学技術基本計画」<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            </ol></section>
            """);

        document.References.Should().HaveCount(2);
        document.References.Should().OnlyContain(r => !r.Citation.RawText!.Contains('↩', StringComparison.Ordinal));
        document.References[0].Citation.Url.Should().Be(new Uri("https://www.soumu.go.jp/a"));
        document.ListDecisions.Should().Contain(d => d.Reason == ReferenceListReason.Footnotes && d.ReferencesTaken == 2);
    }

    [Theory]
    [InlineData("<div class=\"footnotes\"><ol><li>{0}</li><li>{1}</li></ol></div>")]
    [InlineData("<ol class=\"references\"><li>{0}</li><li>{1}</li></ol>")]
    [InlineData("<aside class=\"references\"><ul><li>{0}</li><li>{1}</li></ul></aside>")]
    [InlineData("<aside role=\"doc-bibliography\"><p>{0}</p><p>{1}</p></aside>")]
    [InlineData("<div id=\"refs\" class=\"csl-bib-body\"><div class=\"csl-entry\">{0}</div><div class=\"csl-entry\">{1}</div></div>")]
    public async Task ReadAsync_NoteOrBibliographyBlock_TakesEachEntry(string block)
    {
        var html = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            block,
            "Tanaka, H. (2021). <i>Data and society</i>. Tokyo: Example Press.",
            "経済産業省 (2020). 「DXレポート」");

        var document = await Read(html);

        document.References.Should().HaveCount(2);
        document.References[0].Citation.RawText.Should().Contain("Data and society");
        document.References[1].Citation.RawText.Should().Contain("DXレポート");
    }

    [Fact]
    public async Task ReadAsync_CslEntryWithParts_IsOneReference()
    {
        var document = await Read("""
            <div class="csl-bib-body">
              <div class="csl-entry"><div class="csl-left-margin">1. </div><div class="csl-right-inline">Lee, K. (2019). <i>Open government</i>. https://example.org/og</div></div>
            </div>
            """);

        document.References.Should().ContainSingle().Which.Citation.Url.Should().Be(new Uri("https://example.org/og"));
    }

    [Fact]
    public async Task ReadAsync_FootnoteItemOutsideABlock_IsAReference()
    {
        var document = await Read("""
            <ol><li id="fn:1">國家發展委員會 (2021). 《數位發展報告》 <a href="#fnref:1" class="reversefootnote">&#8617;</a></li></ol>
            """);

        document.References.Should().ContainSingle().Which.Citation.RawText.Should().NotContain("↩");
    }

    [Fact]
    public async Task ReadAsync_WikipediaReferences_DropsTheCaretBackLinks()
    {
        var document = await Read("""
            <ol class="references">
            <li id="cite_note-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-1a">a</a> <a href="#cite_ref-1b">b</a></span> <span class="reference-text">Smith, J. (2020). "Open data". <i>Journal</i>. 3 (2): 10–20.</span></li>
            </ol>
            """);

        var raw = document.References.Should().ContainSingle().Which.Citation.RawText!;
        raw.Should().Be("Smith, J. (2020). \"Open data\". Journal. 3 (2): 10–20.", "the raw text is the note's text as the page shows it, its back-links gone");
    }

    [Fact]
    public async Task ReadAsync_HeadingInsideABibliographyBlock_StaysAHeading()
    {
        var document = await Read("""
            <section class="bibliography"><h2>参考文献</h2><ul><li>総務省 (2023). 「情報通信白書」</li></ul></section>
            """);

        document.Sections.Should().Contain(s => s.Heading == "参考文献" && s.IsReferenceList);
        document.References.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadAsync_OrdinaryAsideAndList_AreNotNotes()
    {
        var document = await Read("""
            <aside class="sidebar"><ul><li>ホーム</li><li>お問い合わせ</li></ul></aside>
            <ul><li id="menu-1">概要</li><li id="fnord">設定</li></ul>
            """);

        document.References.Should().BeEmpty();
    }
}
