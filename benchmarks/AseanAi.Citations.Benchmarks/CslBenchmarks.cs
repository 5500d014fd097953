using BenchmarkDotNet.Attributes;
using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Renders the bibliography of 10,000 generated ja/zh/en items (eng/csl/items.mjs, the same items citeproc-js renders
/// in eng/csl-benchmark.sh) with the official APA and SIST 02 styles and with the built-in APA and SIST 02. Items per second is
/// 10,000 divided by the mean. Run through eng/csl-benchmark.sh, which sets CSL_BENCH_ITEMS and CSL_BENCH_SHARED.
/// </summary>
[MemoryDiagnoser]
public class CslBenchmarks
{
    private IReadOnlyList<CslItem> _items = [];
    private CslProcessor _processor = null!;

    [Params("apa (official)", "apa (built-in)", "sist02 (official)", "sist02 (built-in)")]
    public string Style { get; set; } = "sist02 (built-in)";

    [GlobalSetup]
    public void Setup()
    {
        var itemsPath = Environment.GetEnvironmentVariable("CSL_BENCH_ITEMS")
            ?? throw new InvalidOperationException("Set CSL_BENCH_ITEMS to a CSL-JSON file (eng/csl-benchmark.sh does).");
        var shared = Environment.GetEnvironmentVariable("CSL_BENCH_SHARED") ?? Path.Combine("..", "shared");
        _items = CslItems.Read(File.ReadAllText(itemsPath)).GetValueOrThrow();
        var locales = CslLocales.FromDirectory(Path.Combine(shared, "csl", "locales")).GetValueOrThrow();
        var style = Style switch
        {
            "apa (official)" => CslStyle.Load(Path.Combine(shared, "csl", "styles", "apa.csl")).GetValueOrThrow(),
            "sist02 (official)" => CslStyle.Load(Path.Combine(shared, "csl", "styles", "sist02.csl")).GetValueOrThrow(),
            "apa (built-in)" => CslStyle.BuiltIn("apa"),
            _ => CslStyle.BuiltIn("sist02"),
        };
        _processor = new CslProcessor(style, CslProcessorOptions.Default with { Locales = Style.Contains("official", StringComparison.Ordinal) ? locales : null });
    }

    [Benchmark(Description = "FormatBibliography (10,000 items)")]
    public int FormatBibliography() => _processor.FormatBibliography(_items).Length;
}
