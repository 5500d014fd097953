using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>
/// Shapes of real reference lines that the reader's glue rules and markup reading handle, each line taken from the
/// reference corpus (its document named) so that the rule is pinned by a unit test as well as by the corpus goldens.
/// </summary>
public class ReferenceLineShapesTests
{
    private static Citation Parse(string line) => ReferenceParser.Default.Parse(line).Value!;

    [Theory]
    // code-index:68351727461 (a Taiwanese thesis's thebibliography in LaTeX)
    [InlineData(@"\item 經濟部水利署（2023）。\textit{111年全國水資源保育與工業用水統計年報}。臺北市：經濟部水利署。", "111年全國水資源保育與工業用水統計年報")]
    [InlineData(@"\item 環境部事業廢棄物管理署（2023）。\textit{111年全國事業廢棄物申報與GPS軌跡監控實務統計報告}。臺北市：環境部事業廢棄物管理署。", "111年全國事業廢棄物申報與GPS軌跡監控實務統計報告")]
    public void Parse_LatexEmphasis_IsMarkupNotText(string line, string title)
    {
        var citation = Parse(line);

        citation.Title!.Text.Should().Be(title);
        citation.RawText.Should().Be(line, "the raw text is the line as written");
    }

    [Fact]
    public void Parse_LatexUrlAndBibitem_GiveTheAddressAndTheKey()
    {
        // code-index:66484821678 (a Chinese report's thebibliography)
        const string line = @"\bibitem{ref:bj-fee} 北京市发展和改革委员会. 关于本市电动汽车充电服务收费有关问题的通知（京发改〔2015〕848号）[EB/OL]. (2015-04-24). \url{https://www.beijing.gov.cn/zhengce/zhengcefagui/201905/t20190522_58449.html}.";

        var citation = Parse(line);

        citation.Id.Should().Be("ref:bj-fee");
        citation.Url!.ToString().Should().Be("https://www.beijing.gov.cn/zhengce/zhengcefagui/201905/t20190522_58449.html");
        citation.Issued!.ToEdtf().Should().Be("2015-04-24");
    }

    [Theory]
    // code-index documents of Taiwanese theses and curriculum lists (round 2 of the corpus)
    [InlineData("<li>教育部國民及學前教育署 (2018)。十二年國民基本教育課程綱要——社會領域。</li>", "十二年國民基本教育課程綱要——社會領域")]
    [InlineData(@"\item 鄭紹君（2018）。企業社會責任活動與成本僵固性之關聯——以企業社會責任願景調節。國立中央大學會計研究所碩士論文。", "企業社會責任活動與成本僵固性之關聯——以企業社會責任願景調節")]
    public void Parse_SubtitleAfterADoubledDash_StaysInTheTitle(string line, string title) =>
        Parse(line).Title!.Text.Should().Be(title);

    [Fact]
    public void Parse_LinkTextWithBracketsInIt_IsTheWholeTitle()
    {
        // waynestalk.com link list (round 2 of the corpus)
        var citation = Parse("[Python 散佈圖／折線圖（Scatter/Line Charts）](https://waynestalk.com/python-scatter-line-charts/)");

        citation.Title!.Text.Should().Be("Python 散佈圖／折線圖（Scatter/Line Charts）");
    }

    [Fact]
    public void Parse_TitleInCornerMarksBeforeASiteName_EndsAtTheMark()
    {
        // The seed document's reference 9.
        var citation = Parse("- 科学技術振興機構(JST)アジア・太平洋総合研究センター「自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ」Science Portal ASEAN https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html");

        citation.Title!.Text.Should().Be("自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ");
        citation.ContainerTitle!.Text.Should().Be("Science Portal ASEAN");
    }

    [Theory]
    // Chicago notes of an English essay on Singapore (round 2 of the corpus): the period of the last initial is the name's.
    [InlineData("[^19]: Quah, Jon S.T. \"Paying for Public Service Excellence: Why and How Singapore Pays its Public Servants Well.\" *Asian Journal of Political Science* 26, no. 2 (2018): 163-182.", "Quah", "Jon S.T.")]
    [InlineData("[^18]: Rhoads, Edward J.M. \"Merchant Associations in Canton, 1895-1911.\" *The Chinese City Between Two Worlds*, Stanford University Press, 1974.", "Rhoads", "Edward J.M.")]
    public void Parse_InvertedNameWithInitials_IsOnePerson(string line, string family, string given)
    {
        var author = Parse(line).Authors.Should().ContainSingle().Subject.Person!;

        author.Family.Should().Be(family);
        author.Given.Should().Be(given);
    }

