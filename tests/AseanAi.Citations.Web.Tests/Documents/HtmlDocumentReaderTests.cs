using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

public class HtmlDocumentReaderTests
{
    private const string Document = """
        <!DOCTYPE html>
        <html lang="zh-Hans"><head><title>日本与东南亚的人工智能合作</title><script>var x = "<p>not text</p>";</script></head>
        <body>
        <h1>日本与东南亚的人工智能合作</h1>
        <p>经济产业省于 2025 年 9 月举行的第 31 回日 ASEAN 经济大臣会合欢迎了路线图。</p>
        <h2>参考文献</h2>
        <ul>
          <li>経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日)
              <a href="https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf">https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf</a></li>
          <li><a href="http://pc.watch.impress.co.jp/docs/2006/1111/ps3.htm">PLAYSTATION 3ハードウェアレポート【速報編】</a>, PC Watch, 2006年11月11日</li>
          <li>[1] 陈登原. 国史旧闻：卷 1[M]. 北京：中华书局，2000：29.</li>
        </ul>
        </body></html>
        """;

    [Fact]
    public async Task ReadAsync_HtmlReferenceList_ReadsReferencesAndLinks()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Document);

        document.Title.Should().Be("日本与东南亚的人工智能合作");
        document.Language.Should().Be("zh-Hans");
        document.References.Should().HaveCount(3);
        document.References[0].Citation.Publisher!.Id.Should().Be("jp.meti");
        document.References[0].Citation.Url.Should().Be(new Uri("https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf"));
        document.References[1].Citation.Title!.Text.Should().Be("PLAYSTATION 3ハードウェアレポート【速報編】");
        document.References[1].Citation.Url.Should().Be(new Uri("http://pc.watch.impress.co.jp/docs/2006/1111/ps3.htm"));
        document.References[2].Citation.Type.Should().Be(SourceType.Book);
        document.Links.Should().ContainSingle().Which.ReferenceNumber.Should().Be(1);
        document.Sections.SelectMany(s => s.Paragraphs).Should().NotContain(p => p.Text.Contains("not text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_HtmlSpans_GiveSourceLines()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Document);

        document.References[0].Citation.Span!.Value.Line.Should().Be(8);
        document.References[2].Citation.Span!.Value.Line.Should().Be(11);
    }

    [Theory]
    [InlineData("<div><div><div><p>unclosed <b>bold <i>italic</p></div>")]
    [InlineData("<<<>>><p>&#xD800;&bogus; 「「「</p><li>外務省「")]
    [InlineData("\0\u0001\u0002<html>\uFFFD")]
    [InlineData("")]
    public async Task ReadAsync_HostileHtml_NeverThrows(string html)
    {
        var act = () => HtmlDocumentReader.Instance.ReadTextAsync(html);

        await act.Should().NotThrowAsync();
    }

    [Fact]
    public async Task ReadAsync_DeeplyNestedHtml_ReturnsInBoundedTime()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>外務省「題名」</p>";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(html, cancellationToken: timeout.Token);

        document.Should().NotBeNull();
    }

    [Fact]
    public async Task ReadAsync_TableOfLinksAndDataRows_TakesEachLinkAndLeavesDataRowsOut()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("""
            <html><head><title>參考資料</title></head><body>
            <table><tr><th>國家</th><th>來源</th><th>驗證</th></tr>
            <tr><td>日本</td><td><a href="https://www.mext.go.jp/">mext.go.jp</a> <a href="https://www.soumu.go.jp/">soumu.go.jp</a></td><td>2026-02-18</td></tr>
            <tr><td>課程標準</td><td>每週</td><td>2026-02-18</td></tr>
            <tr><td><a href="https://www.adobe.com/go/getflashplayer"><img src="get.gif"></a></td></tr>
            </table></body></html>
            """);

        document.References.Select(r => r.Citation.RawText).Should().Equal("[mext.go.jp](https://www.mext.go.jp/)", "[soumu.go.jp](https://www.soumu.go.jp/)");
    }

    [Fact]
    public async Task ReadAsync_LinkedHeadingsInsideADefinitionTerm_AreEntriesUnderTheirHeading()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("""
            <html><head><title>參考資料</title></head><body><dl><dt>
            <h1>计算机专业课程的参考资料</h1>
            <a href="https://www.icourse163.org/course/a"><h3>电路</h3></a>
            <a href="https://www.icourse163.org/course/b"><h3>数据库系统</h3></a>
            </dt></dl></body></html>
            """);

        document.References.Select(r => r.Citation.Title?.Text).Should().Equal("电路", "数据库系统");
    }

    [Fact]
    public async Task ReadAsync_LinksSeparatedByBreaksInADiv_AreEntries()
    {
        // From the corpus document zhs-cs-homework-resources (BintaoHe/homework, 参考资料.html): a div that holds only
        // links and <br>, under a page titled 参考资料, and books as paragraphs that end with 著。.
        const string html = """
            <html><head><title>参考资料</title></head><body>
            <div class="box3">
            <h2 >网站资源</h2>
            <div class="p2">
                <a href= "https://www.csdn.net/" target="_blank">CSDN论坛</a><br/>
                <a href= "https://leetcode-cn.com/" target="_blank">力扣题库</a><br/>
                <a href= "https://www.runoob.com/ " target="_blank">菜鸟教程</a><br/>
            </div>
            <h2>推荐书籍</h2>
            <div class="p2">
                <p>《算法分析与设计基础》： (美)莱维丁 著。</p>
                <p>《C Primer Plus》：Stephen Prata著。</p>
            </div>
            </div>
            </body></html>
            """;

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(html);

        document.References.Select(r => r.Citation.Url?.Host).Should().StartWith(["www.csdn.net", "leetcode-cn.com", "www.runoob.com"]);
        document.References.Should().HaveCount(5);
        document.References[3].Citation.Title!.Text.Should().Be("算法分析与设计基础");
    }

    [Fact]
    public async Task ReadAsync_NumberedEntriesBrokenAcrossParagraphs_AreJoined()
    {
        // From the corpus document mixed-zhs-ureter-thesis-refs (swcyo/masterthesis, 参考文献.html): a word processor's
        // export, where an entry goes on in the next <p> and an empty <p> stands in the middle of one.
        const string html = """
            <html><body><h1>参考文献</h1>
            <p>[16]        
            Raman JD, Cadeddu JA. Single access laparoscopic nephrectomy. Indian J Urol, 2008,24(4):457-60.</p>
            <p>[17]        
            Micali S, Isgro G, De Stefani S, et al. Retroperitoneal laparoendoscopic single-site</p>
            <p><br />
            </p>
            <p>surgery: preliminary experience in kidney and ureteral indications. Eur Urol, 2011,59(1):164-7.</p>
            <p>[18]        
            孙颖浩, 王林辉, 杨波, 等. 经脐单孔多通道腹腔镜下肾切除三例. 中华外科杂志,</p>
            <p>2009,47(22):1709-1711.</p>
            </body></html>
            """;

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(html);

        document.References.Should().HaveCount(3);
        document.References[1].Citation.RawText.Should().EndWith("Eur Urol, 2011,59(1):164-7.");
        document.References[2].Citation.Issued!.ToEdtf().Should().Be("2009");
    }
}
