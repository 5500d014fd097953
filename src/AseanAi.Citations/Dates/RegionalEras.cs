namespace AseanAi.Citations.Dates;

/// <summary>
/// How the era years of Southeast Asian references map to Gregorian years. Each rule's public source is named in
/// docs/dates.md; the numbers are these:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Thai Buddhist Era (พ.ศ.): CE + 543. From พ.ศ. 2432 (1889) the Thai solar calendar with Gregorian months began each
/// year on 1 April; พ.ศ. 2483 ran from 1 April to 31 December 1940, and from พ.ศ. 2484 (1941) the year begins on 1 January.
/// Before 2432 months were lunar.</item>
/// <item>Lao Buddhist Era (ພ.ສ.): CE + 543, the year turning at the Lao New Year in April.</item>
/// <item>Khmer Buddhist Era (ព.ស.): CE + 544 from Visak Bochea (April or May, a lunar day) to the end of December, CE + 543 before it.</item>
/// <item>Myanmar Era (ME, မြန်မာသက္ကရာဇ်): CE − 638 from the Myanmar New Year (Thingyan, mid-April), CE − 639 before it.</item>
/// <item>Hijri (H): the tabular Islamic calendar, only to check that the two years of a Malay dual year (1446H/2025) overlap.</item>
/// </list>
/// </remarks>
internal static class RegionalEras
{
    /// <summary>The first Thai Buddhist year of the solar calendar with Gregorian months (1 April 1889).</summary>
    public const int ThaiSolarCalendarFirstYear = 2432;

    /// <summary>The shortened Thai year: 1 April to 31 December 1940.</summary>
    public const int ThaiShortYear = 2483;

    /// <summary>The smallest four-digit year that a Thai, Lao or Khmer text without an era marker means as a Buddhist year.</summary>
    public const int BareBuddhistYearThreshold = 2300;

    // The Gregorian year in which era year `year` begins, and the months in which it turns; exactTurn when it turns on the
    // first day of turnFirst.
    private static int Rule(RegionalEra era, int year, out int turnFirst, out int turnLast, out bool exactTurn)
    {
        exactTurn = false;
        switch (era)
        {
            case RegionalEra.ThaiBuddhist when year < ThaiShortYear:
                turnFirst = turnLast = 4;
                exactTurn = true;
                return year - 543;
            case RegionalEra.ThaiBuddhist:
                turnFirst = turnLast = 1;
                exactTurn = true;
                return year - 543;
            case RegionalEra.LaoBuddhist:
                turnFirst = turnLast = 4;
                return year - 543;
            case RegionalEra.KhmerBuddhist:
                turnFirst = 4;
                turnLast = 5;
                return year - 544;
            case RegionalEra.Myanmar:
                turnFirst = turnLast = 4;
                return year + 638;
            default:
                turnFirst = turnLast = 1;
                exactTurn = true;
                return year;
        }
    }

    /// <summary>The months a year written alone covers: one Gregorian year, or an interval across two.</summary>
    public static void YearBounds(RegionalEra era, int year, out int firstYear, out int firstMonth, out int lastYear, out int lastMonth)
    {
        firstYear = Rule(era, year, out var turnFirst, out var turnLast, out var exact);
        if (era == RegionalEra.ThaiBuddhist && year == ThaiShortYear)
        {
            (firstMonth, lastYear, lastMonth) = (4, firstYear, 12);
            return;
        }

        if (turnFirst == 1)
        {
            (firstMonth, lastYear, lastMonth) = (0, firstYear, 0);
            return;
        }

        firstMonth = turnFirst;
        lastYear = firstYear + 1;
        lastMonth = exact ? turnFirst - 1 : turnLast;
    }

    /// <summary>
    /// The Gregorian year of <paramref name="month"/> in era year <paramref name="year"/>, or the reason there is none:
    /// <see cref="DateFindingCode.EraTurnAmbiguous"/> when the era year turns on a lunar day inside that month,
    /// <see cref="DateFindingCode.NonexistentMonth"/> for January to March of the shortened Thai year 2483, and
    /// <see cref="DateFindingCode.BeforeSolarCalendar"/> for a Thai month before 2432.
    /// </summary>
    public static DateFindingCode TryGregorianYear(RegionalEra era, int year, int month, out int gregorianYear)
    {
        gregorianYear = Rule(era, year, out var turnFirst, out var turnLast, out var exact);
        if (era == RegionalEra.ThaiBuddhist)
        {
            if (year < ThaiSolarCalendarFirstYear)
            {
                return DateFindingCode.BeforeSolarCalendar;
            }

            if (year == ThaiShortYear && month < 4)
            {
                return DateFindingCode.NonexistentMonth;
            }
        }

        if (month > turnLast || (exact && month >= turnFirst))
        {
            return DateFindingCode.None;
        }

        if (month < turnFirst)
        {
            gregorianYear++;
            return DateFindingCode.None;
        }

        return DateFindingCode.EraTurnAmbiguous;
    }

    /// <summary><see langword="true"/> when era year <paramref name="year"/> overlaps Gregorian year <paramref name="gregorianYear"/>.</summary>
    public static bool Overlaps(RegionalEra era, int year, int gregorianYear)
    {
        if (era == RegionalEra.Hijri)
        {
            var (first, last) = HijriYearBounds(year);
            return gregorianYear >= first && gregorianYear <= last;
        }

        YearBounds(era, year, out var firstYear, out _, out var lastYear, out _);
        return gregorianYear >= firstYear && gregorianYear <= lastYear;
    }

    /// <summary>The Gregorian years in which Hijri year <paramref name="year"/> begins and ends, by the tabular Islamic calendar.</summary>
    public static (int First, int Last) HijriYearBounds(int year)
    {
        // 1 Muharram 1 AH is 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian); the tabular calendar has 11 leap
        // years of 355 days in every 30.
        var epoch = new DateOnly(622, 7, 19).DayNumber;
        static int Start(int epoch, int y) => epoch + (354 * (y - 1)) + (((11 * y) + 3) / 30);
        return (DateOnly.FromDayNumber(Start(epoch, year)).Year, DateOnly.FromDayNumber(Start(epoch, year + 1) - 1).Year);
    }
}
