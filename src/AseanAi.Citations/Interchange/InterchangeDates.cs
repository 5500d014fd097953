using System.Diagnostics.CodeAnalysis;

namespace AseanAi.Citations.Interchange;

/// <summary>Date conversions shared by the interchange readers and writers.</summary>
internal static class InterchangeDates
{
    /// <summary>
    /// The date that CSL <c>date-parts</c> with <paramref name="season"/> and <paramref name="circa"/> mean: the
    /// parts' years, months and days; the season on a start without a month; circa as an approximate start and end.
    /// </summary>
    public static CitationDate FromCslParts(PartialDate start, PartialDate? end, Season? season, bool circa)
    {
        var first = new PartialDate(start.Year, start.Month, start.Day);
        if (season is { } s && first.Month is null)
        {
            first = PartialDate.FromSeason(first.Year, s);
        }

        if (circa)
        {
            first = first.WithQualifier(DateQualifier.Approximate);
        }

        if (end is not { } e)
        {
            return new CitationDate(first);
        }

        var last = new PartialDate(e.Year, e.Month, e.Day);
        if (circa)
        {
            last = last.WithQualifier(DateQualifier.Approximate);
        }

        return new CitationDate(first, last);
    }

    /// <summary>
    /// Reads a date written as free text in a format's date field (CSL <c>raw</c> and <c>literal</c>, BibTeX
    /// <c>date</c>, RIS dates that are not in RIS form): EDTF first, then every form <see cref="CitationDate.TryParse(string?, out CitationDate?)"/>
    /// reads (令和7年10月26日, 民國114年, 2025年10月, October 26, 2025 …). Never throws; the result keeps no original text.
    /// </summary>
    public static bool TryParseText(string? text, [NotNullWhen(true)] out CitationDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (CitationDate.TryParseEdtf(trimmed, out date))
        {
            return true;
        }

        if (CitationDate.TryParse(trimmed, out date))
        {
            date = date.WithOriginalText(null);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a year or date field as people write it when it is not a plain number: <c>1960/1985</c> (EDTF), 平成15年,
    /// <c>1872（明治五年）</c> and <c>2003a</c> (a leading year with a note or a letter after it). The date keeps the text
    /// as written, so that writers give it back. Never throws.
    /// </summary>
    public static bool TryParseFreeText(string? text, [NotNullWhen(true)] out CitationDate? date)
    {
        if (TryParseText(text, out date))
        {
            date = date.WithOriginalText(text!.Trim());
            return true;
        }

        var trimmed = text.AsSpan().Trim();

        // A copyright or circa year as GB/T 7714 and catalogues write it: c1988, ©1988, ca. 1988.
        var yearOnly = trimmed;
        if (yearOnly.StartsWith("ca.", StringComparison.OrdinalIgnoreCase))
        {
            yearOnly = yearOnly[3..].TrimStart();
        }
        else if (yearOnly.Length == 5 && yearOnly[0] is 'c' or 'C' or '\u00A9')
        {
            yearOnly = yearOnly[1..];
        }

        if (yearOnly.Length == 4 && yearOnly.Length < trimmed.Length
            && int.TryParse(yearOnly, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var marked)
            && marked is >= PartialDate.MinYear and <= PartialDate.MaxYear)
        {
            date = new CitationDate(new PartialDate(marked)).WithOriginalText(trimmed.ToString());
            return true;
        }

        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        // A four-digit year, then something that is not a digit (a bracket, a letter, an era in brackets).
        if (digits == 4 && trimmed.Length > 4
            && int.TryParse(trimmed[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= PartialDate.MinYear and <= PartialDate.MaxYear)
        {
            date = new CitationDate(new PartialDate(year)).WithOriginalText(trimmed.ToString());
            return true;
        }

        date = null;
        return false;
    }

    /// <summary>Whether two dates mean the same days, ignoring seasons' and qualifiers' finer points: the same years, months and days at both ends.</summary>
    public static bool SameParts(CitationDate a, CitationDate b) =>
        SameParts(a.Start, b.Start) && a.IsInterval == b.IsInterval && (!a.IsInterval || SameParts(a.End!.Value, b.End!.Value));

    private static bool SameParts(PartialDate a, PartialDate b) => a.Year == b.Year && a.Month == b.Month && a.Day == b.Day;
}
