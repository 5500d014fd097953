using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Dates;

/// <summary>Up to four warnings or notes found while reading a date, kept inline so that reading allocates nothing.</summary>
[InlineArray(Capacity)]
internal struct DateNoteBuffer
{
    public const int Capacity = 4;

    private DateFinding _element;
}

/// <summary>What reading a date text gave: the dates and where they stand, or the error; and any warnings.</summary>
internal struct DateReading
{
    public PartialDate Start;
    public PartialDate End;
    public bool IsInterval;

    /// <summary>The offset of the first character of the date (an opening bracket around it included).</summary>
    public int TextStart;

    /// <summary>The offset just past the date (a closing bracket included).</summary>
    public int TextEnd;

    /// <summary>The first error, or a finding whose <see cref="DateFinding.IsNone"/> is true.</summary>
    public DateFinding Error;

    public DateNoteBuffer Notes;
    public int NoteCount;

    public readonly bool Succeeded => Error.IsNone;

    /// <summary>Records <paramref name="error"/> unless an earlier error is recorded; returns <see langword="false"/>.</summary>
    public bool Fail(DateFinding error)
    {
        if (Error.IsNone)
        {
            Error = error;
        }

        return false;
    }

    public void AddNote(DateFinding note)
    {
        if (NoteCount < DateNoteBuffer.Capacity)
        {
            Notes[NoteCount++] = note;
        }
    }
}

