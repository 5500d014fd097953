#:project ../../src/AseanAi.Citations/AseanAi.Citations.csproj
#:property Configuration=Release

// Times building the publisher registry (issue 22). Without folders: the built-in data, a warm-up, then repeated builds
// measured with a Stopwatch; prints the median and the fastest. With folders of data files (for example the Data folder
// of two commits): in each round, one build from the publisher files of each folder, in turn, so that both are timed
// under the same load of a shared machine; the files are read once, before timing.
// Usage: eng/publisher-build-time/run.sh [builds] [folder …]
using System.Diagnostics;
using System.Globalization;
using AseanAi.Citations.Publishers;

var builds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
var folders = args.Skip(1).ToArray();
var sets = folders.Select(folder => Directory.GetFiles(folder, "*.json")
        .Where(path => Path.GetFileName(path) != "rules.json")
        .Order(StringComparer.Ordinal)
        .Select(path => (Name: Path.GetFileName(path), Json: File.ReadAllText(path)))
        .ToArray())
    .ToArray();

Func<int>[] cases = folders.Length == 0
    ? [() => new PublisherRegistryBuilder().AddBuiltIn().Build().Count]
    : [.. sets.Select(files => (Func<int>)(() =>
        {
            var builder = new PublisherRegistryBuilder();
            foreach (var (name, json) in files)
            {
                builder.AddJson(json, name);
            }

            return builder.Build().Count;
        }))];
var names = folders.Length == 0 ? ["built-in data"] : folders;

var counts = new int[cases.Length];
for (var i = 0; i < 5; i++)
{
    for (var c = 0; c < cases.Length; c++)
    {
        counts[c] = cases[c]();
    }
}

var times = new double[cases.Length][];
for (var c = 0; c < cases.Length; c++)
{
    times[c] = new double[builds];
}

for (var i = 0; i < builds; i++)
{
    for (var c = 0; c < cases.Length; c++)
    {
        var watch = Stopwatch.StartNew();
        counts[c] = cases[c]();
        times[c][i] = watch.Elapsed.TotalMilliseconds;
    }
}

for (var c = 0; c < cases.Length; c++)
{
    Array.Sort(times[c]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{names[c]}: {counts[c]} publishers; {builds} builds: median {times[c][builds / 2]:F1} ms, fastest {times[c][0]:F1} ms, slowest {times[c][^1]:F1} ms"));
}
