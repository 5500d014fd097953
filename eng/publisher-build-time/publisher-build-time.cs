#:project ../../src/AseanAi.Citations/AseanAi.Citations.csproj
#:property Configuration=Release
#:property PublishAot=false

// Times building the publisher registry (issue 22). Without arguments after the count: the built-in data, a warm-up,
// then repeated builds measured with a Stopwatch; prints the median and the fastest. Each further argument is either
// - a folder of data files (for example the Data folder of two commits): one build from its publisher files, the files
//   read once before timing; or
// - a built AseanAi.Citations.dll (for example of an older commit, built with `dotnet build -c Release`): one build of
//   that library's built-in data, the library loaded in an AssemblyLoadContext of its own;
// in each round one build of each argument, in turn, so that all are timed under the same load of a shared machine.
// Usage: eng/publisher-build-time/run.sh [builds] [folder or AseanAi.Citations.dll …]
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using AseanAi.Citations.Publishers;

var builds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
var targets = args.Skip(1).ToArray();

Func<int>[] cases = targets.Length == 0
    ? [() => new PublisherRegistryBuilder().AddBuiltIn().Build().Count]
    : [.. targets.Select(target => File.Exists(target) ? LibraryBuild(target) : FolderBuild(target))];
var names = targets.Length == 0 ? ["built-in data"] : targets;

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

// One build from the publisher files of a folder, read once here.
static Func<int> FolderBuild(string folder)
{
    var files = Directory.GetFiles(folder, "*.json")
        .Where(path => Path.GetFileName(path) != "rules.json")
        .Order(StringComparer.Ordinal)
        .Select(path => (Name: Path.GetFileName(path), Json: File.ReadAllText(path)))
        .ToArray();
    return () =>
    {
        var builder = new PublisherRegistryBuilder();
        foreach (var (name, json) in files)
        {
            builder.AddJson(json, name);
        }

        return builder.Build().Count;
    };
}

// One build of the built-in data of another build of the library, through reflection on its public API.
static Func<int> LibraryBuild(string path)
{
    var assembly = new LibraryContext(Path.GetFullPath(path)).LoadFromAssemblyPath(Path.GetFullPath(path));
    var builderType = assembly.GetType("AseanAi.Citations.Publishers.PublisherRegistryBuilder", throwOnError: true)!;
    var addBuiltIn = builderType.GetMethod("AddBuiltIn", Type.EmptyTypes)!;
    var build = builderType.GetMethod("Build", Type.EmptyTypes)!;
    var count = build.ReturnType.GetProperty("Count")!;
    return () => (int)count.GetValue(build.Invoke(addBuiltIn.Invoke(Activator.CreateInstance(builderType), null), null))!;
}

// Loads a library and the assemblies beside it on their own; the rest (the framework) from the default context.
internal sealed class LibraryContext(string libraryPath) : AssemblyLoadContext(Path.GetFileName(libraryPath))
{
    private readonly string _folder = Path.GetDirectoryName(libraryPath)!;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        Path.Combine(_folder, assemblyName.Name + ".dll") is var candidate && File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
}
