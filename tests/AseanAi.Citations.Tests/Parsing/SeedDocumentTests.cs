using AseanAi.Citations.Parsing;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>The seed article (seeds/000_ac0a5415ceaa11bb.txt): every field of its 12 references, and its body–reference links.</summary>
public class SeedDocumentTests
{
    private static readonly Lazy<CitedDocument> Seed = new(() =>
    {
        using var reader = new StreamReader(RepositoryPaths.SeedDocument);
        return PlainTextDocumentReader.Instance.ReadAsync(reader).GetAwaiter().GetResult();
    });

    private const string Government = "日本政府官方文件";
    private const string Media = "日本媒體報導";
    private const string Expert = "專家評論與分析";
    private const string Research = "研究機構報告";
    private const string Other = "其他機構資料";

    private static readonly PublisherRef Mofa = PublisherRef.Known("jp.mofa", "外務省");
    private static readonly PublisherRef Meti = PublisherRef.Known("jp.meti", "経済産業省");
    private static readonly PublisherRef Nikkei = PublisherRef.Known("jp.nikkei", "日本経済新聞");
    private static readonly PublisherRef Jst = PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター");
    private static readonly PublisherRef Jetro = PublisherRef.Known("jp.jetro", "日本貿易振興機構(JETRO)");

    public static TheoryData<int, SourceType, string, string?, string?, string?, string?, string, string, ReferenceCategory> References => new()
    {
        { 1, SourceType.GovernmentDocument, "日ASEAN・AI共創イニシアティブ", null, "2025-10-26", "令和7年10月26日", null, "https://www.mofa.go.jp/mofaj/files/100927259.pdf", Government, ReferenceCategory.Government },
        { 2, SourceType.GovernmentDocument, "第28回日ASEAN首脳会議", null, null, null, null, "https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html", Government, ReferenceCategory.Government },
        { 3, SourceType.PressRelease, "第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)", null, "2025-09-24", "2025年9月24日", null, "https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf", Government, ReferenceCategory.Government },
        { 4, SourceType.PressRelease, "『日ASEAN経済共創ビジョン』の最終版を公表するとともに、『未来デザイン&アクションプラン』を策定しました", null, "2023-08-22", "2023年8月22日", null, "https://www.meti.go.jp/press/2023/08/20230822005/20230822005.html", Government, ReferenceCategory.Government },
        { 5, SourceType.NewsArticle, "東南アジアのAI基盤整備支援、岸田文雄首相が表明へ ビジネス創出", null, "2024-07-03", "2024年7月3日", "日本経済新聞", "https://www.nikkei.com/article/DGXZQOUA2779Y0X20C24A6000000/", Media, ReferenceCategory.Media },
        { 6, SourceType.NewsArticle, "日本・ASEAN、多言語AI開発で連携へ 中国けん制も", null, "2025-01-14", "2025年1月14日", "日本経済新聞", "https://www.nikkei.com/article/DGXZQOUA08AO10Y5A100C2000000/", Media, ReferenceCategory.Media },
        { 7, SourceType.NewsArticle, "日本、ASEANとAIで協力", null, "2025-01-22", "2025年1月22日", "日本経済新聞", "https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/", Media, ReferenceCategory.Media },
        { 8, SourceType.ExpertCommentary, "『日ASEAN・AI共創イニシアティブ』にみる高市首相の秩序形成戦略 ―現実主義的AI戦略―", "佐藤|仁", "2025-10", "2025年10月", "Yahoo!ニュース エキスパート", "https://news.yahoo.co.jp/expert/articles/9c3c0ecd634a753754329d07ee1aac17366aaea4", Expert, ReferenceCategory.ExpertCommentary },
        { 9, SourceType.ResearchReport, "自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ", null, null, null, "Science Portal ASEAN", "https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html", Research, ReferenceCategory.Research },
        { 10, SourceType.ResearchReport, "シンガポール、東南アジア諸語対応の大規模言語モデル(LLM)開発とその将来", null, null, null, "Science Portal ASEAN", "https://spap.jst.go.jp/asean/experience/2025/topic_ea_16.html", Research, ReferenceCategory.Research },
        { 11, SourceType.WebPage, "日ASEAN経済共創フォーラム2024、AI共創も経済成長の鍵に", null, "2024-12", "2024年12月", null, "https://www.jetro.go.jp/biznews/2024/12/d21c9a6e526ae173.html", Other, ReferenceCategory.Other },
        { 12, SourceType.WebPage, "日ASEAN経済共創ビジョン策定プロジェクト", null, null, null, null, "https://www.jetro.go.jp/world/asia/asean/asean-japan_project.html", Other, ReferenceCategory.Other },
    };

