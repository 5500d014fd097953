namespace AseanAi.Citations.Tests.Model;

public class ContributorAndPublisherTests
{
    [Fact]
    public void PublisherRef_Known_KeepsIdNameUnitAndInference()
    {
        var publisher = PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター");

        publisher.IsResolved.Should().BeTrue();
        publisher.Id.Should().Be("jp.jst");
        publisher.Name.Should().Be("科学技術振興機構(JST)");
        publisher.Unit.Should().Be("アジア・太平洋総合研究センター");
        publisher.IsInferred.Should().BeFalse();
        publisher.ToString().Should().Be("科学技術振興機構(JST) アジア・太平洋総合研究センター");
    }

    [Fact]
    public void PublisherRef_Unresolved_HasNoId()
    {
        var publisher = PublisherRef.Unresolved("某研究会");

        publisher.IsResolved.Should().BeFalse();
        publisher.Id.Should().BeNull();
        publisher.ToString().Should().Be("某研究会");
    }

    [Fact]
    public void PublisherRef_Inferred_IsFlagged() =>
        PublisherRef.Known("jp.mofa", "www.mofa.go.jp", isInferred: true).IsInferred.Should().BeTrue();

    [Theory]
    [InlineData("", "外務省")]
    [InlineData("jp.mofa", " ")]
    public void PublisherRef_Known_BlankIdOrName_Throws(string id, string name)
    {
        var create = () => PublisherRef.Known(id, name);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Contributor_ExactlyOneKind()
    {
        var person = Contributor.ForPerson(PersonName.Create("佐藤", "仁"));
        var organization = Contributor.ForOrganization(PublisherRef.Known("jp.mofa", "外務省"));

        person.IsPerson.Should().BeTrue();
        person.Organization.Should().BeNull();
        person.ToString().Should().Be("佐藤仁");
        organization.IsPerson.Should().BeFalse();
        organization.Person.Should().BeNull();
        organization.ToString().Should().Be("外務省");
        person.Should().NotBe(organization);
    }

    [Fact]
    public void Contributor_Null_Throws()
    {
        var person = () => Contributor.ForPerson(null!);
        var organization = () => Contributor.ForOrganization(null!);

        person.Should().Throw<ArgumentNullException>();
        organization.Should().Throw<ArgumentNullException>();
    }
}
