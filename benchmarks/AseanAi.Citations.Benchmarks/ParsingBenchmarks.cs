using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// The reference parser on the labelled corpus (tests/AseanAi.Citations.Tests/Corpus/reference-lines.jsonl, 146 real
/// lines in every supported style): one operation parses every line once, so lines per second is
/// 146 / (mean time per operation). Baseline: splitting the same lines at their first title mark, the least any parser
/// has to do.
/// </summary>
[MemoryDiagnoser]
public class ReferenceParserBenchmarks
{
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup() => _lines = CorpusLines.Load();

    [Benchmark(Baseline = true, Description = "IndexOfAny title mark (floor)")]
    public int SplitAtTitleMark()
    {
        var total = 0;
        foreach (var line in _lines)
        {
            total += line.AsSpan().IndexOfAny("「《“[") + 1;
        }

        return total;
    }

    [Benchmark(Description = "ReferenceParser.Parse, whole corpus")]
    public int ParseCorpus()
    {
        var total = 0;
        foreach (var line in _lines)
        {
            total += ReferenceParser.Default.Parse(line).Diagnostics.Length;
        }

        return total;
    }
}

/// <summary>
/// The plain-text and document readers on a synthetic long document: the seed article's body and reference list
/// repeated to about 1 MB. MB/s is 1 / (mean seconds per operation) × size in MB.
/// </summary>
[MemoryDiagnoser]
public class DocumentReaderBenchmarks
{
    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(CorpusLines.Root, "seeds", "000_ac0a5415ceaa11bb.txt"));
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(seed).Append('\n');
        }

        _document = builder.ToString();
    }

    [Benchmark(Baseline = true, Description = "StringReader.ReadLine over the document (floor)")]
    public int ReadLines()
    {
        using var reader = new StringReader(_document);
        var count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "PlainTextDocumentReader.ReadBlocksAsync (blocks only)")]
    public async Task<int> ReadBlocks()
    {
        var count = 0;
        await foreach (var _ in PlainTextDocumentReader.Instance.ReadBlocksAsync(new StringReader(_document)))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "PlainTextDocumentReader.ReadAsync (references, mentions, links)")]
    public async Task<int> ReadDocument()
    {
        var document = await PlainTextDocumentReader.Instance.ReadAsync(new StringReader(_document), new CitedDocumentOptions { KeepBodyText = false });
        return document.References.Length;
    }
}

internal static class CorpusLines
{
    public static string Root { get; } = FindRoot();

    public static string[] Load()
    {
        var path = Path.Combine(Root, "tests", "AseanAi.Citations.Tests", "Corpus", "reference-lines.jsonl");
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetString()!)];
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
