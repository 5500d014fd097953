namespace AseanAi.Citations.Csl;

/// <summary>One end of a CSL date: a year with optional month (1–12, or 13–16 for seasons) and day.</summary>
internal readonly record struct CslDatePart(int Year, int Month, int Day, int Season)
{
    public bool HasYear => Year != 0;

    public bool HasMonth => Month is >= 1 and <= 12;

    public bool HasDay => Day > 0;

    /// <summary>A sortable number: year, month and day, missing parts as zero.</summary>
    public long SortKey => (((long)Year + 100000) * 10000) + (Math.Clamp(Month, 0, 99) * 100) + Math.Clamp(Day, 0, 99);
}

/// <summary>The value of a CSL date variable: a date, a range, or a literal text that could not be parsed.</summary>
internal sealed class CslDateValue
{
    public CslDatePart Start { get; init; }

    public CslDatePart? End { get; init; }

    public string? Literal { get; init; }

    public bool Circa { get; init; }

    /// <summary>An open range, "1987–": CSL-JSON gives its end as <c>[0]</c> (<c>[[1987], [0]]</c>), as citeproc-js reads it.</summary>
    public bool OpenEnd { get; init; }

    public bool IsRange => End is { } end && end != Start && end.HasYear;

    public bool IsEmpty => Literal is null && !Start.HasYear;
}
