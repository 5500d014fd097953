using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>How the builder finds reference lists (issue 16): by heading, by the shape of a list without one, with entries over several lines joined and labels, annotations and prose left out.</summary>
public class CitedDocumentBuilderTests
{
    [Fact]
    public async Task Read_TextThatIsOnlyAReferenceListUnderAHeading_GivesEveryEntryAndNotTheHeading()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "参考文献\n[1] 陈登原. 国史旧闻：卷 1[M]. 北京：中华书局，2000：29.\n[2] 郭光灿,张昊,王琴. 量子信息技术发展概况[J]. 南京邮电大学学报(自然科学版),2017,37(03):1-14.\n");

        document.References.Should().HaveCount(2);
        document.References.Should().NotContain(r => r.Citation.RawText!.Contains("参考文献"));
        document.ListDecisions.Should().ContainSingle().Which.Reason.Should().Be(ReferenceListReason.Heading);
    }

    [Fact]
    public async Task Read_TitleLinesWithTheirUrlOnTheNextLine_JoinsEachPairIntoOneReference()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "VSCodeでのGitの基本操作まとめ\nhttps://qiita.com/y-tsutsu/items/2ba96b16b220fb5913be\n\nService Workerの基本\nhttps://qiita.com/y_fuj/items/1\n");

        document.References.Should().HaveCount(2);
        document.References[0].Citation.Url.Should().Be(new Uri("https://qiita.com/y-tsutsu/items/2ba96b16b220fb5913be"));
        document.ListDecisions.Should().ContainSingle().Which.Reason.Should().Be(ReferenceListReason.Shape);
    }

    [Fact]
    public async Task Read_ListOfAdviceWithoutHeading_IsPassedOverWithItsReason()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync("# 使い方\n\n- 毎日書く\n- 短く書く\n- 見直す\n");

        document.References.Should().BeEmpty();
        var decision = document.ListDecisions.Should().ContainSingle().Subject;
        decision.Reason.Should().Be(ReferenceListReason.EntriesNotReferences);
        decision.IsReferenceList.Should().BeFalse();
        decision.Entries.Should().Be(3);
    }

    [Fact]
    public async Task Read_ReferenceSectionWithLabelsAndAnnotations_KeepsTheLabelAsCategoryAndLeavesAnnotationsOut()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "報告\n十、參考資料\n- **海外經驗**\n- 文部科学省「教育の情報化」(2019年) https://www.mext.go.jp/a_menu/shotou/zyouhou/\n※ 註：以上資料僅供參考。\n- 成效：提升了學生的參與度\n");

        document.References.Should().ContainSingle();
        document.References[0].Citation.Category.Should().Be("海外經驗");
    }

    [Fact]
    public async Task Read_ReViewBibliography_ReadsHeadingsAndOneEntryPerBibpaperBlock()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "= 参考文献\n\n//embed[latex]{\n\\begin{thebibliography}{99}\n//}\n\n== 書籍\n\n//bibpaper[taga][孤独は社会問題]{\n  多賀幹子 著『孤独は社会問題』\n  東京・光文社、２０２１年\n//}\n\n//bibpaper[mlit][対策]{\n  国土交通省「対策をとりまとめました」\n  https://www.mlit.go.jp/report/press/a.html\n//}\n");

        document.Title.Should().Be("参考文献");
        document.Sections.Select(s => s.Heading).Should().Equal("参考文献", "書籍");
        document.References.Select(r => r.Citation.RawText).Should().Equal(
            "多賀幹子 著『孤独は社会問題』 東京・光文社、２０２１年",
            "国土交通省「対策をとりまとめました」 https://www.mlit.go.jp/report/press/a.html");
        document.References.Should().OnlyContain(r => r.Citation.Category == "書籍");
    }

    [Fact]
    public void Read_TableRowsUnderASourcesHeading_TakesCitationRowsAndLeavesDataRowsOut()
    {
        var builder = new CitedDocumentBuilder();
        builder.Add(new DocumentBlock(DocumentBlockKind.Heading, "參考資料", new SourceSpan(0, 4, 1, 1), 1));
        builder.Add(new DocumentBlock(DocumentBlockKind.TableRow, "課程標準 | 每週 | 2026-02-18 | 2026-02-25", new SourceSpan(10, 30, 3, 1)));
        builder.Add(new DocumentBlock(DocumentBlockKind.TableRow, "1 | Lempert T, Olesen J. Vestibular migraine: diagnostic criteria. J Vestib Res. 2012;22(4):167-172.", new SourceSpan(50, 90, 4, 1)));

        var document = builder.Build();

        document.References.Should().ContainSingle().Which.Citation.RawText.Should().StartWith("1 | Lempert");
    }

    [Fact]
    public void Read_NoteBlockOutsideAReferenceSection_IsAReferenceWithItsTextAsWritten()
    {
        var builder = new CitedDocumentBuilder();
        builder.Add(new DocumentBlock(DocumentBlockKind.Heading, "報告", new SourceSpan(0, 2, 1, 1), 1));
        builder.Add(new DocumentBlock(DocumentBlockKind.Paragraph, "本文です。", new SourceSpan(3, 5, 2, 1)));
        builder.Add(new DocumentBlock(DocumentBlockKind.Note, "総務省 (2023). 「情報通信白書」", new SourceSpan(9, 19, 3, 1)));

        var document = builder.Build();

        document.References.Should().ContainSingle().Which.Citation.RawText.Should().Be("総務省 (2023). 「情報通信白書」");
        document.ListDecisions.Should().Contain(d => d.Reason == ReferenceListReason.Footnotes);
    }

    [Fact]
    public async Task Read_DescribedItemWithASourceField_IsOneReferenceWithoutAReferenceHeading()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "# Input data\n\nThese tables set up the model.\n\n* **Description:** Births And Fertility Rates.\n* **File location:** `data/births.csv`\n* **Source:** <https://www.tablebuilder.singstat.gov.sg/title/13273.csv>\n* **Last accessed:** 27 March 2019\n");

        document.References.Should().ContainSingle().Which.Citation.RawText.Should().StartWith("* **Description:** Births").And.EndWith("27 March 2019");
        document.ListDecisions.Should().Contain(d => d.Reason == ReferenceListReason.SourceRecord && d.ReferencesTaken == 1);
    }

    [Fact]
    public async Task Read_DescribedItemsUnderAReferenceHeading_JoinTheirFieldsAndNotes()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "# 参考資料\n\n- **URL**: https://carez.jp/blog/?p=925\n- **説明**: 勤務形態一覧表の記入方法\n- **内容**:\n  - 項目ごとの解説\n  - よくある間違い\n- **URL**: https://www.mhlw.go.jp/stf/a.html\n- **説明**: 電子申請システム\n");

        document.References.Select(r => r.Citation.Url?.Host).Should().Equal("carez.jp", "www.mhlw.go.jp");
        document.References[0].Citation.RawText.Should().Contain("よくある間違い");
    }

    [Fact]
    public async Task Read_CitationTemplatesAndRulesUnderAReferenceHeading_AreNotReferences()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "参考文献\n・ジャーナル論文：著者 (年). 論文名. 誌名, 巻(号), ページ.\n・一覧は第1著者のアルファベット順。3名以上は最初の1名＋“et al.” も可。\n・Cox, D. R. (1972). Regression models and life-tables. Journal of the Royal Statistical Society, 34(2), 187–220.\n");

        document.References.Should().ContainSingle().Which.Citation.RawText.Should().Contain("Cox");
    }

    [Fact]
    public async Task Read_NestedNoteWithoutALinkUnderALinkedItem_IsNotAReference()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "# データの出典\n\n- 政府統計の総合窓口(e-Stat)（https://www.e-stat.go.jp/）\n  - 「国勢調査」（総務省）を加工して作成\n- [Adventures in RISC-V](https://matrix89.github.io/writes/)\n  - os.ld 來源自此\n  - 中野 (2019)「RISC-V 入門」\n");

        document.References.Select(r => r.Citation.RawText).Should().Equal(
            "- 政府統計の総合窓口(e-Stat)（https://www.e-stat.go.jp/）",
            "- [Adventures in RISC-V](https://matrix89.github.io/writes/)",
            "- 中野 (2019)「RISC-V 入門」");
    }

    [Fact]
    public async Task Read_ListSetWhollyInBold_TakesBoldNamesAsEntriesNotCategories()
    {
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(
            "# 参考资料\n\n- **[中华历史年表](https://zh.wikipedia.org/wiki/a)**\n- **史记**\n- **春秋**\n- **[鲁国](https://zh.wikipedia.org/wiki/b)**\n");

        document.References.Select(r => r.Citation.Title?.Text).Should().Equal("中华历史年表", "史记", "春秋", "鲁国");
        document.References.Should().OnlyContain(r => r.Citation.Category == null);
    }

    [Fact]
    public async Task PlainText_ReferenceListWrappedMidEntry_KeepsEachEntryWhole()
    {
        // The reference list of the corpus document mixed-zhs-ureter-thesis-refs (swcyo/masterthesis, 参考文献.html) as
        // its text lines stand in the source, as text copied from a PDF comes: each label on a line of its own, entries
        // wrapped mid-sentence into short lines that would otherwise read as headings.
        const string text = """
            参考文献
            [1]
            Box G, Averch T, Cadeddu
            J, et al. Nomenclature of natural orifice
            translumenal endoscopic surgery
            (NOTES) and laparoendoscopic single-site surgery (LESS)
            procedures in urology. J Endourol, 2008,22(11):2575-81.
            [2]
            沈珉. 当代尿石症的流行病学特征. 国外医学(社会医学分册), 1999,(04):145-148.
            [3]
            张旭, 马鑫, 郭小林, 等. 后腹腔镜输尿管切开取石术 26 例. 临床泌尿外科杂志, 2003,(06):327-329.
            [4]
            郭应禄主编.腔内泌尿外科学[M].第 2 版.北京:人民军医出版社,1995,171-175.
            [5]
            Jeong BC, Park HK, Byeon SS, et al. Retroperitoneal
            laparoscopic ureterolithotomy for upper ureter stones. J Korean Med Sci, 2006,21(3):441-4.
            [6]
            王勤章, 丁国富, 李令勋, 等. 后腹腔镜输尿管切开取石术(附 114 例报告). 第十六
            届全国泌尿外科学术会议论文集. 2009.
            [7]
            夏海波. 上尿路结石微创治疗的新进展. 内蒙古医学院学报, 2009,(06):712-715.
            """;

        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(text);

        document.References.Should().HaveCount(7);
        document.References[0].Citation.RawText.Should().StartWith("[1] Box G, Averch T, Cadeddu J, et al. Nomenclature of natural orifice translumenal endoscopic surgery (NOTES)")
            .And.EndWith("J Endourol, 2008,22(11):2575-81.");
        document.References[5].Citation.RawText.Should().EndWith("第十六 届全国泌尿外科学术会议论文集. 2009.");
        document.Sections.Count(s => s.IsReferenceList).Should().Be(1);
    }
}
