using AseanAi.Citations.Benchmarks;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*'
// Run a class:  dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*Edtf*'
// A benchmark that needs data from outside the repository (CslBenchmarks: generated items, official styles and
// locales) is checked before the run: when it is selected and its data is missing, the run stops with a message
// saying what to set, and exit code 2.
if (CslBenchmarks.MissingData() is { } missing && Selects(args, typeof(CslBenchmarks)))
{
    Console.Error.WriteLine(missing);
    return 2;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

// Whether the command line's filters pick any case of the benchmark class. Without a filter BenchmarkDotNet shows its
// menu; a class picked there that misses its data fails in its set-up with the same message.
static bool Selects(string[] args, Type benchmarks)
{
    var (parsed, config, _) = ConfigParser.Parse(args, NullLogger.Instance);
    if (!parsed || config is null)
    {
        return false;
    }

    var filters = config.GetFilters().ToList();
    return filters.Count > 0 && BenchmarkConverter.TypeToBenchmarks(benchmarks, config).BenchmarksCases.Any(c => filters.All(f => f.Predicate(c)));
}
