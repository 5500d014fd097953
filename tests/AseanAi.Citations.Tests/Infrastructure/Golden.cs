namespace AseanAi.Citations.Tests.Infrastructure;

/// <summary>
/// Compares output with a golden file under tests/AseanAi.Citations.Tests/Golden/. On a mismatch it writes the output
/// beside the golden file as *.received.* so that the difference can be read (and, if right, copied over).
/// </summary>
internal static class Golden
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Tests", "Golden");

    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        var normalizedActual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        if (expected == normalizedActual)
        {
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, normalizedActual);
        normalizedActual.Should().Be(expected, $"the output should match {relativePath}; see {received}");
    }

    /// <summary>
    /// As <see cref="AssertMatches"/> for long line-oriented output, without failing: on a mismatch it returns how many
    /// lines differ and the first of them, instead of both texts whole (the whole output is in the *.received.* file);
    /// null when the output matches.
    /// </summary>
    public static string? Compare(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        var normalizedActual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        if (expected == normalizedActual)
        {
            File.Delete(received);
            return null;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, normalizedActual);
        var expectedLines = (expected ?? string.Empty).Split('\n');
        var actualLines = normalizedActual.Split('\n');
        var differing = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .Where(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]).ToList();
        var first = differing[0];
        return $"{relativePath}: {differing.Count} lines differ from the golden file (first at line {first + 1}: expected " +
            $"[{(first < expectedLines.Length ? expectedLines[first] : "<end>")}] got [{(first < actualLines.Length ? actualLines[first] : "<end>")}]); " +
            $"the whole output is in {received}; compare with git diff --no-index.";
    }
}
