using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Read and write throughput of the interchange formats on 100,000 entries (a mix of Japanese, Chinese and English
/// citations shaped like the seed's references), with the library's native JSON as the baseline of each group. The
/// <c>Entries/s</c> column is 100,000 divided by the mean time.
/// Run: <c>dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*Interchange*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(ThroughputConfig))]
public class InterchangeBenchmarks
{
    public const int Entries = 100_000;

    private ImmutableArray<Citation> _citations;
    private string _nativeJson = "";
    private string _cslJson = "";
    private string _bibLaTeX = "";
    private string _bibTeX = "";
    private string _ris = "";

    [GlobalSetup]
    public void Setup()
    {
        _citations = BenchmarkCitations.Create(Entries);
        _nativeJson = CitationJson.SerializeList(_citations);
        _cslJson = CslJson.Write(_citations, indented: false);
        _bibLaTeX = BibTeX.Write(_citations);
        _bibTeX = BibTeX.Write(_citations, BibTeXDialect.BibTeX);
        _ris = Ris.Write(_citations);
    }

    [Benchmark(Baseline = true, Description = "native JSON write")]
    [BenchmarkCategory("write")]
    public int WriteNativeJson() => CitationJson.SerializeList(_citations).Length;

    [Benchmark(Description = "CSL-JSON write")]
    [BenchmarkCategory("write")]
    public int WriteCslJson() => CslJson.Write(_citations, indented: false).Length;

    [Benchmark(Description = "BibLaTeX write")]
    [BenchmarkCategory("write")]
    public int WriteBibLaTeX() => BibTeX.Write(_citations).Length;

    [Benchmark(Description = "BibTeX write")]
    [BenchmarkCategory("write")]
    public int WriteBibTeX() => BibTeX.Write(_citations, BibTeXDialect.BibTeX).Length;

    [Benchmark(Description = "RIS write")]
    [BenchmarkCategory("write")]
    public int WriteRis() => Ris.Write(_citations).Length;

    [Benchmark(Baseline = true, Description = "native JSON read")]
    [BenchmarkCategory("read")]
    public int ReadNativeJson() => CitationJson.DeserializeList(_nativeJson).Length;

    [Benchmark(Description = "CSL-JSON read")]
    [BenchmarkCategory("read")]
    public int ReadCslJson() => CslJson.Read(_cslJson).Value!.Count;

    [Benchmark(Description = "BibLaTeX read")]
    [BenchmarkCategory("read")]
    public int ReadBibLaTeX() => BibTeX.Read(_bibLaTeX).Value!.Count;

    [Benchmark(Description = "BibTeX read")]
    [BenchmarkCategory("read")]
    public int ReadBibTeX() => BibTeX.Read(_bibTeX).Value!.Count;

    [Benchmark(Description = "RIS read")]
    [BenchmarkCategory("read")]
    public int ReadRis() => Ris.Read(_ris).Value!.Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new EntriesPerSecondColumn());
    }

    /// <summary>Entries per second: the entries of one operation divided by its mean time.</summary>
    private sealed class EntriesPerSecondColumn : IColumn
    {
        public string Id => "EntriesPerSecond";

        public string ColumnName => "Entries/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Entries read or written per second (100,000 / mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "NA";
            }

            return (Entries / (statistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>Citations shaped like the seed's references, in Japanese, Traditional and Simplified Chinese and English.</summary>
internal static class BenchmarkCitations
{
    private static readonly (string Title, string Language)[] Titles =
    [
        ("日ASEAN・AI共創イニシアティブ", "ja"),
        ("東南アジアのAI基盤整備支援、岸田文雄首相が表明へ ビジネス創出", "ja"),
        ("日本與東南亞的 AI 合作戰略:從政策宣示到具體行動", "zh-Hant"),
        ("人工智能治理研究", "zh-Hans"),
        ("Japan-ASEAN AI Co-Creation Initiative & R&D", "en"),
    ];

    private static readonly PublisherRef[] Publishers =
    [
        PublisherRef.Known("jp.mofa", "外務省"),
        PublisherRef.Known("jp.jst", "科学技術振興機構(JST)", "アジア・太平洋総合研究センター"),
        PublisherRef.Unresolved("經濟部"),
        PublisherRef.Unresolved("中国信息通信研究院"),
        PublisherRef.Unresolved("ERIA"),
    ];

    private static readonly SourceType[] Types = Enum.GetValues<SourceType>();

    public static ImmutableArray<Citation> Create(int count)
    {
        var builder = ImmutableArray.CreateBuilder<Citation>(count);
        for (var i = 0; i < count; i++)
        {
            var (title, language) = Titles[i % Titles.Length];
            var publisher = Publishers[i % Publishers.Length];
            var person = (i % 3) switch
            {
                0 => Contributor.ForPerson(PersonName.Create("佐藤", "仁")),
                1 => Contributor.ForPerson(PersonName.Create("王", "小明")),
                _ => Contributor.ForPerson(PersonName.Create("Smith", "John")),
            };
            builder.Add(new Citation
            {
                Id = i % 2 == 0 ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Type = Types[i % Types.Length],
                Title = new LocalizedText(title + " " + i, language),
                Authors = i % 4 == 0 ? [Contributor.ForOrganization(publisher)] : [person],
                Publisher = publisher,
                ContainerTitle = i % 5 == 0 ? new LocalizedText("日本経済新聞", "ja") : null,
                Issued = CitationDate.FromParts(2000 + (i % 26), 1 + (i % 12), 1 + (i % 28)).WithOriginalText(i % 2 == 0 ? "令和7年10月26日" : null),
                Accessed = i % 3 == 0 ? CitationDate.FromParts(2025, 11, 1) : null,
                Url = new Uri("https://www.example.go.jp/press/2025/" + i + ".html"),
                Language = language,
                Category = i % 2 == 0 ? "日本政府官方文件" : null,
                RawText = i % 2 == 0 ? "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf" : null,
            });
        }

        return builder.MoveToImmutable();
    }
}
