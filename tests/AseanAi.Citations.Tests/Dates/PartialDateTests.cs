namespace AseanAi.Citations.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData(2025, null, null, DatePrecision.Year, "2025")]
    [InlineData(2024, 12, null, DatePrecision.Month, "2024-12")]
    [InlineData(2025, 10, 26, DatePrecision.Day, "2025-10-26")]
    [InlineData(2024, 2, 29, DatePrecision.Day, "2024-02-29")]
    [InlineData(2000, 2, 29, DatePrecision.Day, "2000-02-29")]
    [InlineData(5, 1, 1, DatePrecision.Day, "0005-01-01")]
    [InlineData(-221, null, null, DatePrecision.Year, "-0221")]
    [InlineData(0, null, null, DatePrecision.Year, "0000")]
    public void Constructor_ValidParts_KeepsPartsAndWritesEdtf(int year, int? month, int? day, DatePrecision precision, string edtf)
    {
        var date = new PartialDate(year, month, day);

        date.Year.Should().Be(year);
        date.Month.Should().Be(month);
        date.Day.Should().Be(day);
        date.Season.Should().BeNull();
        date.Precision.Should().Be(precision);
        date.ToEdtf().Should().Be(edtf);
    }

    [Theory]
    [InlineData(2025, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2025, 4, 31)]
    [InlineData(2025, 13, 1)]
    [InlineData(2025, 0, 1)]
    [InlineData(2025, 1, 0)]
    [InlineData(10000, 1, 1)]
    [InlineData(-10000, null, null)]
    public void Constructor_ImpossibleDate_Throws(int year, int? month, int? day)
    {
        var create = () => new PartialDate(year, month, day);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_DayWithoutMonth_ThrowsArgumentException()
    {
        var create = () => new PartialDate(2025, null, 3);

        create.Should().Throw<ArgumentException>().WithParameterName("day").WithMessage("A day needs a month.*");
    }

    [Theory]
    [InlineData(Season.Spring, "2025-21")]
    [InlineData(Season.Summer, "2025-22")]
    [InlineData(Season.Autumn, "2025-23")]
    [InlineData(Season.Winter, "2025-24")]
    public void FromSeason_WritesEdtfSeasonCode(Season season, string edtf)
    {
        var date = PartialDate.FromSeason(2025, season);

        date.Season.Should().Be(season);
        date.Month.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Season);
        date.ToEdtf().Should().Be(edtf);
    }

    [Fact]
    public void FromSeason_UndefinedSeason_Throws()
    {
        var create = () => PartialDate.FromSeason(2025, (Season)20);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(DateQualifier.Uncertain, "2025-10?")]
    [InlineData(DateQualifier.Approximate, "2025-10~")]
    [InlineData(DateQualifier.UncertainAndApproximate, "2025-10%")]
    public void WithQualifier_AppendsEdtfQualifier(DateQualifier qualifier, string edtf)
    {
        var date = new PartialDate(2025, 10).WithQualifier(qualifier);

        date.Qualifier.Should().Be(qualifier);
        date.ToEdtf().Should().Be(edtf);
    }

    [Fact]
    public void Equality_ComparesEveryPartAndQualifier()
    {
        var a = new PartialDate(2025, 10, 26);

        (a == new PartialDate(2025, 10, 26)).Should().BeTrue();
        a.Should().NotBe(new PartialDate(2025, 10));
        a.Should().NotBe(a.WithQualifier(DateQualifier.Approximate));
        new PartialDate(2025).Should().NotBe(PartialDate.FromSeason(2025, Season.Spring));
        a.GetHashCode().Should().Be(new PartialDate(2025, 10, 26).GetHashCode());
    }

    [Theory]
    [InlineData(2024, true)]
    [InlineData(2025, false)]
    [InlineData(1900, false)]
    [InlineData(2000, true)]
    [InlineData(0, true)]
    public void IsLeapYear_FollowsGregorianRules(int year, bool expected) =>
        PartialDate.IsLeapYear(year).Should().Be(expected);
}
