using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Tests.Dates;

public class JapaneseErasTests
{
    [Fact]
    public void All_LoadsTheModernErasFromTheDataFile()
    {
        var eras = JapaneseEras.All;

        eras.Select(e => e.Name).Should().Equal("明治", "大正", "昭和", "平成", "令和");
        eras.Select(e => e.LatinAbbreviation).Should().Equal('M', 'T', 'S', 'H', 'R');
        eras.Select(e => e.SquaredSign).Should().Equal('\u337E', '\u337D', '\u337C', '\u337B', '\u32FF');
    }

    [Theory]
    [InlineData("大正", 19120730, 19261224)]
    [InlineData("昭和", 19261225, 19890107)]
    [InlineData("平成", 19890108, 20190430)]
    [InlineData("令和", 20190501, int.MaxValue)]
    public void All_EachEraEndsTheDayBeforeTheNextBegins(string name, int firstDay, int lastDay)
    {
        var era = JapaneseEras.All.Single(e => e.Name == name);

        era.FirstDay.Should().Be(firstDay);
        era.LastDay.Should().Be(lastDay);
        era.FirstGregorianDay.Should().Be(firstDay);
    }

    [Fact]
    public void All_MeijiIsGregorianOnlyFrom1873()
    {
        var meiji = JapaneseEras.All[0];

        meiji.FirstYear.Should().Be(1868);
        meiji.FirstGregorianDay.Should().Be(18730101);
        meiji.LastDay.Should().Be(19120729);
    }

    [Theory]
    [InlineData("令和7年", 4, 2, false)]
    [InlineData("㋿7年", 4, 1, false)]
    [InlineData("㍻31年", 3, 1, false)]
    [InlineData("R7.10.26", 4, 1, true)]
    [InlineData("ｈ31.4.30", 3, 1, true)]
    [InlineData("明7.1.1", 0, 1, true)]
    public void TryMatch_EraForm_FindsTheEra(string text, int index, int length, bool abbreviated)
    {
        JapaneseEras.TryMatch(text, out var found, out var matched, out var isAbbreviation).Should().BeTrue();

        found.Should().Be(index);
        matched.Should().Be(length);
        isAbbreviation.Should().Be(abbreviated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("R")]
    [InlineData("Reiwa")]
    [InlineData("大規模")]
    [InlineData("令状")]
    [InlineData("X7.1.1")]
    public void TryMatch_OtherText_FindsNothing(string text)
    {
        JapaneseEras.TryMatch(text, out _, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(19890107, 2)]
    [InlineData(19890108, 3)]
    [InlineData(18680101, -1)]
    [InlineData(20251026, 4)]
    public void IndexAt_Day_FindsTheEraInForce(int day, int index)
    {
        JapaneseEras.IndexAt(day).Should().Be(index);
    }
}
