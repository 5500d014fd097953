namespace AseanAi.Citations.Testing;

/// <summary>The reference data that tests and benchmarks read from outside the repository.</summary>
internal enum SharedDataKind
{
    /// <summary>The CSL processor test suite's fixtures (processor-tests/humans).</summary>
    CslTestSuite,

    /// <summary>Official CSL styles (.csl files).</summary>
    CslStyles,

    /// <summary>Official CSL locales (locales-xx-XX.xml).</summary>
    CslLocales,

    /// <summary>The shared seed documents that seeds/ copies byte for byte.</summary>
    Seeds,
}

/// <summary>
/// Finds data that does not live in the repository: first the data's own environment variable (CSL_TEST_SUITE,
/// CSL_STYLES, CSL_LOCALES), then <c>CITE_SHARED_DATA</c> as a root holding csl/ and seeds/, then ../shared beside the
/// checkout. A test that needs missing data is skipped with <see cref="MissingMessage"/>, unless
/// <c>CITE_REQUIRE_SHARED_DATA=1</c> (set by .ci/run): then the test runs and fails with that message, so a broken
/// path can never turn CI's tests into skips.
/// </summary>
internal static class SharedData
{
    public const string RootVariable = "CITE_SHARED_DATA";

    public const string RequireVariable = "CITE_REQUIRE_SHARED_DATA";

    /// <summary>Whether missing data fails the tests that need it instead of skipping them.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>The folder of <paramref name="kind"/>, or null when none of the places holds it.</summary>
    /// <param name="kind">The data.</param>
    /// <param name="environment">Reads an environment variable; the process's own when null (tests pass their own).</param>
    public static string? Find(SharedDataKind kind, Func<string, string?>? environment = null)
    {
        foreach (var candidate in Candidates(kind, environment ?? Environment.GetEnvironmentVariable))
        {
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>The folder of <paramref name="kind"/>; throws with <see cref="MissingMessage"/> when it is missing.</summary>
    public static string Require(SharedDataKind kind) =>
        Find(kind) ?? throw new DirectoryNotFoundException(MissingMessage(kind));

    /// <summary>Says what is missing, where it was looked for, how to point at it and where the data comes from.</summary>
    public static string MissingMessage(SharedDataKind kind, Func<string, string?>? environment = null)
    {
        var looked = string.Join(", ", Candidates(kind, environment ?? Environment.GetEnvironmentVariable).Select(p => "'" + Path.GetFullPath(p) + "'"));
        var (_, origin) = Sources(kind);
        var howToSet = HowToSet(kind);
        return $"{Describe(kind)} was not found (looked in {looked}). {char.ToUpperInvariant(howToSet[0])}{howToSet[1..]}; the data comes from {origin}.";
    }

    /// <summary>One line for a skipped test's name: what is missing and which variable to set.</summary>
    public static string ShortMissingMessage(SharedDataKind kind) => $"skipped: {Describe(kind)} was not found; {HowToSet(kind)}";

    private static string HowToSet(SharedDataKind kind) => Sources(kind).Variable is { } variable
        ? $"set {variable} to its folder, or {RootVariable} to a folder laid out as ../shared (csl/, seeds/)"
        : $"set {RootVariable} to a folder laid out as ../shared (csl/, seeds/)";

    private static (string? Variable, string Origin) Sources(SharedDataKind kind) => kind switch
    {
        SharedDataKind.CslTestSuite => ("CSL_TEST_SUITE", "the processor-tests/humans folder of https://github.com/citation-style-language/test-suite"),
        SharedDataKind.CslStyles => ("CSL_STYLES", "https://github.com/citation-style-language/styles"),
        SharedDataKind.CslLocales => ("CSL_LOCALES", "https://github.com/citation-style-language/locales"),
        _ => (null, "this project's shared folder (seeds/ holds the seed documents that seeds/ of the repository copies)"),
    };

    private static string Describe(SharedDataKind kind) => kind switch
    {
        SharedDataKind.CslTestSuite => "The CSL test suite",
        SharedDataKind.CslStyles => "The official CSL styles",
        SharedDataKind.CslLocales => "The official CSL locales",
        _ => "The shared seeds folder",
    };

    private static IEnumerable<string> Candidates(SharedDataKind kind, Func<string, string?> environment)
    {
        var own = Sources(kind).Variable;
        if (own is not null && environment(own) is { Length: > 0 } ownPath)
        {
            yield return ownPath;
        }

        var relative = kind switch
        {
            SharedDataKind.CslTestSuite => Path.Combine("csl", "test-suite", "processor-tests", "humans"),
            SharedDataKind.CslStyles => Path.Combine("csl", "styles"),
            SharedDataKind.CslLocales => Path.Combine("csl", "locales"),
            _ => "seeds",
        };
        if (environment(RootVariable) is { Length: > 0 } root)
        {
            yield return Path.Combine(root, relative);
        }

        if (FindRepositoryRoot() is { } repository)
        {
            yield return Path.Combine(repository, "..", "shared", relative);
        }
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
            {
                return directory.FullName;
            }
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
