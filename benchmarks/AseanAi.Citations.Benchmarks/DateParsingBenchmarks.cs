using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Reading a Japanese era date: <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> against the framework's
/// <see cref="DateTime.ParseExact(string, string, IFormatProvider?)"/> on a ja-JP culture whose calendar is
/// <see cref="JapaneseCalendar"/> (which, unlike ours, needs ICU and accepts days outside their era). The other rows show
/// the cost of the other forms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DateParsingBenchmarks
{
    private const string EraDate = "令和7年10月26日";

    private readonly CultureInfo _japaneseCalendarCulture = CreateJapaneseCalendarCulture();

    [Benchmark(Baseline = true, Description = "DateTime.ParseExact(\"令和7年10月26日\", \"ggy年M月d日\", ja-JP + JapaneseCalendar)")]
    public DateTime FrameworkParseExact() => DateTime.ParseExact(EraDate, "ggy年M月d日", _japaneseCalendarCulture);

    [Benchmark(Description = "CitationDate.TryParse(\"令和7年10月26日\")")]
    public CitationDate? TryParseEra() => CitationDate.TryParse(EraDate, out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"２０２５年１０月２６日（日）\")")]
    public CitationDate? TryParseFullWidthWithWeekday() => CitationDate.TryParse("２０２５年１０月２６日（日）", out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"2024年12月～2025年1月\")")]
    public CitationDate? TryParseRange() => CitationDate.TryParse("2024年12月～2025年1月", out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"平成31年5月1日\") (rejected)")]
    public bool TryParseInvalidEraDay() => CitationDate.TryParse("平成31年5月1日", out _);

    [Benchmark(Description = "CitationDate.TryParse(\"令和7年10月26日\", language: null)")]
    public CitationDate? TryParseEraWithNullLanguage() => CitationDate.TryParse(EraDate, null, out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"26 ตุลาคม 2568\", \"th\")")]
    public CitationDate? TryParseThai() => CitationDate.TryParse("26 ตุลาคม 2568", "th", out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"ngày 26 tháng 10 năm 2025\", \"vi\")")]
    public CitationDate? TryParseVietnamese() => CitationDate.TryParse("ngày 26 tháng 10 năm 2025", "vi", out var date) ? date : null;

    [Benchmark(Description = "CitationDate.TryParse(\"ថ្ងៃទី២៦ ខែតុលា ឆ្នាំ២០២៥\", \"km\")")]
    public CitationDate? TryParseKhmer() => CitationDate.TryParse("ថ្ងៃទី២៦ ខែតុលា ឆ្នាំ២០២៥", "km", out var date) ? date : null;

    private static CultureInfo CreateJapaneseCalendarCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}
