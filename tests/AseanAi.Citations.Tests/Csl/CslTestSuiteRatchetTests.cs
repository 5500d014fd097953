using System.Globalization;
using AseanAi.Citations.Csl.TestSuite;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// Runs the official CSL processor test suite with the same code as the console runner and fails when fewer fixtures
/// pass than the ratchet committed in tests/AseanAi.Citations.Csl.TestSuite/ratchet.txt. Raise the ratchet when more
/// fixtures pass; never lower it.
/// </summary>
public class CslTestSuiteRatchetTests
{
    [Fact]
    public void RunAll_OfficialFixtures_PassAtLeastTheRatchet()
    {
        var directory = FixtureRunner.FindFixtures(argument: null);
        if (directory is null || !Directory.Exists(directory))
        {
            Assert.Fail(
                $"The CSL test-suite fixtures were not found at '{directory}'. They are read from ../shared/csl/test-suite/processor-tests/humans " +
                "beside the repository, or from the folder named by the CSL_TEST_SUITE environment variable.");
        }

        var ratchetPath = Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Csl.TestSuite", "ratchet.txt");
        var ratchet = int.Parse(File.ReadAllText(ratchetPath).Trim(), CultureInfo.InvariantCulture);

        var outcomes = FixtureRunner.RunAll(directory);
        var passed = outcomes.Count(o => o.Passed);

        passed.Should().BeGreaterThanOrEqualTo(
            ratchet,
            $"{ratchet} fixtures passed when the ratchet was last raised; now failing: {string.Join(", ", outcomes.Where(o => !o.Passed).Select(o => o.Fixture.Name).Take(40))}");
    }

    [Fact]
    public void Run_AsianGlyphsFixture_RendersFamilyFirstWithoutSpace()
    {
        var directory = FixtureRunner.FindFixtures(argument: null);
        var path = directory is null ? null : Path.Combine(directory, "name_AsianGlyphs.txt");
        if (path is null || !File.Exists(path))
        {
            Assert.Fail($"The CSL test-suite fixture name_AsianGlyphs.txt was not found under '{directory}'.");
        }

        var outcome = FixtureRunner.Run(Fixture.Read(path));

        outcome.Actual.Should().Be("我妻栄");
        outcome.Passed.Should().BeTrue();
    }
}
