namespace AseanAi.Citations.Tests.Dates;

/// <summary>
/// Date test vectors: every form that CJK and English references use, read to EDTF, and texts that are not dates (or
/// name days that never existed), rejected with a code and the column of the fault. The CI runs these twice, the second
/// time with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1.
/// </summary>
public class CitationDateParseTests
{
    [Theory]
    // Gregorian CJK: spaces, full-width digits, weekdays, partial dates, 號/号, 西暦/西元/公元
    [InlineData("2025年10月26日", "2025-10-26")]
    [InlineData("2025 年 10 月 26 日", "2025-10-26")]
    [InlineData("２０２５年１０月２６日", "2025-10-26")]
    [InlineData("2025年10月26日（日）", "2025-10-26")]
    [InlineData("2025年10月26日(日)", "2025-10-26")]
    [InlineData("2025年10月26日（日曜日）", "2025-10-26")]
    [InlineData("2025年10月26日 (Sun)", "2025-10-26")]
    [InlineData("2025年10月26日（星期日）", "2025-10-26")]
    [InlineData("2025年10月27日（月・祝）", "2025-10-27")]
    [InlineData("2024年12月", "2024-12")]
    [InlineData("2025年", "2025")]
    [InlineData("２０２５年", "2025")]
    [InlineData("2025年1月1日", "2025-01-01")]
    [InlineData("2024年2月29日", "2024-02-29")]
    [InlineData("2000年2月29日", "2000-02-29")]
    [InlineData("2025年12月31日", "2025-12-31")]
    [InlineData("2025年01月05日", "2025-01-05")]
    [InlineData("\u30002025年10月26日\u3000", "2025-10-26")]
    [InlineData(" 2025年10月26日\n", "2025-10-26")]
    [InlineData("西暦2025年10月26日", "2025-10-26")]
    [InlineData("西元2025年10月26日", "2025-10-26")]
    [InlineData("公元2025年", "2025")]
    [InlineData("2025年10月26號", "2025-10-26")]
    [InlineData("2025年10月26号", "2025-10-26")]
    // Kanji numerals, positional and with 十百千
    [InlineData("二〇二五年十月二十六日", "2025-10-26")]
    [InlineData("二〇二五年十二月三十一日", "2025-12-31")]
    [InlineData("二○二五年一月一日", "2025-01-01")]
    [InlineData("二零二五年十月", "2025-10")]
    [InlineData("二千二十五年十月二十六日", "2025-10-26")]
    [InlineData("令和七年十月二十六日", "2025-10-26")]
    [InlineData("平成三十一年四月三十日", "2019-04-30")]
    [InlineData("昭和六十四年一月七日", "1989-01-07")]
    // Japanese eras, 元年, and the days at every era boundary
    [InlineData("令和7年10月26日", "2025-10-26")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("令和元年", "2019")]
    [InlineData("令和 7 年 10 月 26 日", "2025-10-26")]
    [InlineData("令和７年１０月２６日", "2025-10-26")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("平成元年1月8日", "1989-01-08")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("昭和元年12月25日", "1926-12-25")]
    [InlineData("大正15年12月24日", "1926-12-24")]
    [InlineData("大正元年7月30日", "1912-07-30")]
    [InlineData("明治45年7月29日", "1912-07-29")]
    [InlineData("明治6年1月1日", "1873-01-01")]
    [InlineData("明治元年", "1868")]
    [InlineData("明治5年", "1872")]
    [InlineData("昭和64年1月", "1989-01")]
    [InlineData("平成元年1月", "1989-01")]
    [InlineData("平成31年4月", "2019-04")]
    [InlineData("令和元年5月", "2019-05")]
    [InlineData("平成31年", "2019")]
    [InlineData("平成32年", "2020")]
    [InlineData("昭和100年", "2025")]
    // Abbreviations: Latin letters and one kanji, with dots, slashes and hyphens
    [InlineData("R7.10.26", "2025-10-26")]
    [InlineData("H31.4.30", "2019-04-30")]
    [InlineData("R07/10/26", "2025-10-26")]
    [InlineData("R7-10-26", "2025-10-26")]
    [InlineData("S64.1.7", "1989-01-07")]
    [InlineData("T15.12.24", "1926-12-24")]
    [InlineData("M45.7.29", "1912-07-29")]
    [InlineData("r7.10.26", "2025-10-26")]
    [InlineData("Ｒ７．１０．２６", "2025-10-26")]
    [InlineData("令7.10.26", "2025-10-26")]
    [InlineData("平31.4.30", "2019-04-30")]
    [InlineData("昭64.1.7", "1989-01-07")]
    [InlineData("令和7.10.26", "2025-10-26")]
    [InlineData("H31.4", "2019-04")]
    [InlineData("R7年10月26日", "2025-10-26")]
    // Squared era signs
    [InlineData("㋿7年10月26日", "2025-10-26")]
    [InlineData("㍻31年4月30日", "2019-04-30")]
    [InlineData("㍼64年1月7日", "1989-01-07")]
    [InlineData("㍽15年", "1926")]
    [InlineData("㍾45年", "1912")]
    [InlineData("㋿元年", "2019")]
    // Brackets around the whole date
    [InlineData("(令和7年10月26日)", "2025-10-26")]
    [InlineData("（令和7年10月26日）", "2025-10-26")]
    [InlineData("【2025年10月26日】", "2025-10-26")]
    [InlineData("[2025年10月]", "2025-10")]
    [InlineData("〔令和6年度〕", "2024-04/2025-03")]
    [InlineData("(2025年10月26日（日）)", "2025-10-26")]
    // Fiscal years (Japanese government: April to March)
    [InlineData("令和6年度", "2024-04/2025-03")]
    [InlineData("令和元年度", "2019-04/2020-03")]
    [InlineData("平成31年度", "2019-04/2020-03")]
    [InlineData("2024年度", "2024-04/2025-03")]
    [InlineData("令和6年度～令和7年度", "2024-04/2026-03")]
    [InlineData("令和6～7年度", "2024-04/2026-03")]
    // Years of the Republic of China
    [InlineData("民國114年10月26日", "2025-10-26")]
    [InlineData("中華民國114年10月26日", "2025-10-26")]
    [InlineData("民国114年10月", "2025-10")]
    [InlineData("民國元年", "1912")]
    [InlineData("民國元年1月1日", "1912-01-01")]
    [InlineData("民國114年度", "2025")]
    [InlineData("民國 114 年", "2025")]
    [InlineData("中华民国114年", "2025")]
    [InlineData("民國113年12月至114年1月", "2024-12/2025-01")]
    [InlineData("民國114/10/26", "2025-10-26")]
    // Ranges with every separator, and elided parts
    [InlineData("2024年12月～2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月〜2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月~2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月–2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月—2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月至2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月-2025年1月", "2024-12/2025-01")]
    [InlineData("2024年12月 ～ 2025年1月", "2024-12/2025-01")]
    [InlineData("2025年1～3月", "2025-01/2025-03")]
    [InlineData("2025年10月26日～28日", "2025-10-26/2025-10-28")]
    [InlineData("2025年10月26～28日", "2025-10-26/2025-10-28")]
    [InlineData("2025年10月26日から28日まで", "2025-10-26/2025-10-28")]
    [InlineData("2025年10月26日から11月2日まで", "2025-10-26/2025-11-02")]
    [InlineData("2025年10月26日（日）～28日（火）", "2025-10-26/2025-10-28")]
    [InlineData("令和6年12月～令和7年1月", "2024-12/2025-01")]
    [InlineData("令和6年～7年", "2024/2025")]
    [InlineData("平成31年4月～令和元年5月", "2019-04/2019-05")]
    [InlineData("2024～2025年", "2024/2025")]
    [InlineData("2025年春～夏", "2025-21/2025-22")]
    [InlineData("2025/10/26～2025/10/28", "2025-10-26/2025-10-28")]
    [InlineData("2025/10/26～28", "2025-10-26/2025-10-28")]
    [InlineData("2025/10/26-11/02", "2025-10-26/2025-11-02")]
    [InlineData("R7.10.26～R7.10.28", "2025-10-26/2025-10-28")]
    // Seasons (EDTF 21–24)
    [InlineData("2025年春", "2025-21")]
    [InlineData("2025年夏", "2025-22")]
    [InlineData("2025年秋", "2025-23")]
    [InlineData("2025年冬", "2025-24")]
    [InlineData("2025年春季", "2025-21")]
    [InlineData("令和7年秋", "2025-23")]
    [InlineData("Spring 2025", "2025-21")]
    [InlineData("Autumn 2025", "2025-23")]
    [InlineData("Fall 2025", "2025-23")]
    [InlineData("Winter 2025", "2025-24")]
    // English
    [InlineData("26 October 2025", "2025-10-26")]
    [InlineData("October 26, 2025", "2025-10-26")]
    [InlineData("Oct. 26, 2025", "2025-10-26")]
    [InlineData("Oct 26, 2025", "2025-10-26")]
    [InlineData("October 2025", "2025-10")]
    [InlineData("26 Oct 2025", "2025-10-26")]
    [InlineData("26th October 2025", "2025-10-26")]
    [InlineData("October 26th, 2025", "2025-10-26")]
    [InlineData("Sept. 1, 2025", "2025-09-01")]
    [InlineData("1 May 2025", "2025-05-01")]
    [InlineData("OCTOBER 26, 2025", "2025-10-26")]
    [InlineData("26–28 October 2025", "2025-10-26/2025-10-28")]
    [InlineData("26-28 October 2025", "2025-10-26/2025-10-28")]
    [InlineData("October 26–28, 2025", "2025-10-26/2025-10-28")]
    [InlineData("October–December 2025", "2025-10/2025-12")]
    [InlineData("December 2024 – January 2025", "2024-12/2025-01")]
    [InlineData("26 October – 2 November 2025", "2025-10-26/2025-11-02")]
    [InlineData("2024–2025", "2024/2025")]
    [InlineData("2024 – March 2025", "2024/2025-03")]
    [InlineData("c. 2025", "2025~")]
    [InlineData("circa 2025", "2025~")]
    [InlineData("ca. October 2025", "2025-10~")]
    // Numeric ISO, slash and dot forms, and EDTF
    [InlineData("2025-10-26", "2025-10-26")]
    [InlineData("2025/10/26", "2025-10-26")]
    [InlineData("2025.10.26", "2025-10-26")]
    [InlineData("2025/1/5", "2025-01-05")]
    [InlineData("2025-1-5", "2025-01-05")]
    [InlineData("2025/10", "2025-10")]
    [InlineData("2025.10", "2025-10")]
    [InlineData("２０２５／１０／２６", "2025-10-26")]
    [InlineData("2025/10/26(日)", "2025-10-26")]
    [InlineData("2025-21", "2025-21")]
    [InlineData("2024-12/2025-01", "2024-12/2025-01")]
    [InlineData("2025-10-26~", "2025-10-26~")]
    [InlineData("2025", "2025")]
    // Approximate and uncertain
    [InlineData("2025年頃", "2025~")]
    [InlineData("2025年ごろ", "2025~")]
    [InlineData("2025年左右", "2025~")]
    [InlineData("2025年10月26日？", "2025-10-26?")]
    [InlineData("2025年10月頃?", "2025-10%")]
    public void TryParse_DateText_ReadsItsDates(string text, string edtf)
    {
        CitationDate.TryParse(text, out var date).Should().BeTrue(CitationDate.ParseWithDiagnostics(text).Diagnostics.FirstOrDefault()?.ToString());

        date!.ToEdtf().Should().Be(edtf);
        date.OriginalText.Should().BeSameAs(text);
        CitationDate.Parse(text).Should().Be(date);
        var result = CitationDate.ParseWithDiagnostics(text);
        result.Success.Should().BeTrue();
        result.Value.Should().Be(date);
    }

