using System.Text.Json;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>Checks of the built-in data file itself: size, sources, coverage of the organisations the issue names.</summary>
public class BuiltInPublisherDataTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    private static string DataFolder => Path.Combine(RepositoryPaths.Root, "src", "AseanAi.Citations", "Publishers", "Data");

    public static TheoryData<string> DataFiles() => [.. Directory.GetFiles(DataFolder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Default_HoldsAtLeast1000Publishers()
    {
        Registry.Count.Should().BeGreaterThanOrEqualTo(1000);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_IsStrictJson(string fileName)
    {
        var act = () => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataFolder, fileName)));

        act.Should().NotThrow();
    }

    [Fact]
    public void EveryEntry_NamesAPublicSourceAndHasAnEnglishName()
    {
        Registry.Publishers.Should().OnlyContain(p => !p.Sources.IsEmpty && p.Sources.All(s => s.Scheme == "https" || s.Scheme == "http"));
        Registry.Publishers.Where(p => p.GetName("en") is null).Select(p => p.Id).Should().BeEmpty();
    }

    [Fact]
    public void EveryJapaneseEntry_HasAJapaneseName()
    {
        Registry.Publishers.Where(p => p.Country == "JP" && p.GetName("ja") is null).Select(p => p.Id).Should().BeEmpty();
    }

    [Fact]
    public void EveryName_ResolvesToItsEntryOrReportsItAmongTheCandidates()
    {
        var failures = new List<string>();
        foreach (var publisher in Registry.Publishers)
        {
            foreach (var form in publisher.Names.Select(n => n.Text).Concat(publisher.Abbreviations).Concat(publisher.Aliases).Concat(publisher.LookupOnlyAliases))
            {
                var match = Registry.Resolve(form);
                if (!match.Candidates.Contains(publisher))
                {
                    failures.Add($"{form} → {match}, expected {publisher.Id}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void EveryDomain_ResolvesToItsEntry()
    {
        foreach (var publisher in Registry.Publishers)
        {
            foreach (var domain in publisher.Domains)
            {
                Registry.TryResolveUrl(new Uri("https://" + domain + "/"), out var found).Should().BeTrue(domain);
                found.Should().Be(publisher, domain);
            }
        }
    }

    [Theory]
    [InlineData("jp.cao", "jp.cas", "jp.mic", "jp.moj", "jp.mofa", "jp.mof", "jp.mext", "jp.mhlw", "jp.maff", "jp.meti", "jp.mlit", "jp.env", "jp.mod")]
    [InlineData("jp.digital", "jp.jpo", "jp.bunka", "jp.ppc", "jp.reconstruction", "jp.fsa", "jp.npa")]
    [InlineData("jp.jst", "jp.jetro", "jp.jica", "jp.ipa", "jp.nict", "jp.aist", "jp.riken", "jp.nii", "jp.rieti", "jp.nedo", "jp.aisi")]
    [InlineData("jp.nikkei", "jp.asahi", "jp.yomiuri", "jp.mainichi", "jp.sankei", "jp.nhk", "jp.kyodo", "jp.jiji", "jp.japantimes", "jp.yahoo-news", "jp.yahoo-news.expert", "jp.itmedia")]
    [InlineData("asean", "asean.secretariat", "asean.eria", "sg.aisg", "sg.imda", "sg.govtech", "sg.astar", "th.nectec", "th.depa", "vn.mic", "id.komdigi", "my.digital", "ph.dict")]
    [InlineData("tw.ey", "tw.nstc", "tw.moda", "tw.sinica", "tw.iii", "tw.iii.stli", "tw.itri", "tw.cna")]
    [InlineData("cn.cac", "cn.ndrc", "cn.miit", "cn.caict", "cn.xinhua", "cn.peopledaily")]
    [InlineData("id.kominfo", "tw.most", "tw.nsc", "jp.sta", "jp.miti", "vn.mpi", "cn.stats", "cn.moe", "tw.moe", "sg.moe", "kr.mofa", "th.bot", "vn.sbv", "id.bps", "my.dosm", "ph.psa")]
    [InlineData("kr.msit", "kr.pipc", "kr.nia", "kr.etri", "int.oecd", "int.un", "int.unesco", "int.g7-hap", "cn.alibaba-cloud", "cn.deepseek")]
    public void Default_HoldsTheOrganisationsTheIssueNames(params string[] ids)
    {
        ids.Where(id => !Registry.TryGetById(id, out _)).Should().BeEmpty();
    }

    [Fact]
    public void Kinds_AreTheOnesTheDataMeans()
    {
        Registry.TryGetById("jp.jst", out var jst).Should().BeTrue();
        jst!.Kind.Should().Be(PublisherKind.IncorporatedAdministrativeAgency);
        jst.Country.Should().Be("JP");
        jst.GetName("zh-Hant").Should().Be("科學技術振興機構");
        jst.GetName("zh-Hans-CN").Should().Be("科学技术振兴机构");
        jst.Abbreviations.Should().Equal("JST");
        Registry.TryGetById("asean.eria", out var eria).Should().BeTrue();
        eria!.Country.Should().Be("035");
        Registry.TryGetById("jp.yahoo-news.expert", out var expert).Should().BeTrue();
        expert!.Kind.Should().Be(PublisherKind.NewsPlatform);
        expert.Domains.Should().Equal("news.yahoo.co.jp/expert");
    }
}
