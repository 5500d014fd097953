namespace AseanAi.Citations.Tests.Infrastructure;

public class SeedsTests
{
    [Fact]
    public void SeedDocument_IsPresentAndUtf8()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SeedDocument);
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        text.Should().StartWith("[機搜] 日本與東南亞的 AI 合作戰略");
        text.Should().Contain("參考文獻");
    }

    [Fact]
    public void Seeds_MatchSharedSeedsByteForByte()
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null || !Directory.Exists(Path.Combine(shared, "seeds")))
        {
            // Outside this workplace there is no ../shared to compare with; the files themselves are tested above.
            return;
        }

        var sharedSeeds = Directory.GetFiles(Path.Combine(shared, "seeds"));
        sharedSeeds.Should().NotBeEmpty();
        foreach (var sharedFile in sharedSeeds)
        {
            var ours = Path.Combine(RepositoryPaths.Seeds, Path.GetFileName(sharedFile));
            File.Exists(ours).Should().BeTrue($"seeds/ must hold a copy of {Path.GetFileName(sharedFile)}");
            File.ReadAllBytes(ours).Should().Equal(File.ReadAllBytes(sharedFile));
        }
    }
}
