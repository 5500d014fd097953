namespace AseanAi.Citations.Dates;

/// <summary>The English words of dates: month and season names and their abbreviations, and weekday names.</summary>
internal static class EnglishDateWords
{
    /// <summary>The longest word this class knows (September).</summary>
    public const int LongestWord = 9;

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] MonthDisplayNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The month (1–12) that a lower-case word names, fully or abbreviated (oct, sept), or 0.</summary>
    public static int Month(ReadOnlySpan<char> lowerWord, out bool abbreviated)
    {
        abbreviated = false;
        if (lowerWord.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i].AsSpan();
            if (lowerWord.SequenceEqual(name))
            {
                return i + 1;
            }

            if (lowerWord.Length == 3 && name.StartsWith(lowerWord))
            {
                abbreviated = true;
                return i + 1;
            }
        }

        if (lowerWord.SequenceEqual("sept"))
        {
            abbreviated = true;
            return 9;
        }

        return 0;
    }

    /// <summary>
    /// The month (1–12) whose English name starts with <paramref name="lowerWord"/> of three letters or more (oct, octo,
    /// october, sept), as BibTeX month fields, RIS dates and CSL raw dates write them; 0 for none. The one month-name table
    /// of the library.
    /// </summary>
    public static int MonthByPrefix(ReadOnlySpan<char> lowerWord)
    {
        if (lowerWord.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].AsSpan().StartsWith(lowerWord))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The season that a lower-case word names (spring, summer, autumn, fall, winter), or 0.</summary>
    public static int Season(ReadOnlySpan<char> lowerWord) => lowerWord switch
    {
        "spring" => (int)Citations.Season.Spring,
        "summer" => (int)Citations.Season.Summer,
        "autumn" or "fall" => (int)Citations.Season.Autumn,
        "winter" => (int)Citations.Season.Winter,
        _ => 0,
    };

    /// <summary>The <see cref="DayOfWeek"/> that a word names in any letter case (sun, Sunday, thur, thurs), or -1.</summary>
    public static int Weekday(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        for (var i = 0; i < WeekdayNames.Length; i++)
        {
            var name = WeekdayNames[i].AsSpan();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (word.Length <= 5 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The three-letter abbreviation of a month (1–12) in lower case: jan … dec, BibTeX's month macros.</summary>
    public static string MonthAbbreviation(int month) => MonthNames[month - 1][..3];

    /// <summary>The English name of a month (1–12).</summary>
    public static string MonthName(int month) => MonthDisplayNames[month - 1];

    /// <summary>The English name of a season.</summary>
    public static string SeasonName(Season season) => season switch
    {
        Citations.Season.Spring => "Spring",
        Citations.Season.Summer => "Summer",
        Citations.Season.Autumn => "Autumn",
        _ => "Winter",
    };
}