    [Theory]
    // Empty, lone era names, numbers without units, too long
    [InlineData("", "date.empty", 1)]
    [InlineData("   ", "date.empty", 1)]
    [InlineData("令和", "date.era-without-year", 1)]
    [InlineData("平成", "date.era-without-year", 1)]
    [InlineData("㋿", "date.era-without-year", 1)]
    [InlineData("民國", "date.era-without-year", 1)]
    [InlineData("(令和)", "date.era-without-year", 2)]
    [InlineData("令和7", "date.number-without-unit", 3)]
    [InlineData("26", "date.number-without-unit", 1)]
    [InlineData("2025年10", "date.number-without-unit", 6)]
    [InlineData("99999年", "date.number-too-long", 1)]
    [InlineData("元年", "date.first-year-without-era", 1)]
    [InlineData("hello", "date.unexpected-text", 1)]
    // Days outside their era, lunisolar Meiji dates, and the days the 1873 calendar reform skipped
    [InlineData("平成31年5月1日", "date.after-era", 1)]
    [InlineData("令和元年4月30日", "date.before-era", 1)]
    [InlineData("昭和64年1月8日", "date.after-era", 1)]
    [InlineData("平成元年1月7日", "date.before-era", 1)]
    [InlineData("大正15年12月25日", "date.after-era", 1)]
    [InlineData("昭和元年12月24日", "date.before-era", 1)]
    [InlineData("明治45年7月30日", "date.after-era", 1)]
    [InlineData("大正元年7月29日", "date.before-era", 1)]
    [InlineData("令和元年4月", "date.before-era", 1)]
    [InlineData("平成31年5月", "date.after-era", 1)]
    [InlineData("H31.5.1", "date.after-era", 1)]
    [InlineData("R1.4.30", "date.before-era", 1)]
    [InlineData("㍻31年5月1日", "date.after-era", 1)]
    [InlineData("平成三十一年五月一日", "date.after-era", 1)]
    [InlineData("明治5年12月3日", "date.nonexistent-day", 1)]
    [InlineData("明治5年12月31日", "date.nonexistent-day", 1)]
    [InlineData("明治5年11月1日", "date.lunisolar", 1)]
    [InlineData("明治元年10月23日", "date.lunisolar", 1)]
    [InlineData("令和0年", "date.year-out-of-range", 1)]
    [InlineData("民國0年", "date.year-out-of-range", 1)]
    [InlineData("0000年", "date.year-out-of-range", 1)]
    // Months, days and leap years
    [InlineData("2025年13月", "date.month-out-of-range", 6)]
    [InlineData("2025年0月", "date.month-out-of-range", 6)]
    [InlineData("2025年2月29日", "date.day-out-of-range", 8)]
    [InlineData("1900年2月29日", "date.day-out-of-range", 8)]
    [InlineData("2025年4月31日", "date.day-out-of-range", 8)]
    [InlineData("2025年10月32日", "date.day-out-of-range", 9)]
    [InlineData("2025年10月0日", "date.day-out-of-range", 9)]
    [InlineData("令和7年2月29日", "date.day-out-of-range", 7)]
    [InlineData("R7.2.29", "date.day-out-of-range", 6)]
    [InlineData("2025/13/01", "date.month-out-of-range", 6)]
    [InlineData("民國114年13月", "date.month-out-of-range", 7)]
    [InlineData("令和七年十三月", "date.month-out-of-range", 5)]
    [InlineData("October 32, 2025", "date.day-out-of-range", 9)]
    [InlineData("31 February 2025", "date.day-out-of-range", 1)]
    [InlineData("2025-02-30", "date.day-out-of-range", 9)]
    // Ambiguous or incomplete dates
    [InlineData("25年10月26日", "date.ambiguous-year", 1)]
    [InlineData("10/26/2025", "date.ambiguous-order", 1)]
    [InlineData("26.10.2025", "date.ambiguous-order", 1)]
    [InlineData("10月26日", "date.year-missing", 1)]
    [InlineData("October 26", "date.year-missing", 1)]
    [InlineData("2025年26日", "date.day-without-month", 6)]
    // Text around the date, brackets, ranges
    [InlineData("2025年10月26日x", "date.unexpected-text", 12)]
    [InlineData("2025年10月26日発行", "date.unexpected-text", 12)]
    [InlineData("2025年10月26日 2025年10月27日", "date.unexpected-text", 13)]
    [InlineData("(2025年10月26日", "date.unclosed-bracket", 1)]
    [InlineData("2025年10月26日)", "date.unexpected-text", 12)]
    [InlineData("(2025年10月26日]", "date.unexpected-text", 13)]
    [InlineData("2025年10月26日（日）（月）", "date.unexpected-text", 15)]
    [InlineData("2025年～", "date.range-incomplete", 6)]
    [InlineData("2025年10月26日から", "date.range-incomplete", 12)]
    [InlineData("2025年3月～2024年1月", "date.range-reversed", 9)]
    [InlineData("2025年10月28日～26日", "date.range-reversed", 13)]
    // Numerals
    [InlineData("2025年十十月", "date.malformed-numeral", 6)]
    [InlineData("千年", "date.malformed-numeral", 1)]
    public void ParseWithDiagnostics_NotADate_ReportsCodeAndColumn(string text, string code, int column)
    {
        var result = CitationDate.ParseWithDiagnostics(text);

        result.Success.Should().BeFalse();
        result.Value.Should().BeNull();
        var error = result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error).Subject;
        error.Code.Should().Be(code, error.Message);
        error.Span.Should().NotBeNull();
        error.Span!.Value.Line.Should().Be(1);
        error.Span.Value.Column.Should().Be(column, error.Message);
        error.Message.Should().NotBeNullOrWhiteSpace();
        CitationDate.TryParse(text, out var date).Should().BeFalse();
        date.Should().BeNull();
        var parse = () => CitationDate.Parse(text);
        parse.Should().Throw<FormatException>().Which.Message.Should()
            .Contain(error.Message).And.Contain($"(at character {error.Span.Value.Offset + 1})");
    }

    [Fact]
    public void Parse_EraDayAfterItsEra_SaysWhenTheEraEnded()
    {
        var parse = () => CitationDate.Parse("平成31年5月1日");

        parse.Should().Throw<FormatException>().Which.Message.Should()
            .Contain("平成 ended on 2019-04-30").And.Contain("令和, which began on 2019-05-01");
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var parse = () => CitationDate.Parse(null!);
        var diagnose = () => CitationDate.ParseWithDiagnostics(null!);

        parse.Should().Throw<ArgumentNullException>();
        diagnose.Should().Throw<ArgumentNullException>();
        CitationDate.TryParse(null, out var date).Should().BeFalse();
        date.Should().BeNull();
    }

    [Theory]
    [InlineData("平成32年", "2020", "date.era-year-overflow", DiagnosticSeverity.Warning, 1)]
    [InlineData("昭和100年", "2025", "date.era-year-overflow", DiagnosticSeverity.Warning, 1)]
    [InlineData("平成32年度", "2020-04/2021-03", "date.era-year-overflow", DiagnosticSeverity.Warning, 1)]
    [InlineData("2025年10月26日（月）", "2025-10-26", "date.weekday-mismatch", DiagnosticSeverity.Warning, 12)]
    [InlineData("October 26, 2025 (Mon)", "2025-10-26", "date.weekday-mismatch", DiagnosticSeverity.Warning, 18)]
    [InlineData("民國80年度", "1991", "date.minguo-fiscal-year", DiagnosticSeverity.Warning, 1)]
    [InlineData("明治元年", "1868", "date.lunisolar-year", DiagnosticSeverity.Info, 1)]
    public void ParseWithDiagnostics_DoubtfulDate_ReadsItWithAFinding(string text, string edtf, string code, DiagnosticSeverity severity, int column)
    {
        var result = CitationDate.ParseWithDiagnostics(text);

        result.Success.Should().BeTrue();
        result.Value!.ToEdtf().Should().Be(edtf);
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Code.Should().Be(code);
        finding.Severity.Should().Be(severity);
        finding.Span!.Value.Column.Should().Be(column);
        CitationDate.TryParse(text, out var date).Should().BeTrue();
        date!.ToEdtf().Should().Be(edtf);
    }

    [Fact]
    public void ParseWithDiagnostics_WeekdayMismatch_NamesBothDays()
    {
        var finding = CitationDate.ParseWithDiagnostics("2025年10月26日（月）").Diagnostics.Single();

        finding.Message.Should().Contain("Monday").And.Contain("2025-10-26 is a Sunday");
    }

    [Fact]
    public void ParseWithDiagnostics_ValidDate_HasNoDiagnostics()
    {
        var result = CitationDate.ParseWithDiagnostics("令和7年10月26日");

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("令和6年度")]
    [InlineData("2024年12月～2025年1月")]
    [InlineData("2025年10月26日")]
    [InlineData("R7.10.26")]
    [InlineData("2025-21")]
    public void TryParse_AnyForm_KeepsTheInputAsOriginalText(string text)
    {
        CitationDate.TryParse(text, out var date).Should().BeTrue();

        date!.OriginalText.Should().BeSameAs(text);
    }

    [Fact]
    public void TryParse_FiscalYear_IsAnIntervalFromAprilToMarch()
    {
        var date = CitationDate.Parse("令和6年度");

        date.IsInterval.Should().BeTrue();
        date.Start.Should().Be(new PartialDate(2024, 4));
        date.End.Should().Be(new PartialDate(2025, 3));
    }

    [Fact]
    public void TryParse_TenThousandDigits_FailsWithAShortReason()
    {
        var text = new string('7', 10_000);

        var result = CitationDate.ParseWithDiagnostics(text);

        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Single();
        error.Code.Should().Be("date.number-too-long");
        error.Message.Should().Contain("10000 digits").And.HaveLength(error.Message.Length).And.Match(m => m.Length < 200);
        CitationDate.TryParse(text, out _).Should().BeFalse();
        var parse = () => CitationDate.Parse(text);
        parse.Should().Throw<FormatException>().Which.Message.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void TryParse_LongRunsOfDateCharacters_FailWithAReason()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("2025年", 5_000)),
            string.Concat(Enumerable.Repeat("令和", 5_000)),
            new string('十', 10_000),
            new string('(', 10_000),
            string.Concat(Enumerable.Repeat("～", 10_000)),
            "2025年10月26日" + new string('？', 10_000),
        ];

        foreach (var text in texts)
        {
            var result = CitationDate.ParseWithDiagnostics(text);

            result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error, text[..20]);
            result.Diagnostics.Should().OnlyContain(d => d.Message.Length < 300);
        }
    }

    [Fact]
    public void TryParse_LongSpaceBetweenParts_IsStillOneDate()
    {
        var text = "2025" + new string(' ', 10_000) + "年";

        CitationDate.Parse(text).ToEdtf().Should().Be("2025");
    }

    // Unpaired surrogates are tested in facts: theory data would be re-encoded (and repaired) by test discovery.
    [Fact]
    public void ParseWithDiagnostics_UnpairedSurrogates_ReportThemWithTheirPlace()
    {
        (string Text, string Code, int Column)[] cases =
        [
            ("\uD800", "date.unpaired-surrogate", 1),
            ("\uDC00", "date.unpaired-surrogate", 1),
            ("2025年\uDC00", "date.unpaired-surrogate", 6),
            ("2025年10月\uD83D日", "date.unpaired-surrogate", 9),
            ("令和\uD83D7年", "date.era-without-year", 1),
            ("\uD83D\uDE00", "date.unexpected-text", 1),
        ];

        foreach (var (text, code, column) in cases)
        {
            var error = CitationDate.ParseWithDiagnostics(text).Diagnostics.Single();

            error.Code.Should().Be(code, error.Message);
            error.Span!.Value.Column.Should().Be(column);
            CitationDate.TryParse(text, out _).Should().BeFalse();
        }
    }

    [Fact]
    public void Parse_UnpairedSurrogate_MessageIsValidUnicode()
    {
        var text = "2025年\uD800";

        var parse = () => CitationDate.Parse(text);

        var message = parse.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain("U+D800").And.Contain("\uFFFD");
        var strictUtf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var encode = () => strictUtf8.GetBytes(message);
        encode.Should().NotThrow();
    }

    [Fact]
    public void TryParse_RandomTextsOfDateCharacters_NeverThrow()
    {
        // Deterministic fuzzing over the characters the reader gives meaning to, plus surrogates and noise.
        const string alphabet = "0123456789０１２３年月日度元春夏秋冬令和平成昭大正明治民國中華西暦元/-.～〜~–—至からまで,()（）[]【】頃?？cae OctMayR㋿㍻十百千〇二五\uD800\uDC00x";
        var random = new Random(20251026);
        Span<char> buffer = stackalloc char[24];
        var disagreements = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(1, buffer.Length);
            for (var j = 0; j < length; j++)
            {
                buffer[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(buffer[..length]);
            var result = CitationDate.ParseWithDiagnostics(text);
            var agrees = CitationDate.TryParse(text, out var date) == result.Success
                && (result.Success
                    ? date!.ToEdtf() == result.Value!.ToEdtf()
                    : result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Span is not null && d.Message.Length > 0));
            if (!agrees)
            {
                disagreements.Add(text);
            }
        }

        disagreements.Should().BeEmpty();
    }
}
