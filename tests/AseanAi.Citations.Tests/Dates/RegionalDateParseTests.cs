using System.Globalization;
using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Tests.Dates;

/// <summary>
/// The Southeast Asian date-form test set (Data/regional-dates.tsv: Thai, Vietnamese, Indonesian, Malay, Filipino,
/// Khmer, Lao and Burmese strings, most real ones with the page they come from), read with the language given, and the
/// forms written back. .ci/run runs these a second time with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1.
/// </summary>
public class RegionalDateParseTests
{
    private const string ResourceName = "AseanAi.Citations.Tests.Dates.regional-dates.tsv";

    public static TheoryData<string, string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string, string>();
        foreach (var (language, text, expected, source) in ReadRows())
        {
            rows.Add(language, text, expected, source);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void TryParse_RegionalForm_ReadsTheDateOrRejectsItWithItsCode(string language, string text, string expected, string source)
    {
        var parsed = CitationDate.TryParse(text, language, out var date);
        var result = CitationDate.ParseWithDiagnostics(text, language);

        if (expected.StartsWith('!'))
        {
            parsed.Should().BeFalse("'{0}' ({1}) is not a date", text, source);
            result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error)
                .Which.Code.Should().Be(expected[1..], "of '{0}'", text);
        }
        else
        {
            parsed.Should().BeTrue("'{0}' ({1}) is a date; {2}", text, source, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            date!.ToEdtf().Should().Be(expected);
            date.OriginalText.Should().Be(text);
            result.Value!.ToEdtf().Should().Be(expected);
        }
    }

    [Fact]
    public void Rows_EachLanguage_HasItsShareOfTheSet()
    {
        var counts = ReadRows().GroupBy(row => row.Language).ToDictionary(group => group.Key, group => group.Count());

        counts.Keys.Should().BeEquivalentTo(["th", "vi", "id", "ms", "fil", "km", "lo", "my"]);
        counts.Values.Sum().Should().BeGreaterThanOrEqualTo(200);
        counts.Values.Should().OnlyContain(count => count >= 20);
        ReadRows().Should().OnlyContain(row => row.Source.StartsWith("http", StringComparison.Ordinal) || row.Source.StartsWith("hand-made: ", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_AnyCurrentCulture_ReadsTheSame()
    {
        var before = CultureInfo.CurrentCulture;
        var cultures = new List<CultureInfo> { CultureInfo.InvariantCulture };
        foreach (var name in new[] { "th-TH", "tr-TR", "ar-SA", "vi-VN" })
        {
            try
            {
                cultures.Add(CultureInfo.GetCultureInfo(name));
            }
            catch (CultureNotFoundException)
            {
                // Globalization-invariant mode has no named cultures; the invariant one proves the point there.
            }
        }

        try
        {
            foreach (var culture in cultures)
            {
                CultureInfo.CurrentCulture = culture;
                foreach (var (language, text, expected, _) in ReadRows())
                {
                    var read = CitationDate.TryParse(text, language, out var date) ? date!.ToEdtf() : "!";
                    read.Should().Be(expected.StartsWith('!') ? "!" : expected, "'{0}' under {1}", text, culture.Name);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("2025-10-26", DateNotation.Thai, "26 ตุลาคม 2568")]
    [InlineData("2025-10", DateNotation.Thai, "ตุลาคม 2568")]
    [InlineData("2025", DateNotation.Thai, "2568")]
    [InlineData("2024-10/2025-09", DateNotation.Thai, "ปีงบประมาณ 2568")]
    [InlineData("1939-04/1940-03", DateNotation.Thai, "พ.ศ. 2482")]
    [InlineData("1940-04/1940-12", DateNotation.Thai, "พ.ศ. 2483")]
    [InlineData("1940-01-01", DateNotation.Thai, "1 มกราคม 2482")]
    [InlineData("1939", DateNotation.Thai, "ค.ศ. 1939")]
    [InlineData("2025-10-26/2025-10-28", DateNotation.Thai, "26–28 ตุลาคม 2568")]
    [InlineData("2025-10-26", DateNotation.Vietnamese, "ngày 26 tháng 10 năm 2025")]
    [InlineData("2025-02-05", DateNotation.Vietnamese, "ngày 05 tháng 02 năm 2025")]
    [InlineData("2025-10", DateNotation.Vietnamese, "tháng 10 năm 2025")]
    [InlineData("2025", DateNotation.Vietnamese, "năm 2025")]
    [InlineData("2025-07/2025-09", DateNotation.Vietnamese, "Quý III/2025")]
    [InlineData("2025-10-26/2025-10-28", DateNotation.Vietnamese, "ngày 26–28 tháng 10 năm 2025")]
    [InlineData("2025-08-17", DateNotation.Indonesian, "17 Agustus 2025")]
    [InlineData("2025-08-17", DateNotation.Malay, "17 Ogos 2025")]
    [InlineData("2024-12/2025-01", DateNotation.Malay, "Disember 2024 – Januari 2025")]
    [InlineData("2025-10-26", DateNotation.Filipino, "Oktubre 26, 2025")]
    [InlineData("2025-21", DateNotation.Thai, "2025-21")]
    public void ToString_RegionalNotation_WritesTheForm(string edtf, DateNotation notation, string expected)
    {
        CitationDate.ParseEdtf(edtf).ToString(notation).Should().Be(expected);
    }

    [Fact]
    public void ToString_RegionalNotations_ReadBackToTheSameDates()
    {
        var notations = new Dictionary<DateNotation, string>
        {
            [DateNotation.Thai] = "th",
            [DateNotation.Vietnamese] = "vi",
            [DateNotation.Indonesian] = "id",
            [DateNotation.Malay] = "ms",
            [DateNotation.Filipino] = "fil",
        };
        var dates = ReadRows()
            .Select(row => CitationDate.TryParse(row.Text, row.Language, out var date) ? date : null)
            .OfType<CitationDate>()
            .ToList();

        foreach (var date in dates)
        {
            foreach (var (notation, language) in notations)
            {
                var text = date.ToString(notation);
                CitationDate.TryParse(text, language, out var back).Should().BeTrue("'{0}' was written for {1}", text, date.ToEdtf());
                back!.ToEdtf().Should().Be(date.ToEdtf(), "'{0}' was written for it", text);
            }
        }
    }

    [Theory]
    [InlineData("令和7年10月26日")]
    [InlineData("平成31年5月1日")]
    [InlineData("民國114年10月26日")]
    [InlineData("2024年12月～2025年1月")]
    [InlineData("26 October 2025")]
    [InlineData("10/26/2025")]
    [InlineData("2568")]
    [InlineData("26/10/2025")]
    public void TryParse_NullOrCjkLanguage_ReadsAsWithoutALanguage(string text)
    {
        foreach (var language in new string?[] { null, "ja", "zh-Hant", "en", "xx" })
        {
            var withLanguage = CitationDate.ParseWithDiagnostics(text, language);
            var without = CitationDate.ParseWithDiagnostics(text);

            withLanguage.Value.Should().Be(without.Value);
            withLanguage.Diagnostics.Select(d => d.Code).Should().Equal(without.Diagnostics.Select(d => d.Code));
        }
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("TH")]
    [InlineData("th_TH")]
    public void TryParse_TagWithRegionOrCase_IsTheLanguage(string tag)
    {
        CitationDate.TryParse("26 ตุลาคม 2568", tag, out var date).Should().BeTrue();
        date!.ToEdtf().Should().Be("2025-10-26");
    }

    [Fact]
    public void ParseWithDiagnostics_WeekdayThatDoesNotFit_WarnsAndKeepsTheDate()
    {
        var result = CitationDate.ParseWithDiagnostics("วันจันทร์ที่ 26 ตุลาคม 2568", "th");

        result.Value!.ToEdtf().Should().Be("2025-10-26");
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("date.weekday-mismatch");
    }

    [Fact]
    public void ParseWithDiagnostics_ThirtyFirstOfApril_SaysWhyAndWhere()
    {
        var result = CitationDate.ParseWithDiagnostics("31 เมษายน 2568", "th");

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("date.day-out-of-range");
        error.Message.Should().Contain("day 31 does not exist in 2025-04");
        error.Span!.Value.Column.Should().Be(1);
        error.Span!.Value.Length.Should().Be(2);
    }

    [Theory]
    [InlineData("ม.ป.ป.", "th", true)]
    [InlineData("(ม.ป.ป.)", "th", true)]
    [InlineData("t.th.", "id", true)]
    [InlineData("[t.t.]", "ms", true)]
    [InlineData("ม.ป.ป.", null, false)]
    [InlineData("2568", "th", false)]
    [InlineData(null, "th", false)]
    public void IsNoDateMarker_Text_TellsTheMarkersOfTheLanguage(string? text, string? language, bool expected)
    {
        CitationDate.IsNoDateMarker(text, language).Should().Be(expected);
    }

    [Fact]
    public void InvariantRun_ThaiCultureIsUnavailable_ButBuddhistDatesStillRead()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is not ("1" or "true"))
        {
            return;
        }

        var createCulture = () => new CultureInfo("th-TH");

        createCulture.Should().Throw<CultureNotFoundException>();
        CitationDate.TryParse("๒๖ ต.ค. ๖๘", "th", out var date).Should().BeTrue();
        date!.ToEdtf().Should().Be("2025-10-26");
        date.ToString(DateNotation.Thai).Should().Be("26 ตุลาคม 2568");
    }

    internal static IEnumerable<(string Language, string Text, string Expected, string Source)> ReadRows()
    {
        using var stream = typeof(RegionalDateParseTests).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add((fields[0], fields[1], fields[2], fields[3]));
        }

        return rows;
    }
}
