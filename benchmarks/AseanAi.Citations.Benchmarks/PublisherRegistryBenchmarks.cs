using System.Text;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Text;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// The publisher registry: <see cref="PublisherRegistry.FindMentions(string)"/> over 10 MB (UTF-8) of mixed
/// Traditional-Chinese, Japanese and Simplified-Chinese text with the full built-in registry, against the fold of the
/// same text alone (the floor of any scan over folded keys); and the time to build the registry.
/// Throughput = <see cref="TextMegabytes"/> / mean; the setup prints the size.
/// </summary>
[MemoryDiagnoser]
public class PublisherRegistryBenchmarks
{
    private const int TargetUtf8Bytes = 10 * 1024 * 1024;

    private string _text = string.Empty;
    private (string Name, byte[] Json)[] _builtInJson = [];
    private PublisherRegistry _registry = PublisherRegistry.Default;

    /// <summary>The size of the scanned text in MB (2^20 bytes) of UTF-8.</summary>
    public double TextMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _registry = PublisherRegistry.Default;
        var seed = File.ReadAllText(Path.Combine(FindRoot(), "seeds", "000_ac0a5415ceaa11bb.txt"));

        // The seed is a zh-Hant body with a Japanese bibliography; its fold is the same text in simplified characters.
        var simplified = ScriptFolding.Key(seed, "zh-Hant");
        var japanese = string.Join('\n', seed.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)));
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < TargetUtf8Bytes)
        {
            var block = new StringBuilder();
            for (var i = 0; i < 50; i++)
            {
                block.Append(seed).Append('\n').Append(simplified).Append('\n').Append(japanese).Append('\n');
            }

            builder.Append(block);
        }

        _text = builder.ToString();
        TextMegabytes = Encoding.UTF8.GetByteCount(_text) / (1024.0 * 1024.0);
        _builtInJson = [.. Directory.GetFiles(Path.Combine(FindRoot(), "src", "AseanAi.Citations", "Publishers", "Data"), "*.json")
            .Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))];
        Console.WriteLine(FormattableString.Invariant(
            $"// Text: {TextMegabytes:F2} MB UTF-8, {_text.Length:N0} UTF-16 chars; {_registry.FindMentions(_text).Length:N0} mentions; {_registry.Count} publishers"));
    }

    [Benchmark(Baseline = true, Description = "ScriptFolding.Key over the 10 MB text (fold only)")]
    public int FoldOnly() => ScriptFolding.Key(_text).Length;

    [Benchmark(Description = "FindMentions over the 10 MB text, full registry")]
    public int FindMentions() => _registry.FindMentions(_text).Length;

    [Benchmark(Description = "Build the registry (built-in data already read)")]
    public int BuildRegistry() => new PublisherRegistryBuilder().AddBuiltIn().Build().Count;

    [Benchmark(Description = "Read the built-in JSON and build the registry")]
    public int ReadAndBuildRegistry()
    {
        var builder = new PublisherRegistryBuilder();
        foreach (var (name, json) in _builtInJson)
        {
            var (entries, _) = PublisherDataReader.Read(json, name, allowRules: name == "rules.json");
            foreach (var entry in entries)
            {
                builder.Add(entry.Publisher);
            }
        }

        return builder.Build().Count;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
