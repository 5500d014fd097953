using System.Text;
using AseanAi.Citations.Text;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// <see cref="ScriptFolding"/> over 1 MiB (UTF-8) of mixed Japanese and Chinese text, against NFKC normalisation, the
/// framework's nearest operation (it folds widths and compatibility forms but no scripts); plus one name, and the cost
/// of loading the tables on first use. Throughput in MB/s is the text's UTF-8 size divided by the median.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScriptFoldingBenchmarks
{
    private const int TextBytes = 1 << 20;

    private string _text = string.Empty;
    private char[] _key = [];
    private int[] _offsets = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = BuildMixedText();
        _key = new char[_text.Length];
        _offsets = new int[_text.Length];
        ScriptFolding.Key("warm up the tables");
        Console.WriteLine($"// text: {Encoding.UTF8.GetByteCount(_text)} UTF-8 bytes, {_text.Length} UTF-16 chars");
    }

    [Benchmark(Baseline = true, Description = "string.Normalize(FormKC), 1 MiB")]
    public string Nfkc() => _text.Normalize(NormalizationForm.FormKC);

    [Benchmark(Description = "ScriptFolding.Key, 1 MiB")]
    public string Key() => ScriptFolding.Key(_text);

    [Benchmark(Description = "ScriptFolding.Fold with offsets, 1 MiB")]
    public int FoldWithOffsets() => ScriptFolding.Fold(_text, _key, _offsets, language: null);

    [Benchmark(Description = "ScriptFolding.Key, one name (經濟產業省)")]
    public string KeyOfName() => ScriptFolding.Key("經濟產業省");

    [Benchmark(Description = "Load the tables (first use)")]
    public object LoadTables() => (ScriptFoldingTable.Load(), ScriptFoldingAliases.Load());

    /// <summary>
    /// The seed document (Traditional Chinese prose with a Japanese bibliography) and variants of its lines as other
    /// writers would type them: Simplified Chinese sentences, full-width Latin letters and digits, half-width katakana,
    /// ideographic spaces and wave dashes.
    /// </summary>
    private static string BuildMixedText()
    {
        var seed = FindSeed();
        var lines = File.ReadAllLines(seed).Where(line => line.Length > 0).ToList();
        string[] simplified =
        [
            "根据外务省、总务省与经济产业省于2025年10月26日联合发布的官方文件，倡议包含四大支柱。",
            "日本政府对于协助东南亚国家发展在地语言AI模型的构想，可追溯至2024年7月。",
            "新加坡主导的SEA-LION计划从一开始就定位为涵盖多种东南亚语言的区域模型。",
            "科学技术振兴机构（JST）亚洲・太平洋综合研究中心发布了有关大规模语言模型的报告。",
        ];
        string[] japanese =
        [
            "経済産業省は２０２５年９月２４日、第３１回日ＡＳＥＡＮ経済大臣会合の共同メディア声明（仮訳）を公表した。",
            "ｶﾞｲﾑｼｮｳ　ﾎｰﾑﾍﾟｰｼﾞ〜日ASEAN・AI共創イニシアティブ（令和7年10月26日）",
            "東南アジア諸国との連携により、現地語・文化に対応したAIモデルの研究・開発を支援する。",
        ];

        var builder = new StringBuilder();
        var bytes = 0;
        for (var round = 0; bytes < TextBytes; round++)
        {
            foreach (var line in lines.Concat(simplified).Concat(japanese))
            {
                var variant = (round % 3) switch
                {
                    1 => ToFullWidth(line),
                    2 => line.Replace(' ', '\u3000').Replace('~', '〜'),
                    _ => line,
                };
                builder.Append(variant).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(variant) + 1;
                if (bytes >= TextBytes)
                {
                    break;
                }
            }
        }

        return builder.ToString();
    }

    private static string ToFullWidth(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is > ' ' and <= '~')
            {
                chars[i] = (char)(chars[i] + 0xFEE0);
            }
        }

        return new string(chars);
    }

    private static string FindSeed()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seeds", "000_ac0a5415ceaa11bb.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("Cannot find seeds/000_ac0a5415ceaa11bb.txt above " + AppContext.BaseDirectory);
    }
}
