using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// The reference parser on the labelled corpus of real lines (tests/AseanAi.Citations.Tests/Corpus/lines/*.jsonl, both
/// parts, about 1,500 lines in every style seen): one operation parses every line once, so lines per second is the
/// number of lines divided by the mean time per operation. Baseline: splitting the same lines at their first title mark, the least any parser
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

internal static class CorpusLines
{
    public static string Root { get; } = FindRoot();

    public static string[] Load()
    {
        var folder = Path.Combine(Root, "tests", "AseanAi.Citations.Tests", "Corpus", "lines");
        return [.. Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetString()!)];
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
