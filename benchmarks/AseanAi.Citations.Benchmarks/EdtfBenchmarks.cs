using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Reading and writing EDTF, the pattern for the other benchmarks: a realistic input set, <see cref="MemoryDiagnoserAttribute"/>
/// to prove allocations, and a baseline where the framework offers a comparable operation.
/// </summary>
[MemoryDiagnoser]
public class EdtfBenchmarks
{
    private readonly CitationDate _interval = CitationDate.ParseEdtf("2024-12/2025-01");

    [Params("2025-10-26", "2024-12/2025-01", "2025-21")]
    public string Text { get; set; } = "2025-10-26";

    [Benchmark(Baseline = true, Description = "DateOnly.TryParseExact (yyyy-MM-dd, day precision only)")]
    public bool FrameworkDateOnly() =>
        DateOnly.TryParseExact(Text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    [Benchmark(Description = "CitationDate.TryParseEdtf")]
    public CitationDate? ParseEdtf() => CitationDate.TryParseEdtf(Text, out var date) ? date : null;

    [Benchmark(Description = "CitationDate.ToEdtf (interval)")]
    public string WriteEdtf() => _interval.ToEdtf();
}
