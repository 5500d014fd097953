using AseanAi.Citations.Testing;

namespace AseanAi.Citations.Tests.Infrastructure;

public sealed class SharedDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cite-shared-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Find_RootVariable_FindsEachKindUnderIt()
    {
        foreach (var relative in new[] { "csl/test-suite/processor-tests/humans", "csl/styles", "csl/locales", "seeds" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, relative));
        }

        var environment = Environment(("CITE_SHARED_DATA", _folder));

        SharedData.Find(SharedDataKind.CslTestSuite, environment).Should().Be(Path.Combine(_folder, "csl", "test-suite", "processor-tests", "humans"));
        SharedData.Find(SharedDataKind.CslStyles, environment).Should().Be(Path.Combine(_folder, "csl", "styles"));
        SharedData.Find(SharedDataKind.CslLocales, environment).Should().Be(Path.Combine(_folder, "csl", "locales"));
        SharedData.Find(SharedDataKind.Seeds, environment).Should().Be(Path.Combine(_folder, "seeds"));
    }

    [Fact]
    public void Find_OwnVariable_ComesBeforeTheRoot()
    {
        var own = Directory.CreateDirectory(Path.Combine(_folder, "my-fixtures")).FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "csl", "test-suite", "processor-tests", "humans"));

        SharedData.Find(SharedDataKind.CslTestSuite, Environment(("CSL_TEST_SUITE", own), ("CITE_SHARED_DATA", _folder))).Should().Be(own);
    }

    [Fact]
    public void Find_OwnVariableNamingNoFolder_FallsBackToTheRoot()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "csl", "styles"));

        SharedData.Find(SharedDataKind.CslStyles, Environment(("CSL_STYLES", Path.Combine(_folder, "nowhere")), ("CITE_SHARED_DATA", _folder)))
            .Should().Be(Path.Combine(_folder, "csl", "styles"));
    }

    [Fact]
    public void MissingMessage_NamesTheVariableTheRootAndTheOrigin()
    {
        var environment = Environment(("CITE_SHARED_DATA", Path.Combine(_folder, "empty")));

        var message = SharedData.MissingMessage(SharedDataKind.CslTestSuite, environment);

        message.Should().Contain("CSL_TEST_SUITE").And.Contain("CITE_SHARED_DATA")
            .And.Contain("citation-style-language/test-suite").And.Contain(Path.Combine(_folder, "empty"));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
