using System.Collections.Immutable;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>Validity periods, predecessors and successors: the body of a date, and the successor of a former name.</summary>
public class PublisherHistoryTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    [Theory]
    [InlineData("id.kominfo", "2024-10-20", "id.komdigi", "2024-10-21")]
    [InlineData("vn.mic", "2025-02-28", "vn.most", null)]
    [InlineData("tw.most", "2022-07-26", "tw.nstc", "2022-07-27")]
    [InlineData("jp.sta", "2001-01-05", "jp.mext", "2001-01-06")]
    [InlineData("jp.miti", "2001-01-05", "jp.meti", "2001-01-06")]
    [InlineData("jp.jda", "2007-01-08", "jp.mod", "2007-01-09")]
    [InlineData("cn.mep", "2018-03-18", "cn.mee", "2018-03-19")]
    [InlineData("tw.coa", "2023-07-31", "tw.moa", "2023-08-01")]
    [InlineData("kr.msip", "2017-07-25", "kr.msit", "2017-07-26")]
    public void FormerBody_EndsTheDayBeforeItsSuccessorStarts(string formerId, string end, string successorId, string? start)
    {
        Registry.TryGetById(formerId, out var former).Should().BeTrue();
        Registry.TryGetById(successorId, out var successor).Should().BeTrue();

        former!.ValidTo.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        successor!.ValidFrom.Should().Be(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        former.SuccessorIds.Should().Contain(successorId);
        successor.PredecessorIds.Should().Contain(formerId);
        Registry.GetSuccessors(former).Should().Contain(successor);
        Registry.GetPredecessors(successor).Should().Contain(former);
    }

    [Theory]
    [InlineData("Kominfo", "id.kominfo", "id.komdigi")]
    [InlineData("Kementerian Komunikasi dan Informatika", "id.kominfo", "id.komdigi")]
    [InlineData("Bộ Thông tin và Truyền thông", "vn.mic", "vn.most")]
    [InlineData("科学技術庁", "jp.sta", "jp.mext")]
    [InlineData("通商産業省", "jp.miti", "jp.meti")]
    [InlineData("中華民國科技部", "tw.most", "tw.nstc")]
    [InlineData("行政院農業委員會", "tw.coa", "tw.moa")]
    [InlineData("国家卫生和计划生育委员会", "cn.nhfpc", "cn.nhc")]
    public void Resolve_FormerName_GivesTheFormerBodyAndReportsItsSuccessor(string name, string expectedId, string successorId)
    {
        var match = Registry.Resolve(name);

        match.Publisher!.Id.Should().Be(expectedId);
        match.Successors.Select(p => p.Id).Should().Equal(successorId);
    }

    [Fact]
    public void Resolve_CurrentName_ReportsNoSuccessor()
    {
        Registry.Resolve("文部科学省").Successors.Should().BeEmpty();
        Registry.Resolve("Komdigi").Successors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://www.kominfo.go.id/content/detail/1", "id.kominfo")]
    [InlineData("https://www.komdigi.go.id/berita", "id.komdigi")]
    [InlineData("https://www.most.gov.tw/", "tw.most")]
    [InlineData("https://www.nstc.gov.tw/", "tw.nstc")]
    public void TryResolveUrl_FormerSite_GivesTheBodyOfThatSite(string url, string expectedId)
    {
        Registry.TryResolveUrl(new Uri(url), out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("MOST", "2019-05-01", "TW", "tw.most")]
    [InlineData("科技部", "2019-05-01", "TW", "tw.most")]
    [InlineData("MIC", "2019-05-01", "VN", "vn.mic")]
    public void ResolveInContext_SharedFormWithDate_GivesTheBodyOfThatDate(string name, string date, string country, string expectedId)
    {
        var context = new PublisherContext { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Country = country };

        Registry.ResolveInContext(name, context).Publisher!.Id.Should().Be(expectedId);
    }

    [Fact]
    public void ResolveInContext_DateAloneSeparatesBodiesOfOneNameOverTime()
    {
        // MOST was Taiwan's ministry until July 2022, and is China's and Viet Nam's ministry throughout: a date after
        // 2022 leaves China and Viet Nam, which only a country clue can tell apart.
        var after = Registry.ResolveInContext("MOST", new PublisherContext { Date = new DateOnly(2024, 1, 1) });

        after.Candidates.Select(p => p.Id).Should().NotContain("tw.most");
        after.IsAmbiguous.Should().BeTrue();
    }

    [Fact]
    public void GetCurrent_FollowsSuccessorsToTheBodiesOfToday()
    {
        Registry.TryGetById("jp.sta", out var sta).Should().BeTrue();
        Registry.TryGetById("tw.nsc", out var nsc).Should().BeTrue();

        Registry.GetCurrent(sta!).Select(p => p.Id).Should().Equal("jp.mext");
        Registry.GetCurrent(nsc!).Select(p => p.Id).Should().Equal("tw.nstc");
    }

    [Fact]
    public void FindMentions_FormerName_ReportsItsSuccessor()
    {
        var mentions = Registry.FindMentions("2019年の科学技術庁と通商産業省の報告、Kominfo の発表");

        mentions.Select(m => m.Publisher?.Id).Should().Equal("jp.sta", "jp.miti", "id.kominfo");
        mentions.Select(m => string.Join(",", m.Successors.Select(p => p.Id))).Should().Equal("jp.mext", "jp.meti", "id.komdigi");
    }

    [Fact]
    public void Publisher_ValidityAndHistory_AreCheckedAndCompared()
    {
        var names = new[] { new LocalizedText("Example", "en") }.ToImmutableArray();
        var act = () => new Publisher("jp.example", PublisherKind.Other, "JP", names) { SuccessorIds = ["jp.example"] };
        act.Should().Throw<ArgumentException>().WithMessage("*own predecessor or successor*");

        var a = new Publisher("jp.example", PublisherKind.Other, "JP", names) { ValidTo = new DateOnly(2001, 1, 5), SuccessorIds = ["jp.next"] };
        var b = new Publisher("jp.example", PublisherKind.Other, "JP", names) { ValidTo = new DateOnly(2001, 1, 5), SuccessorIds = ["jp.next"] };
        a.Should().Be(b);
        (a with { ValidTo = null }).Should().NotBe(b);
        a.IsValidOn(new DateOnly(2001, 1, 5)).Should().BeTrue();
        a.IsValidOn(new DateOnly(2001, 1, 6)).Should().BeFalse();
    }

    [Fact]
    public void AddJson_HistoryFields_AreReadAndChecked()
    {
        const string json = """
            { "publishers": [
              { "id": "jp.old", "kind": "government-agency", "country": "JP", "names": { "en": "Old Agency" },
                "validFrom": "1956", "validTo": "2001-01", "successors": ["jp.new"] },
              { "id": "jp.new", "kind": "government-agency", "country": "JP", "names": { "en": "New Agency" },
                "validFrom": "2001-02-01", "predecessors": ["jp.old"] } ] }
            """;

        var registry = new PublisherRegistryBuilder().AddJson(json, "history.json").Build();

        registry.TryGetById("jp.old", out var old).Should().BeTrue();
        old!.ValidFrom.Should().Be(new DateOnly(1956, 1, 1));
        old.ValidTo.Should().Be(new DateOnly(2001, 1, 31));
        registry.Resolve("Old Agency").Successors.Select(p => p.Id).Should().Equal("jp.new");
    }

    [Theory]
    [InlineData("\"validTo\": \"2001-13-01\"", "publishers[0].validTo", "is not a date")]
    [InlineData("\"validFrom\": \"2002-01-01\", \"validTo\": \"2001-01-01\"", "publishers[0].validTo", "before its start")]
    [InlineData("\"successors\": [\"Bad Id\"]", "publishers[0].successors[0]", "lower-case ASCII")]
    public void AddJson_BadHistory_NamesFileLineAndField(string fields, string field, string problem)
    {
        var json = "{ \"publishers\": [\n  { \"id\": \"jp.old\", \"kind\": \"other\", \"country\": \"JP\", \"names\": { \"en\": \"Old\" }, " + fields + " } ] }";

        var act = () => new PublisherRegistryBuilder().AddJson(json, "history.json");

        act.Should().Throw<PublisherDataException>().WithMessage($"history.json(2,*): {field}*{problem}*");
    }

    [Fact]
    public void Build_UnknownSuccessor_IsReported()
    {
        const string json = """{ "publishers": [ { "id": "jp.old", "kind": "other", "country": "JP", "names": { "en": "Old" }, "successors": ["jp.gone"] } ] }""";

        var act = () => new PublisherRegistryBuilder().AddJson(json, "history.json").Build();

        act.Should().Throw<PublisherDataException>().WithMessage("*successor 'jp.gone' of 'jp.old' is not in the registry*");
    }
}
