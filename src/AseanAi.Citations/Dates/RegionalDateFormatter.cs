using System.Globalization;

namespace AseanAi.Citations.Dates;

/// <summary>
/// Writes a <see cref="CitationDate"/> in the Southeast Asian notations (<see cref="DateNotation.Thai"/>,
/// <see cref="DateNotation.Vietnamese"/>, <see cref="DateNotation.Indonesian"/>, <see cref="DateNotation.Malay"/>,
/// <see cref="DateNotation.Filipino"/>), in forms that <see cref="RegionalDateReader"/> reads back to the same dates.
/// Month names come from <c>regional-date-words.tsv</c>. Culture-invariant and thread-safe.
/// </summary>
internal static class RegionalDateFormatter
{
    public static string Format(CitationDate date, DateNotation notation)
    {
        var language = notation switch
        {
            DateNotation.Thai => DateLanguage.Thai,
            DateNotation.Vietnamese => DateLanguage.Vietnamese,
            DateNotation.Indonesian => DateLanguage.Indonesian,
            DateNotation.Malay => DateLanguage.Malay,
            _ => DateLanguage.Filipino,
        };

        var start = date.Start;
        if (start.Season is not null || start.Qualifier != DateQualifier.None
            || date.End is { } e && (e.Season is not null || e.Qualifier != DateQualifier.None))
        {
            return date.ToEdtf();
        }

        if (date.End is not { } end)
        {
            return Endpoint(start, language);
        }

        if (Special(start, end, language) is { } special)
        {
            return special;
        }

        // Days of one month share the month and year: 26–28 ตุลาคม 2568, ngày 26–28 tháng 10 năm 2025.
        if (language != DateLanguage.Filipino && start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day
            && start.Year == end.Year && start.Month == end.Month)
        {
            var last = Endpoint(end, language);
            var prefix = language == DateLanguage.Vietnamese ? "ngày " : string.Empty;
            return string.Concat(prefix, start.Day!.Value.ToString(language == DateLanguage.Vietnamese ? "00" : "0", CultureInfo.InvariantCulture), "–", last.AsSpan(prefix.Length));
        }

        return string.Concat(Endpoint(start, language), " – ", Endpoint(end, language));
    }

    // Fiscal years and quarters, and Thai years before 1941 (which began on 1 April).
    private static string? Special(PartialDate start, PartialDate end, DateLanguage language)
    {
        if (start.Precision != DatePrecision.Month || end.Precision != DatePrecision.Month)
        {
            return null;
        }

        if (language == DateLanguage.Thai)
        {
            if (start.Month == 10 && end.Month == 9 && end.Year == start.Year + 1 && end.Year + 543 >= 2505)
            {
                return string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {end.Year + 543}");
            }

            var buddhist = start.Year + 543;
            if (buddhist is >= RegionalEras.ThaiSolarCalendarFirstYear and < RegionalEras.ThaiShortYear && start.Month == 4 && end.Month == 3 && end.Year == start.Year + 1)
            {
                return string.Create(CultureInfo.InvariantCulture, $"พ.ศ. {buddhist}");
            }

            if (buddhist == RegionalEras.ThaiShortYear && start.Month == 4 && end.Month == 12 && end.Year == start.Year)
            {
                return "พ.ศ. 2483";
            }
        }

        if (language == DateLanguage.Vietnamese && start.Year == end.Year && start.Month is 1 or 4 or 7 or 10 && end.Month == start.Month + 2)
        {
            var quarter = (start.Month!.Value + 2) / 3;
            return string.Create(CultureInfo.InvariantCulture, $"Quý {quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" }}/{start.Year:0000}");
        }

        return null;
    }

    private static string Endpoint(PartialDate date, DateLanguage language)
    {
        var year = date.Year;
        if (language == DateLanguage.Thai)
        {
            // Before 1 April 1889 Thai months were lunar, and a year alone before 1941 spans two Gregorian years: both are
            // written in the Common Era, as are years whose Buddhist number would take five digits.
            if ((year < 1941 && (date.Month is null || year < 1889 || (year == 1889 && date.Month < 4))) || year + 543 > PartialDate.MaxYear)
            {
                return string.Concat(Gregorian(date, language, "ค.ศ. "));
            }

            year += year < 1941 && date.Month < 4 ? 542 : 543;
        }

        var yearText = year.ToString("0000", CultureInfo.InvariantCulture);
        if (date.Month is not { } month)
        {
            return language == DateLanguage.Vietnamese ? "năm " + yearText : yearText;
        }

        var day = date.Day?.ToString(CultureInfo.InvariantCulture);
        return language switch
        {
            // Decree 30/2020/NĐ-CP writes days below 10 and the months 1 and 2 with a leading zero.
            DateLanguage.Vietnamese => day is null
                ? string.Create(CultureInfo.InvariantCulture, $"tháng {(month < 3 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture))} năm {yearText}")
                : string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(month < 3 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture))} năm {yearText}"),
            DateLanguage.Filipino => day is null ? $"{MonthName(language, month)} {yearText}" : $"{MonthName(language, month)} {day}, {yearText}",
            _ => day is null ? $"{MonthName(language, month)} {yearText}" : $"{day} {MonthName(language, month)} {yearText}",
        };
    }

    private static string Gregorian(PartialDate date, DateLanguage language, string era)
    {
        var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return date.Month is not { } month ? era + year
            : date.Day is not { } day ? $"{MonthName(language, month)} {era}{year}"
            : string.Create(CultureInfo.InvariantCulture, $"{day} {MonthName(language, month)} {era}{year}");
    }

    private static string MonthName(DateLanguage language, int month)
    {
        foreach (var word in RegionalDateWords.All)
        {
            if (word.Kind == RegionalWordKind.Month && word.Value == month && word.IsIn(language))
            {
                return word.Text;
            }
        }

        throw new InvalidOperationException("regional-date-words.tsv has no month name for this language and month.");
    }
}