    [Fact]
    public void Parse_ChineseNamesJoinedByAnd_AreSeveralPeople()
    {
        // code-index:68351727461
        var citation = Parse(@"\item 林健智、張偉哲與陳弘毅（2023）。廢棄物清理法第30條連帶賠償責任與合規監控實務。\textit{環保與產業法學}，15(2)，45--78。");

        citation.Authors.Select(a => a.Person!.Family + "|" + a.Person.Given).Should().Equal("林|健智", "張|偉哲", "陳|弘毅");
        citation.ContainerTitle!.Text.Should().Be("環保與產業法學");
    }

    [Theory]
    // Chicago notes of an English essay on Singapore (round 2 of the corpus): volume numbers and "In" are not the name.
    [InlineData("[^29]: Zakaria, Fareed. \"Culture Is Destiny: A Conversation with Lee Kuan Yew.\" *Foreign Affairs* 73, no. 2 (March/April 1994): 109-126.", "Foreign Affairs")]
    [InlineData("[^40]: Taylor, Jay. \"The Generalissimo's Diaries.\" _Hoover Digest_ 2 (2007).", "Hoover Digest")]
    [InlineData("[^18]: Gopinathan, S. \"Education and Development in Singapore.\" In *Education and Development in East Asia*, edited by Paul Morris and Anthony Sweeting. Garland Publishing, 1995.", "Education and Development in East Asia")]
    public void Parse_ContainerName_HasNoVolumeNumberOrLeadWord(string line, string container) =>
        Parse(line).ContainerTitle!.Text.Should().Be(container);

    [Theory]
    [InlineData("Proceedings of EMNLP 2023", "Proceedings of EMNLP 2023")]
    [InlineData("IUI 2016", "IUI 2016")]
    [InlineData("Sensors 20.10", "Sensors")]
    [InlineData("收入《TANET2019 臺灣網際網路研討會》", "TANET2019 臺灣網際網路研討會")]
    [InlineData("? Journal of Accounting Research", "Journal of Accounting Research")]
    [InlineData("Volume 3", "Volume 3")]
    public void ContainerName_KeepsYearsAndDropsVolumes(string text, string expected) =>
        AseanAi.Citations.Parsing.Reading.CitationAssembler.ContainerName(text).Should().Be(expected);

    [Fact]
    public void Parse_ReviewBlockCommandOnOneLine_IsReadFromItsLastBracket()
    {
        // code-index:34372458631 (a Re:VIEW book's bibliography macro)
        var citation = Parse("//mbibpaper[][難波博之（マスオ）．．高校数学の美しい物語．最終更新日：2024/12/21．@<href>{https://manabitimes.jp/math/1845}，最終閲覧日：2025/10/05．]");

        citation.Title!.Text.Should().Be("高校数学の美しい物語");
        citation.Url!.ToString().Should().Be("https://manabitimes.jp/math/1845");
        citation.Accessed!.ToEdtf().Should().Be("2025-10-05");
    }

    [Theory]
    // code-index:69531367101 and code-index:53767701717 (English papers on Chinese and Buddhist texts)
    [InlineData("- Huang, Yiqing 黃易青. 2007. 上古漢語同源詞意義系統研究. Beijing: Shangwu yinshuguan. [B4]", "Huang", "Yiqing")]
    [InlineData("- Funayama Toru 船山徹. *Butten wa do kanyaku sareta no ka: Sutora ga Chugokugo ni naru toki* 仏典はどう漢訳されたのか：スートラが中国語になるとき. Tokyo: Iwanami shoten, 2013.", "Funayama", "Toru")]
    public void Parse_RomanisedNameWithItsOriginal_IsOnePersonFamilyFirst(string line, string family, string given)
    {
        var author = Parse(line).Authors.Should().ContainSingle().Subject.Person!;

        author.Family.Should().Be(family);
        author.Given.Should().Be(given);
    }

