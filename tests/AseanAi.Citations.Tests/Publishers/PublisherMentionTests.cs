using AseanAi.Citations.Publishers;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Publishers;

public class PublisherMentionTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    private static string[] Ids(string text) =>
        [.. Registry.FindMentions(text).Select(m => string.Join("|", m.Candidates.Select(c => c.Id)))];

    [Fact]
    public void FindMentions_SeedJointIssuers_FindsMofaMicAndMetiWithSpans()
    {
        const string text = "根據外務省、總務省與經濟產業省於 2025 年 10 月 26 日聯合發布的官方文件";

        var mentions = Registry.FindMentions(text);

        mentions.Select(m => (m.Publisher!.Id, m.Text, m.Span.Offset, m.Span.Length)).Should().Equal(
            ("jp.mofa", "外務省", 2, 3),
            ("jp.mic", "總務省", 6, 3),
            ("jp.meti", "經濟產業省", 10, 5));
        mentions.Should().OnlyContain(m => m.Span.Line == 1 && m.Span.Column == m.Span.Offset + 1);
    }

    [Fact]
    public void FindMentions_SeedDocument_FindsEveryPublisherItNames()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);

        var ids = Registry.FindMentions(text).Select(m => m.Publisher!.Id).ToHashSet();

        ids.Should().Contain([
            "jp.mofa", "jp.mic", "jp.meti", "jp.nikkei", "jp.jica", "jp.yahoo-news.expert", "jp.jst", "jp.jst.aprc",
            "jp.jetro", "asean.eria", "jp.keidanren", "sg.aisg", "cn.alibaba", "cn.alibaba-cloud", "cn.deepseek", "int.g7-hap", "asean"]);
        ids.Should().NotContain(["int.un", "jp.ipa"]);
    }

    [Fact]
    public void FindMentions_SeedDocument_GivesSpansThatPointAtTheText()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);
        var lines = text.Split('\n');

        foreach (var mention in Registry.FindMentions(text))
        {
            text.Substring(mention.Span.Offset, mention.Span.Length).Should().Be(mention.Text);
            lines[mention.Span.Line - 1].Substring(mention.Span.Column - 1, mention.Span.Length).Should().Be(mention.Text);
        }
    }

    [Fact]
    public void FindMentions_LongestNameWins()
    {
        Ids("該路線圖由東亞・ASEAN 經濟研究中心協助策定").Should().Equal("asean.eria");
        Ids("日本経済新聞社と日経BPの記事").Should().Equal("jp.nikkei", "jp.nikkeibp");
        Ids("中国信通院发布报告").Should().Equal("cn.caict");
    }

    [Theory]
    [InlineData("経済産業省が発表した", "jp.meti")]
    [InlineData("經濟產業省宣布", "jp.meti")]
    [InlineData("经济产业省宣布", "jp.meti")]
    [InlineData("日本經濟新聞報導", "jp.nikkei")]
    [InlineData("据日经中文网报道", "jp.nikkei")]
    [InlineData("ｼﾞｪﾄﾛの調査によれば", "jp.jetro")]
    [InlineData("ＪＥＴＲＯの調査", "jp.jetro")]
    [InlineData("科學技術振興機構的報告", "jp.jst")]
    [InlineData("according to the OECD.", "int.oecd")]
    [InlineData("The UN said", "int.un")]
    [InlineData("(SEA-LION)", "sg.aisg")]
    [InlineData("SEA LION v4", "sg.aisg")]
    [InlineData("国立研究開発法人科学技術振興機構は", "jp.jst")]
    [InlineData("A*STAR and NUS", "sg.astar", "sg.nus")]
    [InlineData("国家网信办、国家发展和改革委员会、工业和信息化部联合发布", "cn.cac", "cn.ndrc", "cn.miit")]
    [InlineData("行政院、國科會與數位發展部", "tw.ey", "tw.nstc", "tw.moda")]
    [InlineData("CNA 報導", "tw.cna")] // 報導 is written so in traditional Chinese only: the text's language is the context
    [InlineData("CNA reported", "sg.cna|tw.cna")]
    [InlineData("外交部表示", "cn.mfa|tw.mofa")]
    public void FindMentions_MentionInAnyScript_FindsIt(string text, params string[] expected)
    {
        Ids(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("JSTOR is a digital library")]
    [InlineData("ADJUST the values")]
    [InlineData("un plan de acción")]
    [InlineData("Un rapport")]
    [InlineData("the ipa of the word")]
    [InlineData("物理研究所と管理研究会")]
    [InlineData("平台大幅升级")]
    [InlineData("北京大学と京大")]
    [InlineData("今日经济形势")]
    [InlineData("每日经济新闻报道")]
    [InlineData("美国国务院发言人")]
    [InlineData("韩国外交部")]
    [InlineData("see https://www.nikkei.com/article/DGXZQOUA2779Y0X20C24A6000000/ for details")]
    [InlineData("")]
    [InlineData("nothing to see here")]
    public void FindMentions_NoMention_FindsNone(string text)
    {
        var ids = Ids(text);

        ids.Should().NotContain(id => id.Contains("jp.jst") || id.Contains("int.un") || id.Contains("jp.ipa") || id.Contains("jp.riken")
            || id.Contains("tw.ntu") || id.Contains("jp.kyoto-u") || id.Contains("jp.nikkei") || id.Contains("cn.gov") || id.Contains("cn.mfa")
            || id.Contains("tw.mofa"));
    }

    [Fact]
    public void FindMentions_NationalBodyAfterItsCountry_IncludesTheCountry()
    {
        var mentions = Registry.FindMentions("日本外務省與日本 經濟產業省");

        mentions.Select(m => (m.Publisher!.Id, m.Text)).Should().Equal(("jp.mofa", "日本外務省"), ("jp.meti", "日本 經濟產業省"));
    }

    [Fact]
    public void FindMentions_OtherCountryBeforeCompany_KeepsTheCompany()
    {
        Ids("日本 DeepSeek 禁令").Should().Equal("cn.deepseek");
    }

    [Fact]
    public void FindMentions_ManyLines_GivesLineAndColumn()
    {
        var mentions = Registry.FindMentions("first line\r\nsecond JETRO\nthird\r外務省");

        mentions.Select(m => (m.Span.Line, m.Span.Column)).Should().Equal((2, 8), (4, 1));
    }

    [Fact]
    public void FindMentions_LongText_FindsMentionsAcrossChunks()
    {
        var paragraph = "日本の外務省とシンガポールのIMDAは協力する。經濟產業省也參與。\n" + new string('あ', 997) + "\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 200));

        var mentions = Registry.FindMentions(text);

        mentions.Should().HaveCount(600);
        mentions.Where(m => m.Publisher!.Id == "jp.meti").Should().HaveCount(200);
        mentions.Should().OnlyContain(m => text.Substring(m.Span.Offset, m.Span.Length) == m.Text);
    }

    [Fact]
    public void FindMentions_Concurrently_GivesTheSameMentions()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);
        var expected = Registry.FindMentions(text);

        var results = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 16, _ => results.Add(Registry.FindMentions(text).SequenceEqual(expected) ? 1 : 0));

        results.Should().AllBeEquivalentTo(1);
    }

    [Fact]
    public void FindMentions_UnpairedSurrogatesAndControlCharacters_DoNotThrow()
    {
        var text = "\uD800外務省\uDC00\0JST\uFFFF";

        Ids(text).Should().Equal("jp.mofa", "jp.jst");
    }
}
