using System.Text;
using AseanAi.Citations.Parsing;
using CsCheck;

namespace AseanAi.Citations.Tests.Parsing;

public class ReferenceParserTests
{
    private static Citation Parse(string line) => ReferenceParser.Default.Parse(line).Value!;

    [Theory]
    [InlineData("- 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf", null)]
    [InlineData("* 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", null)]
    [InlineData("・外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", null)]
    [InlineData("1. 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", "1")]
    [InlineData("[12] 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", "12")]
    [InlineData("③外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", "3")]
    [InlineData("※外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", null)]
    [InlineData("[^mofa]: 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", "mofa")]
    public void Parse_ListMarkersAndFootnoteLabels_AreNotPartOfTheReference(string line, string? id)
    {
        var citation = Parse(line);

        citation.Id.Should().Be(id);
        citation.Title!.Text.Should().Be("日ASEAN・AI共創イニシアティブ");
        citation.Authors.Should().ContainSingle().Which.Organization!.Id.Should().Be("jp.mofa");
        citation.Issued!.ToEdtf().Should().Be("2025-10-26");
    }

    [Theory]
    [InlineData("経済産業省「ウェブサイト」https://www.meti.go.jp/ (2025年11月1日閲覧)", "2025-11-01")]
    [InlineData("経済産業省「ウェブサイト」https://www.meti.go.jp/ 最終閲覧日：2025年11月1日", "2025-11-01")]
    [InlineData("經濟部「網站」https://www.moea.gov.tw/ 最後瀏覽日：2025年11月1日", "2025-11-01")]
    [InlineData("經濟部「網站」https://www.moea.gov.tw/ (檢索日期：2025年11月1日)", "2025-11-01")]
    [InlineData("経済産業省「ウェブサイト」https://www.meti.go.jp/ 2025年11月1日にアクセス", "2025-11-01")]
    [InlineData("METI. Website. Retrieved November 1, 2025, from https://www.meti.go.jp/", "2025-11-01")]
    [InlineData("METI. Website. https://www.meti.go.jp/ (accessed 1 November 2025)", "2025-11-01")]
    [InlineData("经济产业省. 网站[EB/OL]. (2025-10-26)[2025-11-01]. https://www.meti.go.jp/", "2025-11-01")]
    public void Parse_AccessDates_GoToAccessedNeverIssued(string line, string accessed)
    {
        var citation = Parse(line);

        citation.Accessed!.ToEdtf().Should().Be(accessed);
        citation.Issued?.ToEdtf().Should().NotBe(accessed);
    }

    [Theory]
    [InlineData("「円高で輸出企業に打撃」『日本経済新聞』1986年3月15日朝刊、31面。", "円高で輸出企業に打撃", "日本経済新聞", "jp.nikkei", "1986-03-15", "31面")]
    [InlineData("「日銀、金融緩和を維持」『朝日新聞』2024年12月19日夕刊、1面", "日銀、金融緩和を維持", "朝日新聞", "jp.asahi", "2024-12-19", "1面")]
    public void Parse_NewspaperAsJapaneseWikipediaCitesIt_KeepsTheEditionsPage(string line, string title, string newspaper, string publisherId, string issued, string page)
    {
        var citation = Parse(line);

        citation.Type.Should().Be(SourceType.NewsArticle);
        citation.Title!.Text.Should().Be(title);
        citation.ContainerTitle!.Text.Should().Be(newspaper);
        citation.Publisher!.Id.Should().Be(publisherId);
        citation.Issued!.ToEdtf().Should().Be(issued);
        citation.Page.Should().Be(page, "the page of the edition (朝刊、31面) was read but not kept");
    }

    [Fact]
    public void Parse_EraYearInsideTitle_IsNotTheDate()
    {
        var citation = Parse("総務省「令和4年以降のデジタル政策の方向性」(2023年3月) https://www.soumu.go.jp/");

        citation.Title!.Text.Should().Be("令和4年以降のデジタル政策の方向性");
        citation.Issued!.ToEdtf().Should().Be("2023-03");
    }

    [Theory]
    [InlineData("文部科學省(2024b)。教育データの利活用に係る留意事項。https://www.mext.go.jp/content/20240328-mxt_syoto01-000028144_1.pdf", "教育データの利活用に係る留意事項")]
    [InlineData("文部科學省（2024c）。次期ICT環境整備方針の在り方ワーキンググループ取りまとめ(概要)。", "次期ICT環境整備方針の在り方ワーキンググループ取りまとめ(概要)")]
    public void Parse_AuthorDateWithDisambiguatingLetter_ReadsTheYear(string line, string title)
    {
        var citation = Parse(line);

        citation.Issued!.ToEdtf().Should().Be("2024");
        citation.Title!.Text.Should().Be(title);
        citation.Authors.Should().ContainSingle().Which.Organization!.Id.Should().Be("jp.mext");
    }

