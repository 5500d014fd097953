using System.Text;
using AseanAi.Citations.Dates;
using BenchmarkDotNet.Attributes;

namespace AseanAi.Citations.Benchmarks;

/// <summary>
/// Finding dates in running text: the seed article (body and reference list) repeated to about one million characters,
/// 15 dates per copy. Throughput is the text length divided by the mean.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DateScanningBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(FindSeed());
        var builder = new StringBuilder(1_050_000);
        while (builder.Length < 1_000_000)
        {
            builder.Append(seed).Append('\n');
        }

        _text = builder.ToString();
        Console.WriteLine($"// Text: {_text.Length:N0} characters, {DateScanner.FindAll(_text).Length:N0} dates");
    }

    [Benchmark(Description = "DateScanner.FindAll (1 M characters of the seed article)")]
    public int FindAll() => DateScanner.FindAll(_text).Length;

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

        throw new FileNotFoundException("The seed document seeds/000_ac0a5415ceaa11bb.txt was not found above " + AppContext.BaseDirectory);
    }
}
