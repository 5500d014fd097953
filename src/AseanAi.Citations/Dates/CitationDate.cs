using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AseanAi.Citations.Dates;

namespace AseanAi.Citations;

/// <summary>
/// The date of a cited work or of its access: a single <see cref="PartialDate"/> (2025, 2024-12, 2025-10-26, spring 2025)
/// or an interval between two (2024-12/2025-01), together with the text it was read from (令和7年10月26日).
/// </summary>
/// <remarks>
/// <para>
/// The value can be written and read as Library of Congress EDTF (ISO 8601-2) with <see cref="ToEdtf"/> and
/// <see cref="TryParseEdtf(string?, out CitationDate?)"/>: levels 0 and 1 for calendar dates, seasons (21–24),
/// intervals with both ends known, and the whole-date qualifiers <c>?</c>, <c>~</c> and <c>%</c>.
/// </para>
/// <para>
/// <see cref="TryParse(string?, out CitationDate?)"/>, <see cref="Parse(string)"/> and <see cref="ParseWithDiagnostics(string)"/>
/// read the forms that CJK and English references write (令和7年10月26日, 民國114年, 2024年12月～2025年1月, 26 October 2025),
/// and <see cref="ToString(DateNotation)"/> writes them back; see docs/dates.md.
/// </para>
/// <para>
/// Equality compares the dates and the original text; to compare only the dates, compare <see cref="ToEdtf"/>.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CitationDate : IEquatable<CitationDate>
{
    /// <summary>Creates a single date from its parts.</summary>
    /// <param name="year">The year, from <see cref="PartialDate.MinYear"/> to <see cref="PartialDate.MaxYear"/>.</param>
    /// <param name="month">The month, 1–12, or <see langword="null"/>.</param>
    /// <param name="day">The day, or <see langword="null"/>; requires <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
    /// <exception cref="ArgumentException"><paramref name="day"/> is given without <paramref name="month"/>.</exception>
    /// <returns>The date.</returns>
    public static CitationDate FromParts(int year, int? month = null, int? day = null) =>
        new(new PartialDate(year, month, day));

    /// <summary>Creates a single date.</summary>
    /// <param name="date">The date.</param>
    public CitationDate(PartialDate date)
        : this(date, originalText: null)
    {
    }

    /// <summary>Creates a single date read from a text.</summary>
    /// <param name="date">The date.</param>
    /// <param name="originalText">The text it was read from, or <see langword="null"/>.</param>
    public CitationDate(PartialDate date, string? originalText)
    {
        Start = date;
        OriginalText = originalText;
    }

    /// <summary>Creates an interval.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date; must not lie before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/>.</exception>
    public CitationDate(PartialDate start, PartialDate end)
        : this(start, end, originalText: null)
    {
    }

    /// <summary>Creates an interval read from a text.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date; must not lie before <paramref name="start"/>.</param>
    /// <param name="originalText">The text it was read from, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/>.</exception>
    public CitationDate(PartialDate start, PartialDate end, string? originalText)
    {
        if (end.Bounds().Last < start.Bounds().First)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The interval ends ({end}) before it starts ({start})."),
                nameof(end));
        }

        Start = start;
        End = end;
        OriginalText = originalText;
    }

    /// <summary>The date, or the first date of an interval.</summary>
    public PartialDate Start { get; }

    /// <summary>The last date of an interval, or <see langword="null"/> for a single date.</summary>
    public PartialDate? End { get; }

    /// <summary><see langword="true"/> when the value is an interval.</summary>
    [MemberNotNullWhen(true, nameof(End))]
    public bool IsInterval => End is not null;

    /// <summary>The text the date was read from, such as 令和7年10月26日, or <see langword="null"/> when not read from text.</summary>
    public string? OriginalText { get; }

    /// <summary>Returns a copy that keeps <paramref name="originalText"/> as the text it was read from.</summary>
    /// <param name="originalText">The text, or <see langword="null"/>.</param>
    /// <returns>The new date.</returns>
    public CitationDate WithOriginalText(string? originalText) =>
        End is { } end ? new CitationDate(Start, end, originalText) : new CitationDate(Start, originalText);

    /// <summary>Writes the date in EDTF: <c>2025-10-26</c>, <c>2024-12</c>, <c>2025</c>, <c>2025-21</c>, <c>2024-12/2025-01</c>.</summary>
    /// <returns>The EDTF text.</returns>
    public string ToEdtf()
    {
        Span<char> buffer = stackalloc char[34];
        var length = Start.FormatEdtf(buffer);
        if (End is { } end)
        {
            buffer[length++] = '/';
            length += end.FormatEdtf(buffer[length..]);
        }

        return new string(buffer[..length]);
    }

    /// <summary>Reads an EDTF date or interval, such as <c>2025-10-26</c>, <c>2025-21</c> or <c>2024-12/2025-01</c>.</summary>
    /// <param name="text">The EDTF text; surrounding white space is not allowed.</param>
    /// <param name="date">The date when the text is valid; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid EDTF date that this type can hold.</returns>
    /// <remarks>Never throws. The result's <see cref="OriginalText"/> is <see langword="null"/>.</remarks>
    public static bool TryParseEdtf([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CitationDate? date)
    {
        if (text is null)
        {
            date = null;
            return false;
        }

        return EdtfReader.TryRead(text, out date, out _);
    }

    /// <summary>Reads an EDTF date or interval, such as <c>2025-10-26</c>, <c>2025-21</c> or <c>2024-12/2025-01</c>.</summary>
    /// <param name="text">The EDTF text.</param>
    /// <returns>The date; its <see cref="OriginalText"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not valid EDTF, or uses a feature this type cannot hold; the message says why and where.</exception>
    public static CitationDate ParseEdtf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!EdtfReader.TryRead(text, out var date, out var error))
        {
            throw new FormatException(error.ToMessage(text));
        }

        return date;
    }

    /// <summary>
    /// Reads a date as CJK and English references write it: 2025年10月26日, 2025 年 10 月 26 日, ２０２５年１０月２６日（日）,
    /// 二〇二五年十月二十六日, 令和7年10月26日, 令和元年, R7.10.26, ㋿7年, 令和6年度 (April 2024 to March 2025),
    /// 民國114年10月26日, 2025年春, ranges such as 2024年12月～2025年1月, 2025年1～3月 and 2025年10月26日から28日まで,
    /// 26 October 2025, October 26, 2025, Oct. 2025, 2025/10/26, 2025.10.26, and EDTF.
    /// </summary>
    /// <param name="text">The text; it must be a date as a whole, optionally in brackets and surrounded by white space.</param>
    /// <param name="date">The date, whose <see cref="OriginalText"/> is <paramref name="text"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a date that exists.</returns>
    /// <remarks>
    /// <para>
    /// Validity is strict: months, days and leap years are checked, and era dates must lie inside their era (平成31年5月1日
    /// and 令和元年4月30日 are rejected; Taishō began on 1912-07-30, Shōwa on 1926-12-25, Heisei on 1989-01-08 and Reiwa on
    /// 2019-05-01). Japanese months and days before 1873 were lunisolar and are rejected; 明治5年12月3日–31日 never existed.
    /// A year alone past its era's end (平成32年) is read as the year it would have been, with a warning that
    /// <see cref="ParseWithDiagnostics(string)"/> reports. Years written without an era need four digits.
    /// </para>
    /// <para>
    /// Never throws; does not depend on the current culture or on the machine's globalization data, so it behaves the same
    /// in globalization-invariant mode. Allocates only the result. Thread-safe.
    /// </para>
    /// </remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CitationDate? date)
    {
        if (text is null)
        {
            date = null;
            return false;
        }

        date = CitationDateText.TryRead(text);
        return date is not null;
    }

    /// <summary>
    /// Reads a date as references in <paramref name="language"/> write it. With <c>th</c>, <c>vi</c>, <c>id</c>, <c>ms</c>,
    /// <c>fil</c> (or <c>tl</c>), <c>km</c>, <c>lo</c> or <c>my</c> (any region or script subtag after them), the language's
    /// own forms are read — 26 ตุลาคม 2568, ๒๖ ต.ค. ๖๘, ปีงบประมาณ พ.ศ. 2568 (October 2024 to September 2025), a bare 2568
    /// (2025), ngày 26 tháng 10 năm 2025, tháng 10/2025, Quý III/2025, day-first 26/10/2025, 26 Oktober 2025, 26 Ogos 2025,
    /// 1446H/2025, Oktubre 26, 2025, ថ្ងៃទី២៦ ខែតុលា ឆ្នាំ២០២៥, ວັນທີ ໒໖ ຕຸລາ ໒໐໒໕, ၂၀၂၅ ခုနှစ်၊ အောက်တိုဘာလ ၂၆ ရက်, and
    /// ranges of these — and then every form that <see cref="TryParse(string?, out CitationDate?)"/> reads. Any other
    /// language, and <see langword="null"/>, reads exactly as <see cref="TryParse(string?, out CitationDate?)"/>.
    /// </summary>
    /// <param name="text">The text; it must be a date as a whole, optionally in brackets and surrounded by white space.</param>
    /// <param name="language">A BCP 47 tag of the language the text was written in, or <see langword="null"/>.</param>
    /// <param name="date">The date, whose <see cref="OriginalText"/> is <paramref name="text"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a date that exists.</returns>
    /// <remarks>
    /// <para>
    /// Era years follow each era's own year start (docs/dates.md names the sources): a Thai Buddhist year before 2484 began
    /// on 1 April, so 2482 alone is the interval 1939-04/1940-03 and 1 มกราคม 2482 is 1940-01-01; Khmer, Lao and Myanmar
    /// Era years turn in April or May, so a year alone is an interval across two Gregorian years, and a day in the month
    /// of the turn is rejected as ambiguous. Validity is strict (31 เมษายน 2568 and 30 tháng 2 năm 2025 are rejected).
    /// A no-date marker (ม.ป.ป., t.th., t.t.) is not a date: see <see cref="IsNoDateMarker(string?, string?)"/>.
    /// </para>
    /// <para>
    /// Never throws; does not depend on the current culture or on the machine's globalization data. Thread-safe.
    /// </para>
    /// </remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, string? language, [NotNullWhen(true)] out CitationDate? date)
    {
        if (text is null)
        {
            date = null;
            return false;
        }

        date = CitationDateText.TryRead(text, DateLanguages.FromTag(language));
        return date is not null;
    }

    /// <summary>
    /// Reads a date in any form that <see cref="TryParse(string?, string?, out CitationDate?)"/> reads for
    /// <paramref name="language"/>, and reports why and where a text is not a date, or what is doubtful about one that is.
    /// </summary>
    /// <param name="text">The text; it must be a date as a whole.</param>
    /// <param name="language">A BCP 47 tag of the language the text was written in, or <see langword="null"/>.</param>
    /// <returns>
    /// The date with its warnings, or no value and one error: besides the codes of <see cref="ParseWithDiagnostics(string)"/>,
    /// <c>date.no-date</c> (ม.ป.ป.), <c>date.era-turn-ambiguous</c>, <c>date.nonexistent-month</c> (มกราคม 2483),
    /// <c>date.before-solar-calendar</c>, <c>date.dual-year-mismatch</c> (1446H/2030), <c>date.fiscal-year-unknown</c> and
    /// <c>date.quarter-out-of-range</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <remarks>Never throws for bad input. Thread-safe.</remarks>
    public static ParseResult<CitationDate> ParseWithDiagnostics(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = CitationDateText.Read(text, DateLanguages.FromTag(language), out var reading);
        var diagnostics = CitationDateText.Diagnostics(reading, text);
        return date is null ? ParseResult.Failure<CitationDate>(diagnostics) : ParseResult.FromValue(date, diagnostics);
    }

    /// <summary>
    /// <see langword="true"/> when the text, apart from white space and brackets around it, is a marker that says a work has
    /// no date in <paramref name="language"/>: ม.ป.ป. or ไม่ปรากฏปีที่พิมพ์ (th), t.th. or tanpa tahun (id), t.t. or tanpa
    /// tarikh (ms), walang petsa (fil).
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> (no marker is known then).</param>
    /// <returns>Whether the text is such a marker. Never throws; culture-invariant; thread-safe.</returns>
    public static bool IsNoDateMarker(string? text, string? language) =>
        text is not null && RegionalDateReader.IsNoDateMarker(text, DateLanguages.FromTag(language));

    /// <summary>Reads a date in any form that <see cref="TryParse(string?, out CitationDate?)"/> reads.</summary>
    /// <param name="text">The text; it must be a date as a whole.</param>
    /// <returns>The date, whose <see cref="OriginalText"/> is <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a date, or names one that does not exist; the message says why and at which character.</exception>
    public static CitationDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CitationDateText.Read(text, out var reading)
            ?? throw new FormatException(CitationDateText.FailureMessage(reading, text));
    }

    /// <summary>
    /// Reads a date in any form that <see cref="TryParse(string?, out CitationDate?)"/> reads, and reports why and where a
    /// text is not a date, or what is doubtful about one that is.
    /// </summary>
    /// <param name="text">The text; it must be a date as a whole.</param>
    /// <returns>
    /// The date with its warnings (<c>date.era-year-overflow</c> for 平成32年, <c>date.weekday-mismatch</c> for a weekday that
    /// does not fit the day), or no value and one error whose code (such as <c>date.after-era</c>, <c>date.day-out-of-range</c>)
    /// and span say what is wrong and where.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <remarks>Never throws for bad input. Thread-safe.</remarks>
    public static ParseResult<CitationDate> ParseWithDiagnostics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = CitationDateText.Read(text, out var reading);
        var diagnostics = CitationDateText.Diagnostics(reading, text);
        return date is null ? ParseResult.Failure<CitationDate>(diagnostics) : ParseResult.FromValue(date, diagnostics);
    }

    /// <summary>Writes the date in a notation: <c>2025年10月26日</c>, <c>令和7年10月26日</c>, <c>民國114年10月26日</c>, <c>26 October 2025</c>, EDTF.</summary>
    /// <param name="notation">The notation.</param>
    /// <returns>
    /// The text, which <see cref="TryParse(string?, out CitationDate?)"/> reads back to the same dates. Dates with years
    /// before 1 are written in EDTF whatever the notation. The original text is not used.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notation"/> is not a defined value.</exception>
    /// <remarks>Culture-invariant and thread-safe.</remarks>
    public string ToString(DateNotation notation) => DateFormatter.Format(this, notation);

    /// <inheritdoc />
    public bool Equals(CitationDate? other) =>
        other is not null
        && Start == other.Start
        && Nullable.Equals(End, other.End)
        && string.Equals(OriginalText, other.OriginalText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CitationDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, OriginalText);

    /// <summary>Returns <see cref="ToEdtf"/>.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString() => ToEdtf();

    /// <summary>Compares two dates with <see cref="Equals(CitationDate?)"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CitationDate? left, CitationDate? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CitationDate? left, CitationDate? right) => !(left == right);
}
