namespace AseanAi.Citations.Dates;

/// <summary>The kinds of token a date text is made of.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>The end of the text.</summary>
    End,

    /// <summary>A number in ASCII, full-width or kanji digits; <see cref="DateToken.Value"/> and <see cref="DateToken.Digits"/>.</summary>
    Number,

    /// <summary>元, the first year of an era (元年).</summary>
    FirstYear,

    /// <summary>年.</summary>
    Year,

    /// <summary>年度, a fiscal year.</summary>
    FiscalYear,

    /// <summary>月.</summary>
    Month,

    /// <summary>日, 號 or 号.</summary>
    Day,

    /// <summary>春 夏 秋 冬, optionally with 季; the value is a <see cref="Season"/>.</summary>
    SeasonWord,

    /// <summary>A Japanese era; the value is its index in <see cref="JapaneseEras.All"/>.</summary>
    Era,

    /// <summary>民國, 中華民國, 民国 or 中华民国.</summary>
    Minguo,

    /// <summary>西元, 公元, 西暦 or 西曆: an explicitly Gregorian year follows.</summary>
    CommonEra,

    /// <summary>/ between numbers.</summary>
    Slash,

    /// <summary>A hyphen or minus: a separator between numbers, or between the two ends of a range.</summary>
    Hyphen,

    /// <summary>. between numbers.</summary>
    Dot,

    /// <summary>～ 〜 ~ – — ― 至 到 から: between the two ends of a range.</summary>
    RangeSeparator,

    /// <summary>まで, closing a から range.</summary>
    Until,

    /// <summary>A comma.</summary>
    Comma,

    /// <summary>An English month name or abbreviation; the value is the month.</summary>
    MonthName,

    /// <summary>An English season name; the value is a <see cref="Season"/>.</summary>
    SeasonName,

    /// <summary>c., ca. or circa.</summary>
    Circa,

    /// <summary>頃, ごろ or 左右 after a date: approximate.</summary>
    Approximate,

    /// <summary>? after a date: uncertain.</summary>
    Question,

    /// <summary>A bracketed weekday such as （日） or (Sun); the value is a <see cref="DayOfWeek"/>.</summary>
    Weekday,

    /// <summary>An opening bracket; the value is the closing bracket it expects.</summary>
    Open,

    /// <summary>A closing bracket; the value is the character.</summary>
    Close,

    /// <summary>Anything else: a character or a word that has no place in a date.</summary>
    Unknown,

    /// <summary>A UTF-16 surrogate without its partner.</summary>
    UnpairedSurrogate,
}

/// <summary>How a number was written.</summary>
internal enum NumberForm : byte
{
    /// <summary>ASCII or full-width digits.</summary>
    Arabic,

    /// <summary>Kanji digits written positionally: 二〇二五.</summary>
    KanjiPositional,

    /// <summary>Kanji with 十 百 千: 二千二十五, 二十六.</summary>
    KanjiMultiplicative,

    /// <summary>Kanji that do not make a number, such as 十十.</summary>
    KanjiMalformed,
}

/// <summary>One token of a date text, with its place in the text.</summary>
/// <remarks>
/// Packed into two 64-bit integers, so that a token is built and returned in registers: built field by field in memory
/// and read back as a whole, it stalled store forwarding on every token (a fifth of the reading time).
/// </remarks>
internal readonly struct DateToken
{
    // _head: kind (bits 0-7), form (8-15), digits (16-31), start (32-63). _tail: end (0-31), value (32-63).
    private readonly long _head;
    private readonly long _tail;

    public DateToken(DateTokenKind kind, int start, int end, int value = 0, int digits = 0, NumberForm form = NumberForm.Arabic)
    {
        _head = (long)kind | ((long)form << 8) | ((long)Math.Min(digits, ushort.MaxValue) << 16) | ((long)start << 32);
        _tail = (uint)end | ((long)value << 32);
    }

    public DateTokenKind Kind => (DateTokenKind)(byte)_head;

    /// <summary>Offset of the first character.</summary>
    public int Start => (int)(_head >> 32);

    /// <summary>Offset just past the last character.</summary>
    public int End => (int)_tail;

    /// <summary>The number, month, season, era index, weekday or character, by kind.</summary>
    public int Value => (int)(_tail >> 32);

    /// <summary>
    /// For numbers: how many digits were written (kanji multiplicative numbers count the digits of the value), up to
    /// 65,535. For eras: 1 when abbreviated.
    /// </summary>
    public int Digits => (ushort)(_head >> 16);

    /// <summary>For numbers: how they were written.</summary>
    public NumberForm Form => (NumberForm)(byte)(_head >> 8);

    public int Length => End - Start;

    /// <summary>A number of at most four digits that makes sense as a year, month or day.</summary>
    public bool IsUsableNumber => Kind == DateTokenKind.Number && Digits <= 4 && Form != NumberForm.KanjiMalformed;

    /// <summary>A number written with four digits (or a kanji number of at least 1000).</summary>
    public bool IsFourDigitNumber => IsUsableNumber && Digits == 4;
}
