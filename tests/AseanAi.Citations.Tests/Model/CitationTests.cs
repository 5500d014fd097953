using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Model;

public class CitationTests
{
    [Fact]
    public void NewCitation_HasEmptyCollectionsAndOtherType()
    {
        var citation = new Citation();

        citation.Type.Should().Be(SourceType.Other);
        citation.Authors.IsDefault.Should().BeFalse();
        citation.Authors.Should().BeEmpty();
        citation.Editors.Should().BeEmpty();
        citation.Translators.Should().BeEmpty();
        citation.Title.Should().BeNull();
        citation.Issued.Should().BeNull();
    }

    [Fact]
    public void Equality_TwoCitationsBuiltAlike_AreEqual()
    {
        var a = SampleCitations.EveryField();
        var b = SampleCitations.EveryField();

        a.Should().NotBeSameAs(b);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equality_ComparesAuthorsElementByElement()
    {
        var a = SampleCitations.MofaInitiative();
        var b = a with { Authors = [Contributor.ForOrganization(PublisherRef.Known("jp.mofa", "外務省"))] };
        var c = a with { Authors = [Contributor.ForOrganization(PublisherRef.Known("jp.meti", "経済産業省"))] };

        b.Should().Be(a);
        c.Should().NotBe(a);
    }

    [Fact]
    public void Equality_ComparesUrlsIncludingFragment()
    {
        var a = SampleCitations.MofaInitiative();
        var b = a with { Url = new Uri("https://www.mofa.go.jp/mofaj/files/100927259.pdf#page=2") };

        b.Should().NotBe(a);
    }

    [Fact]
    public void With_ChangesOneFieldAndLeavesOriginalUntouched()
    {
        var original = SampleCitations.MofaInitiative();

        var moved = original with { Url = new Uri("https://www.mofa.go.jp/files/100927259.pdf") };

        moved.Url!.AbsolutePath.Should().Be("/files/100927259.pdf");
        original.Url!.AbsolutePath.Should().Be("/mofaj/files/100927259.pdf");
        moved.Title.Should().Be(original.Title);
    }

    [Fact]
    public void Language_IsNormalisedAndValidated()
    {
        new Citation { Language = "ZH-HANT" }.Language.Should().Be("zh-Hant");

        var create = () => new Citation { Language = "not a tag" };
        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Type_UndefinedValue_Throws()
    {
        var create = () => new Citation { Type = (SourceType)99 };

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Authors_DefaultAssignment_ReadsAsEmpty() =>
        (SampleCitations.MofaInitiative() with { Authors = default }).Authors.Should().BeEmpty();
}
