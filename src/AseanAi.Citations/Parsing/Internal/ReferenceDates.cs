namespace AseanAi.Citations.Parsing.Internal;

/// <summary>A date found in a text: where it stands and what it means.</summary>
internal readonly record struct DateHit(int Start, int End, CitationDate Date)
{
    public int Length => End - Start;

    public bool IsYearOnly => Date.Start.Precision == DatePrecision.Year && !Date.IsInterval;
}

/// <summary>
/// Finds dates in reference lines and running text. This is the one place where the parsers meet date reading, so that
/// the calendar rules live with the date model (AseanAi.Citations.Dates) and not here.
/// </summary>
internal static partial class ReferenceDates
{
    /// <summary>Adds the dates found in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="hits"/>, in order.</summary>
    public static void Find(string text, int start, int end, List<DateHit> hits) => Scan(text, start, end, hits);
}
