namespace AseanAi.Citations;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year (2025年).</summary>
    Year = 0,

    /// <summary>The year and a season (2025年春).</summary>
    Season = 1,

    /// <summary>The year and month (2024年12月).</summary>
    Month = 2,

    /// <summary>The full calendar date (2025年10月26日).</summary>
    Day = 3,
}
