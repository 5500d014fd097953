namespace AseanAi.Citations.Dates;

/// <summary>Writes a <see cref="CitationDate"/> in a <see cref="DateNotation"/>. Culture-invariant and thread-safe.</summary>
internal static class DateFormatter
{
    private const int BufferLength = 128;

    public static string Format(CitationDate date, DateNotation notation)
    {
        if (notation is < DateNotation.Edtf or > DateNotation.Filipino)
        {
            throw new ArgumentOutOfRangeException(nameof(notation), notation, "Unknown date notation.");
        }

        // Years before 1 have no form in these notations; EDTF writes them.
        if (notation == DateNotation.Edtf || date.Start.Year < 1 || date.End is { Year: < 1 })
        {
            return date.ToEdtf();
        }

        if (notation >= DateNotation.Thai)
        {
            return RegionalDateFormatter.Format(date, notation);
        }

        var writer = new TextWriter(stackalloc char[BufferLength]);
        if (notation == DateNotation.English)
        {
            WriteEnglish(ref writer, date);
        }
        else
        {
            WriteCjk(ref writer, date, notation);
        }

        return writer.ToString();
    }

    // ---- CJK ----

    private readonly record struct YearLabel(DateCalendar Calendar, int Era, int Number);

    private static void WriteCjk(ref TextWriter writer, CitationDate date, DateNotation notation)
    {
        var japanese = notation is DateNotation.Japanese or DateNotation.JapaneseEra;
        if (japanese && IsFiscalYears(date, out var firstYear, out var lastYear))
        {
            WriteFiscalYear(ref writer, firstYear, notation);
            if (lastYear > firstYear)
            {
                writer.Append('～');
                WriteFiscalYear(ref writer, lastYear, notation);
            }

            return;
        }

        var start = date.Start;
        var startLabel = Label(start, notation);
        WriteCjkEndpoint(ref writer, start, startLabel, skipYear: false, skipMonth: false, notation);
        if (date.End is not { } end)
        {
            return;
        }

        var endLabel = Label(end, notation);
        var elideYear = startLabel == endLabel && start.Precision >= DatePrecision.Season && end.Precision >= DatePrecision.Season;
        var elideMonth = elideYear && start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Month == end.Month;
        writer.Append(japanese ? '～' : '至');
        WriteCjkEndpoint(ref writer, end, endLabel, elideYear, elideMonth, notation);
    }

    private static void WriteFiscalYear(ref TextWriter writer, int year, DateNotation notation)
    {
        // A fiscal year takes the era in force at its middle (2019年度 is 令和元年度).
        var label = notation == DateNotation.JapaneseEra ? EraLabel(year, (year * 10000) + 1001) : new YearLabel(DateCalendar.Gregorian, 0, year);
        WriteYear(ref writer, label);
        writer.Append("年度");
    }

    private static void WriteCjkEndpoint(ref TextWriter writer, PartialDate date, YearLabel label, bool skipYear, bool skipMonth, DateNotation notation)
    {
        var japanese = notation is DateNotation.Japanese or DateNotation.JapaneseEra;
        if (!skipYear)
        {
            WriteYear(ref writer, label);
            writer.Append('年');
        }

        if (date.Season is { } season)
        {
            writer.Append(season switch { Season.Spring => '春', Season.Summer => '夏', Season.Autumn => '秋', _ => '冬' });
            if (!japanese)
            {
                writer.Append('季');
            }
        }

        if (date.Month is { } month && !skipMonth)
        {
            writer.AppendNumber(month, 1);
            writer.Append('月');
        }

        if (date.Day is { } day)
        {
            writer.AppendNumber(day, 1);
            writer.Append('日');
        }

        if ((date.Qualifier & DateQualifier.Approximate) != 0)
        {
            writer.Append(japanese ? "頃" : "左右");
        }

        if ((date.Qualifier & DateQualifier.Uncertain) != 0)
        {
            writer.Append('？');
        }
    }

    private static void WriteYear(ref TextWriter writer, YearLabel label)
    {
        switch (label.Calendar)
        {
            case DateCalendar.Era:
                writer.Append(JapaneseEras.All[label.Era].Name);
                break;
            case DateCalendar.Minguo:
                writer.Append("民國");
                break;
            default:
                writer.AppendNumber(label.Number, 4);
                return;
        }

        if (label.Number == 1)
        {
            writer.Append('元');
        }
        else
        {
            writer.AppendNumber(label.Number, 1);
        }
    }