/// <summary>
/// Reads the date forms of CJK and English references — 2025年10月26日, 令和7年10月26日, R7.10.26, 民國114年, 二〇二五年十月,
/// 令和6年度, 2024年12月～2025年1月, 26 October 2025 — on a span, allocating nothing, in one of two modes: a whole text that
/// must be a date (<see cref="ReadWhole"/>), or the longest date that starts at a place in running text
/// (<see cref="TryReadMention"/>).
/// </summary>
/// <remarks>
/// Reading has two steps. The grammar step splits the text into the two ends of a range, each a set of written fields
/// (year, month or season, day) with its calendar, and fills a range's elided parts from the other end (2025年10月26日～28日,
/// 26–28 October 2025, 2025年1～3月). The check step converts era and 民國 years to Gregorian years and rejects what does
/// not exist: months and days out of range, era days before an era began or after it ended, and Japanese months and days
/// before 1873, which were lunisolar.
/// </remarks>
internal ref struct DateTextReader
{
    private DateLexer _lexer;
    private readonly bool _mention;
    private DateReading _reading;

    private DateTextReader(ReadOnlySpan<char> text, int start, int end, bool mention)
    {
        _lexer = new DateLexer(text, start, end);
        _mention = mention;
        _reading = default;
    }

    /// <summary>Reads a whole text as a date; surrounding white space is allowed, anything else is an error.</summary>
    public static DateReading ReadWhole(ReadOnlySpan<char> text)
    {
        var (start, end) = DateCharacters.TrimmedRange(text);

        if (start == end)
        {
            return new DateReading { Error = new DateFinding(DateFindingCode.Empty, 0, text.Length) };
        }

        var reader = new DateTextReader(text, start, end, mention: false);
        reader.Read();
        return reader._reading;
    }

    /// <summary>
    /// Reads the most common form — an optional era name or 民國, then digits with 年, 月 and 日, nothing else — without
    /// the general grammar, accepting only what is certainly a valid date with nothing to report. Anything else, including
    /// a text of this form that is invalid or earns a warning, returns <see langword="false"/> and is left to
    /// <see cref="ReadWhole"/>, so that every error and warning comes from one place.
    /// </summary>
    /// <remarks>
    /// Most dates in references have this form; reading it directly makes TryParse several times faster. A test checks
    /// that whatever this accepts, <see cref="ReadWhole"/> reads to the same date.
    /// </remarks>
    public static bool TryReadCommonForm(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        var i = 0;
        var calendar = DateCalendar.Unspecified;
        JapaneseEra? era = null;
        if (JapaneseEras.TryMatch(text, out var eraIndex, out var eraLength, out var abbreviated))
        {
            if (abbreviated)
            {
                return false;
            }

            calendar = DateCalendar.Era;
            era = JapaneseEras.All[eraIndex];
            i = eraLength;
        }
        else if (text.Length > 2 && text[0] == '民' && text[1] is '國' or '国')
        {
            calendar = DateCalendar.Minguo;
            i = 2;
        }

        if (!TryReadCommonField(text, ref i, '年', out var year, out var yearDigits) || (i < text.Length && text[i] == '度'))
        {
            return false;
        }

        int month = 0, day = 0;
        var hasMonth = i < text.Length;
        if (hasMonth && !TryReadCommonField(text, ref i, '月', out month, out _))
        {
            return false;
        }

        var hasDay = i < text.Length;
        if ((hasDay && !TryReadCommonField(text, ref i, '日', out day, out _)) || i != text.Length)
        {
            return false;
        }

        year = calendar switch
        {
            DateCalendar.Era => year < 1 ? 0 : era!.FirstYear + year - 1,
            DateCalendar.Minguo => year < 1 ? 0 : 1911 + year,
            _ => yearDigits == 4 ? year : 0,
        };
        if (year is < 1 or > PartialDate.MaxYear
            || (hasMonth && month is < 1 or > 12)
            || (hasDay && (day < 1 || day > PartialDate.DaysInMonth(year, month))))
        {
            return false;
        }

        if (era is not null)
        {
            // Inside the era and after its lunisolar years; a year alone must not run past the era's end (that earns a warning).
            var first = (year * 10000) + (month * 100) + Math.Max(day, 1);
            var last = month == 0 ? first : (year * 10000) + (month * 100) + (day != 0 ? day : PartialDate.DaysInMonth(year, month));
            var inside = month == 0
                ? year <= era.LastYear && year >= era.FirstGregorianDay / 10000
                : (era.FirstGregorianDay == era.FirstDay || first >= era.FirstGregorianDay) && last >= era.FirstDay && first <= era.LastDay;
            if (!inside)
            {
                return false;
            }
        }

        date = PartialDate.FromValidatedParts(year, month, day, 0, DateQualifier.None);
        return true;
    }

    // One to four ASCII or full-width digits and the unit after them, with no space between.
    private static bool TryReadCommonField(ReadOnlySpan<char> text, ref int i, char unit, out int value, out int digits)
    {
        var start = i;
        value = 0;
        while (i < text.Length && i - start < 5 && DateCharacters.IsArabicDigit(text[i]))
        {
            value = (value * 10) + (DateCharacters.FoldWidth(text[i]) - '0');
            i++;
        }

        digits = i - start;
        if (digits is 0 or > 4 || i >= text.Length || text[i] != unit)
        {
            return false;
        }

        i++;
        return true;
    }

    /// <summary>
    /// Reads the longest date that starts at <paramref name="start"/> in running text. Returns <see langword="false"/>
    /// when no date starts there. A text shaped like a date that does not exist (平成31年5月1日) is returned with its error.
    /// </summary>
    public static bool TryReadMention(ReadOnlySpan<char> text, int start, out DateReading reading)
    {
        var reader = new DateTextReader(text, start, text.Length, mention: true);
        var found = reader.Read();
        reading = reader._reading;
        return found;
    }

    private bool Read()
    {
        var open = _lexer.Peek();
        var bracketed = open.Kind == DateTokenKind.Open;
        if (bracketed)
        {
            _lexer.Read();
        }

        if (!ReadEndpoint(isRight: false, default, out var left))
        {
            return NotADate();
        }

        var right = default(DateEndpoint);
        var hasRight = false;
        var beforeRange = _lexer.Position;
        var separator = _lexer.Peek();
        if (separator.Kind == DateTokenKind.RangeSeparator
            || (separator.Kind == DateTokenKind.Hyphen && !(left.Grammar == DateGrammar.Numeric && left.NumericSeparator == DateTokenKind.Hyphen)))
        {
            _lexer.Read();
            if (ReadEndpoint(isRight: true, left, out right))
            {
                hasRight = true;
                if (_lexer.Peek().Kind == DateTokenKind.Until)
                {
                    right.End = _lexer.Read().End;
                }
            }
            else if (_mention)
            {
                _lexer.Position = beforeRange;
                _reading.Error = default;
            }
            else
            {
                if (_reading.Error.Code == DateFindingCode.RangeIncomplete)
                {
                    _reading.Error = new DateFinding(DateFindingCode.RangeIncomplete, separator.Start, separator.End);
                }

                return NotADate();
            }
        }

        if (!hasRight && left.Pending.Present)
        {
            if (!_mention)
            {
                Fail(new DateFinding(DateFindingCode.NumberWithoutUnit, left.Pending.Start, left.Pending.End, left.Pending.Value));
                return NotADate();
            }

            _lexer.Position = left.PendingRestore;
            left.Pending = default;
            left.End = _lexer.Position;
            if (!left.HasFields)
            {
                return NotADate();
            }
        }

        _reading.TextStart = left.Start;
        _reading.TextEnd = hasRight ? right.End : left.End;
        if (bracketed)
        {
            var close = _lexer.Peek();
            if (close.Kind == DateTokenKind.Close && close.Value == open.Value)
            {
                _lexer.Read();
                _reading.TextStart = open.Start;
                _reading.TextEnd = close.End;
            }
            else if (!_mention)
            {
                Fail(close.Kind == DateTokenKind.End ? new DateFinding(DateFindingCode.UnclosedBracket, open.Start, open.End) : Unexpected(close));
                return NotADate();
            }
        }

        if (!_mention)
        {
            var rest = _lexer.Peek();
            if (rest.Kind != DateTokenKind.End)
            {
                // A number followed by more date text (2025年10月26日 2025年10月27日) is text after the date, not a number
                // without its unit (2025年10).
                var second = _lexer.PeekSecond();
                Fail(rest.Kind == DateTokenKind.Number && rest.IsUsableNumber && second.Kind != DateTokenKind.End
                    ? new DateFinding(DateFindingCode.UnexpectedText, rest.Start, _lexer.Text.Length)
                    : Unexpected(rest));
                return NotADate();
            }
        }
        else if (!IsMention(left, hasRight, right))
        {
            return false;
        }

        Resolve(ref left, hasRight, ref right);
        if (_mention && !_reading.Error.IsNone && !IsReportableInText(_reading.Error.Code, left))
        {
            return false;
        }

        return _mention || _reading.Error.IsNone;
    }

    // Ends a reading that found no date; a whole text always gets a reason, even one no rule gave.
    private bool NotADate()
    {
        if (!_mention && _reading.Error.IsNone)
        {
            _reading.Error = new DateFinding(DateFindingCode.UnexpectedText, _lexer.Position, _lexer.Position + 1);
        }

        return false;
    }

    // In running text, only forms that are clearly dates count: a number with 年 and a four-digit year (or an era or 民國),
    // an English month name, or a full numeric date with a four-digit year. Bare years and numbers are left alone.
    private readonly bool IsMention(in DateEndpoint left, bool hasRight, in DateEndpoint right)
    {
        if (left.Grammar == DateGrammar.Bare && (!hasRight || right.Grammar == DateGrammar.Bare))
        {
            return false;
        }

        if (!IsMentionEnd(left) || (hasRight && !IsMentionEnd(right)))
        {
            return false;
        }

        var text = _lexer.Text;
        var start = left.Start;
        if (left.AbbreviatedEra && start > 0 && (Internal.CjkCharacters.IsHan(text[start - 1]) || Internal.CjkCharacters.IsKana(text[start - 1])))
        {
            return false;
        }

        var end = hasRight ? right.End : left.End;
        var numericOrLatin = left.Grammar is DateGrammar.Numeric or DateGrammar.English || (hasRight && right.Grammar is DateGrammar.Numeric or DateGrammar.English);
        return !numericOrLatin || end >= text.Length || !char.IsAsciiLetterOrDigit(DateCharacters.FoldWidth(text[end]));
    }

    private static bool IsMentionEnd(in DateEndpoint end) => end.Grammar switch
    {
        DateGrammar.Numeric => end.Calendar == DateCalendar.Era ? end.NumericParts == 3 : end.NumericParts == 3 || end.Year.Digits == 0,
        DateGrammar.English => !end.LowerCaseMonthName,
        DateGrammar.Cjk => !end.AbbreviatedEra,
        _ => true,
    };

    // In running text a date-shaped text that fails its check is still reported when its form leaves no doubt that a
    // date was meant (平成31年5月1日, 2025年2月30日); numeric forms that fail are more likely page ranges or codes.
    private static bool IsReportableInText(DateFindingCode code, in DateEndpoint left) =>
        left.Grammar is DateGrammar.Cjk or DateGrammar.English
        && code is not (DateFindingCode.YearMissing or DateFindingCode.AmbiguousYear or DateFindingCode.AmbiguousOrder
            or DateFindingCode.DayWithoutMonth or DateFindingCode.NumberWithoutUnit);

    private bool Fail(DateFinding finding)
    {
        _reading.Fail(finding);
        return false;
    }

    private readonly DateFinding Unexpected(in DateToken token) => token.Kind switch
    {
        DateTokenKind.Number when token.Digits > 4 => new DateFinding(DateFindingCode.NumberTooLong, token.Start, token.End, token.Form == NumberForm.Arabic ? CountDigits(token) : token.Digits),
        DateTokenKind.Number when token.Form == NumberForm.KanjiMalformed => new DateFinding(DateFindingCode.MalformedNumeral, token.Start, token.End),
        DateTokenKind.Number => new DateFinding(DateFindingCode.NumberWithoutUnit, token.Start, token.End, token.Value),
        DateTokenKind.UnpairedSurrogate => new DateFinding(DateFindingCode.UnpairedSurrogate, token.Start, token.End, token.Value),
        DateTokenKind.FirstYear => new DateFinding(DateFindingCode.FirstYearWithoutEra, token.Start, token.End),
        DateTokenKind.End => new DateFinding(DateFindingCode.UnexpectedText, token.Start, token.End),
        _ => new DateFinding(DateFindingCode.UnexpectedText, token.Start, token.End),
    };

    // The length of a run of digits, however long (a token keeps at most 65,535).
    private readonly int CountDigits(in DateToken token)
    {
        var count = 0;
        foreach (var c in _lexer.Text[token.Start..token.End])
        {
            count += DateCharacters.IsArabicDigit(c) ? 1 : 0;
        }

        return count;
    }

    // ---- Grammar ----

    private bool ReadEndpoint(bool isRight, in DateEndpoint left, out DateEndpoint endpoint)
    {
        endpoint = default;
        var token = _lexer.Peek();
        endpoint.Start = token.Start;
        if (token.Kind == DateTokenKind.Circa)
        {
            _lexer.Read();
            endpoint.Qualifier = DateQualifier.Approximate;
            token = _lexer.Peek();
        }

        switch (token.Kind)
        {
            case DateTokenKind.Era:
                _lexer.Read();
                endpoint.Calendar = DateCalendar.Era;
                endpoint.Era = token.Value;
                endpoint.AbbreviatedEra = token.Digits == 1;
                return ReadAfterCalendar(ref endpoint, token, isRight);
            case DateTokenKind.Minguo:
                _lexer.Read();
                endpoint.Calendar = DateCalendar.Minguo;
                return ReadAfterCalendar(ref endpoint, token, isRight);
            case DateTokenKind.CommonEra:
                _lexer.Read();
                endpoint.Calendar = DateCalendar.Gregorian;
                return ReadAfterCalendar(ref endpoint, token, isRight);
            case DateTokenKind.Number:
                return ReadFromNumber(isRight, left, ref endpoint);
            case DateTokenKind.MonthName:
                return ReadEnglishMonthFirst(ref endpoint);
            case DateTokenKind.SeasonName:
                _lexer.Read();
                endpoint.Grammar = DateGrammar.English;
                endpoint.Season = new DateField { Value = token.Value, Start = token.Start, End = token.End, Present = true };
                endpoint.FirstWritten = DateEndpoint.MonthLevel;
                ReadEnglishYear(ref endpoint, allowComma: true);
                return ReadSuffixes(ref endpoint);
            case DateTokenKind.SeasonWord when isRight:
                // The end of 2025年春～夏.
                _lexer.Read();
                endpoint.Grammar = DateGrammar.Cjk;
                endpoint.Season = new DateField { Value = token.Value, Start = token.Start, End = token.End, Present = true };
                endpoint.FirstWritten = DateEndpoint.MonthLevel;
                return ReadSuffixes(ref endpoint);
            case DateTokenKind.End:
                return Fail(isRight ? new DateFinding(DateFindingCode.RangeIncomplete, token.Start, token.End) : new DateFinding(DateFindingCode.Empty, token.Start, token.End));
            default:
                return Fail(Unexpected(token));
        }
    }

    private bool ReadAfterCalendar(ref DateEndpoint endpoint, in DateToken calendar, bool isRight)
    {
        var token = _lexer.Peek();
        if (token.Kind == DateTokenKind.FirstYear)
        {
            _lexer.Read();
            var unit = _lexer.Peek();
            if (unit.Kind is not (DateTokenKind.Year or DateTokenKind.FiscalYear))
            {
                return Fail(Unexpected(unit));
            }

            _lexer.Read();
            endpoint.Year = new DateField { Value = 1, Start = calendar.Start, End = unit.End, Digits = 1, Present = true };
            endpoint.Fiscal = unit.Kind == DateTokenKind.FiscalYear;
            endpoint.Grammar = DateGrammar.Cjk;
            endpoint.FirstWritten = DateEndpoint.YearLevel;
            return ReadCjkAfterYear(ref endpoint);
        }

        if (token.Kind != DateTokenKind.Number)
        {
            var era = endpoint.Calendar == DateCalendar.Era ? endpoint.Era : -1;
            return Fail(new DateFinding(DateFindingCode.EraWithoutYear, calendar.Start, calendar.End, era));
        }

        if (!token.IsUsableNumber)
        {
            return Fail(Unexpected(token));
        }

        _lexer.Read();
        var next = _lexer.Peek();
        if (next.Kind is DateTokenKind.Year or DateTokenKind.FiscalYear)
        {
            _lexer.Read();
            endpoint.Year = DateField.From(token, next.End);
            endpoint.Year.Start = calendar.Start;
            endpoint.Fiscal = next.Kind == DateTokenKind.FiscalYear;
            endpoint.Grammar = DateGrammar.Cjk;
            endpoint.FirstWritten = DateEndpoint.YearLevel;
            return ReadCjkAfterYear(ref endpoint);
        }

        if (next.Kind is DateTokenKind.Slash or DateTokenKind.Dot or DateTokenKind.Hyphen && _lexer.PeekSecond().Kind == DateTokenKind.Number)
        {
            return ReadNumeric(ref endpoint, token, isRight: false, default);
        }

        if (!isRight && next.Kind is DateTokenKind.RangeSeparator or DateTokenKind.Hyphen)
        {
            // The 6 of 令和6～7年度: the unit follows the range.
            endpoint.Grammar = DateGrammar.Bare;
            return SetPending(ref endpoint, token, calendar.Start);
        }

        return Fail(new DateFinding(DateFindingCode.NumberWithoutUnit, token.Start, token.End, token.Value));
    }

    private bool ReadFromNumber(bool isRight, in DateEndpoint left, ref DateEndpoint endpoint)
    {
        var number = _lexer.Read();
        if (!number.IsUsableNumber)
        {
            return Fail(Unexpected(number));
        }

        var next = _lexer.Peek();
        switch (next.Kind)
        {
            case DateTokenKind.Year or DateTokenKind.FiscalYear:
                _lexer.Read();
                endpoint.Year = DateField.From(number, next.End);
                endpoint.Fiscal = next.Kind == DateTokenKind.FiscalYear;
                endpoint.Grammar = DateGrammar.Cjk;
                endpoint.FirstWritten = DateEndpoint.YearLevel;
                return ReadCjkAfterYear(ref endpoint);
            case DateTokenKind.Month:
                _lexer.Read();
                endpoint.Month = DateField.From(number, next.End);
                endpoint.Grammar = DateGrammar.Cjk;
                endpoint.FirstWritten = DateEndpoint.MonthLevel;
                return ReadCjkAfterMonth(ref endpoint);
            case DateTokenKind.Day:
                _lexer.Read();
                endpoint.Day = DateField.From(number, next.End);
                endpoint.Grammar = DateGrammar.Cjk;
                endpoint.FirstWritten = DateEndpoint.DayLevel;
                return ReadSuffixes(ref endpoint);
            case DateTokenKind.MonthName when number.Form == NumberForm.Arabic:
                // 26 October 2025
                _lexer.Read();
                endpoint.Day = DateField.From(number, number.End);
                endpoint.Month = new DateField { Value = next.Value, Start = next.Start, End = next.End, Present = true };
                endpoint.LowerCaseMonthName = !char.IsAsciiLetterUpper(DateCharacters.FoldWidth(_lexer.Text[next.Start]));
                endpoint.Grammar = DateGrammar.English;
                endpoint.FirstWritten = DateEndpoint.DayLevel;
                ReadEnglishYear(ref endpoint, allowComma: true);
                return ReadSuffixes(ref endpoint);
            case DateTokenKind.Comma when number.Form == NumberForm.Arabic && number.Digits <= 2 && _lexer.PeekSecond().IsFourDigitNumber:
                // The end of a range such as October 26–28, 2025.
                _lexer.Read();
                var year = _lexer.Read();
                endpoint.Day = DateField.From(number, number.End);
                endpoint.Year = DateField.From(year, year.End);
                endpoint.Grammar = DateGrammar.English;
                endpoint.FirstWritten = DateEndpoint.DayLevel;
                return ReadSuffixes(ref endpoint);
            default:
                break;
        }

        var separatorFollows = next.Kind is DateTokenKind.Slash or DateTokenKind.Dot or DateTokenKind.Hyphen && _lexer.PeekSecond().Kind == DateTokenKind.Number;
        if (number.Form == NumberForm.Arabic && separatorFollows)
        {
            // A hyphen between a short number and another (26-28 October) or between two years (2024-2025) is a range.
            var second = _lexer.PeekSecond();
            var hyphenRange = next.Kind == DateTokenKind.Hyphen && !isRight
                && ((number.Digits < 4 && left.Grammar == DateGrammar.None) || (number.Digits == 4 && second.Digits == 4));
            if (!hyphenRange)
            {
                return ReadNumeric(ref endpoint, number, isRight, left);
            }
        }

        if (isRight && left.Grammar == DateGrammar.Numeric && number.Form == NumberForm.Arabic)
        {
            return ReadNumeric(ref endpoint, number, isRight, left);
        }

        if (!isRight && next.Kind is DateTokenKind.RangeSeparator or DateTokenKind.Hyphen)
        {
            endpoint.Pending = DateField.From(number, number.End);
            endpoint.PendingRestore = number.Start;
            endpoint.Grammar = DateGrammar.Bare;
            endpoint.End = number.End;
            return true;
        }

        if (number.IsFourDigitNumber)
        {
            endpoint.Year = DateField.From(number, number.End);
            endpoint.Grammar = DateGrammar.Bare;
            endpoint.FirstWritten = DateEndpoint.YearLevel;
            return ReadSuffixes(ref endpoint);
        }

        return Fail(new DateFinding(DateFindingCode.NumberWithoutUnit, number.Start, number.End, number.Value));
    }

    private bool ReadCjkAfterYear(ref DateEndpoint endpoint)
    {
        if (endpoint.Fiscal)
        {
            return ReadSuffixes(ref endpoint);
        }

        var token = _lexer.Peek();
        if (token.Kind == DateTokenKind.SeasonWord)
        {
            _lexer.Read();
            endpoint.Season = new DateField { Value = token.Value, Start = token.Start, End = token.End, Present = true };
            return ReadSuffixes(ref endpoint);
        }

        if (token.IsUsableNumber)
        {
            var saved = _lexer.Position;
            _lexer.Read();
            var unit = _lexer.Peek();
            switch (unit.Kind)
            {
                case DateTokenKind.Month:
                    _lexer.Read();
                    endpoint.Month = DateField.From(token, unit.End);
                    return ReadCjkAfterMonth(ref endpoint);
                case DateTokenKind.RangeSeparator or DateTokenKind.Hyphen:
                    return SetPending(ref endpoint, token, saved);
                case DateTokenKind.Day when !_mention:
                    return Fail(new DateFinding(DateFindingCode.DayWithoutMonth, token.Start, unit.End));
                default:
                    _lexer.Position = saved;
                    break;
            }
        }

        return ReadSuffixes(ref endpoint);
    }

    private bool ReadCjkAfterMonth(ref DateEndpoint endpoint)
    {
        var token = _lexer.Peek();
        if (token.IsUsableNumber)
        {
            var saved = _lexer.Position;
            _lexer.Read();
            var unit = _lexer.Peek();
            if (unit.Kind == DateTokenKind.Day)
            {
                _lexer.Read();
                endpoint.Day = DateField.From(token, unit.End);
                return ReadSuffixes(ref endpoint);
            }

            if (unit.Kind is DateTokenKind.RangeSeparator or DateTokenKind.Hyphen)
            {
                return SetPending(ref endpoint, token, saved);
            }

            _lexer.Position = saved;
        }

        return ReadSuffixes(ref endpoint);
    }

    private static bool SetPending(ref DateEndpoint endpoint, in DateToken number, int restore)
    {
        endpoint.Pending = DateField.From(number, number.End);
        endpoint.PendingRestore = restore;
        endpoint.End = number.End;
        return true;
    }

    private bool ReadNumeric(ref DateEndpoint endpoint, in DateToken first, bool isRight, in DateEndpoint left)
    {
        var separator = _lexer.Peek().Kind;
        Span<DateField> parts = stackalloc DateField[3];
        parts[0] = DateField.From(first, first.End);
        var count = 1;
        if (separator is DateTokenKind.Slash or DateTokenKind.Dot or DateTokenKind.Hyphen)
        {
            while (count < 3 && _lexer.Peek().Kind == separator && _lexer.PeekSecond() is { Kind: DateTokenKind.Number, Form: NumberForm.Arabic } next && next.IsUsableNumber)
            {
                _lexer.Read();
                _lexer.Read();
                parts[count++] = DateField.From(next, next.End);
            }
        }
        else
        {
            separator = left.NumericSeparator;
        }

        endpoint.Grammar = DateGrammar.Numeric;
        endpoint.NumericSeparator = separator;
        endpoint.NumericParts = count;

        // Which fields the numbers are: year first when the year is written in full or an era is given; in the second
        // end of a range, the last fields of the first end (2025/10/26～28, 2025/10/26～11/2).
        int firstLevel;
        if (endpoint.Calendar != DateCalendar.Unspecified || (first.Digits == 4 && count > 1))
        {
            firstLevel = DateEndpoint.YearLevel;
        }
        else if (isRight && left.Grammar == DateGrammar.Numeric && left.NumericParts >= count)
        {
            firstLevel = left.NumericParts - count + 1;
        }
        else
        {
            return Fail(new DateFinding(DateFindingCode.AmbiguousOrder, first.Start, _lexer.Position));
        }

        if (firstLevel + count - 1 > DateEndpoint.DayLevel)
        {
            return Fail(new DateFinding(DateFindingCode.AmbiguousOrder, first.Start, _lexer.Position));
        }

        endpoint.FirstWritten = firstLevel;
        for (var i = 0; i < count; i++)
        {
            switch (firstLevel + i)
            {
                case DateEndpoint.YearLevel:
                    endpoint.Year = parts[i];
                    break;
                case DateEndpoint.MonthLevel:
                    endpoint.Month = parts[i];
                    break;
                default:
                    endpoint.Day = parts[i];
                    break;
            }
        }

        if (endpoint.Calendar != DateCalendar.Unspecified)
        {
            endpoint.Year.Start = endpoint.Start;
        }

        return ReadSuffixes(ref endpoint);
    }

    private bool ReadEnglishMonthFirst(ref DateEndpoint endpoint)
    {
        var month = _lexer.Read();
        endpoint.Month = new DateField { Value = month.Value, Start = month.Start, End = month.End, Present = true };
        endpoint.LowerCaseMonthName = !char.IsAsciiLetterUpper(DateCharacters.FoldWidth(_lexer.Text[month.Start]));
        endpoint.Grammar = DateGrammar.English;
        endpoint.FirstWritten = DateEndpoint.MonthLevel;
        var next = _lexer.Peek();
        if (next is { Kind: DateTokenKind.Number, Form: NumberForm.Arabic, Digits: <= 2 })
        {
            // October 26, 2025
            _lexer.Read();
            endpoint.Day = DateField.From(next, next.End);
        }

        ReadEnglishYear(ref endpoint, allowComma: true);
        return ReadSuffixes(ref endpoint);
    }

    private void ReadEnglishYear(ref DateEndpoint endpoint, bool allowComma)
    {
        var next = _lexer.Peek();
        if (allowComma && next.Kind == DateTokenKind.Comma && _lexer.PeekSecond() is { Form: NumberForm.Arabic } year && year.IsFourDigitNumber)
        {
            _lexer.Read();
            next = year;
        }
        else if (next.Form != NumberForm.Arabic || !next.IsFourDigitNumber)
        {
            return;
        }

        _lexer.Read();
        endpoint.Year = DateField.From(next, next.End);
    }

    private bool ReadSuffixes(ref DateEndpoint endpoint)
    {
        while (true)
        {
            var token = _lexer.Peek();
            if (token.Kind == DateTokenKind.Weekday && endpoint.Day.Present && endpoint.Weekday == 0)
            {
                endpoint.Weekday = token.Value + 1;
                endpoint.WeekdayStart = token.Start;
                endpoint.WeekdayEnd = token.End;
            }
            else if (token.Kind == DateTokenKind.Approximate && (endpoint.Qualifier & DateQualifier.Approximate) == 0)
            {
                endpoint.Qualifier |= DateQualifier.Approximate;
            }
            else if (token.Kind == DateTokenKind.Question && (endpoint.Qualifier & DateQualifier.Uncertain) == 0)
            {
                endpoint.Qualifier |= DateQualifier.Uncertain;
            }
            else
            {
                break;
            }

            _lexer.Read();
        }

        endpoint.End = _lexer.Position;
        return true;
    }

    // ---- Check ----

    private void Resolve(ref DateEndpoint left, bool hasRight, ref DateEndpoint right)
    {
        if (hasRight)
        {
            if (left.Pending.Present && !BindPending(ref left, right))
            {
                return;
            }

            Inherit(ref right, left);
            Inherit(ref left, right);
        }

        if (!DateValidation.TryResolve(ref left, ref _reading, out var leftFirst, out var leftLast, out var leftFiscal))
        {
            return;
        }

        var start = leftFirst;
        var end = leftLast;
        var isInterval = leftFiscal;
        if (hasRight)
        {
            if (!DateValidation.TryResolve(ref right, ref _reading, out _, out var rightLast, out _))
            {
                return;
            }

            end = rightLast;
            isInterval = true;
            if (end.Bounds().Last < start.Bounds().First)
            {
                Fail(new DateFinding(DateFindingCode.RangeReversed, right.Start, right.End));
                return;
            }
        }

        _reading.Start = start;
        _reading.End = end;
        _reading.IsInterval = isInterval;
    }

    // The 1 of 2025年1～3月 and the 26 of 26–28 October take the unit of the first field written after the separator.
    private bool BindPending(ref DateEndpoint left, in DateEndpoint right)
    {
        // A four-digit number can only be a year (the 2024 of 2024 – March 2025).
        var level = left.Pending.Digits == 4 ? DateEndpoint.YearLevel : right.FirstWritten;
        if (level == 0 || level <= left.LowestLevel || (level == DateEndpoint.MonthLevel && !right.Month.Present))
        {
            return Fail(new DateFinding(DateFindingCode.NumberWithoutUnit, left.Pending.Start, left.Pending.End, left.Pending.Value));
        }

        switch (level)
        {
            case DateEndpoint.YearLevel:
                left.Year = left.Pending;
                left.Fiscal = right.Fiscal;
                break;
            case DateEndpoint.MonthLevel:
                left.Month = left.Pending;
                break;
            default:
                left.Day = left.Pending;
                break;
        }

        left.FirstWritten = left.FirstWritten == 0 ? level : left.FirstWritten;
        left.Pending = default;
        if (left.Grammar is DateGrammar.Bare or DateGrammar.None)
        {
            left.Grammar = right.Grammar;
        }

        return true;
    }

    // Fills the fields that one end of a range leaves out from the other: the year and month of 28日 in 2025年10月26日～28日,
    // the year of October 26 in October 26–28, 2025, and the era of 7年 in 令和6年～7年.
    private static void Inherit(ref DateEndpoint target, in DateEndpoint source)
    {
        var lowest = target.LowestLevel;
        if (lowest >= DateEndpoint.MonthLevel && !target.Year.Present && source.Year.Present)
        {
            target.Year = source.Year;
            target.Calendar = source.Calendar;
            target.Era = source.Era;
            target.YearInherited = true;
        }

        if (lowest == DateEndpoint.DayLevel && !target.Month.Present && source.Month.Present)
        {
            target.Month = source.Month;
        }

        if (target.Year.Present && !target.YearInherited && target.Calendar == DateCalendar.Unspecified
            && source.Calendar is DateCalendar.Era or DateCalendar.Minguo && target.Year.Digits < 4)
        {
            target.Calendar = source.Calendar;
            target.Era = source.Era;
        }
    }
}
