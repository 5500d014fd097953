namespace AseanAi.Citations.Dates;

/// <summary>Which grammar an end of a date was read with.</summary>
internal enum DateGrammar : byte
{
    /// <summary>Nothing read yet.</summary>
    None,

    /// <summary>Numbers with 年 月 日 (and 年度, seasons).</summary>
    Cjk,

    /// <summary>Numbers between / - or . (2025/10/26, R7.10.26).</summary>
    Numeric,

    /// <summary>English month or season names (26 October 2025).</summary>
    English,

    /// <summary>A bare number (a four-digit year, or the first number of a range such as 26–28 October).</summary>
    Bare,
}

/// <summary>The calendar a year is counted in.</summary>
internal enum DateCalendar : byte
{
    /// <summary>No calendar was written: Gregorian, unless the other end of a range gives an era.</summary>
    Unspecified,

    /// <summary>西元, 公元, 西暦: Gregorian, written out.</summary>
    Gregorian,

    /// <summary>A Japanese era.</summary>
    Era,

    /// <summary>民國: years of the Republic of China (year 1 is 1912).</summary>
    Minguo,
}

/// <summary>A year, month, season or day as written: its value and where it stands in the text.</summary>
internal struct DateField
{
    public int Value;
    public int Start;
    public int End;
    public int Digits;
    public bool Present;

    public static DateField From(in DateToken number, int end) =>
        new() { Value = number.Value, Start = number.Start, End = end, Digits = number.Digits, Present = true };
}

/// <summary>One end of a date or range, as read and before it is checked: the fields written and the calendar.</summary>
internal struct DateEndpoint
{
    public const int YearLevel = 1;
    public const int MonthLevel = 2;
    public const int DayLevel = 3;

    public int Start;
    public int End;
    public DateGrammar Grammar;
    public DateCalendar Calendar;
    public int Era;
    public bool AbbreviatedEra;
    public DateField Year;
    public DateField Month;
    public DateField Season;
    public DateField Day;

    /// <summary>A trailing number whose unit comes from the other end of the range (the 1 of 2025年1～3月).</summary>
    public DateField Pending;

    /// <summary>Where to go back to when the pending number turns out not to belong to the date.</summary>
    public int PendingRestore;

    public bool YearInherited;
    public bool Fiscal;
    public bool LowerCaseMonthName;
    public DateTokenKind NumericSeparator;
    public int NumericParts;

    /// <summary>The weekday written after the day, plus one (0 when none).</summary>
    public int Weekday;
    public int WeekdayStart;
    public int WeekdayEnd;

    public DateQualifier Qualifier;

    /// <summary>The level of the first field written: the year in 2025年10月, the day in 26 October 2025.</summary>
    public int FirstWritten;

    /// <summary>The finest level present: 3 with a day, 2 with a month or season, 1 with a year only, 0 with none.</summary>
    public readonly int LowestLevel =>
        Day.Present ? DayLevel : Month.Present || Season.Present ? MonthLevel : Year.Present ? YearLevel : 0;

    public readonly bool HasFields => Year.Present || Month.Present || Season.Present || Day.Present;
}
