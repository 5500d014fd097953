using System.Collections.Immutable;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The 12 references of the seed document (seeds/000_ac0a5415ceaa11bb.txt), built by hand with every field the seed
/// gives: category from the heading, raw text and span from the file, publishers with registry ids, dates with their
/// original text, a person author split into family and given names.
/// </summary>
internal static class SeedReferences
{
    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(RepositoryPaths.SeedDocument));

    private static readonly PublisherRef Mofa = PublisherRef.Known("jp.mofa", "外務省");
    private static readonly PublisherRef Meti = PublisherRef.Known("jp.meti", "経済産業省");
    private static readonly PublisherRef Nikkei = PublisherRef.Known("jp.nikkei", "日本経済新聞", isInferred: true);
    private static readonly PublisherRef Jst = PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター");
    private static readonly PublisherRef JetroRef = PublisherRef.Known("jp.jetro", "日本貿易振興機構(JETRO)");

    public static ImmutableArray<Citation> All() =>
    [
        Government(1, "日本政府官方文件", Mofa, "日ASEAN・AI共創イニシアティブ", CitationDate.FromParts(2025, 10, 26).WithOriginalText("令和7年10月26日"), "https://www.mofa.go.jp/mofaj/files/100927259.pdf"),
        Government(2, "日本政府官方文件", Mofa, "第28回日ASEAN首脳会議", null, "https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html"),
        Government(3, "日本政府官方文件", Meti, "第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)", CitationDate.FromParts(2025, 9, 24).WithOriginalText("2025年9月24日"), "https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf"),
        Government(4, "日本政府官方文件", Meti, "『日ASEAN経済共創ビジョン』の最終版を公表するとともに、『未来デザイン&アクションプラン』を策定しました", CitationDate.FromParts(2023, 8, 22).WithOriginalText("2023年8月22日"), "https://www.meti.go.jp/press/2023/08/20230822005/20230822005.html")
            with { Type = SourceType.PressRelease },
        News(5, "東南アジアのAI基盤整備支援、岸田文雄首相が表明へ ビジネス創出", CitationDate.FromParts(2024, 7, 3).WithOriginalText("2024年7月3日"), "https://www.nikkei.com/article/DGXZQOUA2779Y0X20C24A6000000/"),
        News(6, "日本・ASEAN、多言語AI開発で連携へ 中国けん制も", CitationDate.FromParts(2025, 1, 14).WithOriginalText("2025年1月14日"), "https://www.nikkei.com/article/DGXZQOUA08AO10Y5A100C2000000/"),
        News(7, "日本、ASEANとAIで協力", CitationDate.FromParts(2025, 1, 22).WithOriginalText("2025年1月22日"), "https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/"),
        WithSource(8, "專家評論與分析", new Citation
        {
            Type = SourceType.ExpertCommentary,
            Title = new LocalizedText("『日ASEAN・AI共創イニシアティブ』にみる高市首相の秩序形成戦略 ―現実主義的AI戦略―", "ja"),
            Authors = [Contributor.ForPerson(PersonName.Create("佐藤", "仁"))],
            ContainerTitle = new LocalizedText("Yahoo!ニュース エキスパート", "ja"),
            Publisher = PublisherRef.Known("jp.yahoo-news", "Yahoo!ニュース", isInferred: true),
            Issued = CitationDate.FromParts(2025, 10).WithOriginalText("2025年10月"),
            Url = new Uri("https://news.yahoo.co.jp/expert/articles/9c3c0ecd634a753754329d07ee1aac17366aaea4"),
            Language = "ja",
        }),
        Report(9, "自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ", "https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html"),
        Report(10, "シンガポール、東南アジア諸語対応の大規模言語モデル(LLM)開発とその将来", "https://spap.jst.go.jp/asean/experience/2025/topic_ea_16.html"),
        Jetro(11, "日ASEAN経済共創フォーラム2024、AI共創も経済成長の鍵に", CitationDate.FromParts(2024, 12).WithOriginalText("2024年12月"), "https://www.jetro.go.jp/biznews/2024/12/d21c9a6e526ae173.html"),
        Jetro(12, "日ASEAN経済共創ビジョン策定プロジェクト", null, "https://www.jetro.go.jp/world/asia/asean/asean-japan_project.html"),
    ];

    private static Citation Government(int number, string category, PublisherRef publisher, string title, CitationDate? issued, string url) =>
        WithSource(number, category, new Citation
        {
            Type = SourceType.GovernmentDocument,
            Title = new LocalizedText(title, "ja"),
            Authors = [Contributor.ForOrganization(publisher)],
            Publisher = publisher,
            Issued = issued,
            Url = new Uri(url),
            Language = "ja",
        });

    private static Citation News(int number, string title, CitationDate issued, string url) =>
        WithSource(number, "日本媒體報導", new Citation
        {
            Type = SourceType.NewsArticle,
            Title = new LocalizedText(title, "ja"),
            ContainerTitle = new LocalizedText("日本経済新聞", "ja"),
            Publisher = Nikkei,
            Issued = issued,
            Url = new Uri(url),
            Language = "ja",
        });

    private static Citation Report(int number, string title, string url) =>
        WithSource(number, "研究機構報告", new Citation
        {
            Type = SourceType.ResearchReport,
            Title = new LocalizedText(title, "ja"),
            Authors = [Contributor.ForOrganization(Jst)],
            Publisher = Jst,
            ContainerTitle = new LocalizedText("Science Portal ASEAN", "en"),
            Url = new Uri(url),
            Language = "ja",
        });

    private static Citation Jetro(int number, string title, CitationDate? issued, string url) =>
        WithSource(number, "其他機構資料", new Citation
        {
            Type = SourceType.WebPage,
            Title = new LocalizedText(title, "ja"),
            Authors = [Contributor.ForOrganization(JetroRef)],
            Publisher = JetroRef,
            Issued = issued,
            Url = new Uri(url),
            Language = "ja",
        });

    // The raw text is the reference line as the seed writes it (after the "- " list marker), and the span is where it stands.
    private static Citation WithSource(int number, string category, Citation citation)
    {
        var text = SeedText.Value;
        var line = text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ElementAt(number - 1)[2..].TrimEnd('\r');
        var offset = text.IndexOf(line, StringComparison.Ordinal);
        return citation with
        {
            Id = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Category = category,
            RawText = line,
            Span = SourceSpan.FromOffset(text, offset, line.Length),
        };
    }
}
