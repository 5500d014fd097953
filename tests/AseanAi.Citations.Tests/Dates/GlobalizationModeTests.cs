using System.Globalization;

namespace AseanAi.Citations.Tests.Dates;

/// <summary>
/// The reason the library has its own era tables: without ICU (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, the default in
/// Alpine and chiseled containers) the framework's Japanese calendar is unusable, while CitationDate reads the same.
/// .ci/run runs the whole core suite a second time in that mode; these tests prove the mode is really on in that run.
/// </summary>
public class GlobalizationModeTests
{
    private static bool InvariantModeRequested =>
        Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";

    [Fact]
    public void InvariantRun_JapaneseCalendarIsUnavailable_ButEraDatesStillRead()
    {
        if (!InvariantModeRequested)
        {
            return;
        }

        var createCalendar = () => new JapaneseCalendar();
        var createCulture = () => new CultureInfo("ja-JP");

        createCalendar.Should().Throw<Exception>("the framework's Japanese calendar needs ICU data");
        createCulture.Should().Throw<CultureNotFoundException>();
        CitationDate.Parse("令和7年10月26日").ToEdtf().Should().Be("2025-10-26");
        CitationDate.Parse("平成31年4月30日").ToString(DateNotation.JapaneseEra).Should().Be("平成31年4月30日");
    }

    [Fact]
    public void NormalRun_FrameworkAcceptsADayOutsideItsEra_WhichCitationDateRejects()
    {
        if (InvariantModeRequested)
        {
            return;
        }

        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();

        var accepted = DateTime.TryParseExact("平成31年5月1日", "ggy年M月d日", culture, DateTimeStyles.None, out var day);

        accepted.Should().BeTrue();
        day.Should().Be(new DateTime(2019, 5, 1));
        CitationDate.TryParse("平成31年5月1日", out _).Should().BeFalse();
    }
}
