namespace AseanAi.Citations.Dates;

/// <summary>
/// Reads the date forms of Thai, Vietnamese, Indonesian, Malay, Filipino, Khmer, Lao and Burmese references on a span,
/// allocating nothing: 26 ตุลาคม 2568, ๒๖ ต.ค. ๖๘, ปีงบประมาณ พ.ศ. 2568, ngày 26 tháng 10 năm 2025, tháng 10/2025,
/// Quý III/2025, 26/10/2025, 26 Oktober 2025, 1446H/2025, Oktubre 26, 2025, ថ្ងៃទី២៦ ខែតុលា ឆ្នាំ២០២៥,
/// ၂၀၂၅ ခုနှစ်၊ အောက်တိုဘာလ ၂၆ ရက်, ranges of these, in one of two modes: a whole text that must be a date
/// (<see cref="ReadWhole"/>) or the longest date that starts at a place in running text (<see cref="TryReadMention"/>).
/// </summary>
/// <remarks>
/// The words are data (<see cref="RegionalDateWords"/>); the era rules are <see cref="RegionalEras"/>. An end of a date is
/// read as a set of parts in the order the text gives them (a weekday, a day, a month, a year with its era, a quarter, a
/// fiscal year); a range's missing parts are taken from its other end, and the check step converts era years and rejects
/// what does not exist, as <see cref="DateTextReader"/> does for CJK forms.
/// </remarks>
internal ref struct RegionalDateReader
{
    private static readonly int EndpointKinds = RegionalDateWords.Kinds(
        RegionalWordKind.Month, RegionalWordKind.MonthAbbreviation, RegionalWordKind.Weekday, RegionalWordKind.DayPrefix,
        RegionalWordKind.MonthPrefix, RegionalWordKind.YearPrefix, RegionalWordKind.Era, RegionalWordKind.Quarter, RegionalWordKind.FiscalYear);

    private static readonly int MonthKinds = RegionalDateWords.Kinds(RegionalWordKind.Month, RegionalWordKind.MonthAbbreviation, RegionalWordKind.MonthPrefix);
    private static readonly int MonthWordKinds = RegionalDateWords.Kinds(RegionalWordKind.MonthWord, RegionalWordKind.Month);
    private static readonly int EraKinds = RegionalDateWords.Kinds(RegionalWordKind.Era);
    private static readonly int YearPrefixKinds = RegionalDateWords.Kinds(RegionalWordKind.YearPrefix);
    private static readonly int SuffixKinds = RegionalDateWords.Kinds(RegionalWordKind.DaySuffix, RegionalWordKind.YearSuffix);
    private static readonly int MonthSuffixKinds = RegionalDateWords.Kinds(RegionalWordKind.MonthSuffix);
    private static readonly int YearSuffixKinds = RegionalDateWords.Kinds(RegionalWordKind.YearSuffix);
    private static readonly int ConnectorKinds = RegionalDateWords.Kinds(RegionalWordKind.Connector);
    private static readonly int RangeKinds = RegionalDateWords.Kinds(RegionalWordKind.Range);
    private static readonly int NoDateKinds = RegionalDateWords.Kinds(RegionalWordKind.NoDate);

    private readonly ReadOnlySpan<char> _text;
    private readonly DateLanguage _language;
    private readonly bool _mention;
    private int _position;
    private DateReading _reading;

    private RegionalDateReader(ReadOnlySpan<char> text, int start, DateLanguage language, bool mention)
    {
        _text = text;
        _position = start;
        _language = language;
        _mention = mention;
        _reading = default;
    }

    /// <summary>One end of a date: the parts written, where they stand, and what the text said about them.</summary>
    private struct Endpoint
    {
        public int Start;
        public int End;
        public int Year;
        public int YearStart;
        public int YearEnd;
        public int YearDigits;
        public RegionalEra Era;
        public int Month;
        public int MonthStart;
        public int MonthEnd;
        public bool MonthAbbreviated;
        public bool MonthLowerCaseLatin;
        public int Day;
        public int DayStart;
        public int DayEnd;
        public int Quarter;
        public bool Fiscal;
        public int Weekday;
        public int WeekdayStart;
        public int WeekdayEnd;
        public RegionalEra BesideEra;
        public int BesideYear;
        public int BesideStart;
        public int BesideEnd;
        public int NumericParts;
        public bool Worded;

        public readonly bool IsEmpty => Year == 0 && Month == 0 && Day == 0 && Quarter == 0;
    }

    /// <summary>Reads a whole text as a date; surrounding white space is allowed, anything else is an error.</summary>
    public static DateReading ReadWhole(ReadOnlySpan<char> text, DateLanguage language)
    {
        var (start, end) = DateCharacters.TrimmedRange(text);

        if (start == end)
        {
            return new DateReading { Error = new DateFinding(DateFindingCode.Empty, 0, text.Length) };
        }

        var reader = new RegionalDateReader(text[..end], start, language, mention: false);
        reader.Read();
        return reader._reading;
    }

    /// <summary>
    /// Reads the longest date that starts at <paramref name="start"/> in running text; <see langword="false"/> when none
    /// starts there. A text shaped like a date that does not exist (31 เมษายน 2568) is returned with its error.
    /// </summary>
    public static bool TryReadMention(ReadOnlySpan<char> text, int start, DateLanguage language, out DateReading reading)
    {
        var reader = new RegionalDateReader(text, start, language, mention: true);
        var found = reader.Read();
        reading = reader._reading;
        return found;
    }

    /// <summary>
    /// <see langword="true"/> when the whole text, apart from white space and brackets around it, is a no-date marker of
    /// the language (ม.ป.ป., t.th., t.t., tanpa tarikh).
    /// </summary>
    public static bool IsNoDateMarker(ReadOnlySpan<char> text, DateLanguage language)
    {
        text = text.Trim();
        if (text.Length >= 2 && DateCharacters.ClosingBracket(text[0]) is not '\0' and var close && DateCharacters.FoldWidth(text[^1]) == close)
        {
            text = text[1..^1].Trim();
        }

        return RegionalDateWords.Match(text, language, NoDateKinds, out var length) is not null && length == text.Length;
    }

    /// <summary><see langword="true"/> when an access marker of the language (Diakses pada, Dicapai pada, สืบค้นเมื่อ) ends just before <paramref name="start"/>.</summary>
    public static bool FollowsAccessMarker(ReadOnlySpan<char> text, int start, DateLanguage language)
    {
        var end = start;
        while (end > 0 && (DateCharacters.IsSpace(text[end - 1]) || text[end - 1] is ':' or ','))
        {
            end--;
        }

        var before = text[..end];
        foreach (var word in RegionalDateWords.All)
        {
            if (word.Kind == RegionalWordKind.Access && word.IsIn(language) && before.EndsWith(word.Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool Read()
    {
        var open = _position;
        var close = _position < _text.Length ? DateCharacters.ClosingBracket(_text[_position]) : '\0';
        if (close != '\0')
        {
            _position = SkipSpaces(_position + 1);
        }

        var first = _position;
        if (!_mention && RegionalDateWords.Match(_text[first..], _language, NoDateKinds, out var markerLength) is not null)
        {
            var after = SkipSpaces(first + markerLength);
            if (after == _text.Length || (close != '\0' && DateCharacters.FoldWidth(_text[after]) == close && SkipSpaces(after + 1) == _text.Length))
            {
                return Fail(new DateFinding(DateFindingCode.NoDate, first, first + markerLength));
            }
        }

        var left = default(Endpoint);
        if (!ReadEndpoint(ref left))
        {
            return NotADate(first);
        }

        var right = default(Endpoint);
        var hasRight = false;
        var beforeRange = _position;
        var separator = SkipSpaces(_position);
        var separatorEnd = RangeSeparatorEnd(separator);
        if (separatorEnd > separator)
        {
            _position = SkipSpaces(separatorEnd);
            if (ReadEndpoint(ref right))
            {
                hasRight = true;
            }
            else if (_mention)
            {
                _position = beforeRange;
                _reading.Error = default;
            }
            else
            {
                return Fail(new DateFinding(DateFindingCode.RangeIncomplete, separator, separatorEnd));
            }
        }

        _reading.TextStart = left.Start;
        _reading.TextEnd = _position;
        if (close != '\0')
        {
            var at = SkipSpaces(_position);
            if (at < _text.Length && DateCharacters.FoldWidth(_text[at]) == close)
            {
                _reading.TextStart = open;
                _reading.TextEnd = _position = at + 1;
            }
            else if (!_mention)
            {
                return Fail(new DateFinding(DateFindingCode.UnclosedBracket, open, open + 1));
            }
        }

        if (!_mention)
        {
            var rest = SkipSpaces(_position);
            if (rest < _text.Length)
            {
                return Fail(new DateFinding(DateFindingCode.UnexpectedText, rest, _text.Length));
            }
        }
        else if (!IsMention(left, hasRight, right))
        {
            return false;
        }

        if (hasRight)
        {
            Inherit(ref left, right);
            Inherit(ref right, left);
        }

        // In running text a worded date that does not exist (31 เมษายน 2568) is still reported, with its error.
        if (!Resolve(ref left, out var start, out var leftLast, out var interval))
        {
            return _mention && left.Worded;
        }

        var end = leftLast;
        if (hasRight)
        {
            if (!Resolve(ref right, out _, out end, out _))
            {
                return _mention && right.Worded;
            }

            interval = true;
            if (end.Bounds().Last < start.Bounds().First)
            {
                return Fail(new DateFinding(DateFindingCode.RangeReversed, right.Start, right.End)) || (_mention && right.Worded);
            }
        }

        _reading.Start = start;
        _reading.End = end;
        _reading.IsInterval = interval;
        return true;
    }

    private bool NotADate(int at)
    {
        if (!_mention && _reading.Error.IsNone)
        {
            _reading.Error = new DateFinding(DateFindingCode.UnexpectedText, at, Math.Min(at + 1, _text.Length));
        }

        return false;
    }

    private bool Fail(DateFinding finding)
    {
        _reading.Fail(finding);
        return false;
    }

    // Running text needs clear evidence: a year and a word, an era or a suffix with it (26 Oktober 2025, พ.ศ. 2568,
    // năm 2025), or a complete numeric date; a Latin month name must be capitalised. A four-digit Buddhist year alone
    // (2568 in a Thai line) counts, since no other number of that size is common there.
    private readonly bool IsMention(in Endpoint left, bool hasRight, in Endpoint right)
    {
        if (!IsMentionEnd(left) || (hasRight && !IsMentionEnd(right)))
        {
            return false;
        }

        if (left.Year == 0 && (!hasRight || right.Year == 0))
        {
            return false;
        }

        var end = _reading.TextEnd;
        return end >= _text.Length || !(RegionalDateWords.IsLatinLetter(_text[end]) || RegionalDateWords.DigitValue(_text[end]) >= 0);
    }

    private readonly bool IsMentionEnd(in Endpoint end)
    {
        if (end.MonthLowerCaseLatin)
        {
            return false;
        }

        if (end.Worded || end.NumericParts == 3)
        {
            return true;
        }

        // A bare year: only a Buddhist year of a language that writes them bare.
        return end.Month == 0 && end.Day == 0 && end.YearDigits == 4 && end.Era == RegionalEra.Unwritten
            && _language is DateLanguage.Thai or DateLanguage.Lao or DateLanguage.Khmer
            && end.Year is >= 2400 and <= 2700;
    }

    // ---- Grammar ----

    private bool ReadEndpoint(ref Endpoint endpoint)
    {
        endpoint.Start = _position;
        var last = -1;
        var at = _position;
        while (at < _text.Length)
        {
            if (last >= 0)
            {
                // A comma or a connecting word (ที่ after a weekday, ng, ၊) may stand between two parts.
                if (_text[at] == ',')
                {
                    at = SkipSpaces(at + 1);
                }
                else if (RegionalDateWords.Match(_text[at..], _language, ConnectorKinds, out var connector) is not null)
                {
                    at = SkipSpaces(at + connector);
                }
            }

            if (at >= _text.Length || !TryPart(ref endpoint, at, out var next))
            {
                break;
            }

            last = next;
            at = SkipSpaces(next);
        }

        if (last < 0 || endpoint.IsEmpty)
        {
            return false;
        }

        _position = last;
        endpoint.End = last;
        ReadBesideYear(ref endpoint);
        return true;
    }

    private bool TryPart(ref Endpoint endpoint, int at, out int next)
    {
        next = at;
        if (RegionalDateWords.DigitValue(_text[at]) >= 0)
        {
            return TryNumberPart(ref endpoint, at, out next);
        }

        var word = RegionalDateWords.Match(_text[at..], _language, EndpointKinds, out var length);
        if (word is null)
        {
            return false;
        }

        var after = at + length;
        switch (word.Kind)
        {
            case RegionalWordKind.Weekday when endpoint.Weekday == 0 && endpoint.IsEmpty:
                endpoint.Weekday = word.Value;
                endpoint.WeekdayStart = at;
                endpoint.WeekdayEnd = after;
                next = after;
                return true;
            case RegionalWordKind.DayPrefix when endpoint.Day == 0:
            {
                var number = SkipSpaces(after);
                if (!ReadNumber(number, out var value, out var digits, out var end) || digits > 2)
                {
                    return false;
                }

                endpoint.Worded = true;
                if (IsNumericSeparator(end) && TryNumeric(ref endpoint, number, out next))
                {
                    return true;
                }

                SetDay(ref endpoint, value, number, end);
                next = end;
                return true;
            }

            case RegionalWordKind.MonthPrefix when endpoint.Month == 0:
            {
                var number = SkipSpaces(after);
                if (RegionalDateWords.Match(_text[number..], _language, MonthWordKinds, out var wordLength) is { } monthWord)
                {
                    SetMonth(ref endpoint, monthWord.Value, at, number + wordLength);
                    next = number + wordLength;
                    return true;
                }

                if (!ReadNumber(number, out var value, out var digits, out var end) || digits > 2)
                {
                    return false;
                }

                SetMonth(ref endpoint, value, at, end);
                next = end;

                // tháng 10/2025, tháng 10-2025
                if (end + 1 < _text.Length && _text[end] is '/' or '-' && ReadNumber(end + 1, out var year, out var yearDigits, out var yearEnd) && yearDigits == 4 && endpoint.Year == 0)
                {
                    SetYear(ref endpoint, year, yearDigits, RegionalEra.Unwritten, end + 1, yearEnd);
                    next = yearEnd;
                }

                return true;
            }

            case RegionalWordKind.Month or RegionalWordKind.MonthAbbreviation when endpoint.Month == 0:
                SetMonth(ref endpoint, word.Value, at, after);
                endpoint.MonthAbbreviated = word.Kind == RegionalWordKind.MonthAbbreviation;
                endpoint.MonthLowerCaseLatin = _mention && char.IsAsciiLetterLower(_text[at]);
                if (RegionalDateWords.Match(_text[after..], _language, MonthSuffixKinds, out var suffix) is not null)
                {
                    after += suffix;
                    endpoint.MonthEnd = after;
                }

                next = after;
                return true;
            case RegionalWordKind.YearPrefix or RegionalWordKind.Era or RegionalWordKind.FiscalYear when endpoint.Year == 0:
            {
                var era = word.Era;
                var number = SkipSpaces(after);
                if (word.Kind != RegionalWordKind.Era && RegionalDateWords.Match(_text[number..], _language, EraKinds, out var eraLength) is { } eraWord)
                {
                    era = eraWord.Era;
                    number = SkipSpaces(number + eraLength);
                }

                if (!ReadNumber(number, out var value, out var digits, out var end))
                {
                    return false;
                }

                SetYear(ref endpoint, value, digits, era, at, end);
                endpoint.Fiscal = word.Kind == RegionalWordKind.FiscalYear;
                endpoint.Worded = true;
                next = SkipYearSuffix(end);
                return true;
            }

            case RegionalWordKind.Quarter when endpoint.IsEmpty:
                return TryQuarter(ref endpoint, at, after, out next);
            default:
                return false;
        }
    }

    // Quý III/2025, Quý 3/2025, quý III năm 2025, Quý III-2025
    private bool TryQuarter(ref Endpoint endpoint, int at, int after, out int next)
    {
        next = at;
        var number = SkipSpaces(after);
        int quarter;
        int end;
        if (ReadNumber(number, out var value, out var digits, out var numberEnd) && digits == 1)
        {
            quarter = value;
            end = numberEnd;
        }
        else
        {
            end = number;
            while (end < _text.Length && _text[end] is 'I' or 'V' && end - number < 4)
            {
                end++;
            }

            quarter = _text[number..end] switch
            {
                "I" => 1,
                "II" => 2,
                "III" => 3,
                "IV" => 4,
                _ => 0,
            };
            if (quarter == 0 || (end < _text.Length && RegionalDateWords.IsLatinLetter(_text[end])))
            {
                return false;
            }
        }

        var yearAt = end < _text.Length && _text[end] is '/' or '-' ? end + 1 : SkipSpaces(end);
        if (RegionalDateWords.Match(_text[yearAt..], _language, YearPrefixKinds, out var prefix) is not null)
        {
            yearAt = SkipSpaces(yearAt + prefix);
        }

        if (!ReadNumber(yearAt, out var year, out var yearDigits, out var yearEnd) || yearDigits != 4)
        {
            return false;
        }

        endpoint.Quarter = quarter;
        endpoint.Worded = true;
        endpoint.MonthStart = at;
        endpoint.MonthEnd = end;
        SetYear(ref endpoint, year, yearDigits, RegionalEra.Unwritten, yearAt, yearEnd);
        next = yearEnd;
        return true;
    }

    private bool TryNumberPart(ref Endpoint endpoint, int at, out int next)
    {
        next = at;
        if (!ReadNumber(at, out var value, out var digits, out var end))
        {
            if (!_mention && digits > 4)
            {
                Fail(new DateFinding(DateFindingCode.NumberTooLong, at, end, digits));
            }

            return false;
        }

        // Malay and Indonesian dual years: 1446H/2025, 1446 H / 2025 M.
        if (_language is DateLanguage.Malay or DateLanguage.Indonesian && endpoint.Year == 0 && TryDualYear(ref endpoint, at, value, digits, end, out next))
        {
            return true;
        }

        if (IsNumericSeparator(end) && TryNumeric(ref endpoint, at, out next))
        {
            return true;
        }

        var after = SkipSpaces(end);
        if (RegionalDateWords.Match(_text[after..], _language, SuffixKinds, out var suffixLength) is { } suffix)
        {
            // ၂၆ ရက်, ၂၀၂၅ ခုနှစ်
            if (suffix.Kind == RegionalWordKind.DaySuffix && endpoint.Day == 0 && digits <= 2)
            {
                SetDay(ref endpoint, value, at, end);
                endpoint.Worded = true;
                next = after + suffixLength;
                return true;
            }

            if (suffix.Kind == RegionalWordKind.YearSuffix && endpoint.Year == 0)
            {
                SetYear(ref endpoint, value, digits, RegionalEra.Unwritten, at, end);
                next = after + suffixLength;
                return true;
            }

            return false;
        }

        if (digits <= 2 && endpoint.Day == 0 && endpoint.Month == 0 && endpoint.Year == 0
            && (RegionalDateWords.Match(_text[after..], _language, MonthKinds, out _) is not null || RangeSeparatorEnd(after) > after))
        {
            // 26 ตุลาคม, the 26 of 26–28 Oktober
            SetDay(ref endpoint, value, at, end);
            next = end;
            return true;
        }

        if (digits <= 2 && endpoint.Day == 0 && endpoint.Month != 0 && endpoint.Year == 0
            && _language is DateLanguage.Filipino or DateLanguage.Indonesian or DateLanguage.Malay)
        {
            // Oktubre 26, 2025; Okt. 26, 2025
            SetDay(ref endpoint, value, at, end);
            next = end;
            return true;
        }

        if (digits == 2 && _language == DateLanguage.Thai && endpoint.Month != 0 && endpoint.MonthAbbreviated && endpoint.Year == 0)
        {
            // ต.ค. 68: a Buddhist year without its century, as Thai tables and short references write it.
            SetYear(ref endpoint, 2500 + value, 4, RegionalEra.ThaiBuddhist, at, end);
            endpoint.Worded = true;
            next = end;
            return true;
        }

        if (digits == 4 && endpoint.Year == 0)
        {
            SetYear(ref endpoint, value, digits, RegionalEra.Unwritten, at, end);
            endpoint.Worded |= endpoint.Month != 0;
            next = SkipYearSuffix(end);
            return true;
        }

        return false;
    }

    private bool TryDualYear(ref Endpoint endpoint, int at, int value, int digits, int end, out int next)
    {
        next = at;
        var firstMark = HijriMarkEnd(end);
        var hijriFirst = firstMark > end;
        var slash = SkipSpaces(firstMark);
        if (slash >= _text.Length || _text[slash] != '/')
        {
            return false;
        }

        var second = SkipSpaces(slash + 1);
        if (!ReadNumber(second, out var other, out var otherDigits, out var otherEnd) || otherDigits < 3)
        {
            return false;
        }

        var secondMark = HijriMarkEnd(otherEnd);
        var hijriSecond = secondMark > otherEnd;
        if (hijriFirst == hijriSecond)
        {
            return false;
        }

        var (year, yearDigits, yearStart, yearEnd, hijri, hijriStart, hijriEnd) = hijriFirst
            ? (other, otherDigits, second, otherEnd, value, at, firstMark)
            : (value, digits, at, end, other, second, secondMark);
        next = hijriFirst ? otherEnd : secondMark;

        // The M of Masihi after the Common Era year: 1446 H / 2025 M.
        var mark = SkipSpaces(next);
        if (hijriFirst && mark < _text.Length && _text[mark] is 'M' && (mark + 1 >= _text.Length || !RegionalDateWords.IsLatinLetter(_text[mark + 1])))
        {
            next = mark + 1;
        }

        SetYear(ref endpoint, year, yearDigits, RegionalEra.Common, yearStart, yearEnd);
        endpoint.Worded = true;
        endpoint.BesideEra = RegionalEra.Hijri;
        endpoint.BesideYear = hijri;
        endpoint.BesideStart = Math.Min(hijriStart, yearStart);
        endpoint.BesideEnd = Math.Max(hijriEnd, next);
        return true;
    }

    // The end of the H of a Hijri year after a number (1446H, 1446 H), or end itself when there is none.
    private readonly int HijriMarkEnd(int end)
    {
        var at = SkipSpaces(end);
        return at < _text.Length && _text[at] is 'H' or 'h' && (at + 1 >= _text.Length || !RegionalDateWords.IsLatinLetter(_text[at + 1])) ? at + 1 : end;
    }

    // Day first (26/10/2025, 26.10.2568, 26-10-2025) as these languages write numeric dates, year first (2025-10-26), and
    // month and year (10/2025). Filipino writes both month-first and day-first numeric dates, so three numbers are ambiguous there.
    private bool TryNumeric(ref Endpoint endpoint, int at, out int next)
    {
        next = at;
        Span<int> values = stackalloc int[3];
        Span<int> digits = stackalloc int[3];
        var separator = '\0';
        var count = 0;
        var position = at;
        while (count < 3 && ReadNumber(position, out values[count], out digits[count], out var end))
        {
            count++;
            position = end;
            if (count < 3 && IsNumericSeparator(end) && (separator == '\0' || _text[end] == separator))
            {
                separator = _text[end];
                position = end + 1;
            }
            else
            {
                break;
            }
        }

        if (position > 0 && _text[position - 1] == separator)
        {
            position--;
        }

        int year, month, day = 0, yearDigits, yearStart;
        if (count == 3 && digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
        {
            (year, month, day, yearDigits) = (values[0], values[1], values[2], 4);
            yearStart = at;
        }
        else if (count == 3 && digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4)
        {
            if (_language == DateLanguage.Filipino)
            {
                return Fail(new DateFinding(DateFindingCode.AmbiguousOrder, at, position));
            }

            (day, month, year, yearDigits) = (values[0], values[1], values[2], 4);
            yearStart = position - 4;
        }
        else if (count == 2 && digits[0] <= 2 && digits[1] == 4 && separator != '.')
        {
            (month, year, yearDigits) = (values[0], values[1], 4);
            yearStart = position - 4;
        }
        else
        {
            return false;
        }

        if (endpoint.Year != 0 || endpoint.Month != 0 || (day != 0 && endpoint.Day != 0))
        {
            return false;
        }

        if (day != 0)
        {
            SetDay(ref endpoint, day, at, position);
        }

        // Numbers alone are no evidence of a date in running text (Nomor 10/2025 is a regulation's number).
        var worded = endpoint.Worded;
        SetMonth(ref endpoint, month, at, position);
        SetYear(ref endpoint, year, yearDigits, RegionalEra.Unwritten, yearStart, position);
        endpoint.Worded = worded;
        endpoint.NumericParts = count;
        next = position;
        return true;
    }

    // A Myanmar Era or Buddhist year in brackets after a Common Era date, checked against it: 2025 (ME 1387).
    private void ReadBesideYear(ref Endpoint endpoint)
    {
        var open = SkipSpaces(_position);
        if (endpoint.Year == 0 || endpoint.BesideEra != RegionalEra.Unwritten || open >= _text.Length || _text[open] is not ('(' or '（'))
        {
            return;
        }

        var at = SkipSpaces(open + 1);
        if (RegionalDateWords.Match(_text[at..], _language, EraKinds, out var length) is not { } era || era.Era == RegionalEra.Common)
        {
            return;
        }

        var number = SkipSpaces(at + length);
        if (!ReadNumber(number, out var year, out _, out var end))
        {
            return;
        }

        var close = SkipSpaces(SkipYearSuffix(end));
        if (close >= _text.Length || _text[close] is not (')' or '）'))
        {
            return;
        }

        endpoint.BesideEra = era.Era;
        endpoint.BesideYear = year;
        endpoint.BesideStart = open;
        endpoint.BesideEnd = close + 1;
        _position = endpoint.End = close + 1;
    }

    private readonly int SkipYearSuffix(int end)
    {
        var after = SkipSpaces(end);
        return RegionalDateWords.Match(_text[after..], _language, YearSuffixKinds, out var length) is not null ? after + length : end;
    }

    private readonly int RangeSeparatorEnd(int at)
    {
        if (at >= _text.Length)
        {
            return at;
        }

        if (_text[at] is '-' or '–' or '—' or '~' or '～' or '〜')
        {
            return at + 1;
        }

        return RegionalDateWords.Match(_text[at..], _language, RangeKinds, out var length) is not null ? at + length : at;
    }

    private readonly bool IsNumericSeparator(int at) =>
        at + 1 < _text.Length && _text[at] is '/' or '.' or '-' && RegionalDateWords.DigitValue(_text[at + 1]) >= 0;

    private readonly int SkipSpaces(int at)
    {
        while (at < _text.Length && DateCharacters.IsSpace(_text[at]))
        {
            at++;
        }

        return at;
    }

    // One to four digits of one script; more digits fail, with their count in digits.
    private readonly bool ReadNumber(int at, out int value, out int digits, out int end)
    {
        value = 0;
        end = at;
        while (end < _text.Length && RegionalDateWords.DigitValue(_text[end]) is >= 0 and var digit)
        {
            if (end - at < 5)
            {
                value = (value * 10) + digit;
            }

            end++;
        }

        digits = end - at;
        return digits is > 0 and <= 4;
    }

    private static void SetDay(ref Endpoint endpoint, int value, int start, int end)
    {
        endpoint.Day = value;
        endpoint.DayStart = start;
        endpoint.DayEnd = end;
    }

    private static void SetMonth(ref Endpoint endpoint, int value, int start, int end)
    {
        endpoint.Month = value;
        endpoint.MonthStart = start;
        endpoint.MonthEnd = end;
        endpoint.Worded = true;
    }

    private static void SetYear(ref Endpoint endpoint, int value, int digits, RegionalEra era, int start, int end)
    {
        endpoint.Year = value;
        endpoint.YearDigits = digits;
        endpoint.Era = era;
        endpoint.YearStart = start;
        endpoint.YearEnd = end;
        endpoint.Worded |= era != RegionalEra.Unwritten;
    }

    // ---- Check ----

    // The year and month of 26 in 26–28 ตุลาคม 2568, the year of tháng 10 in tháng 10 đến tháng 12 năm 2025.
    private static void Inherit(ref Endpoint target, in Endpoint source)
    {
        if (target.Year == 0 && source.Year != 0 && target.Quarter == 0)
        {
            target.Year = source.Year;
            target.YearDigits = source.YearDigits;
            target.Era = source.Era;
            target.YearStart = source.YearStart;
            target.YearEnd = source.YearEnd;
        }

        if (target.Month == 0 && target.Day != 0 && source.Month != 0)
        {
            target.Month = source.Month;
            target.MonthStart = source.MonthStart;
            target.MonthEnd = source.MonthEnd;
        }
    }

    private bool Resolve(ref Endpoint endpoint, out PartialDate first, out PartialDate last, out bool interval)
    {
        first = last = default;
        interval = false;
        if (endpoint.Year == 0)
        {
            return Fail(new DateFinding(endpoint.Day != 0 && endpoint.Month == 0 ? DateFindingCode.DayWithoutMonth : DateFindingCode.YearMissing, endpoint.Start, endpoint.End));
        }

        var era = endpoint.Era;
        var year = endpoint.Year;
        if (era == RegionalEra.Unwritten)
        {
            if (endpoint.YearDigits < 4)
            {
                return Fail(new DateFinding(DateFindingCode.AmbiguousYear, endpoint.YearStart, endpoint.YearEnd, year));
            }

            era = year >= RegionalEras.BareBuddhistYearThreshold
                ? _language switch
                {
                    DateLanguage.Thai => RegionalEra.ThaiBuddhist,
                    DateLanguage.Lao => RegionalEra.LaoBuddhist,
                    DateLanguage.Khmer => RegionalEra.KhmerBuddhist,
                    _ => RegionalEra.Common,
                }
                : RegionalEra.Common;
        }

        if (era == RegionalEra.Common && year < 1)
        {
            return Fail(new DateFinding(DateFindingCode.YearOutOfRange, endpoint.YearStart, endpoint.YearEnd, year));
        }

        if (endpoint.Fiscal)
        {
            // ปีงบประมาณ: 1 October of the year before to 30 September (Budget Procedures Act, B.E. 2502).
            var buddhist = era == RegionalEra.Common ? year + 543 : year;
            if (buddhist < 2505)
            {
                return Fail(new DateFinding(DateFindingCode.FiscalYearUnknown, endpoint.Start, endpoint.End));
            }

            first = PartialDate.FromValidatedParts(buddhist - 544, 10, 0, 0, DateQualifier.None);
            last = PartialDate.FromValidatedParts(buddhist - 543, 9, 0, 0, DateQualifier.None);
            interval = true;
            return CheckBeside(endpoint, buddhist - 543);
        }

        if (endpoint.Quarter != 0)
        {
            if (endpoint.Quarter is < 1 or > 4)
            {
                return Fail(new DateFinding(DateFindingCode.QuarterOutOfRange, endpoint.MonthStart, endpoint.MonthEnd, endpoint.Quarter));
            }

            if (!GregorianYear(endpoint, era, year, (endpoint.Quarter * 3) - 2, out var firstYear) || !GregorianYear(endpoint, era, year, endpoint.Quarter * 3, out var lastYear))
            {
                return false;
            }

            first = PartialDate.FromValidatedParts(firstYear, (endpoint.Quarter * 3) - 2, 0, 0, DateQualifier.None);
            last = PartialDate.FromValidatedParts(lastYear, endpoint.Quarter * 3, 0, 0, DateQualifier.None);
            interval = true;
            return true;
        }

        if (endpoint.Month == 0)
        {
            RegionalEras.YearBounds(era, year, out var firstYear, out var firstMonth, out var lastYear, out var lastMonth);
            if (!InRange(endpoint, firstYear) || !InRange(endpoint, lastYear))
            {
                return false;
            }

            first = PartialDate.FromValidatedParts(firstYear, firstMonth, 0, 0, DateQualifier.None);
            last = PartialDate.FromValidatedParts(lastYear, lastMonth, 0, 0, DateQualifier.None);
            interval = firstMonth != 0;
            return CheckBeside(endpoint, firstYear);
        }

        if (endpoint.Month is < 1 or > 12)
        {
            return Fail(new DateFinding(DateFindingCode.MonthOutOfRange, endpoint.MonthStart, endpoint.MonthEnd, endpoint.Month));
        }

        if (!GregorianYear(endpoint, era, year, endpoint.Month, out var gregorian))
        {
            return false;
        }

        if (endpoint.Day != 0)
        {
            if (endpoint.Day < 1 || endpoint.Day > PartialDate.DaysInMonth(gregorian, endpoint.Month))
            {
                return Fail(new DateFinding(DateFindingCode.DayOutOfRange, endpoint.DayStart, endpoint.DayEnd, gregorian, endpoint.Month, endpoint.Day));
            }

            if (endpoint.Weekday != 0)
            {
                var actual = new DateOnly(gregorian, endpoint.Month, endpoint.Day).DayOfWeek;
                var written = (DayOfWeek)(endpoint.Weekday % 7);
                if (actual != written)
                {
                    _reading.AddNote(new DateFinding(DateFindingCode.WeekdayMismatch, endpoint.WeekdayStart, endpoint.WeekdayEnd, (int)written, (gregorian * 10000) + (endpoint.Month * 100) + endpoint.Day, (int)actual));
                }
            }
        }

        first = last = PartialDate.FromValidatedParts(gregorian, endpoint.Month, endpoint.Day, 0, DateQualifier.None);
        return CheckBeside(endpoint, gregorian);
    }

    private bool GregorianYear(in Endpoint endpoint, RegionalEra era, int year, int month, out int gregorian)
    {
        var code = RegionalEras.TryGregorianYear(era, year, month, out gregorian);
        if (code != DateFindingCode.None)
        {
            return Fail(new DateFinding(code, endpoint.Start, endpoint.End, (int)era, year, month));
        }

        return InRange(endpoint, gregorian);
    }

    private bool InRange(in Endpoint endpoint, int gregorian) =>
        gregorian is >= 1 and <= PartialDate.MaxYear || Fail(new DateFinding(DateFindingCode.YearOutOfRange, endpoint.YearStart, endpoint.YearEnd, gregorian));

    private bool CheckBeside(in Endpoint endpoint, int gregorian) =>
        endpoint.BesideEra == RegionalEra.Unwritten
        || RegionalEras.Overlaps(endpoint.BesideEra, endpoint.BesideYear, gregorian)
        || Fail(new DateFinding(DateFindingCode.DualYearMismatch, endpoint.BesideStart, endpoint.BesideEnd, (int)endpoint.BesideEra, endpoint.BesideYear, gregorian));
}
