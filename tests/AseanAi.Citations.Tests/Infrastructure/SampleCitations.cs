using System.Collections.Immutable;

namespace AseanAi.Citations.Tests.Infrastructure;

/// <summary>Citations built by hand from the seed document's bibliography, for model and serialization tests.</summary>
internal static class SampleCitations
{
    public const string MofaLine =
        "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf";

    public static Citation MofaInitiative() => new()
    {
        Id = "1",
        Type = SourceType.GovernmentDocument,
        Title = new LocalizedText("日ASEAN・AI共創イニシアティブ", "ja")
            .WithTranslation(new LocalizedText("Japan-ASEAN AI Co-Creation Initiative", "en"))
            .WithTranslation(new LocalizedText("日 ASEAN・AI 共創倡議", "zh-Hant")),
        Authors = [Contributor.ForOrganization(PublisherRef.Known("jp.mofa", "外務省"))],
        Publisher = PublisherRef.Known("jp.mofa", "外務省"),
        Issued = CitationDate.FromParts(2025, 10, 26).WithOriginalText("令和7年10月26日"),
        Url = new Uri("https://www.mofa.go.jp/mofaj/files/100927259.pdf"),
        Language = "ja",
        Category = "日本政府官方文件",
        RawText = MofaLine,
        Span = new SourceSpan(4321, MofaLine.Length, 28, 3),
    };

    public static Citation SatoColumn() => new()
    {
        Type = SourceType.ExpertCommentary,
        Title = new LocalizedText("『日ASEAN・AI共創イニシアティブ』にみる高市首相の秩序形成戦略 ―現実主義的AI戦略―", "ja"),
        Authors = [Contributor.ForPerson(PersonName.Create("佐藤", "仁"))],
        ContainerTitle = new LocalizedText("Yahoo!ニュース エキスパート", "ja"),
        Publisher = PublisherRef.Known("jp.yahoo-news", "Yahoo!ニュース", isInferred: true),
        Issued = CitationDate.FromParts(2025, 10).WithOriginalText("2025年10月"),
        Url = new Uri("https://news.yahoo.co.jp/expert/articles/9c3c0ecd634a753754329d07ee1aac17366aaea4"),
        Language = "ja",
        Category = "專家評論與分析",
    };

    public static Citation JstReport() => new()
    {
        Type = SourceType.ResearchReport,
        Title = new LocalizedText("自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ", "ja")
            .WithTransliteration(new LocalizedText("じこくごたいおうのだいきぼげんごもでる", "ja-Hrkt")),
        Authors = [Contributor.ForOrganization(PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター"))],
        Publisher = PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター"),
        ContainerTitle = new LocalizedText("Science Portal ASEAN", "en"),
        Url = new Uri("https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html"),
        Language = "ja",
    };

    /// <summary>A citation that sets every property, so that round trips cover the whole model.</summary>
    public static Citation EveryField() => new()
    {
        Id = "gbt-1",
        Type = SourceType.JournalArticle,
        Title = new LocalizedText("人工智能治理研究", "zh-Hans").WithTranslation(new LocalizedText("Research on AI governance", "en")),
        Authors =
        [
            Contributor.ForPerson(PersonName.Create("王", "小明")),
            Contributor.ForPerson(PersonName.FromLiteral("李华")),
            Contributor.ForOrganization(PublisherRef.Unresolved("某课题组")),
        ],
        Editors = [Contributor.ForPerson(PersonName.Create("Smith", "John"))],
        Translators = [Contributor.ForPerson(PersonName.Create("山田", "太郎"))],
        Publisher = PublisherRef.Known("cn.caict", "中国信息通信研究院"),
        PublisherPlace = "北京",
        ContainerTitle = new LocalizedText("信息通信技术与政策", "zh-Hans"),
        Issued = new CitationDate(new PartialDate(2024, 12), new PartialDate(2025, 1), "2024年12月～2025年1月"),
        Accessed = CitationDate.FromParts(2025, 11, 1).WithOriginalText("[2025-11-01]"),
        Url = new Uri("https://example.org/articles/ai?lang=zh&id=7#section-2"),
        Doi = "10.1000/xyz123",
        Volume = "51",
        Issue = "3",
        Page = "31-35",
        Number = "国发〔2017〕35号",
        Language = "zh-Hans",
        Category = "研究機構報告",
        Note = "特集: AI <治理> & \"政策\"",
        RawText = "[1] 王小明, 李华. 人工智能治理研究[J]. 信息通信技术与政策, 2025, 51(3): 31-35.",
        Span = new SourceSpan(0, 60, 1, 1),
    };

    public static ImmutableArray<Citation> All() => [MofaInitiative(), SatoColumn(), JstReport(), EveryField()];
}
