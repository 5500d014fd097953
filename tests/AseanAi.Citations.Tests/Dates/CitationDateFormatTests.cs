namespace AseanAi.Citations.Tests.Dates;

public class CitationDateFormatTests
{
    [Theory]
    [InlineData("2025-10-26", DateNotation.Japanese, "2025年10月26日")]
    [InlineData("2025-10-26", DateNotation.JapaneseEra, "令和7年10月26日")]
    [InlineData("2025-10-26", DateNotation.TraditionalChinese, "2025年10月26日")]
    [InlineData("2025-10-26", DateNotation.TraditionalChineseMinguo, "民國114年10月26日")]
    [InlineData("2025-10-26", DateNotation.SimplifiedChinese, "2025年10月26日")]
    [InlineData("2025-10-26", DateNotation.English, "26 October 2025")]
    [InlineData("2025-10-26", DateNotation.Edtf, "2025-10-26")]
    [InlineData("2024-12", DateNotation.JapaneseEra, "令和6年12月")]
    [InlineData("2024-12", DateNotation.English, "December 2024")]
    [InlineData("2025", DateNotation.Japanese, "2025年")]
    [InlineData("2025", DateNotation.English, "2025")]
    [InlineData("2019-05-01", DateNotation.JapaneseEra, "令和元年5月1日")]
    [InlineData("2019-04-30", DateNotation.JapaneseEra, "平成31年4月30日")]
    [InlineData("1989-01-07", DateNotation.JapaneseEra, "昭和64年1月7日")]
    [InlineData("1989-01-08", DateNotation.JapaneseEra, "平成元年1月8日")]
    [InlineData("1926-12-25", DateNotation.JapaneseEra, "昭和元年12月25日")]
    [InlineData("1912-07-30", DateNotation.JapaneseEra, "大正元年7月30日")]
    [InlineData("1873-01-01", DateNotation.JapaneseEra, "明治6年1月1日")]
    // A year or month across an era change takes the era in force at its middle.
    [InlineData("2019", DateNotation.JapaneseEra, "令和元年")]
    [InlineData("1989", DateNotation.JapaneseEra, "平成元年")]
    [InlineData("1926", DateNotation.JapaneseEra, "大正15年")]
    [InlineData("1989-01", DateNotation.JapaneseEra, "平成元年1月")]
    [InlineData("2019-04", DateNotation.JapaneseEra, "平成31年4月")]
    // Lunisolar Meiji months and days, and years before Meiji, stay Gregorian.
    [InlineData("1872", DateNotation.JapaneseEra, "明治5年")]
    [InlineData("1872-10", DateNotation.JapaneseEra, "1872年10月")]
    [InlineData("1867", DateNotation.JapaneseEra, "1867年")]
    [InlineData("1912", DateNotation.TraditionalChineseMinguo, "民國元年")]
    [InlineData("1911-05", DateNotation.TraditionalChineseMinguo, "1911年5月")]
    // Seasons
    [InlineData("2025-21", DateNotation.Japanese, "2025年春")]
    [InlineData("2025-23", DateNotation.TraditionalChinese, "2025年秋季")]
    [InlineData("2025-24", DateNotation.English, "Winter 2025")]
    [InlineData("2018-24", DateNotation.JapaneseEra, "平成30年冬")]
    [InlineData("2019-24", DateNotation.JapaneseEra, "令和元年冬")]
    // Intervals, with what both ends share written once
    [InlineData("2024-12/2025-01", DateNotation.Japanese, "2024年12月～2025年1月")]
    [InlineData("2024-12/2025-01", DateNotation.JapaneseEra, "令和6年12月～令和7年1月")]
    [InlineData("2024-12/2025-01", DateNotation.TraditionalChinese, "2024年12月至2025年1月")]
    [InlineData("2024-12/2025-01", DateNotation.English, "December 2024 – January 2025")]
    [InlineData("2025-01/2025-03", DateNotation.Japanese, "2025年1月～3月")]
    [InlineData("2025-01/2025-03", DateNotation.English, "January–March 2025")]
    [InlineData("2025-10-26/2025-10-28", DateNotation.Japanese, "2025年10月26日～28日")]
    [InlineData("2025-10-26/2025-10-28", DateNotation.TraditionalChineseMinguo, "民國114年10月26日至28日")]
    [InlineData("2025-10-26/2025-10-28", DateNotation.English, "26–28 October 2025")]
    [InlineData("2025-10-26/2025-11-02", DateNotation.English, "26 October – 2 November 2025")]
    [InlineData("2019-04/2019-05", DateNotation.JapaneseEra, "平成31年4月～令和元年5月")]
    [InlineData("2025-21/2025-22", DateNotation.SimplifiedChinese, "2025年春季至夏季")]
    [InlineData("2024/2025", DateNotation.English, "2024–2025")]
    // Japanese fiscal years
    [InlineData("2024-04/2025-03", DateNotation.Japanese, "2024年度")]
    [InlineData("2024-04/2025-03", DateNotation.JapaneseEra, "令和6年度")]
    [InlineData("2019-04/2020-03", DateNotation.JapaneseEra, "令和元年度")]
    [InlineData("2024-04/2026-03", DateNotation.JapaneseEra, "令和6年度～令和7年度")]
    [InlineData("2024-04/2025-03", DateNotation.TraditionalChinese, "2024年4月至2025年3月")]
    // Qualifiers
    [InlineData("2025~", DateNotation.Japanese, "2025年頃")]
    [InlineData("2025~", DateNotation.TraditionalChinese, "2025年左右")]
    [InlineData("2025~", DateNotation.English, "c. 2025")]
    [InlineData("2025-10-26?", DateNotation.JapaneseEra, "令和7年10月26日？")]
    [InlineData("2025-10-26?", DateNotation.English, "26 October 2025?")]
    // Years before 1 have no CJK or English form
    [InlineData("-0221", DateNotation.Japanese, "-0221")]
    [InlineData("0500", DateNotation.Japanese, "0500年")]
    public void ToString_Notation_WritesTheDateInThatNotation(string edtf, DateNotation notation, string expected)
    {
        var date = CitationDate.ParseEdtf(edtf);

        date.ToString(notation).Should().Be(expected);
    }