    [Fact]
    public void Parse_YearFollowedByAWord_IsNotAYear()
    {
        var citation = Parse("佐藤仁「2024bytes の話」 https://example.com/");

        citation.Issued.Should().BeNull();
    }

    [Fact]
    public void Parse_DocumentNumber_IsTheNumberNotADate()
    {
        var citation = Parse("国务院. 新一代人工智能发展规划: 国发〔2017〕35号[A/OL]. (2017-07-20)[2025-11-01]. https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm");

        citation.Number.Should().Be("国发〔2017〕35号");
        citation.Issued!.ToEdtf().Should().Be("2017-07-20");
        citation.Title!.Text.Should().Be("新一代人工智能发展规划");
    }

    [Fact]
    public void Parse_ArchiveUrl_PublisherComesFromTheArchivedHostNotTheArchive()
    {
        var citation = Parse("「日ASEAN経済共創ビジョン」 https://warp.ndl.go.jp/info:ndljp/pid/12345678/www.meti.go.jp/press/2023/08/20230822005/20230822005.html");

        citation.Url!.Host.Should().Be("warp.ndl.go.jp");
        citation.Publisher!.Id.Should().Be("jp.meti");
        citation.Publisher.IsInferred.Should().BeTrue();
    }

    [Fact]
    public void Parse_UrlOfKnownHost_InfersPublisherAndSaysSo()
    {
        var result = ReferenceParser.Default.Parse("「日本、ASEANとAIで協力」 https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/");

        result.Value!.Publisher!.Id.Should().Be("jp.nikkei");
        result.Value.Publisher.IsInferred.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Code == "reference.publisher-inferred" && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_SeveralIssuers_AreSeveralOrganisations()
    {
        var citation = Parse("総務省・経済産業省「AI事業者ガイドライン」(2024年4月19日)");

        citation.Authors.Select(a => a.Organization!.Id).Should().Equal("jp.mic", "jp.meti");
    }

    [Fact]
    public void Parse_ChineseIssuersWithComma_AreSeveralOrganisations()
    {
        var citation = Parse("国家发展和改革委员会，国家能源局. 关于促进新时代新能源高质量发展的实施方案[Z]. 2022.");

        citation.Authors.Should().HaveCount(2);
        citation.Authors.Should().OnlyContain(a => a.Organization != null);
        citation.Issued!.ToEdtf().Should().Be("2022");
    }

    [Theory]
    [InlineData("武丽丽，华一新，张亚军，等. 北斗一号监控管理网设计与实现[J]. 测绘科学，2008，33（5）：8-9.", 3)]
    [InlineData("荒川正幹ほか.Hopfield Neural Networkを用いた手法.Journal of Computer Aided Chemistry,vol.3,2002,p.63-72.", 1)]
    [InlineData("MYBURG A A，GRATTAPAGLIA D，TUSKAN G A，et al. The genome of Eucalyptus grandis[J]. Nature，2014，510：356-362.", 3)]
    public void Parse_EtAlWords_EndTheAuthorList(string line, int authors)
    {
        Parse(line).Authors.Should().HaveCount(authors).And.OnlyContain(a => a.IsPerson);
    }

    [Theory]
    [InlineData("佐藤仁「題名」(2025年10月)", "佐藤", "仁")]
    [InlineData("長谷川一郎「題名」(2025年10月)", "長谷川", "一郎")]
    [InlineData("王铁崖：《国际法引论》，北京大学出版社，1998年。", "王", "铁崖")]
    [InlineData("欧阳修：《新五代史》，中华书局，1974年。", "欧阳", "修")]
    [InlineData("Fowler, Martin (2003). Value Object. martinfowler.com.", "Fowler", "Martin")]
    [InlineData("FAN X, SOMMERS C H. Food irradiation research and technology[M]. Ames: Blackwell Publishing, 2013.", "FAN", "X")]
    public void Parse_PersonalNames_SplitIntoFamilyAndGiven(string line, string family, string given)
    {
        var person = Parse(line).Authors[0].Person!;

        person.Family.Should().Be(family);
        person.Given.Should().Be(given);
    }

    [Fact]
    public void Parse_DualDate_GivesOneDate()
    {
        var citation = Parse("内閣府「経済財政白書」2025年（令和7年）3月28日 https://www5.cao.go.jp/");

        citation.Issued!.ToEdtf().Should().Be("2025-03-28");
    }

    [Theory]
    [InlineData("外務省「日ASEAN」 https://www.mofa.go.jp/", "ja")]
    [InlineData("王铁崖：《国际法引论》，北京大学出版社，1998年。", "zh-Hans")]
    [InlineData("王鐵崖：《國際法引論》，北京大學出版社，1998年。", "zh-Hant")]
    [InlineData("FOSTER J. Collaborative information seeking and retrieval[J]. Annual Review, 2006.", "en")]
    public void Parse_Language_FollowsTheTitlesScript(string line, string language)
    {
        Parse(line).Language.Should().Be(language);
    }

    [Fact]
    public void Parse_InvalidUrl_IsAWarningAndNoUrl()
    {
        var result = ReferenceParser.Default.Parse("外務省「題名」 https://example.jp:99999/page");

        result.Value!.Url.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "reference.invalid-url");
    }

