using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// The reference parser on the labelled corpus (tests/AseanAi.Citations.Tests/Corpus/reference-lines.jsonl, 164 real
/// lines in every supported style): one operation parses every line once, so lines per second is
/// 164 / (mean time per operation). Baseline: splitting the same lines at their first title mark, the least any parser
/// has to do.
/// </summary>
[MemoryDiagnoser]
public class ReferenceParserBenchmarks
{
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = CorpusLines.Load();
        _freshParserOptions = new ReferenceParserOptions { Publishers = PublisherRegistry.CreateBuilder().Build() };
    }

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

    /// <summary>
    /// The corpus read by a new parser each time, whose memo of registry answers starts empty: every name is looked up in
    /// the registry once, as in a reference list the process has not seen before (the parser above remembers them).
    /// </summary>
    [Benchmark(Description = "new ReferenceParser (empty memo), whole corpus")]
    public int ParseCorpusWithFreshParser()
    {
        var parser = new ReferenceParser(_freshParserOptions);
        var total = 0;
        foreach (var line in _lines)
        {
            total += parser.Parse(line).Diagnostics.Length;
        }

        return total;
    }

    // A registry equal to the built-in one but another instance, so that each parser made with it has its own memo.
    private ReferenceParserOptions _freshParserOptions = ReferenceParserOptions.Default;
}

/// <summary>
/// The plain-text document reader on a long document: the seed article's body repeated to about one million characters
/// (about 2.7 MB of UTF-8), followed by its reference list. MB/s is the UTF-8 size / mean seconds per operation.
/// </summary>
[MemoryDiagnoser]
public class DocumentReaderBenchmarks
{
    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(CorpusLines.Root, "seeds", "000_ac0a5415ceaa11bb.txt"));
        var references = seed.IndexOf("參考文獻", StringComparison.Ordinal);
        var title = seed[..(seed.IndexOf('\n', StringComparison.Ordinal) + 1)];
        var body = seed[title.Length..references];
        var builder = new StringBuilder(title);
        while (builder.Length < 1_000_000)
        {
            builder.Append(body);
        }

        _document = builder.Append(seed[references..]).ToString();
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