    private static YearLabel Label(PartialDate date, DateNotation notation)
    {
        var year = date.Year;
        if (notation == DateNotation.TraditionalChineseMinguo && year > 1911)
        {
            return new YearLabel(DateCalendar.Minguo, 0, year - 1911);
        }

        if (notation != DateNotation.JapaneseEra)
        {
            return new YearLabel(DateCalendar.Gregorian, 0, year);
        }

        // The day whose era names the date: the day itself, or the middle of the month, season or year. A season's
        // middle is kept inside its own year, since 平成30年冬 is the winter that begins in December 2018.
        var reference = date.Precision switch
        {
            DatePrecision.Day => (year * 10000) + (date.Month!.Value * 100) + date.Day!.Value,
            DatePrecision.Month => (year * 10000) + (date.Month!.Value * 100) + 15,
            DatePrecision.Season => (year * 10000) + date.Season switch { Season.Spring => 415, Season.Summer => 715, Season.Autumn => 1015, _ => 1231 },
            _ => (year * 10000) + 702,
        };
        var firstGregorianDay = JapaneseEras.All[0].FirstGregorianDay;
        var lunisolar = date.Precision == DatePrecision.Year ? year < JapaneseEras.All[0].FirstYear : date.Bounds().First < firstGregorianDay;
        return lunisolar ? new YearLabel(DateCalendar.Gregorian, 0, year) : EraLabel(year, reference);
    }

    private static YearLabel EraLabel(int year, int referenceDay)
    {
        var index = JapaneseEras.IndexAt(referenceDay);
        return index < 0
            ? new YearLabel(DateCalendar.Gregorian, 0, year)
            : new YearLabel(DateCalendar.Era, index, year - JapaneseEras.All[index].FirstYear + 1);
    }

    // April of one year to March of a later one, with nothing uncertain: one or more Japanese fiscal years.
    private static bool IsFiscalYears(CitationDate date, out int firstYear, out int lastYear)
    {
        firstYear = date.Start.Year;
        lastYear = 0;
        if (date.End is not { } end)
        {
            return false;
        }

        lastYear = end.Year - 1;
        return date.Start is { Precision: DatePrecision.Month, Month: 4, Qualifier: DateQualifier.None }
            && end is { Precision: DatePrecision.Month, Month: 3, Qualifier: DateQualifier.None }
            && end.Year > date.Start.Year;
    }

    // ---- English ----

    private static void WriteEnglish(ref TextWriter writer, CitationDate date)
    {
        var start = date.Start;
        if (date.End is not { } end)
        {
            WriteEnglishEndpoint(ref writer, start, withYear: true, dayOnly: false);
            return;
        }

        var shareYear = start.Year == end.Year && start.Precision >= DatePrecision.Season && end.Precision >= DatePrecision.Season
            && start.Qualifier == DateQualifier.None;
        var shareMonth = shareYear && start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Month == end.Month;
        var startLength = writer.Length;
        WriteEnglishEndpoint(ref writer, start, withYear: !shareYear, dayOnly: shareMonth);

        // An en dash, spaced when the start is more than one word: 26–28 October 2025, 26 October – 2 November 2025.
        writer.Append(writer.Written[startLength..].Contains(' ') ? " – " : "–");
        WriteEnglishEndpoint(ref writer, end, withYear: true, dayOnly: false);
    }

    private static void WriteEnglishEndpoint(ref TextWriter writer, PartialDate date, bool withYear, bool dayOnly)
    {
        if ((date.Qualifier & DateQualifier.Approximate) != 0)
        {
            writer.Append("c. ");
        }

        if (date.Day is { } day)
        {
            writer.AppendNumber(day, 1);
            if (!dayOnly)
            {
                writer.Append(' ');
            }
        }

        if (!dayOnly)
        {
            if (date.Month is { } month)
            {
                writer.Append(EnglishDateWords.MonthName(month));
            }
            else if (date.Season is { } season)
            {
                writer.Append(EnglishDateWords.SeasonName(season));
            }

            if (withYear)
            {
                if (date.Precision != DatePrecision.Year)
                {
                    writer.Append(' ');
                }

                writer.AppendNumber(date.Year, 4);
            }
        }

        if ((date.Qualifier & DateQualifier.Uncertain) != 0)
        {
            writer.Append('?');
        }
    }

    /// <summary>Appends to a fixed buffer; dates are short, so the buffer never fills.</summary>
    private ref struct TextWriter
    {
        private readonly Span<char> _buffer;
        private int _length;

        public TextWriter(Span<char> buffer)
        {
            _buffer = buffer;
            _length = 0;
        }

        public readonly int Length => _length;

        public readonly ReadOnlySpan<char> Written => _buffer[.._length];

        public void Append(char c) => _buffer[_length++] = c;

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(_buffer[_length..]);
            _length += text.Length;
        }

        public void AppendNumber(int value, int minimumDigits)
        {
            var digits = 1;
            for (var rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            digits = Math.Max(digits, minimumDigits);
            for (var i = digits - 1; i >= 0; i--)
            {
                _buffer[_length + i] = (char)('0' + (value % 10));
                value /= 10;
            }

            _length += digits;
        }

        public override readonly string ToString() => new(_buffer[.._length]);
    }
}