    [Fact]
    public void Parse_InContext_PlacesDiagnosticsInTheDocument()
    {
        var context = new ReferenceContext { Span = new SourceSpan(1000, 20, 42, 3), Category = "日本政府官方文件" };

        var result = ReferenceParser.Default.Parse("外務省「「「題名", context);

        result.Value!.Category.Should().Be("日本政府官方文件");
        result.Value.Type.Should().Be(SourceType.GovernmentDocument);
        result.Diagnostics.Should().Contain(d => d.Code == "reference.unbalanced-mark" && d.Span!.Value.Line == 42 && d.Span.Value.Column == 6);
    }

    // ---- Hostile input ----------------------------------------------------------------------------------------

    [Fact]
    public void Parse_BinaryData_IsAnErrorWithTheRawTextKept()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        var line = Encoding.Latin1.GetString(bytes);

        var result = ReferenceParser.Default.Parse(line);

        result.Value!.RawText.Should().Be(line);
        result.Value.Title.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "reference.not-text" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact(Timeout = 60_000)]
    public async Task Parse_FiveMegabyteLine_ReadsTheStartAndSaysSo()
    {
        var line = "外務省「" + new string('題', 5 * 1024 * 1024) + "」 https://www.mofa.go.jp/";

        var result = await Task.Run(() => ReferenceParser.Default.Parse(line));

        result.Value!.RawText.Should().HaveLength(line.Length);
        result.Diagnostics.Should().Contain(d => d.Code == "reference.too-long");
    }

    [Fact(Timeout = 60_000)]
    public async Task Parse_UnbalancedMarks_AreReportedAFewTimesNotPerMark()
    {
        var line = string.Concat(Enumerable.Repeat("「", 100_000));

        var result = await Task.Run(() => ReferenceParser.Default.Parse(line));

        result.Diagnostics.Count(d => d.Code.StartsWith("reference.", StringComparison.Ordinal)).Should().BeLessThan(10);
        result.Diagnostics.Should().Contain(d => d.Code == "reference.unbalanced-mark" || d.Code == "reference.marks-too-deep");
    }

    [Fact(Timeout = 120_000)]
    public async Task ReadAsync_HundredThousandListItems_ReadsEveryReference()
    {
        var text = new StringBuilder("題\n參考文獻\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("- 外務省「文書").Append(i).Append("」(2025年1月1日)\n");
        }

        var document = await PlainTextDocumentReader.Instance.ReadTextAsync(text.ToString(), new CitedDocumentOptions { KeepBodyText = false });

        document.References.Should().HaveCount(100_000);
        document.References[^1].Citation.Title!.Text.Should().Be("文書99999");
    }

    [Fact(Timeout = 60_000)]
    public async Task ReadAsync_FiveMegabyteParagraph_ReturnsOneParagraph()
    {
        var text = "題\n" + string.Concat(Enumerable.Repeat("外務省は 2025 年 10 月 26 日に発表した。", 200_000));

        // A hang guard, not a speed test: 200,000 dated sentences in one paragraph once took minutes (quadratic).
        var document = await Task.Run(() => PlainTextDocumentReader.Instance.ReadTextAsync(text, new CitedDocumentOptions { KeepBodyText = false }))
            .WaitAsync(TimeSpan.FromSeconds(60));

        document.References.Should().BeEmpty();
        document.Language.Should().Be("ja");
    }

    // ---- Random input ----------------------------------------------------------------------------------------

    private static readonly Gen<string> ReferenceLike = Gen.OneOf(
        Gen.String[Gen.Char["外務省経済産業省「」『』《》〈〉“”\"()（）[]【】〔〕.,，、。：:;/-_ 0123456789年月日令和平成閲覧参照https://www.a.jp/x[EB/OL]等ほかet al.^*#>①・※\t\r\n\u3000"], 0, 300],
        Gen.String[Gen.Char, 0, 200],
        Gen.String);

    // The lines below are real lines of the reference corpus (Corpus/lines/*.jsonl names their sources).

    [Theory]
    [InlineData("[^27]: Amnesty International. *Singapore: A Muzzled Press and Silenced Critics*. 1989.", "Singapore: A Muzzled Press and Silenced Critics")]
    [InlineData("Elison, George and Smith, Bardwell, L. \\(eds\\), *Warlords, Artists and Commoners: Japan in the Sixteenth Century*, Honolulu \\(1981\\)", "Warlords, Artists and Commoners: Japan in the Sixteenth Century")]
    public void Parse_TitleInEmphasis_IsTheWholeEmphasis(string line, string title) =>
        Parse(line).Title!.Text.Should().Be(title);

    [Theory]
    [InlineData("[3]Dong Z B, Chen G T, He X D,et al. Controlling blown sand along the highway crossing the Taklimakan Desert[J]. Journal of Arid Environments,2002", "Dong", "Z B")]
    [InlineData("[35] FRESE K S，KATUS H A，MEDER B. Next-generation sequencing: from understanding biology to personalized medicine[J/OL]. Biology，2013，2(1)：1-1.", "FRESE", "K S")]
    public void Parse_GbtNamesWithBareInitials_AreFamilyThenInitials(string line, string family, string given)
    {
        var author = Parse(line).Authors[0].Person!;
        author.Family.Should().Be(family);
        author.Given.Should().Be(given);
    }

    [Fact]
    public void Parse_GbtLastAuthorBeforeThePeriod_LosesThePeriodNotTheInitial() =>
        Parse("[35] FRESE K S，KATUS H A，MEDER B. Next-generation sequencing: from understanding biology to personalized medicine[J/OL]. Biology，2013，2(1)：1-1.")
            .Authors[^1].Person!.Given.Should().Be("B");

    [Fact]
    public void Parse_CityAsAuthor_IsAnOrganisation()
    {
        var citation = Parse("下関市. (2016). _下関市地区別人口ビジョン 第 3 章 彦島地区の個別分析_. 下関市. アクセス日: 2024 年 12 月 14 日.");
        citation.Authors.Should().ContainSingle().Which.Organization!.Name.Should().Be("下関市");
    }

    [Theory]
    [InlineData("\\item 李亞峮（2026）。ESG負面事件與媒體報導對ESG績效與盈餘管理間之關聯的調節效果。國立臺北大學會計學系碩士論文。", "國立臺北大學會計學系")]
    [InlineData("- 石井 悠人, 「ネットワーク侵入検知システムにおける合成表形式データ品質改善のための後処理フレームワーク」, 東京大学大学院情報理工学系研究科修士論文, 2026.", "東京大学大学院情報理工学系研究科")]
    public void Parse_ThesisAfterItsSchool_TheSchoolIsThePublisher(string line, string school) =>
        Parse(line).Publisher.Should().Match<PublisherRef>(p => p.Name + p.Unit == school);

    [Fact]
    public void Parse_InitialsAbbreviationThenCapital_EndsTheName()
    {
        var citation = Parse("[14] PEEBLES P Z Jr. Probability, random variables, and random signal principles[M]. 4th ed. New York：McGraw-Hill，2001.");
        citation.Authors[0].Person!.Given.Should().Be("P Z Jr");
        citation.Title!.Text.Should().StartWith("Probability");
    }

    [Fact]
    public void Parse_RandomInput_NeverThrowsAndKeepsTheText()
    {
        ReferenceLike.Sample(line =>
        {
            var result = ReferenceParser.Default.Parse(line);
            result.Value.Should().NotBeNull();
            result.Value!.RawText.Should().Be(line);
            foreach (var diagnostic in result.Diagnostics)
            {
                diagnostic.Span.Should().NotBeNull(diagnostic.ToString());
                diagnostic.Span!.Value.Offset.Should().BeLessThanOrEqualTo(Math.Max(line.Length, ReferenceParser.Default.Options.MaxLineLength));
            }
        }, iter: 3000);
    }

    [Fact]
    public void ReadAsync_RandomDocuments_NeverThrow()
    {
        Gen.String[Gen.Char["參考文獻\n- 外務省「」2025 年 10 月 26 日。#[](http://a.jp)\r"], 0, 400].Sample(text =>
        {
            var document = PlainTextDocumentReader.Instance.ReadTextAsync(text).GetAwaiter().GetResult();
            document.Should().NotBeNull();
        }, iter: 500);
    }
}
