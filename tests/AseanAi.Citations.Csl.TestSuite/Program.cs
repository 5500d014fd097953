using System.Globalization;
using AseanAi.Citations.Csl.TestSuite;

// Usage: dotnet run --project tests/AseanAi.Citations.Csl.TestSuite -- [FIXTURES_DIR] [--verbose] [--filter TEXT] [--write-ratchet]
// --write-ratchet rewrites ratchet.txt (beside the project) with the fixtures that pass now; it never drops one the
// file already lists, so a regression still fails CslTestSuiteRatchetTests until it is fixed.
var verbose = args.Contains("--verbose");
var writeRatchet = args.Contains("--write-ratchet");
var filterIndex = Array.IndexOf(args, "--filter");
var filter = filterIndex >= 0 && filterIndex + 1 < args.Length ? args[filterIndex + 1] : null;
var directoryArgument = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (filterIndex < 0 || i != filterIndex + 1)).FirstOrDefault();
var directory = FixtureRunner.FindFixtures(directoryArgument);
if (directory is null || !Directory.Exists(directory))
{
    Console.Error.WriteLine(directoryArgument is null
        ? AseanAi.Citations.Testing.SharedData.MissingMessage(AseanAi.Citations.Testing.SharedDataKind.CslTestSuite) + " Or pass the folder as an argument."
        : $"The CSL test-suite fixtures folder '{directoryArgument}' does not exist.");
    return 2;
}

IReadOnlyList<FixtureOutcome> outcomes;
if (filter is not null)
{
    outcomes = [.. Directory.EnumerateFiles(directory, "*.txt").Where(f => Path.GetFileName(f).Contains(filter, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Select(f => FixtureRunner.Run(Fixture.Read(f)))];
}
else
{
    outcomes = FixtureRunner.RunAll(directory);
}

foreach (var group in outcomes.GroupBy(o => o.Fixture.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-16} {group.Count(o => o.Passed),4}/{group.Count(),-4}"));
}

if (verbose)
{
    foreach (var outcome in outcomes.Where(o => !o.Passed))
    {
        Console.WriteLine($"--- FAIL {outcome.Fixture.Name}");
        Console.WriteLine("expected: " + outcome.Fixture.Expected);
        Console.WriteLine("actual:   " + outcome.Actual);
    }
}
else
{
    var failed = outcomes.Where(o => !o.Passed).Select(o => o.Fixture.Name).ToList();
    if (failed.Count > 0 && Environment.GetEnvironmentVariable("CSL_LIST_FAILURES") == "1")
    {
        Console.WriteLine("failed: " + string.Join(" ", failed));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {outcomes.Count(o => o.Passed)}/{outcomes.Count} passed"));
if (writeRatchet)
{
    var path = RatchetFile.FindSource();
    var kept = RatchetFile.Read(path);
    var regressed = kept.Where(name => outcomes.Any(o => o.Fixture.Name == name && !o.Passed)).ToList();
    if (regressed.Count > 0)
    {
        Console.Error.WriteLine("not written: listed fixtures now fail: " + string.Join(" ", regressed));
        return 1;
    }

    RatchetFile.Write(path, kept.Union(outcomes.Where(o => o.Passed).Select(o => o.Fixture.Name), StringComparer.Ordinal));
    Console.WriteLine("ratchet written: " + path);
}

return 0;