    [Fact]
    public void Read_Seed_HasTwelveReferencesTitleAndTraditionalChineseBody()
    {
        var document = Seed.Value;

        document.References.Should().HaveCount(12);
        document.Title.Should().Be("[機搜] 日本與東南亞的 AI 合作戰略:從政策宣示到具體行動");
        document.Language.Should().Be("zh-Hant");
        document.Sections.Select(s => s.Heading).Should().ContainInOrder("政策發展歷程", "倡議的四大支柱", "參考文獻", Government, Media, Expert, Research, Other);
        document.Sections.Single(s => s.Heading == "政策發展歷程").Paragraphs.Should().HaveCount(3);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Read_Seed_ReferenceHasEveryFieldRight(
        int number, SourceType type, string title, string? person, string? issued, string? issuedText, string? container, string url, string heading, ReferenceCategory category)
    {
        var reference = Seed.Value.References[number - 1];
        var citation = reference.Citation;

        reference.Number.Should().Be(number);
        citation.Type.Should().Be(type);
        citation.Title.Should().Be(new LocalizedText(title, "ja"));
        citation.Language.Should().Be("ja");
        citation.Url.Should().Be(new Uri(url));
        citation.Category.Should().Be(heading);
        reference.Category.Should().Be(category);
        citation.ContainerTitle?.Text.Should().Be(container);
        if (container is null)
        {
            citation.ContainerTitle.Should().BeNull();
        }

        if (issued is null)
        {
            citation.Issued.Should().BeNull();
        }
        else
        {
            citation.Issued!.ToEdtf().Should().Be(issued);
            citation.Issued.OriginalText.Should().Be(issuedText);
        }

        citation.Accessed.Should().BeNull();
        citation.RawText.Should().StartWith("- ").And.EndWith(url);
        var lines = File.ReadAllLines(RepositoryPaths.SeedDocument);
        var line = Array.FindIndex(lines, l => l.EndsWith(url, StringComparison.Ordinal)) + 1;
        citation.Span!.Value.Line.Should().Be(line);
        citation.Span.Value.Column.Should().Be(1);
        File.ReadAllText(RepositoryPaths.SeedDocument).Substring(citation.Span.Value.Offset, citation.Span.Value.Length).Should().Be(citation.RawText);
        reference.Diagnostics.Should().NotContain(d => d.Severity != DiagnosticSeverity.Info);

        var (authors, publisher) = number switch
        {
            1 or 2 => ([Contributor.ForOrganization(Mofa)], Mofa),
            3 or 4 => ([Contributor.ForOrganization(Meti)], Meti),
            5 or 6 or 7 => ([], Nikkei),
            8 => (new[] { Contributor.ForPerson(PersonName.Create("佐藤", "仁")) }, PublisherRef.Known("jp.yahoo-news.expert", "Yahoo!ニュース エキスパート")),
            9 or 10 => ([Contributor.ForOrganization(Jst)], Jst),
            _ => (new[] { Contributor.ForOrganization(Jetro) }, Jetro),
        };
        citation.Authors.Should().Equal(authors);
        citation.Publisher.Should().Be(publisher);
        person.Should().Be(person is null ? null : citation.Authors[0].Person!.Family + "|" + citation.Authors[0].Person!.Given);
    }

    [Fact]
    public void Read_Seed_LinksJointAnnouncementToMofaInitiative()
    {
        var links = Seed.Value.Links.Where(l => l.Text.Contains("2025 年 10 月 26 日", StringComparison.Ordinal)).ToList();

        links.Should().ContainSingle();
        links[0].ReferenceNumber.Should().Be(1);
        links[0].Text.Should().Contain("外務省、總務省與經濟產業省");
        links[0].Evidence.Should().HaveFlag(LinkEvidence.Date).And.HaveFlag(LinkEvidence.Publisher);
        links[0].Span.Line.Should().Be(8);
    }

    [Fact]
    public void Read_Seed_LinksEconomicMinistersMeetingToMetiStatement()
    {
        var links = Seed.Value.Links.Where(l => l.Text.Contains("2025 年 9 月", StringComparison.Ordinal)).ToList();

        links.Should().ContainSingle();
        links[0].ReferenceNumber.Should().Be(3);
        links[0].Text.Should().Contain("第 31 回日 ASEAN 經濟大臣會合");
        links[0].Evidence.Should().HaveFlag(LinkEvidence.Date).And.HaveFlag(LinkEvidence.Title);
    }

    [Fact]
    public void Read_Seed_ReportsUnreferencedReferences()
    {
        var unreferenced = Seed.Value.UnreferencedReferences.Select(r => r.Number).ToList();

        unreferenced.Should().NotContain([1, 3]);
        unreferenced.Should().Contain([2, 9, 10, 12]);
    }

    [Fact]
    public void Read_Seed_ReportsPublishersTheBodyNamesWithoutAReference()
    {
        var unbacked = Seed.Value.UnbackedMentions;

        unbacked.Should().Contain(m => m.Text == "總務省");
        unbacked.Should().NotContain(m => m.PublisherId == "jp.mofa" || m.PublisherId == "jp.meti");
        unbacked.Should().OnlyHaveUniqueItems(m => m.PublisherId);
        var mic = unbacked.First(m => m.Text == "總務省");
        mic.Span.Line.Should().Be(8);
    }
}
