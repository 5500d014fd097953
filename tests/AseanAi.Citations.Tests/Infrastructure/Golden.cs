using AseanAi.Citations.Testing;

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
        var (matches, expected, received, normalizedActual) = GoldenText.Check(Path.Combine(Directory, relativePath), actual);
        if (!matches)
        {
            normalizedActual.Should().Be(expected, $"the output should match {relativePath}; see {received}");
        }
    }

    /// <summary>
    /// As <see cref="AssertMatches"/> for long line-oriented output, without failing: on a mismatch it returns how many
    /// lines differ and the first of them, instead of both texts whole (the whole output is in the *.received.* file);
    /// null when the output matches.
    /// </summary>
    public static string? Compare(string relativePath, string actual) =>
        GoldenText.Compare(Path.Combine(Directory, relativePath), relativePath, actual);
}
