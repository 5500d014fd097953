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
}
