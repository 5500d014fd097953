using System.Text;
using System.Text.RegularExpressions;
using AseanAi.Citations.Web.LinkChecking;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Finding the links of a document with their line and column: <see cref="LinkExtractor"/> against the usual
/// regular-expression approach (a compiled URL pattern, then a count of line breaks for each match), on a Markdown
/// reference list of 2,000 links in Japanese and Chinese prose.
/// </summary>
[MemoryDiagnoser]
public partial class LinkExtractorBenchmarks
{
    private readonly string _document = BuildDocument();

    private static string BuildDocument()
    {
        var builder = new StringBuilder();
        builder.Append("# 參考文獻\n\n");
        for (var i = 0; i < 2000; i++)
        {
            builder.Append("- 経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日) ")
                .Append("[PDF](https://www.meti.go.jp/press/2025/09/20250929005/").Append(i).Append("-dr.pdf)、")
                .Append("參見 https://spap.jst.go.jp/asean/experience/2025/topic_ea_").Append(i).Append(".html。\n");
        }

        return builder.ToString();
    }

    [Benchmark(Baseline = true, Description = "Regex + line count")]
    public int RegexWithPositions()
    {
        var count = 0;
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        foreach (Match match in UrlPattern().Matches(_document))
        {
            for (; scanned < match.Index; scanned++)
            {
                if (_document[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            _ = new LinkTarget(match.Value) { Span = new SourceSpan(match.Index, match.Length, line, match.Index - lineStart + 1) };
            count++;
        }

        return count;
    }

    [Benchmark(Description = "LinkExtractor.Extract")]
    public int Extract() => LinkExtractor.Extract(_document, "refs.md").Count;

    [GeneratedRegex(@"https?://[^\s<>""'()\u3000-\u303F\uFF00-\uFFEF]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