    [Fact]
    public void Parse_AndBeforeTheLastNameOfASemicolonList_IsNotPartOfTheName()
    {
        // code-index:66707691574
        var citation = Parse("5. Katsumoto, M.; Fukuda, M.; and Shibata, Y. Dynamic hypermedia system based on perceptual link method for distributed design image database. Proceedings of IEEE ICOIN-9, December 1994, pp. 49–54.");

        citation.Authors.Select(a => a.Person!.Family).Should().Equal("Katsumoto", "Fukuda", "Shibata");
    }

    [Fact]
    public void Parse_LatinReferenceKeptAsACodeString_IsReadFromTheString()
    {
        // code-index:68794045207 (references kept as strings in code): the quotes and the comma are code.
        var citation = Parse("\"LangChain. LangChain documentation[EB/OL]. https://python.langchain.com/docs/.\",");

        citation.Title!.Text.Should().Be("LangChain documentation");
        citation.Url!.ToString().Should().Be("https://python.langchain.com/docs/");
    }

    [Theory]
    // code-index:58190586412 and code-index:70906007362 (Chinese reports' reference lists): title marks inside the title
    [InlineData("23. 国家发展改革委 国家能源局关于印发《电力中长期交易基本规则 (暂行)》的通知. http://zfxgk.nea.gov.cn/auto81/201908/t20190820_3692.htm", "关于印发《电力中长期交易基本规则 (暂行)》的通知")]
    [InlineData("[1] 工业和信息化部, 教育部, 科学技术部, 等. 关于印发《“机器人+”应用行动实施方案》的通知: 工信部联通装〔2023〕6号[EB/OL]. (2023-01-18) [2026-09-28]. http://www.gov.cn/zhengce/zhengceku/2023-01/19/content_5737938.htm", "关于印发《“机器人+”应用行动实施方案》的通知")]
    public void Parse_TitleMarksInsideAPhrase_StayInTheTitle(string line, string titleEnd) =>
        Parse(line).Title!.Text.Should().EndWith(titleEnd, "marks joined to the words around them by 的 or 关于印发 quote a name inside the title");

    [Theory]
    // code-index:25809851708 and code-index:53643756086 (research exports' reference lists): Medium's "| by Author |" title tails
    [InlineData("4. DTO (Data Transfer Objects) in PHP (Laravel) | by Mohammad Roshandelpoor | Medium, 檢索日期：7月 17, 2025， [https://medium.com/@mohammad.roshandelpoor/dto-data-transfer-objects-in-php-laravel-3b1e0c8f4e6f](https://medium.com/@mohammad.roshandelpoor/dto-data-transfer-objects-in-php-laravel-3b1e0c8f4e6f)", "Roshandelpoor", "Mohammad")]
    [InlineData("26. Laravel — Discover Application Layers for Testing | by Dmitry Khorev - Level Up Coding, 檢索日期：7月 17, 2025， [https://levelup.gitconnected.com/laravel-discover-application-layers-for-testing-8b5c1c2f2f1e](https://levelup.gitconnected.com/laravel-discover-application-layers-for-testing-8b5c1c2f2f1e)", "Khorev", "Dmitry")]
    public void Parse_ByLine_NamesTheAuthor(string line, string family, string given)
    {
        var citation = Parse(line);

        citation.Authors.Should().ContainSingle().Which.Person.Should().Be(PersonName.Create(family, given));
        citation.Title!.Text.Should().NotContain("by ");
    }

    [Fact]
    public void Parse_DatedNewsAddress_IsANewsArticle()
    {
        // code-index:52440215380 (a Japanese wiki page's references): the address's /articles/2008/11/27/ says news.
        var citation = Parse("5.  [AMDのGPGPU戦略は新章へ - ATI Streamの展望、DirectX Compute Shaderの衝撃 (1) Radeon HD 4000シリーズでネイティブGPGPU | マイナビニュース](http://news.mynavi.jp/articles/2008/11/27/stream/)");

        citation.Type.Should().Be(SourceType.NewsArticle);
    }
}
