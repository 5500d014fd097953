using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Tests.Publishers;

public class PublisherRegistryTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    public static TheoryData<string, string> JapanForms => PublisherNameForms.Parse(PublisherNameForms.Japan);

    public static TheoryData<string, string> JapaneseMediaForms => PublisherNameForms.Parse(PublisherNameForms.JapaneseMedia);

    public static TheoryData<string, string> AseanAndInternationalForms => PublisherNameForms.Parse(PublisherNameForms.AseanAndInternational);

    public static TheoryData<string, string> GreaterChinaAndKoreaForms => PublisherNameForms.Parse(PublisherNameForms.GreaterChinaAndKorea);

    [Theory]
    [MemberData(nameof(JapanForms))]
    [MemberData(nameof(JapaneseMediaForms))]
    [MemberData(nameof(AseanAndInternationalForms))]
    [MemberData(nameof(GreaterChinaAndKoreaForms))]
    public void TryResolve_KnownForm_FindsThePublisher(string name, string expectedId)
    {
        Registry.TryResolve(name, out var publisher).Should().BeTrue(Registry.Resolve(name).ToString());
        publisher!.Id.Should().Be(expectedId);
    }

    // Every publisher that the seed article names, in its body or its bibliography, as the article writes it.
    [Theory]
    [InlineData("外務省", "jp.mofa")]
    [InlineData("總務省", "jp.mic")]
    [InlineData("經濟產業省", "jp.meti")]
    [InlineData("経済産業省", "jp.meti")]
    [InlineData("日本経済新聞", "jp.nikkei")]
    [InlineData("JICA", "jp.jica")]
    [InlineData("Yahoo!ニュース エキスパート", "jp.yahoo-news.expert")]
    [InlineData("科学技術振興機構(JST)アジア・太平洋総合研究センター", "jp.jst")]
    [InlineData("Science Portal ASEAN", "jp.jst.aprc")]
    [InlineData("日本貿易振興機構(JETRO)", "jp.jetro")]
    [InlineData("東亞・ASEAN 經濟研究中心", "asean.eria")]
    [InlineData("經團連", "jp.keidanren")]
    [InlineData("SEA-LION", "sg.aisg")]
    [InlineData("AI Singapore", "sg.aisg")]
    [InlineData("阿里巴巴", "cn.alibaba")]
    [InlineData("Qwen", "cn.alibaba-cloud")]
    [InlineData("DeepSeek", "cn.deepseek")]
    [InlineData("廣島 AI 進程友好小組", "int.g7-hap")]
    public void TryResolve_SeedPublisherByName_FindsIt(string name, string expectedId)
    {
        Registry.TryResolve(name, out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be(expectedId);
    }

    // Every URL of the seed's bibliography, plus the sites of the seed's other publishers.
    [Theory]
    [InlineData("https://www.mofa.go.jp/mofaj/files/100927259.pdf", "jp.mofa")]
    [InlineData("https://www.mofa.go.jp/mofaj/a_o/rp/pageit_000001_00004.html", "jp.mofa")]
    [InlineData("https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf", "jp.meti")]
    [InlineData("https://www.meti.go.jp/press/2023/08/20230822005/20230822005.html", "jp.meti")]
    [InlineData("https://www.nikkei.com/article/DGXZQOUA2779Y0X20C24A6000000/", "jp.nikkei")]
    [InlineData("https://news.yahoo.co.jp/expert/articles/9c3c0ecd634a753754329d07ee1aac17366aaea4", "jp.yahoo-news.expert")]
    [InlineData("https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html", "jp.jst")]
    [InlineData("https://www.jetro.go.jp/biznews/2024/12/d21c9a6e526ae173.html", "jp.jetro")]
    [InlineData("https://www.jetro.go.jp/world/asia/asean/asean-japan_project.html", "jp.jetro")]
    [InlineData("https://www.soumu.go.jp/menu_news/s-news/index.html", "jp.mic")]
    [InlineData("https://www.jica.go.jp/activities/index.html", "jp.jica")]
    [InlineData("https://www.eria.org/research/", "asean.eria")]
    [InlineData("https://www.keidanren.or.jp/policy/", "jp.keidanren")]
    [InlineData("https://aisingapore.org/aiproducts/sea-lion/", "sg.aisg")]
    [InlineData("https://sea-lion.ai/", "sg.aisg")]
    [InlineData("https://www.alibabagroup.com/en-US/", "cn.alibaba")]
    [InlineData("https://qwenlm.github.io/blog/qwen3/", "cn.alibaba-cloud")]
    [InlineData("https://www.alibabacloud.com/en/solutions/generative-ai/qwen", "cn.alibaba-cloud")]
    [InlineData("https://api-docs.deepseek.com/news/news250120", "cn.deepseek")]
    [InlineData("https://www.soumu.go.jp/hiroshimaaiprocess/en/index.html", "int.g7-hap")]
    public void TryResolveUrl_SeedPublisher_FindsIt(string url, string expectedId)
    {
        Registry.TryResolveUrl(new Uri(url), out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("https://cn.nikkei.com/politicsaeconomy/", "jp.nikkei")]
    [InlineData("https://asia.nikkei.com/Business/Technology", "jp.nikkei")]
    [InlineData("https://xtech.nikkei.com/atcl/nxt/news/", "jp.nikkeibp")]
    [InlineData("https://www.enecho.meti.go.jp/about/", "jp.enecho")]
    [InlineData("https://www.chusho.meti.go.jp/", "jp.chusho")]
    [InlineData("https://crds.jst.go.jp/", "jp.jst.crds")]
    [InlineData("https://www.jst.go.jp/aprc/", "jp.jst")]
    [InlineData("https://stli.iii.org.tw/article-detail.aspx", "tw.iii.stli")]
    [InlineData("https://www.iii.org.tw/", "tw.iii")]
    [InlineData("https://news.yahoo.co.jp/articles/abc", "jp.yahoo-news")]
    [InlineData("https://news.yahoo.co.jp/expert", "jp.yahoo-news.expert")]
    [InlineData("https://news.yahoo.co.jp/experts/x", "jp.yahoo-news")]
    [InlineData("https://news.yahoo.co.jp/expert/", "jp.yahoo-news.expert")]
    [InlineData("https://news.yahoo.co.jp/EXPERT/articles/x", "jp.yahoo-news.expert")]
    [InlineData("https://www.yahoo.co.jp/", "jp.lycorp")]
    [InlineData("https://www.mlit.go.jp/kankocho/news.html", "jp.jta")]
    [InlineData("https://www.mlit.go.jp/kankochoX/", "jp.mlit")]
    [InlineData("https://www.mlit.go.jp/maritime/", "jp.mlit")]
    [InlineData("https://www.moj.go.jp/isa/index.html", "jp.isa")]
    [InlineData("https://www.gov.cn/zhengce/", "cn.gov")]
    [InlineData("https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm", "cn.cac")]
    [InlineData("https://www.miit.gov.cn/", "cn.miit")]
    [InlineData("http://www.caict.ac.cn/kxyj/qwfb/bps/", "cn.caict")]
    [InlineData("https://www.news.cn/politics/", "cn.xinhua")]
    [InlineData("http://paper.people.com.cn/rmrb/", "cn.peopledaily")]
    [InlineData("https://www.ey.gov.tw/", "tw.ey")]
    [InlineData("https://www.nstc.gov.tw/", "tw.nstc")]
    [InlineData("https://moda.gov.tw/", "tw.moda")]
    [InlineData("https://www.cna.com.tw/news/aipl/", "tw.cna")]
    [InlineData("https://focustaiwan.tw/politics/", "tw.cna")]
    [InlineData("https://www.imda.gov.sg/", "sg.imda")]
    [InlineData("https://www.tech.gov.sg/", "sg.govtech")]
    [InlineData("https://www.a-star.edu.sg/", "sg.astar")]
    [InlineData("https://www.nectec.or.th/", "th.nectec")]
    [InlineData("https://www.depa.or.th/", "th.depa")]
    [InlineData("https://mic.gov.vn/", "vn.mic")]
    [InlineData("https://www.komdigi.go.id/berita", "id.komdigi")]
    [InlineData("https://www.kominfo.go.id/", "id.kominfo")]
    [InlineData("https://www.digital.gov.my/", "my.digital")]
    [InlineData("https://dict.gov.ph/", "ph.dict")]
    [InlineData("https://www.msit.go.kr/", "kr.msit")]
    [InlineData("https://www.oecd.org/en/topics/artificial-intelligence.html", "int.oecd")]
    [InlineData("https://oecd.ai/en/", "int.oecd")]
    [InlineData("https://www.unesco.org/en/artificial-intelligence", "int.unesco")]
    [InlineData("https://www.un.org/", "int.un")]
    [InlineData("https://WWW.MOFA.GO.JP/", "jp.mofa")]
    [InlineData("https://www.mofa.go.jp./mofaj/", "jp.mofa")]
    [InlineData("http://www.mofa.go.jp:8080/mofaj/", "jp.mofa")]
    [InlineData("https://www.mofa.gov.tw/", "tw.mofa")]
    [InlineData("https://www.digital.go.jp/", "jp.digital")]
    [InlineData("https://www.ipa.go.jp/", "jp.ipa")]
    [InlineData("https://aisi.go.jp/", "jp.aisi")]
    [InlineData("https://www.riken.jp/", "jp.riken")]
    [InlineData("https://aip.riken.jp/", "jp.riken.aip")]
    public void TryResolveUrl_RegisteredSite_FindsTheMostSpecificPublisher(string url, string expectedId)
    {
        Registry.TryResolveUrl(new Uri(url), out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("https://xjst.go.jp/")]
    [InlineData("https://www.xjst.go.jp/")]
    [InlineData("https://jst.go.jp.example.com/")]
    [InlineData("https://notmofa.go.jp/")]
    [InlineData("https://go.jp/")]
    [InlineData("https://www.go.jp/")]
    [InlineData("https://gov.cn/")]
    [InlineData("https://www.beijing.gov.cn/")]
    [InlineData("https://github.io/")]
    [InlineData("https://someone.github.io/qwen/")]
    [InlineData("https://github.com/QwenLM/Qwen")]
    [InlineData("https://example.com/www.mofa.go.jp/")]
    [InlineData("https://192.168.0.1/mofa/")]
    [InlineData("mailto:press@mofa.go.jp")]
    [InlineData("file:///home/mofa.go.jp/x.pdf")]
    [InlineData("https://jp/")]
    public void TryResolveUrl_UnregisteredSite_FindsNothing(string url)
    {
        Registry.TryResolveUrl(new Uri(url), out var publisher).Should().BeFalse(publisher?.Id);
    }

    [Fact]
    public void TryResolveUrl_RelativeUrl_FindsNothing()
    {
        Registry.TryResolveUrl(new Uri("/mofaj/files/100927259.pdf", UriKind.Relative), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("科学技術振興機構(JST)アジア・太平洋総合研究センター", "jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター")]
    [InlineData("国立研究開発法人科学技術振興機構 研究開発戦略センター", "jp.jst", "国立研究開発法人科学技術振興機構", "研究開発戦略センター")]
    [InlineData("国土交通省 海事局", "jp.mlit", "国土交通省", "海事局")]
    [InlineData("國土交通省海事局", "jp.mlit", "國土交通省", "海事局")]
    [InlineData("経済産業省 商務情報政策局", "jp.meti", "経済産業省", "商務情報政策局")]
    [InlineData("経済産業省・商務情報政策局 情報経済課", "jp.meti", "経済産業省", "商務情報政策局 情報経済課")]
    [InlineData("総務省 情報流通行政局", "jp.mic", "総務省", "情報流通行政局")]
    [InlineData("日本貿易振興機構(JETRO)調査部", "jp.jetro", "日本貿易振興機構(JETRO)", "調査部")]
    [InlineData("JETRO Singapore Office", "jp.jetro", "JETRO", "Singapore Office")]
    [InlineData("外務省 アジア大洋州局", "jp.mofa", "外務省", "アジア大洋州局")]
    [InlineData("日本外務省亞洲大洋洲局", "jp.mofa", "日本外務省", "亞洲大洋洲局")]
    [InlineData("中国信息通信研究院 人工智能研究中心", "cn.caict", "中国信息通信研究院", "人工智能研究中心")]
    [InlineData("工業技術研究院 資訊與通訊研究所", "tw.itri", "工業技術研究院", "資訊與通訊研究所")]
    [InlineData("資策會 科技法律研究所", "tw.iii", "資策會", "科技法律研究所")]
    [InlineData("OECD Development Centre", "int.oecd", "OECD", "Development Centre")]
    [InlineData("UNESCO Institute for Statistics, Data Analysis Section", "int.unesco", "UNESCO", "Institute for Statistics, Data Analysis Section")]
    [InlineData("Ministry of Economy, Trade and Industry, Trade Policy Bureau", "jp.meti", "Ministry of Economy, Trade and Industry", "Trade Policy Bureau")]
    public void Resolve_NameWithSubUnit_SplitsTheUnit(string name, string expectedId, string expectedName, string expectedUnit)
    {
        var match = Registry.Resolve(name);

        match.Publisher!.Id.Should().Be(expectedId);
        match.MatchedName.Should().Be(expectedName);
        match.Unit.Should().Be(expectedUnit);
        match.ToPublisherRef().Should().Be(PublisherRef.Known(expectedId, expectedName, expectedUnit));
    }

    [Theory]
    [InlineData("Ministry of Communications Malaysia", "my.komunikasi")]
    [InlineData("Economic Planning Unit, Malaysia", "my.epu")]
    [InlineData("Kementerian Luar Negeri Indonesia", "id.kemlu")]
    [InlineData("Kementerian Luar Negeri Malaysia", "my.kln")]
    [InlineData("Cabinet Office, Japan", "jp.cao")]
    [InlineData("Cabinet Office of Japan", "jp.cao")]
    public void Resolve_NameFollowedByItsCountry_FindsThatCountrysPublisher(string name, string expectedId)
    {
        var match = Registry.Resolve(name);

        match.Publisher!.Id.Should().Be(expectedId, match.ToString());
    }

    [Theory]
    [InlineData("Ministry of Communications Japan")]
    [InlineData("Economic Planning Unit of Thailand")]
    public void Resolve_NameFollowedByAnotherCountry_FindsNothing(string name)
    {
        Registry.Resolve(name).Candidates.Should().BeEmpty();
    }

    [Theory]
    [InlineData("MOFA", "bn.mfa", "jp.mofa", "kr.mofa", "tw.mofa", "vn.mofa")]
    [InlineData("MIC", "jp.mic", "vn.mic")]
    [InlineData("CNA", "sg.cna", "tw.cna")]
    [InlineData("NTU", "sg.ntu", "tw.ntu")]
    [InlineData("CSIS", "id.csis", "us.csis")]
    [InlineData("科技部", "cn.most", "tw.most")]
    [InlineData("外交部", "cn.mfa", "tw.mofa")]
    [InlineData("CAS", "cn.cas")]
    public void Resolve_SharedForm_ReportsEveryCandidate(string name, params string[] expectedIds)
    {
        var match = Registry.Resolve(name);

        match.Candidates.Select(p => p.Id).Should().Equal(expectedIds);
        match.IsAmbiguous.Should().Be(expectedIds.Length > 1);
        if (expectedIds.Length > 1)
        {
            Registry.TryResolve(name, out var guessed).Should().BeFalse();
            guessed.Should().BeNull();
            match.ToPublisherRef().Should().Be(PublisherRef.Unresolved(name));
        }
    }

    [Theory]
    [InlineData("MOFA", "JP", "jp.mofa")]
    [InlineData("MOFA", "TW", "tw.mofa")]
    [InlineData("MIC", "VN", "vn.mic")]
    [InlineData("科技部", "CN", "cn.most")]
    [InlineData("外交部", "tw", "tw.mofa")]
    public void Resolve_SharedFormWithCountryHint_PicksThatCountry(string name, string country, string expectedId)
    {
        Registry.Resolve(name, country).Publisher!.Id.Should().Be(expectedId);
    }

    [Fact]
    public void Resolve_SharedFormWithUnrelatedHint_StaysAmbiguous()
    {
        Registry.Resolve("MOFA", "SG").IsAmbiguous.Should().BeTrue();
    }

    [Fact]
    public void Resolve_NameAndBracketThatDisagree_ReportsBoth()
    {
        var match = Registry.Resolve("日本貿易振興機構(JST)");

        match.Candidates.Select(p => p.Id).Should().Equal("jp.jetro", "jp.jst");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("・")]
    [InlineData("JSTOR")]
    [InlineData("xJST")]
    [InlineData("JSTX")]
    [InlineData("ADJUST")]
    [InlineData("外務")]
    [InlineData("経済")]
    [InlineData("日本")]
    [InlineData("国立研究開発法人")]
    [InlineData("株式会社")]
    [InlineData("Ministry of Foreign Affairs")]
    [InlineData("Ministry")]
    [InlineData("東京")]
    [InlineData("大阪府")]
    [InlineData("韓国外務省")]
    [InlineData("中国経済産業省")]
    [InlineData("外務省「日ASEAN・AI共創イニシアティブ」")]
    [InlineData("経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日)")]
    [InlineData("外務省 https://www.mofa.go.jp/")]
    [InlineData("日経ビジネススクール")]
    [InlineData("NHKスペシャル取材班")]
    [InlineData("UNDERSTANDING")]
    [InlineData("Nikkeiasiax")]
    [InlineData("物理研究所")]
    [InlineData("関東大学")]
    public void TryResolve_UnknownOrNotAName_FindsNothing(string name)
    {
        Registry.TryResolve(name, out var publisher).Should().BeFalse(publisher?.ToString());
    }

    [Fact]
    public void Resolve_Null_Throws()
    {
        var act = () => Registry.Resolve(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Resolve_UnknownName_KeepsTheNameForAnUnresolvedReference()
    {
        var match = Registry.Resolve(" 東京都デジタルサービス局 ");

        match.IsFound.Should().BeFalse();
        match.Candidates.Should().BeEmpty();
        match.ToPublisherRef().Should().Be(PublisherRef.Unresolved("東京都デジタルサービス局"));
    }

    [Fact]
    public void Resolve_FullWidthPrefixedName_KeepsTheNameAsWritten()
    {
        var match = Registry.Resolve("国立研究開発法人　科学技術振興機構");

        match.ToPublisherRef().Should().Be(PublisherRef.Known("jp.jst", "国立研究開発法人　科学技術振興機構"));
    }

    [Fact]
    public void Default_IsBuiltOnceAndShared()
    {
        PublisherRegistry.Default.Should().BeSameAs(PublisherRegistry.Default);
    }

    [Fact]
    public void GetParentAndIsWithin_FollowTheParentChain()
    {
        Registry.TryGetById("jp.yahoo-news.expert", out var expert).Should().BeTrue();

        Registry.GetParent(expert!)!.Id.Should().Be("jp.yahoo-news");
        Registry.IsWithin(expert!, "jp.lycorp").Should().BeTrue();
        Registry.IsWithin(expert!, "jp.nikkei").Should().BeFalse();
        Registry.TryGetById("jp.jpo", out var jpo).Should().BeTrue();
        Registry.GetParent(jpo!)!.Name.Should().Be("経済産業省");
        Registry.TryGetById("jp.meti", out var meti).Should().BeTrue();
        Registry.GetParent(meti!).Should().BeNull();
    }

    [Fact]
    public void TryGetById_UnknownId_FindsNothing()
    {
        Registry.TryGetById("jp.nothing", out var publisher).Should().BeFalse();
        publisher.Should().BeNull();
    }
    // MayResolve is a speed shortcut of Resolve: where it says no, the full resolution must find nothing. Tried on every
    // piece of every corpus line, and on every registry form alone, behind a legal form or a country, and before a unit.
    [Fact]
    public void MayResolve_False_ResolveFullyFindsNothing()
    {
        var separators = ".,，。、;；:：()（）「」『』《》〈〉【】[]|/".ToCharArray();
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in AseanAi.Citations.Tests.Parsing.ReferenceCorpus.Load())
        {
            foreach (var piece in entry.Line.Split(separators))
            {
                inputs.Add(piece);
                inputs.Add(piece.Length > 2 ? piece[1..] : piece);
            }
        }

        foreach (var publisher in Registry.Publishers)
        {
            foreach (var form in publisher.Names.Select(n => n.Text).Concat(publisher.Abbreviations).Concat(publisher.Aliases))
            {
                inputs.UnionWith([form, "株式会社" + form, "国立研究開発法人 " + form, "日本" + form, "The " + form, form + " 調査部", form + " Inc."]);
            }
        }

        var rejected = 0;
        foreach (var input in inputs)
        {
            if (!Registry.MayResolve(input.Trim()))
            {
                rejected++;
                var match = Registry.ResolveFully(input);
                match.Candidates.Should().BeEmpty(input);
                match.Unit.Should().BeNull(input);
            }
        }

        rejected.Should().BeGreaterThan(inputs.Count / 4);
    }
    // MayMention is a speed shortcut of FindMentions: where it says no, FindMentions must find nothing.
    [Fact]
    public void MayMention_False_FindMentionsFindsNothing()
    {
        var rejected = 0;
        var lines = AseanAi.Citations.Tests.Parsing.ReferenceCorpus.Load().Select(e => e.Line).ToList();
        var inputs = lines.Concat(lines.SelectMany(l => l.Split(".,，。、;；:：()（）「」『』《》〈〉【】[]|/".ToCharArray()))).Append("a\nb 外務省").Distinct(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!Registry.MayMention(input))
            {
                rejected++;
                Registry.FindMentions(input).Should().BeEmpty(input);
            }
        }

        rejected.Should().BeGreaterThan(100);
    }
}
