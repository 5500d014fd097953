using AseanAi.Citations.Csl.TestSuite;
using AseanAi.Citations.Testing;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// Runs the official CSL processor test suite with the same code as the console runner and fails when any fixture listed
/// in tests/AseanAi.Citations.Csl.TestSuite/ratchet.txt fails. Raise the ratchet (the runner's --write-ratchet) when
/// more fixtures pass; never remove a name.
/// </summary>
public class CslTestSuiteRatchetTests
{
    [SharedDataFact(SharedDataKind.CslTestSuite)]
    public void RunAll_OfficialFixtures_PassAtLeastTheRatchet()
    {
        var directory = SharedData.Require(SharedDataKind.CslTestSuite);

        var ratchetPath = Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Csl.TestSuite", "ratchet.txt");
        var ratchet = RatchetFile.Read(ratchetPath);

        var outcomes = FixtureRunner.RunAll(directory).ToDictionary(o => o.Fixture.Name, StringComparer.Ordinal);
        var regressed = ratchet.Where(name => !outcomes.TryGetValue(name, out var outcome) || !outcome.Passed).ToList();

        ratchet.Should().HaveCountGreaterThanOrEqualTo(677, "the ratchet lists every fixture that passed when it was raised");
        regressed.Should().BeEmpty(
            $"{ratchet.Count} fixtures passed when the ratchet was last raised; {outcomes.Values.Count(o => o.Passed)} pass now");
    }

    [SharedDataFact(SharedDataKind.CslTestSuite)]
    public void Run_AsianGlyphsFixture_RendersFamilyFirstWithoutSpace()
    {
        var path = Path.Combine(SharedData.Require(SharedDataKind.CslTestSuite), "name_AsianGlyphs.txt");
        File.Exists(path).Should().BeTrue("the test suite holds name_AsianGlyphs.txt");

        var outcome = FixtureRunner.Run(Fixture.Read(path));

        outcome.Actual.Should().Be("我妻栄");
        outcome.Passed.Should().BeTrue();
    }
}
