namespace AseanAi.Citations.Csl.TestSuite;

/// <summary>
/// ratchet.txt: the names of the fixtures that passed when it was last raised, one a line, sorted (lines starting
/// with '#' are comments). Every listed fixture must keep passing, so a regression fails even when another fixture
/// starts to pass at the same time.
/// </summary>
public static class RatchetFile
{
    private const string RelativePath = "tests/AseanAi.Citations.Csl.TestSuite/ratchet.txt";

    /// <summary>The listed fixture names; an empty list when the file does not exist.</summary>
    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path)
            ? [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
            : [];

    /// <summary>Writes the names sorted and without repeats, under a comment that says what the file is.</summary>
    public static void Write(string path, IEnumerable<string> names)
    {
        var sorted = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        File.WriteAllLines(path, [
            "# Official CSL test-suite fixtures that pass; CslTestSuiteRatchetTests fails when any of them fails.",
            "# Raise with: dotnet run --project tests/AseanAi.Citations.Csl.TestSuite -c Release -- --write-ratchet",
            $"# {sorted.Count} fixtures",
            .. sorted,
        ]);
    }

    /// <summary>ratchet.txt in the checkout: searched upwards from the working folder, then from the program.</summary>
    public static string FindSource()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), RelativePath);
    }
}
