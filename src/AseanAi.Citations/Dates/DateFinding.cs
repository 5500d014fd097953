using System.Globalization;

namespace AseanAi.Citations.Dates;

/// <summary>What the date reader found wrong or doubtful. The diagnostic code is <c>date.</c> and the kebab-case name.</summary>
internal enum DateFindingCode : byte
{
    None,

    // Errors: the text is not a date.
    Empty,
    UnexpectedText,
    UnpairedSurrogate,
    NumberTooLong,
    MalformedNumeral,
    NumberWithoutUnit,
    EraWithoutYear,
    FirstYearWithoutEra,
    YearMissing,
    DayWithoutMonth,
    AmbiguousYear,
    AmbiguousOrder,
    YearOutOfRange,
    MonthOutOfRange,
    DayOutOfRange,
    BeforeEra,
    AfterEra,
    Lunisolar,
    NonexistentDay,
    RangeReversed,
    RangeIncomplete,
    UnclosedBracket,
    NoDate,
    EraTurnAmbiguous,
    NonexistentMonth,
    BeforeSolarCalendar,
    DualYearMismatch,
    FiscalYearUnknown,
    QuarterOutOfRange,

    // Warnings: the text was read, with doubt.
    EraYearOverflow,
    WeekdayMismatch,
    MinguoFiscalYear,

    // Information.
    LunisolarYear,
}

