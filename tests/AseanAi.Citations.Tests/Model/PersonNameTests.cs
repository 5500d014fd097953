namespace AseanAi.Citations.Tests.Model;

public class PersonNameTests
{
    [Theory]
    [InlineData("佐藤", "仁", "佐藤仁", true)]
    [InlineData("高市", "早苗", "高市早苗", true)]
    [InlineData("歐陽", "修", "歐陽修", true)]
    [InlineData("김", "민준", "김민준", true)]
    [InlineData("Sato", "Jin", "Jin Sato", false)]
    [InlineData("Nguyễn", "Văn An", "Văn An Nguyễn", false)]
    public void Create_FamilyAndGiven_DisplaysInScriptOrder(string family, string given, string display, bool isCjk)
    {
        var name = PersonName.Create(family, given);

        name.Family.Should().Be(family);
        name.Given.Should().Be(given);
        name.IsLiteral.Should().BeFalse();
        name.IsCjk.Should().Be(isCjk);
        name.ToString().Should().Be(display);
    }

    [Fact]
    public void FromLiteral_KeepsWholeNameAsOneUnit()
    {
        var name = PersonName.FromLiteral(" 岸田文雄 ");

        name.IsLiteral.Should().BeTrue();
        name.Literal.Should().Be("岸田文雄");
        name.Family.Should().BeNull();
        name.Given.Should().BeNull();
        name.IsCjk.Should().BeTrue();
        name.ToString().Should().Be("岸田文雄");
    }

    [Fact]
    public void Create_FamilyOnly_DisplaysFamily() =>
        PersonName.Create("Plato").ToString().Should().Be("Plato");

    [Theory]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("佐藤", "")]
    [InlineData("佐藤", "  ")]
    public void Create_BlankParts_Throw(string family, string? given)
    {
        var create = () => PersonName.Create(family, given);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        PersonName.Create("佐藤", "仁").Should().Be(PersonName.Create("佐藤", "仁"));
        PersonName.Create("佐藤", "仁").Should().NotBe(PersonName.FromLiteral("佐藤仁"));
    }
}
