namespace AseanAi.Citations.Testing;

/// <summary>
/// Compares output with a golden file as text (line ends normalised). On a mismatch it writes the output beside the
/// golden file as *.received.* so that the difference can be read (and, if right, copied over); on a match it deletes
/// a stale *.received.* file. Each test project's Golden helper names its own folder and calls this.
/// </summary>
internal static class GoldenText
{
    /// <summary>Null when <paramref name="actual"/> matches the file at <paramref name="path"/>; else the expected text (null when the file is missing) and the path of the received file.</summary>
    public static (bool Matches, string? Expected, string Received, string Actual) Check(string path, string actual)
    {
        var normalizedActual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        if (expected == normalizedActual)
        {
            File.Delete(received);
            return (true, expected, received, normalizedActual);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, normalizedActual);
        return (false, expected, received, normalizedActual);
    }

    /// <summary>
    /// Null when the output matches; else how many lines differ and the first of them, instead of both texts whole (the
    /// whole output is in the *.received.* file).
    /// </summary>
    public static string? Compare(string path, string name, string actual)
    {
        var (matches, expected, received, normalizedActual) = Check(path, actual);
        if (matches)
        {
            return null;
        }

        var expectedLines = (expected ?? string.Empty).Split('\n');
        var actualLines = normalizedActual.Split('\n');
        var differing = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .Where(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]).ToList();
        var first = differing[0];
        return $"{name}: {differing.Count} lines differ from the golden file (first at line {first + 1}: expected " +
            $"[{(first < expectedLines.Length ? expectedLines[first] : "<end>")}] got [{(first < actualLines.Length ? actualLines[first] : "<end>")}]); " +
            $"the whole output is in {received}; compare with git diff --no-index.";
    }
}