/// <summary>
/// One finding of the date reader: a code, the place in the text and up to three numbers for the message. A plain value,
/// so that reading a date allocates nothing until a caller asks for a <see cref="Diagnostic"/>.
/// </summary>
internal readonly struct DateFinding
{
    public DateFinding(DateFindingCode code, int start, int end, int a = 0, int b = 0, int c = 0)
    {
        Code = code;
        Start = start;
        End = Math.Max(start, end);
        A = a;
        B = b;
        C = c;
    }

    public DateFindingCode Code { get; }

    public int Start { get; }

    public int End { get; }

    public int A { get; }

    public int B { get; }

    public int C { get; }

    public bool IsNone => Code == DateFindingCode.None;

    public DiagnosticSeverity Severity => Code switch
    {
        DateFindingCode.EraYearOverflow or DateFindingCode.WeekdayMismatch or DateFindingCode.MinguoFiscalYear => DiagnosticSeverity.Warning,
        DateFindingCode.LunisolarYear => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Error,
    };

    public string DiagnosticCode => Code switch
    {
        DateFindingCode.Empty => "date.empty",
        DateFindingCode.UnexpectedText => "date.unexpected-text",
        DateFindingCode.UnpairedSurrogate => "date.unpaired-surrogate",
        DateFindingCode.NumberTooLong => "date.number-too-long",
        DateFindingCode.MalformedNumeral => "date.malformed-numeral",
        DateFindingCode.NumberWithoutUnit => "date.number-without-unit",
        DateFindingCode.EraWithoutYear => "date.era-without-year",
        DateFindingCode.FirstYearWithoutEra => "date.first-year-without-era",
        DateFindingCode.YearMissing => "date.year-missing",
        DateFindingCode.DayWithoutMonth => "date.day-without-month",
        DateFindingCode.AmbiguousYear => "date.ambiguous-year",
        DateFindingCode.AmbiguousOrder => "date.ambiguous-order",
        DateFindingCode.YearOutOfRange => "date.year-out-of-range",
        DateFindingCode.MonthOutOfRange => "date.month-out-of-range",
        DateFindingCode.DayOutOfRange => "date.day-out-of-range",
        DateFindingCode.BeforeEra => "date.before-era",
        DateFindingCode.AfterEra => "date.after-era",
        DateFindingCode.Lunisolar => "date.lunisolar",
        DateFindingCode.NonexistentDay => "date.nonexistent-day",
        DateFindingCode.RangeReversed => "date.range-reversed",
        DateFindingCode.RangeIncomplete => "date.range-incomplete",
        DateFindingCode.UnclosedBracket => "date.unclosed-bracket",
        DateFindingCode.NoDate => "date.no-date",
        DateFindingCode.EraTurnAmbiguous => "date.era-turn-ambiguous",
        DateFindingCode.NonexistentMonth => "date.nonexistent-month",
        DateFindingCode.BeforeSolarCalendar => "date.before-solar-calendar",
        DateFindingCode.DualYearMismatch => "date.dual-year-mismatch",
        DateFindingCode.FiscalYearUnknown => "date.fiscal-year-unknown",
        DateFindingCode.QuarterOutOfRange => "date.quarter-out-of-range",
        DateFindingCode.EraYearOverflow => "date.era-year-overflow",
        DateFindingCode.WeekdayMismatch => "date.weekday-mismatch",
        DateFindingCode.MinguoFiscalYear => "date.minguo-fiscal-year",
        DateFindingCode.LunisolarYear => "date.lunisolar-year",
        _ => "date.unknown",
    };

    /// <summary>A sentence that says what is wrong, quoting the text where that helps.</summary>
    public string Message(ReadOnlySpan<char> text)
    {
        var eras = JapaneseEras.All;
        var found = Quote(text.Slice(Start, Math.Min(End, text.Length) - Start));
        return Code switch
        {
            DateFindingCode.Empty => "the text is empty",
            DateFindingCode.UnexpectedText => string.Create(CultureInfo.InvariantCulture, $"'{found}' has no place in a date here"),
            DateFindingCode.UnpairedSurrogate => string.Create(CultureInfo.InvariantCulture, $"the text holds an unpaired UTF-16 surrogate (U+{A:X4}), so it is not valid Unicode"),
            DateFindingCode.NumberTooLong => string.Create(CultureInfo.InvariantCulture, $"a number of {A} digits is too long for a year, month or day"),
            DateFindingCode.MalformedNumeral => string.Create(CultureInfo.InvariantCulture, $"'{found}' is not a kanji number (write 二〇二五, 二千二十五 or 二十六)"),
            DateFindingCode.NumberWithoutUnit => string.Create(CultureInfo.InvariantCulture, $"the number {A} has no unit (年, 月, 日 or a month name)"),
            DateFindingCode.EraWithoutYear => A >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"the era {eras[A].Name} needs a year, such as {eras[A].Name}元年 or {eras[A].Name}7年")
                : string.Create(CultureInfo.InvariantCulture, $"'{found}' needs a year after it"),
            DateFindingCode.FirstYearWithoutEra => "元年 (first year) needs an era or 民國 before it",
            DateFindingCode.YearMissing => "the date has no year",
            DateFindingCode.DayWithoutMonth => "a day needs a month",
            DateFindingCode.AmbiguousYear => string.Create(CultureInfo.InvariantCulture, $"the year {A} has fewer than four digits, and no era says which century it is in"),
            DateFindingCode.AmbiguousOrder => "numeric dates must start with a four-digit year (2025/10/26); day-first and month-first orders are ambiguous",
            DateFindingCode.YearOutOfRange => B == 0
                ? string.Create(CultureInfo.InvariantCulture, $"year {A} is out of range")
                : string.Create(CultureInfo.InvariantCulture, $"year {A} of {(B < 0 ? "民國" : eras[B - 1].Name)} does not exist; years start at 1 (元年)"),
            DateFindingCode.MonthOutOfRange => string.Create(CultureInfo.InvariantCulture, $"month {A} does not exist (months run from 1 to 12)"),
            DateFindingCode.DayOutOfRange => PartialDate.IsLeapYear(A) || B != 2 || C != 29
                ? string.Create(CultureInfo.InvariantCulture, $"day {C} does not exist in {A:0000}-{B:00} (which has {PartialDate.DaysInMonth(A, B)} days)")
                : string.Create(CultureInfo.InvariantCulture, $"day 29 does not exist in {A:0000}-02 ({A} is not a leap year)"),
            DateFindingCode.BeforeEra => string.Create(CultureInfo.InvariantCulture, $"{eras[A].Name} began on {Day(eras[A].FirstDay)} ({eras[A].Name}元年{eras[A].FirstDay / 100 % 100}月{eras[A].FirstDay % 100}日), so '{found}' lies before it{PreviousEraHint(A)}"),
            DateFindingCode.AfterEra => string.Create(CultureInfo.InvariantCulture, $"{eras[A].Name} ended on {Day(eras[A].LastDay)} ({eras[A].Name}{eras[A].LastYear - eras[A].FirstYear + 1}年{eras[A].LastDay / 100 % 100}月{eras[A].LastDay % 100}日), so '{found}' lies after it (that time is in {eras[A + 1].Name}, which began on {Day(eras[A + 1].FirstDay)})"),
            DateFindingCode.Lunisolar => string.Create(CultureInfo.InvariantCulture, $"Japan used a lunisolar calendar until 明治5年 (1872): '{found}' cannot be converted to a Gregorian month or day, only its year (write {eras[A].Name}{(B == 1 ? "元" : B.ToString(CultureInfo.InvariantCulture))}年)"),
            DateFindingCode.NonexistentDay => "明治5年12月3日 to 31日 never existed: Japan moved to the Gregorian calendar, and the day after 明治5年12月2日 was 明治6年1月1日 (1873-01-01)",
            DateFindingCode.RangeReversed => "the range ends before it starts",
            DateFindingCode.RangeIncomplete => "the range has no end date after its separator",
            DateFindingCode.UnclosedBracket => string.Create(CultureInfo.InvariantCulture, $"the bracket '{found}' is not closed"),
            DateFindingCode.NoDate => string.Create(CultureInfo.InvariantCulture, $"'{found}' says that the work has no date"),
            DateFindingCode.EraTurnAmbiguous => string.Create(CultureInfo.InvariantCulture, $"{RegionalEraName(A)} year {B} turns on a lunar day in month {C}, so '{found}' may lie in either of two Gregorian years; write the Common Era year"),
            DateFindingCode.NonexistentMonth => "พ.ศ. 2483 ran from 1 April to 31 December 1940 (the Thai new year moved from 1 April to 1 January), so January to March 2483 never existed",
            DateFindingCode.BeforeSolarCalendar => string.Create(CultureInfo.InvariantCulture, $"Thailand adopted Gregorian months in พ.ศ. 2432 (1889); before that months were lunar, so '{found}' cannot be converted (write the year alone)"),
            DateFindingCode.DualYearMismatch => string.Create(CultureInfo.InvariantCulture, $"'{found}' gives two years that do not overlap: {RegionalEraName(A)} year {B} does not fall in {C}"),
            DateFindingCode.FiscalYearUnknown => "Thai fiscal years have run from October to September only since ปีงบประมาณ 2505 (1961); give the dates of an earlier one",
            DateFindingCode.QuarterOutOfRange => string.Create(CultureInfo.InvariantCulture, $"quarter {A} does not exist (quarters run from I to IV)"),
            DateFindingCode.EraYearOverflow => string.Create(CultureInfo.InvariantCulture, $"{eras[A].Name} ended in {eras[A].LastYear} ({eras[A].Name}{eras[A].LastYear - eras[A].FirstYear + 1}年); '{found}' is read as {B}, the year it would have been"),
            DateFindingCode.WeekdayMismatch => string.Create(CultureInfo.InvariantCulture, $"'{found}' says {(DayOfWeek)A}, but {B / 10000:0000}-{B / 100 % 100:00}-{B % 100:00} is a {(DayOfWeek)C}"),
            DateFindingCode.MinguoFiscalYear => string.Create(CultureInfo.InvariantCulture, $"before 民國90年 (2001) the ROC fiscal year ran from July to June; '{found}' is read as the calendar year {A}"),
            DateFindingCode.LunisolarYear => string.Create(CultureInfo.InvariantCulture, $"'{found}' is a lunisolar year (before 1873); it is read as the Gregorian year {A}, with which it mostly overlaps"),
            _ => "the text is not a date",
        };
    }

    /// <summary>Creates the diagnostic, with a span in the text whose first character is at <paramref name="lineStart"/> on <paramref name="line"/>.</summary>
    public Diagnostic ToDiagnostic(ReadOnlySpan<char> text, int line, int lineStart) =>
        new(Severity, DiagnosticCode, Message(text), new SourceSpan(Start, End - Start, line, Start - lineStart + 1));

    /// <summary>Creates the diagnostic, with a span computed in <paramref name="text"/>.</summary>
    public Diagnostic ToDiagnostic(ReadOnlySpan<char> text) =>
        new(Severity, DiagnosticCode, Message(text), SourceSpan.FromOffset(text, Start, End - Start));

    private static string RegionalEraName(int era) => (RegionalEra)era switch
    {
        RegionalEra.ThaiBuddhist => "Thai Buddhist Era (พ.ศ.)",
        RegionalEra.LaoBuddhist => "Lao Buddhist Era (ພ.ສ.)",
        RegionalEra.KhmerBuddhist => "Khmer Buddhist Era (ព.ស.)",
        RegionalEra.Myanmar => "Myanmar Era",
        RegionalEra.Hijri => "Hijri",
        _ => "Common Era",
    };

    private static string Day(int day) => string.Create(CultureInfo.InvariantCulture, $"{day / 10000:0000}-{day / 100 % 100:00}-{day % 100:00}");

    private static string PreviousEraHint(int era) =>
        era == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (that time is in {JapaneseEras.All[era - 1].Name})");

    private static string Quote(ReadOnlySpan<char> piece) => DateCharacters.ToValidString(piece.Length > 40 ? piece[..40] : piece);
}
