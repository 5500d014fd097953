using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Tests.Publishers;

public class PublisherTests
{
    private static Publisher Mofa() =>
        new("jp.mofa", PublisherKind.GovernmentMinistry, "JP",
            [new LocalizedText("外務省", "ja"), new LocalizedText("外務省", "zh-Hant"), new LocalizedText("Ministry of Foreign Affairs of Japan", "en")])
        {
            Abbreviations = ["MOFA"],
            Domains = ["MOFA.go.jp/", "mofa.go.jp/MofaJ"],
            Sources = [new Uri("https://www.mofa.go.jp/")],
        };

    [Fact]
    public void Constructor_ValidValues_KeepsThemAndNormalisesDomains()
    {
        var mofa = Mofa();

        mofa.Name.Should().Be("外務省");
        mofa.Domains.Should().Equal("mofa.go.jp", "mofa.go.jp/mofaj");
        mofa.ToString().Should().Be("jp.mofa 外務省");
    }

    [Theory]
    [InlineData("zh-Hant", "外務省")]
    [InlineData("zh-hant-TW", "外務省")]
    [InlineData("en-GB", "Ministry of Foreign Affairs of Japan")]
    [InlineData("ko", null)]
    [InlineData("", null)]
    public void GetName_FallsBackAlongTheTag(string language, string? expected)
    {
        Mofa().GetName(language).Should().Be(expected);
    }

    [Fact]
    public void ToReference_GivesAKnownPublisherRef()
    {
        var mofa = Mofa();

        mofa.ToReference().Should().Be(PublisherRef.Known("jp.mofa", "外務省"));
        mofa.ToReference("日本外務省", "アジア大洋州局").Should().Be(PublisherRef.Known("jp.mofa", "日本外務省", "アジア大洋州局"));
        mofa.ToReference(isInferred: true).IsInferred.Should().BeTrue();
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        Mofa().Should().Be(Mofa());
        Mofa().GetHashCode().Should().Be(Mofa().GetHashCode());
        (Mofa() with { Aliases = ["外务省"] }).Should().NotBe(Mofa());
        (Mofa() with { ParentId = "jp.cao" }).Should().NotBe(Mofa());
    }

    [Theory]
    [InlineData("JP.MOFA", "JP")]
    [InlineData("jp..mofa", "JP")]
    [InlineData("jp.mofa.", "JP")]
    [InlineData("", "JP")]
    [InlineData("jp.mofa", "jp")]
    [InlineData("jp.mofa", "JPN")]
    [InlineData("jp.mofa", "35")]
    public void Constructor_BadIdOrCountry_Throws(string id, string country)
    {
        var act = () => new Publisher(id, PublisherKind.Company, country, [new LocalizedText("x", "ja")]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_BadNames_Throw()
    {
        var noNames = () => new Publisher("jp.x", PublisherKind.Company, "JP", []);
        var noLanguage = () => new Publisher("jp.x", PublisherKind.Company, "JP", [new LocalizedText("x")]);
        var twice = () => new Publisher("jp.x", PublisherKind.Company, "JP", [new LocalizedText("x", "ja"), new LocalizedText("y", "JA")]);
        var badKind = () => new Publisher("jp.x", (PublisherKind)99, "JP", [new LocalizedText("x", "ja")]);

        noNames.Should().Throw<ArgumentException>();
        noLanguage.Should().Throw<ArgumentException>();
        twice.Should().Throw<ArgumentException>().WithMessage("*give other forms as aliases*");
        badKind.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("https://mofa.go.jp")]
    [InlineData("mofa")]
    [InlineData("mofa.go.jp:443")]
    [InlineData("mo fa.go.jp")]
    [InlineData("-mofa.go.jp")]
    [InlineData("外務省.jp")]
    [InlineData("mofa.go.jp/a//b")]
    public void Domains_BadValue_Throws(string domain)
    {
        var act = () => Mofa() with { Domains = [domain] };

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void OtherProperties_BadValues_Throw()
    {
        var blankAlias = () => Mofa() with { Aliases = [" "] };
        var ownParent = () => Mofa() with { ParentId = "jp.mofa" };
        var relativeSource = () => Mofa() with { Sources = [new Uri("/x", UriKind.Relative)] };
        var ftpSource = () => Mofa() with { Sources = [new Uri("ftp://mofa.go.jp/")] };

        blankAlias.Should().Throw<ArgumentException>();
        ownParent.Should().Throw<ArgumentException>();
        relativeSource.Should().Throw<ArgumentException>();
        ftpSource.Should().Throw<ArgumentException>();
    }
}
