using BenchmarkDotNet.Attributes;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Testing;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Renders the bibliography of 10,000 generated ja/zh/en items (eng/csl/items.mjs, the same items citeproc-js renders
/// in eng/csl-benchmark.sh) with the official APA and SIST 02 styles and with the built-in APA and SIST 02. Items per second is
/// 10,000 divided by the mean. Run through eng/csl-benchmark.sh, which sets CSL_BENCH_ITEMS; the official styles and
/// locales are found as the tests find them (CSL_STYLES, CSL_LOCALES, CITE_SHARED_DATA, ../shared).
/// </summary>
[MemoryDiagnoser]
public class CslBenchmarks
{
    private IReadOnlyList<CslItem> _items = [];
    private CslProcessor _processor = null!;

    [Params("apa (official)", "apa (built-in)", "sist02 (official)", "sist02 (built-in)")]
    public string Style { get; set; } = "sist02 (built-in)";

    /// <summary>What the benchmark needs and cannot find (the items, the official styles or locales), or null.</summary>
    public static string? MissingData()
    {
        if (Environment.GetEnvironmentVariable("CSL_BENCH_ITEMS") is not { Length: > 0 } items || !File.Exists(items))
        {
            return "CslBenchmarks needs CSL_BENCH_ITEMS, a CSL-JSON file of items (eng/csl-benchmark.sh makes one and sets it).";
        }

        return SharedData.Find(SharedDataKind.CslStyles) is null ? SharedData.MissingMessage(SharedDataKind.CslStyles)
            : SharedData.Find(SharedDataKind.CslLocales) is null ? SharedData.MissingMessage(SharedDataKind.CslLocales)
            : null;
    }

    [GlobalSetup]
    public void Setup()
    {
        var itemsPath = Environment.GetEnvironmentVariable("CSL_BENCH_ITEMS")!;
        var styles = SharedData.Require(SharedDataKind.CslStyles);
        _items = CslItems.Read(File.ReadAllText(itemsPath)).GetValueOrThrow();
        var locales = CslLocales.FromDirectory(SharedData.Require(SharedDataKind.CslLocales)).GetValueOrThrow();
        var style = Style switch
        {
            "apa (official)" => CslStyle.Load(Path.Combine(styles, "apa.csl")).GetValueOrThrow(),
            "sist02 (official)" => CslStyle.Load(Path.Combine(styles, "sist02.csl")).GetValueOrThrow(),
            "apa (built-in)" => CslStyle.BuiltIn("apa"),
            _ => CslStyle.BuiltIn("sist02"),
        };
        _processor = new CslProcessor(style, CslProcessorOptions.Default with { Locales = Style.Contains("official", StringComparison.Ordinal) ? locales : null });
    }

    [Benchmark(Description = "FormatBibliography (10,000 items)")]
    public int FormatBibliography() => _processor.FormatBibliography(_items).Length;
}
