using System.Globalization;

namespace AseanAi.Citations;

/// <summary>
/// A proleptic Gregorian date known to the year, the season, the month or the day, such as 2025, 2025 spring,
/// 2024-12 or 2025-10-26, with an optional EDTF qualifier. One end of a <see cref="CitationDate"/>.
/// </summary>
/// <remarks>
/// Years run from -9999 to 9999 with astronomical numbering (year 0 is 1 BCE), as EDTF writes them. Every instance is a
/// date that exists: months are 1–12, days fit their month, and 29 February only appears in leap years. The
/// <see langword="default"/> value is the year 0. Values are immutable and thread-safe.
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>
{
    /// <summary>The smallest year a partial date can hold.</summary>
    public const int MinYear = -9999;

    /// <summary>The largest year a partial date can hold.</summary>
    public const int MaxYear = 9999;

    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;
    private readonly byte _season;
    private readonly DateQualifier _qualifier;

    /// <summary>Creates a date known to the year, the month or the day.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1–12, or <see langword="null"/> for a year-only date.</param>
    /// <param name="day">The day of the month, or <see langword="null"/>; requires <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
    /// <exception cref="ArgumentException"><paramref name="day"/> is given without <paramref name="month"/>.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        var error = Validate(year, month, day, out var parameterName);
        if (error is not null)
        {
            throw parameterName == nameof(day) && month is null
                ? new ArgumentException("A day needs a month.", nameof(day))
                : new ArgumentOutOfRangeException(parameterName, error);
        }

        _year = (short)year;
        _month = (byte)(month ?? 0);
        _day = (byte)(day ?? 0);
        _season = 0;
        _qualifier = DateQualifier.None;
    }

    private PartialDate(int year, int month, int day, int season, DateQualifier qualifier)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        _season = (byte)season;
        _qualifier = qualifier;
    }

    /// <summary>The year (astronomical numbering: 0 is 1 BCE, -1 is 2 BCE).</summary>
    public int Year => _year;

    /// <summary>The month, 1–12, or <see langword="null"/> when not known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The season, or <see langword="null"/> when the date is not a season.</summary>
    public Season? Season => _season == 0 ? null : (Season)_season;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        _day != 0 ? DatePrecision.Day
        : _month != 0 ? DatePrecision.Month
        : _season != 0 ? DatePrecision.Season
        : DatePrecision.Year;

    /// <summary>The EDTF qualifier of this date.</summary>
    public DateQualifier Qualifier => _qualifier;

    /// <summary>Creates a date known to the season.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="season">The season.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="season"/> is out of range.</exception>
    public static PartialDate FromSeason(int year, Season season)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        if (season is < Citations.Season.Spring or > Citations.Season.Winter)
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, "A season must be Spring, Summer, Autumn or Winter.");
        }

        return new PartialDate(year, 0, 0, (int)season, DateQualifier.None);
    }

    /// <summary>Returns a copy with <paramref name="qualifier"/> as its qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The qualified date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined combination.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        if (qualifier is < DateQualifier.None or > DateQualifier.UncertainAndApproximate)
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown date qualifier.");
        }

        return new PartialDate(_year, _month, _day, _season, qualifier);
    }

    /// <summary>Whether a year is a leap year in the proleptic Gregorian calendar.</summary>
    /// <param name="year">The year, astronomical numbering.</param>
    /// <returns><see langword="true"/> for leap years.</returns>
    public static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>The number of days in a month of the proleptic Gregorian calendar.</summary>
    /// <param name="year">The year, astronomical numbering.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>28 to 31.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static int DaysInMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month switch
        {
            2 => IsLeapYear(year) ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
    }

    /// <summary>Writes the date in EDTF: <c>2025</c>, <c>2025-21</c>, <c>2024-12</c>, <c>2025-10-26</c>, with a trailing qualifier.</summary>
    /// <returns>The EDTF text.</returns>
    public string ToEdtf()
    {
        Span<char> buffer = stackalloc char[16];
        var length = FormatEdtf(buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Returns <see cref="ToEdtf"/>.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString() => ToEdtf();

    /// <inheritdoc />
    public bool Equals(PartialDate other) =>
        _year == other._year && _month == other._month && _day == other._day
        && _season == other._season && _qualifier == other._qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day, _season, _qualifier);

    /// <summary>Compares two dates for equality of every part and the qualifier.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Explains why the parts do not make a date, or returns <see langword="null"/> when they do.</summary>
    internal static string? Validate(int year, int? month, int? day, out string parameterName)
    {
        parameterName = nameof(year);
        if (year is < MinYear or > MaxYear)
        {
            return string.Create(CultureInfo.InvariantCulture, $"year {year} is out of range {MinYear} to {MaxYear}");
        }

        parameterName = nameof(day);
        if (month is null)
        {
            return day is null ? null : "a day needs a month";
        }

        parameterName = nameof(month);
        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"month {month} is out of range 1 to 12");
        }

        if (day is null)
        {
            return null;
        }

        parameterName = nameof(day);
        var daysInMonth = DaysInMonth(year, month.Value);
        return day < 1 || day > daysInMonth
            ? string.Create(CultureInfo.InvariantCulture, $"day {day} does not exist in {year:0000}-{month:00} (which has {daysInMonth} days)")
            : null;
    }

    /// <summary>Creates a date from parts already validated by <see cref="Validate"/>.</summary>
    internal static PartialDate FromValidatedParts(int year, int month, int day, int season, DateQualifier qualifier) =>
        new(year, month, day, season, qualifier);

    /// <summary>
    /// The first and last day the date can mean, as comparable numbers (year * 10000 + month * 100 + day).
    /// Seasons count as northern meteorological seasons (spring is March to May; winter runs into the next year).
    /// </summary>
    internal (int First, int Last) Bounds()
    {
        var year = (int)_year;
        if (_day != 0)
        {
            var value = (year * 10000) + (_month * 100) + _day;
            return (value, value);
        }

        if (_month != 0)
        {
            return ((year * 10000) + (_month * 100) + 1, (year * 10000) + (_month * 100) + DaysInMonth(year, _month));
        }

        return (Season)_season switch
        {
            Citations.Season.Spring => ((year * 10000) + 301, (year * 10000) + 531),
            Citations.Season.Summer => ((year * 10000) + 601, (year * 10000) + 831),
            Citations.Season.Autumn => ((year * 10000) + 901, (year * 10000) + 1130),
            Citations.Season.Winter => ((year * 10000) + 1201, ((year + 1) * 10000) + 228),
            _ => ((year * 10000) + 101, (year * 10000) + 1231),
        };
    }

    internal int FormatEdtf(Span<char> destination)
    {
        var position = 0;
        var year = (int)_year;
        if (year < 0)
        {
            destination[position++] = '-';
            year = -year;
        }

        position += WriteDigits(destination[position..], year, 4);
        var second = _month != 0 ? _month : _season;
        if (second != 0)
        {
            destination[position++] = '-';
            position += WriteDigits(destination[position..], second, 2);
        }

        if (_day != 0)
        {
            destination[position++] = '-';
            position += WriteDigits(destination[position..], _day, 2);
        }

        var qualifier = _qualifier switch
        {
            DateQualifier.Uncertain => '?',
            DateQualifier.Approximate => '~',
            DateQualifier.UncertainAndApproximate => '%',
            _ => '\0',
        };
        if (qualifier != '\0')
        {
            destination[position++] = qualifier;
        }

        return position;
    }

    // Fixed-width ASCII digits; faster than a format string and independent of culture.
    private static int WriteDigits(Span<char> destination, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return width;
    }
}
