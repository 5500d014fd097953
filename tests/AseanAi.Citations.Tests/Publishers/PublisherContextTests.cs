using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>Shared abbreviations (MOFA, MOE, MIC, NBS, CNA) resolve by context, and are reported, never guessed, without it.</summary>
public class PublisherContextTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    [Theory]
    [InlineData("MOFA")]
    [InlineData("MOE")]
    [InlineData("MIC")]
    [InlineData("NBS")]
    [InlineData("CNA")]
    [InlineData("MOF")]
    [InlineData("MOD")]
    [InlineData("BOI")]
    [InlineData("NRC")]
    [InlineData("PRD")]
    [InlineData("EPU")]
    [InlineData("JISC")]
    public void Resolve_SharedAbbreviationWithoutContext_IsReportedNotGuessed(string name)
    {
        var match = Registry.Resolve(name);
        var inContext = Registry.ResolveInContext(name, PublisherContext.None);

        match.IsAmbiguous.Should().BeTrue();
        match.Publisher.Should().BeNull();
        match.Candidates.Should().NotBeEmpty();
        Registry.TryResolve(name, out _).Should().BeFalse();
        match.ToPublisherRef().Should().Be(PublisherRef.Unresolved(name));
        inContext.Publisher.Should().BeNull();
    }

    [Theory]
    [InlineData("MOFA", "Japan's MOFA said on Tuesday", null, null, "jp.mofa")]
    [InlineData("MOFA", "外交部（MOFA）は", "ja", null, "jp.mofa")]
    [InlineData("MOFA", "MOFA press release", null, "https://en.mofa.gov.tw/News_Content.aspx", "tw.mofa")]
    [InlineData("MOFA", "MOFA press release", null, "https://www.mofa.go.kr/eng/", "kr.mofa")]
    [InlineData("MOE", "Singapore's MOE announced", null, null, "sg.moe")]
    [InlineData("MOE", "MOE", null, "https://www.moe.gov.cn/jyb_xwfb/", "cn.moe")]
    [InlineData("MOE", "MOE guidelines", null, "https://www.env.go.jp/press/", "jp.env")]
    [InlineData("MIC", "総務省(MIC)の白書", null, null, "jp.mic")]
    [InlineData("MIC", "Viet Nam's MIC", null, null, "vn.mic")]
    [InlineData("NBS", "China's NBS data", null, null, "cn.stats")]
    [InlineData("NBS", "NBS", "zh-Hans", null, "cn.stats")]
    [InlineData("CNA", "CNA, Taipei", "zh-Hant", null, "tw.cna")]
    [InlineData("CNA", "CNA report", null, "https://www.channelnewsasia.com/singapore/x", "sg.cna")]
    [InlineData("CNA", "Taiwan's CNA reported", null, null, "tw.cna")]
    [InlineData("BOI", "Thailand's BOI approved", null, null, "th.boi")]
    [InlineData("BOI", "BOI-registered firms", null, "https://boi.gov.ph/", "ph.boi")]
    [InlineData("NRC", "Korea's NRC", null, null, "kr.nrc")]
    [InlineData("PRD", "PRD", null, "https://www.prd.go.th/th/content/", "th.prd")]
    public void ResolveInContext_SharedAbbreviationWithAClue_GivesThatCountrysBody(string name, string text, string? language, string? url, string expectedId)
    {
        var context = new PublisherContext { Text = text, Language = language, Url = url is null ? null : new Uri(url) };

        var match = Registry.ResolveInContext(name, context);

        match.Publisher!.Id.Should().Be(expectedId);
        match.NeedsContext.Should().BeFalse();
    }

    [Theory]
    [InlineData("MOFA", "Japan and Taiwan: MOFA statements")]
    [InlineData("CNA", "CNA reported from Tokyo")]
    [InlineData("MOE", "MOE guidelines")]
    public void ResolveInContext_CluesThatDoNotDecide_StayAmbiguous(string name, string text)
    {
        Registry.ResolveInContext(name, new PublisherContext { Text = text }).IsAmbiguous.Should().BeTrue();
    }

    [Fact]
    public void Resolve_SharedAbbreviationWithCountryHint_IsConfirmed()
    {
        Registry.Resolve("NBS", "CN").Publisher!.Id.Should().Be("cn.stats");
        Registry.Resolve("NBS", "JP").IsAmbiguous.Should().BeTrue();
    }

    [Theory]
    [InlineData("外交部表示，臺灣與日本持續合作。", "tw.mofa")]
    [InlineData("外交部发言人表示，中国愿与各方合作。", "cn.mfa")]
    [InlineData("教育部公布臺灣的統計。", "tw.moe")]
    [InlineData("The report by Japan's MOFA", "jp.mofa")]
    [InlineData("NBS figures, https://www.stats.gov.cn/sj/", "cn.stats")]
    public void FindMentions_SharedFormInALineWithClues_IsResolvedByTheLine(string text, string expectedId)
    {
        var mention = Registry.FindMentions(text).First(m => m.Text is "外交部" or "教育部" or "MOFA" or "NBS");

        mention.Publisher!.Id.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("MOFA statement", "MOFA")]
    [InlineData("NBS data were revised", "NBS")]
    [InlineData("CNA said", "CNA")]
    public void FindMentions_SharedAbbreviationWithoutClues_IsAmbiguous(string text, string form)
    {
        var mention = Registry.FindMentions(text).Single(m => m.Text == form);

        mention.IsAmbiguous.Should().BeTrue();
        mention.Publisher.Should().BeNull();
    }
}
