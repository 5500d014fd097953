namespace AseanAi.Citations.Tests.Infrastructure;

/// <summary>Finds the repository's folders from the test binaries, wherever the clone lives.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedDocument => Path.Combine(Seeds, "000_ac0a5415ceaa11bb.txt");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("Cannot find AseanAi.Citations.sln above " + AppContext.BaseDirectory);
    }
}
