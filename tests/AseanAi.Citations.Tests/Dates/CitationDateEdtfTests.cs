namespace AseanAi.Citations.Tests.Dates;

public class CitationDateEdtfTests
{
    [Theory]
    [InlineData("2025")]
    [InlineData("2024-12")]
    [InlineData("2025-10-26")]
    [InlineData("2025-21")]
    [InlineData("2025-24")]
    [InlineData("2024-12/2025-01")]
    [InlineData("2025-10-26/2025-10-28")]
    [InlineData("2024-04/2025-03")]
    [InlineData("2024/2025")]
    [InlineData("2025-21/2025-22")]
    [InlineData("1984?")]
    [InlineData("2004-06~")]
    [InlineData("2004-06-11%")]
    [InlineData("2004-06~/2004-08?")]
    [InlineData("-0221")]
    [InlineData("0000")]
    [InlineData("2024-02-29")]
    public void ParseEdtf_ValidText_RoundTrips(string edtf)
    {
        var date = CitationDate.ParseEdtf(edtf);

        date.ToEdtf().Should().Be(edtf);
        date.OriginalText.Should().BeNull();
        CitationDate.TryParseEdtf(edtf, out var again).Should().BeTrue();
        again.Should().Be(date);
    }

    [Fact]
    public void ParseEdtf_Interval_SetsBothEnds()
    {
        var date = CitationDate.ParseEdtf("2024-12/2025-01");

        date.IsInterval.Should().BeTrue();
        date.Start.Should().Be(new PartialDate(2024, 12));
        date.End.Should().Be(new PartialDate(2025, 1));
    }

    [Fact]
    public void ParseEdtf_Season_SetsSeason()
    {
        var date = CitationDate.ParseEdtf("2025-21");

        date.IsInterval.Should().BeFalse();
        date.Start.Season.Should().Be(Season.Spring);
        date.Start.Year.Should().Be(2025);
    }

    [Theory]
    [InlineData("", "empty", 1)]
    [InlineData("25", "year needs 4 digits", 3)]
    [InlineData("20250", "exactly four digits", 5)]
    [InlineData("2025-13", "month 13 is out of range", 6)]
    [InlineData("2025-00", "month 0 is out of range", 6)]
    [InlineData("2025-02-29", "day 29 does not exist in 2025-02", 9)]
    [InlineData("2025-04-31", "day 31 does not exist", 9)]
    [InlineData("2025-1", "needs 2 digits", 7)]
    [InlineData("2025-10-26T10:00:00Z", "times are not supported", 11)]
    [InlineData("201X", "unspecified digits", 4)]
    [InlineData("2025-33", "sub-year grouping 33", 6)]
    [InlineData("2025-21-01", "a season cannot have a day", 8)]
    [InlineData("2025/2024", "ends before it starts", 6)]
    [InlineData("2025-10/2025-09", "ends before it starts", 9)]
    [InlineData("2025/..", "open or unknown interval ends", 6)]
    [InlineData("../2025", "open or unknown interval ends", 1)]
    [InlineData("2025/", "open or unknown interval ends", 6)]
    [InlineData("2025/2026/2027", "exactly one '/'", 10)]
    [InlineData("2025-10-26?~", "only one qualifier", 12)]
    [InlineData(" 2025", "needs 4 ASCII digits", 1)]
    [InlineData("２０２５", "needs 4 ASCII digits", 1)]
    [InlineData("Y170000002", "'Y' prefix", 1)]
    [InlineData("令和7年", "ASCII digits", 1)]
    public void ParseEdtf_MalformedText_ThrowsFormatExceptionWithReasonAndPosition(string text, string reason, int character)
    {
        var parse = () => CitationDate.ParseEdtf(text);

        parse.Should().Throw<FormatException>()
            .Which.Message.Should().Contain(reason).And.Contain($"(at character {character})");
        CitationDate.TryParseEdtf(text, out var date).Should().BeFalse();
        date.Should().BeNull();
    }

    [Fact]
    public void TryParseEdtf_Null_ReturnsFalse()
    {
        CitationDate.TryParseEdtf(null, out var date).Should().BeFalse();
        date.Should().BeNull();
    }

    [Fact]
    public void ParseEdtf_VeryLongInput_FailsQuickly()
    {
        var text = new string('9', 10_000);

        CitationDate.TryParseEdtf(text, out _).Should().BeFalse();
        var parse = () => CitationDate.ParseEdtf(text);
        parse.Should().Throw<FormatException>().Which.Message.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void Constructor_IntervalEndingBeforeStart_Throws()
    {
        var create = () => new CitationDate(new PartialDate(2025, 3), new PartialDate(2025, 2));

        create.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Constructor_WinterToNextSpring_IsAValidInterval()
    {
        var date = new CitationDate(PartialDate.FromSeason(2024, Season.Winter), PartialDate.FromSeason(2025, Season.Spring));

        date.ToEdtf().Should().Be("2024-24/2025-21");
    }

    [Fact]
    public void WithOriginalText_KeepsDatesAndText()
    {
        var date = CitationDate.FromParts(2025, 10, 26).WithOriginalText("令和7年10月26日");

        date.OriginalText.Should().Be("令和7年10月26日");
        date.ToEdtf().Should().Be("2025-10-26");
        date.ToString().Should().Be("2025-10-26");
    }

    [Fact]
    public void Equality_IncludesOriginalText()
    {
        var plain = CitationDate.FromParts(2025, 10, 26);
        var withText = plain.WithOriginalText("2025年10月26日");

        (plain == CitationDate.FromParts(2025, 10, 26)).Should().BeTrue();
        (plain != withText).Should().BeTrue();
        withText.Should().Be(CitationDate.ParseEdtf("2025-10-26").WithOriginalText("2025年10月26日"));
        withText.GetHashCode().Should().Be(CitationDate.ParseEdtf("2025-10-26").WithOriginalText("2025年10月26日").GetHashCode());
    }

    [Fact]
    public void Edtf_IsCultureInvariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo arabic;
        try
        {
            arabic = new System.Globalization.CultureInfo("ar-SA");
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            // Globalization-invariant mode has no other cultures: nothing can differ.
            return;
        }

        try
        {
            System.Globalization.CultureInfo.CurrentCulture = arabic;
            CitationDate.ParseEdtf("2025-10-26").ToEdtf().Should().Be("2025-10-26");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