    public static TheoryData<string> Dates() =>
    [
        "2025-10-26", "2025-10", "2025", "2025-21", "2025-22", "2025-23", "2025-24", "2018-24", "2019-21", "2024-02-29",
        "2024-12/2025-01", "2025-01/2025-03", "2025-10-26/2025-10-28", "2025-10-26/2025-11-02", "2024-04/2025-03",
        "2019-04/2020-03", "2024-04/2026-03", "1989", "1989-01", "1926-12", "1912-07", "1912", "2019", "2019-04-30",
        "2019-05-01", "2019-04/2019-05", "1989-01-07/1989-01-08", "1872", "1872-10", "1867", "1911-05", "1912-01-01",
        "2025~", "2025-10-26?", "2025-10-26%", "2024/2025", "2024/2025-03", "2025-21/2025-22", "2024-24/2025-21",
        "0500", "1873-01-01", "9999-12-31", "2025-10~/2025-12?",
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void ToString_AnyNotation_ReadsBackToTheSameDates(string edtf)
    {
        var date = CitationDate.ParseEdtf(edtf);

        foreach (var notation in Enum.GetValues<DateNotation>())
        {
            var text = date.ToString(notation);
            CitationDate.TryParse(text, LanguageOf(notation), out var back).Should().BeTrue($"{notation} wrote '{text}'");
            back!.ToEdtf().Should().Be(edtf, $"{notation} wrote '{text}'");
        }
    }

    [Fact]
    public void ToString_RandomDateTexts_ReadBackInEveryNotation()
    {
        // Structured fuzzing: texts assembled from date tokens; whatever reads as a date must survive every notation.
        string[] tokens =
        [
            "2025", "2024", "1989", "2019", "令和", "平成", "昭和", "民國", "7", "1", "31", "64", "元", "年", "年度", "10", "12",
            "4", "月", "26", "8", "日", "～", "至", "春", "冬", "頃", "？", "October", "May", " ", ",", "–", "R", ".", "/",
        ];
        var random = new Random(7_10_26);
        var read = 0;
        var failures = new List<string>();
        for (var i = 0; i < 30_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => tokens[random.Next(tokens.Length)]));
            if (!CitationDate.TryParse(text, out var date))
            {
                continue;
            }

            read++;
            foreach (var notation in Enum.GetValues<DateNotation>())
            {
                var written = date.ToString(notation);
                if (!CitationDate.TryParse(written, LanguageOf(notation), out var back) || back.ToEdtf() != date.ToEdtf())
                {
                    failures.Add($"'{text}' = {date.ToEdtf()} -> {notation} '{written}' -> {back?.ToEdtf() ?? "not a date"}");
                }
            }
        }

        read.Should().BeGreaterThan(500);
        failures.Should().BeEmpty();
    }

    // The Southeast Asian notations are read back with their language (issue 21); the others without one, as before.
    private static string? LanguageOf(DateNotation notation) => notation switch
    {
        DateNotation.Thai => "th",
        DateNotation.Vietnamese => "vi",
        DateNotation.Indonesian => "id",
        DateNotation.Malay => "ms",
        DateNotation.Filipino => "fil",
        _ => null,
    };

    [Fact]
    public void ToString_UndefinedNotation_Throws()
    {
        var write = () => CitationDate.FromParts(2025).ToString((DateNotation)99);

        write.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("notation");
    }

    [Fact]
    public void ToString_Notation_IgnoresTheOriginalText()
    {
        var date = CitationDate.Parse("R7.10.26");

        date.ToString(DateNotation.JapaneseEra).Should().Be("令和7年10月26日");
        date.ToString().Should().Be("2025-10-26");
    }
}
