using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

public class MarkdownDocumentReaderTests
{
    private const string Document = """
        # 日本與東南亞的 AI 合作戰略

        根據外務省、總務省與經濟產業省於 2025 年 10 月 26 日聯合發布的官方文件，「日 ASEAN・AI 共創倡議」包含四大支柱。

        ```
        # not a heading: code
        ```

        ## 參考文獻

        ### 日本政府官方文件

        - 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf
        - [第28回日ASEAN首脳会議](https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html), 外務省

        ### 日本媒體報導

        1. 日本経済新聞「日本、ASEANとAIで協力」(2025年1月22日) https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/

        [^jst]: 科学技術振興機構(JST)アジア・太平洋総合研究センター「自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ」Science Portal ASEAN https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html
        """;

    [Fact]
    public async Task ReadAsync_MarkdownWithHeadingsListsAndFootnote_ReadsReferencesWithCategories()
    {
        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(Document);

        document.Title.Should().Be("日本與東南亞的 AI 合作戰略");
        document.Language.Should().Be("zh-Hant");
        document.References.Should().HaveCount(4);
        document.References.Select(r => r.Category).Should().Equal(
            ReferenceCategory.Government, ReferenceCategory.Government, ReferenceCategory.Media, ReferenceCategory.Media);
        document.References[0].Citation.Publisher!.Id.Should().Be("jp.mofa");
        document.References[0].Citation.Issued!.ToEdtf().Should().Be("2025-10-26");
        document.References[1].Citation.Title!.Text.Should().Be("第28回日ASEAN首脳会議");
        document.References[1].Citation.Url.Should().Be(new Uri("https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html"));
        document.References[2].Citation.Type.Should().Be(SourceType.NewsArticle);
        document.References[3].Citation.Id.Should().Be("jst");
        document.References[3].Citation.Publisher!.Unit.Should().Be("アジア・太平洋総合研究センター");
        document.Sections.Should().NotContain(s => s.Heading == "not a heading: code");
    }

    [Fact]
    public async Task ReadAsync_Markdown_SpansPointAtTheSourceLines()
    {
        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(Document);
        var lines = Document.Split('\n');

        foreach (var reference in document.References)
        {
            var span = reference.Citation.Span!.Value;
            lines[span.Line - 1].Should().Contain(reference.Citation.RawText![..10]);
        }
    }

    [Fact]
    public async Task ReadAsync_Markdown_LinksBodyToReference()
    {
        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(Document);

        document.Links.Should().ContainSingle(l => l.ReferenceNumber == 1);
        document.UnbackedMentions.Should().Contain(m => m.Text == "總務省");
    }

    [Fact]
    public async Task ReadBlocksAsync_ManyGroups_StreamsOneGroupAtATime()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 5000).Select(i => $"Paragraph {i} of a long document."));
        var count = 0;
        await foreach (var block in MarkdownDocumentReader.Instance.ReadBlocksAsync(new StringReader(text)))
        {
            count++;
            block.Span.Line.Should().Be((count * 2) - 1);
        }

        count.Should().Be(5000);
    }

    [Fact]
    public async Task ReadAsync_BareUrlLinesAndAQuotedFigure_EachUrlIsAReferenceAndTheQuoteIsNot()
    {
        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(
            "## yuiseki のデータソース\n\n### 発達障害の人数\n\nhttps://resemom.jp/article/2018/04/09/43970.html\nhttps://www.mhlw.go.jp/toukei/list/a.html\n\n> 発達障害は推計 48 万 1 千人、厚労省 H28 年調査\n");

        document.References.Select(r => r.Citation.RawText).Should().Equal(
            "https://resemom.jp/article/2018/04/09/43970.html",
            "https://www.mhlw.go.jp/toukei/list/a.html");
        document.References[1].Citation.Span!.Value.Line.Should().Be(6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12_000)]
    public async Task ReadBlocksAsync_LinkDefinitionAcrossBlankLines_ResolvesTheTableLink(int paragraphsBefore)
    {
        // 12,000 paragraphs make the document longer than the whole-document limit, so that it streams in groups.
        var text = string.Concat(Enumerable.Range(1, paragraphsBefore).Select(i => $"Paragraph {i} of a long document.\n\n"))
            + "[mext]: https://www.mext.go.jp/\n\n# 資料來源\n\n| 國家 | 來源 |\n|---|---|\n| 日本 | [文部科学省][mext] |\n";
        var blocks = new List<DocumentBlock>();
        await foreach (var block in MarkdownDocumentReader.Instance.ReadBlocksAsync(new StringReader(text)))
        {
            blocks.Add(block);
        }

        (text.Length > MarkdownDocumentReader.WholeDocumentLength).Should().Be(paragraphsBefore > 0);
        blocks[^1].Should().Match<DocumentBlock>(b => b.Kind == DocumentBlockKind.ListItem && b.Text == "[文部科学省][mext]");
    }

    [Fact]
    public async Task ReadAsync_AnnotatedReadingList_LeavesOutDescriptionsAndTheConclusion()
    {
        // From the corpus document vi-hocmay-tltk (mtuann/hocmay-coban, tai-lieu-tham-khao.md): each entry's fields on
        // lines of their own, then a **Mô tả** (description) field; a closing "Kết Luận" section after the lists.
        const string markdown = """
            # Tài Liệu Tham Khảo

            ## 1. Sách

            1. **"Pattern Recognition and Machine Learning"**  
               Tác giả: Christopher M. Bishop  
               Nhà xuất bản: Springer  
               Năm xuất bản: 2006  
               **Mô tả**: Đây là một trong những cuốn sách cơ bản về nhận dạng mẫu và học máy.

            2. **"Deep Learning"**  
               Tác giả: Ian Goodfellow, Yoshua Bengio, Aaron Courville  
               Nhà xuất bản: MIT Press  
               Năm xuất bản: 2016  
               **Mô tả**: Cuốn sách này là tài liệu toàn diện về học sâu (deep learning).

            ## Kết Luận

            Những tài liệu tham khảo trên đây sẽ giúp bạn tiếp cận sâu hơn về các khái niệm, thuật toán, và ứng dụng của học máy.
            """;

        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(markdown);

        document.References.Should().HaveCount(2);
        document.References.Should().OnlyContain(r => !r.Citation.RawText!.Contains("Mô tả", StringComparison.Ordinal));
        document.References[1].Citation.Issued!.ToEdtf().Should().Be("2016");
        document.Sections.Single(s => s.Heading == "Kết Luận").IsReferenceList.Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_LinesOpeningWithNumberLabels_AreEntriesOfTheirOwn()
    {
        // The corpus document zhs-llm-zhihu-links (xiongjinghong/llm_tracking, 参考资料.md): numbered lines that
        // Markdown joins into one paragraph.
        const string markdown = """
            # 其他链接


            （1）知乎 AI星际漫游：https://www.zhihu.com/people/you-yi-ge-yue-liang-ask/posts
            （2）知乎 小冬瓜AIGC：https://zhuanlan.zhihu.com/p/6327313416
            """;

        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(markdown);

        document.References.Select(r => r.Citation.Url!.Host).Should().Equal("www.zhihu.com", "zhuanlan.zhihu.com");
    }
}
