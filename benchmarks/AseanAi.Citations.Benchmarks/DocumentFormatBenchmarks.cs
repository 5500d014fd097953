using System.Net;
using System.Text;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// The three document readers on the same long document, about one million characters of the seed article's body
/// repeated, then its reference list: as plain text, as Markdown (headings marked with #, references as a list) and
/// as HTML (p, h2 and li elements). MB/s is the UTF-8 size of the input / mean seconds per operation; the size of each
/// format is printed at setup. Allocated memory grows with the input because every block is a new string; what stays
/// bounded is what a reader holds at once (tests/AseanAi.Citations.Web.Tests/Documents/DocumentStreamingTests.cs).
/// </summary>
[MemoryDiagnoser]
public class DocumentFormatBenchmarks
{
    private string _document = string.Empty;

    /// <summary>The input format.</summary>
    [Params("text", "markdown", "html")]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(CorpusLines.Root, "seeds", "000_ac0a5415ceaa11bb.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = seed.Split('\n');
        var references = Array.FindIndex(lines, l => l.Trim() == "參考文獻");
        var body = lines[1..references].Where(l => l.Trim().Length > 0).ToArray();
        var list = lines[(references + 1)..].Where(l => l.Trim().Length > 0).ToArray();
        var builder = new StringBuilder();
        switch (Format)
        {
            case "text":
                builder.Append(lines[0]).Append("\n\n");
                while (builder.Length < 1_000_000)
                {
                    builder.AppendJoin("\n\n", body).Append("\n\n");
                }

                builder.Append("參考文獻\n\n").AppendJoin("\n", list).Append('\n');
                break;
            case "markdown":
                builder.Append("# ").Append(lines[0]).Append("\n\n");
                while (builder.Length < 1_000_000)
                {
                    foreach (var line in body)
                    {
                        builder.Append(line.Length <= 40 && !line.EndsWith('。') ? "## " : string.Empty).Append(line).Append("\n\n");
                    }
                }

                builder.Append("## 參考文獻\n\n");
                foreach (var line in list)
                {
                    builder.Append(line.Length <= 40 && !line.Contains("http", StringComparison.Ordinal) ? "### " + line + "\n\n" : "- " + line + "\n");
                }

                break;
            default:
                builder.Append("<!DOCTYPE html>\n<html><head><title>").Append(WebUtility.HtmlEncode(lines[0])).Append("</title></head>\n<body>\n");
                while (builder.Length < 1_000_000)
                {
                    foreach (var line in body)
                    {
                        var tag = line.Length <= 40 && !line.EndsWith('。') ? "h2" : "p";
                        builder.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(line)).Append("</").Append(tag).Append(">\n");
                    }
                }

                builder.Append("<h2>參考文獻</h2>\n<ul>\n");
                foreach (var line in list)
                {
                    builder.Append("<li>").Append(WebUtility.HtmlEncode(line)).Append("</li>\n");
                }

                builder.Append("</ul>\n</body></html>\n");
                break;
        }

        _document = builder.ToString();
        Console.WriteLine($"// {Format}: {_document.Length:N0} characters, {Encoding.UTF8.GetByteCount(_document) / 1e6:F2} MB of UTF-8");
    }

    private DocumentReader Reader => Format switch
    {
        "markdown" => MarkdownDocumentReader.Instance,
        "html" => HtmlDocumentReader.Instance,
        _ => PlainTextDocumentReader.Instance,
    };

    [Benchmark(Description = "ReadBlocksAsync (blocks only)")]
    public async Task<int> ReadBlocks()
    {
        var count = 0;
        await foreach (var _ in Reader.ReadBlocksAsync(new StringReader(_document)))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "ReadAsync (references, mentions, links)")]
    public async Task<int> ReadDocument()
    {
        var document = await Reader.ReadAsync(new StringReader(_document), new CitedDocumentOptions { KeepBodyText = false });
        return document.References.Length;
    }
}
