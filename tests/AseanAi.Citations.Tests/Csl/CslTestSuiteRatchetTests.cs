using System.Globalization;
using AseanAi.Citations.Csl.TestSuite;
using AseanAi.Citations.Testing;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// Runs the official CSL processor test suite with the same code as the console runner and fails when fewer fixtures
/// pass than the ratchet committed in tests/AseanAi.Citations.Csl.TestSuite/ratchet.txt. Raise the ratchet when more
/// fixtures pass; never lower it.
/// </summary>
public class CslTestSuiteRatchetTests
{
    [SharedDataFact(SharedDataKind.CslTestSuite)]
    public void RunAll_OfficialFixtures_PassAtLeastTheRatchet()
    {
        var directory = SharedData.Require(SharedDataKind.CslTestSuite);

        var ratchetPath = Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Csl.TestSuite", "ratchet.txt");
        var ratchet = int.Parse(File.ReadAllText(ratchetPath).Trim(), CultureInfo.InvariantCulture);

        var outcomes = FixtureRunner.RunAll(directory);
        var passed = outcomes.Count(o => o.Passed);

        passed.Should().BeGreaterThanOrEqualTo(
            ratchet,
            $"{ratchet} fixtures passed when the ratchet was last raised; now failing: {string.Join(", ", outcomes.Where(o => !o.Passed).Select(o => o.Fixture.Name).Take(40))}");
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
