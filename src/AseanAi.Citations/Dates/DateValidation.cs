namespace AseanAi.Citations.Dates;

/// <summary>
/// Checks one end of a date as read and converts it to a <see cref="PartialDate"/>: era and 民國 years to Gregorian
/// years, months and days against the calendar, era days against their era, and Japanese months and days before 1873
/// (lunisolar) out. Errors and warnings go to the <see cref="DateReading"/>.
/// </summary>
internal static class DateValidation
{
    public static bool TryResolve(ref DateEndpoint endpoint, ref DateReading reading, out PartialDate first, out PartialDate last, out bool fiscal)
    {
        first = default;
        last = default;
        fiscal = false;
        if (!endpoint.Year.Present)
        {
            return reading.Fail(new DateFinding(DateFindingCode.YearMissing, endpoint.Start, endpoint.End));
        }

        if (endpoint.Day.Present && !endpoint.Month.Present)
        {
            return reading.Fail(new DateFinding(DateFindingCode.DayWithoutMonth, endpoint.Day.Start, endpoint.Day.End));
        }

        var written = endpoint.Year.Value;
        var yearField = endpoint.Year;
        int year;
        var eras = JapaneseEras.All;
        switch (endpoint.Calendar)
        {
            case DateCalendar.Era:
                if (written < 1)
                {
                    return reading.Fail(new DateFinding(DateFindingCode.YearOutOfRange, yearField.Start, yearField.End, written, endpoint.Era + 1));
                }

                year = eras[endpoint.Era].FirstYear + written - 1;
                break;
            case DateCalendar.Minguo:
                if (written < 1)
                {
                    return reading.Fail(new DateFinding(DateFindingCode.YearOutOfRange, yearField.Start, yearField.End, written, -1));
                }

                year = 1911 + written;
                break;
            default:
                if (yearField.Digits < 4)
                {
                    return reading.Fail(new DateFinding(DateFindingCode.AmbiguousYear, yearField.Start, yearField.End, written));
                }

                year = written;
                break;
        }

        if (year is < 1 or > PartialDate.MaxYear || (endpoint.Fiscal && year == PartialDate.MaxYear))
        {
            return reading.Fail(new DateFinding(DateFindingCode.YearOutOfRange, yearField.Start, yearField.End, year));
        }

        var month = 0;
        if (endpoint.Month.Present)
        {
            month = endpoint.Month.Value;
            if (month is < 1 or > 12)
            {
                return reading.Fail(new DateFinding(DateFindingCode.MonthOutOfRange, endpoint.Month.Start, endpoint.Month.End, month));
            }
        }

        var day = 0;
        if (endpoint.Day.Present)
        {
            day = endpoint.Day.Value;
            if (day < 1 || day > PartialDate.DaysInMonth(year, month))
            {
                return reading.Fail(new DateFinding(DateFindingCode.DayOutOfRange, endpoint.Day.Start, endpoint.Day.End, year, month, day));
            }
        }

        var season = endpoint.Season.Present ? endpoint.Season.Value : 0;
        var date = PartialDate.FromValidatedParts(year, month, day, season, endpoint.Qualifier);
        var notePlace = endpoint.Year.Start;
        var noteEnd = endpoint.End;
        if (endpoint.Calendar == DateCalendar.Era && !CheckEra(endpoint, ref reading, year, date, written))
        {
            return false;
        }

        if (endpoint.Calendar == DateCalendar.Minguo && endpoint.Fiscal)
        {
            // Taiwan's fiscal year has been the calendar year since 民國90年 (2001); before that it ran from July to June.
            endpoint.Fiscal = false;
            if (written < 90)
            {
                reading.AddNote(new DateFinding(DateFindingCode.MinguoFiscalYear, notePlace, noteEnd, year));
            }
        }

        if (endpoint.Weekday != 0 && day != 0)
        {
            var actual = (int)new DateOnly(year, month, day).DayOfWeek;
            if (actual != endpoint.Weekday - 1)
            {
                reading.AddNote(new DateFinding(DateFindingCode.WeekdayMismatch, endpoint.WeekdayStart, endpoint.WeekdayEnd, endpoint.Weekday - 1, (year * 10000) + (month * 100) + day, actual));
            }
        }

        if (endpoint.Fiscal)
        {
            // A Japanese fiscal year (年度) runs from April to the next March.
            fiscal = true;
            first = PartialDate.FromValidatedParts(year, 4, 0, 0, endpoint.Qualifier);
            last = PartialDate.FromValidatedParts(year + 1, 3, 0, 0, endpoint.Qualifier);
            return true;
        }

        first = date;
        last = date;
        return true;
    }

    private static bool CheckEra(in DateEndpoint endpoint, ref DateReading reading, int year, PartialDate date, int written)
    {
        var era = JapaneseEras.All[endpoint.Era];
        var place = endpoint.YearInherited ? endpoint.Start : endpoint.Year.Start;
        if (date.Precision == DatePrecision.Year)
        {
            if (year > era.LastYear)
            {
                reading.AddNote(new DateFinding(DateFindingCode.EraYearOverflow, place, endpoint.End, endpoint.Era, year));
            }

            if (era.FirstGregorianDay != era.FirstDay && year < era.FirstGregorianDay / 10000)
            {
                reading.AddNote(new DateFinding(DateFindingCode.LunisolarYear, place, endpoint.End, year));
            }

            return true;
        }

        var (first, last) = date.Bounds();
        if (first < era.FirstGregorianDay && era.FirstGregorianDay != era.FirstDay)
        {
            var reformGap = endpoint.Era == 0 && written == 5 && date.Month == 12 && date.Day >= 3;
            return reformGap
                ? reading.Fail(new DateFinding(DateFindingCode.NonexistentDay, place, endpoint.End))
                : reading.Fail(new DateFinding(DateFindingCode.Lunisolar, place, endpoint.End, endpoint.Era, written));
        }

        if (last < era.FirstDay)
        {
            return reading.Fail(new DateFinding(DateFindingCode.BeforeEra, place, endpoint.End, endpoint.Era));
        }

        if (first > era.LastDay)
        {
            return reading.Fail(new DateFinding(DateFindingCode.AfterEra, place, endpoint.End, endpoint.Era));
        }

        return true;
    }
}
