using AseanAi.Citations.Testing;

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

    [SharedDataFact(SharedDataKind.Seeds)]
    public void Seeds_MatchSharedSeedsByteForByte()
    {
        var sharedSeeds = Directory.GetFiles(SharedData.Require(SharedDataKind.Seeds));
        sharedSeeds.Should().NotBeEmpty();
        foreach (var sharedFile in sharedSeeds)
        {
            var ours = Path.Combine(RepositoryPaths.Seeds, Path.GetFileName(sharedFile));
            File.Exists(ours).Should().BeTrue($"seeds/ must hold a copy of {Path.GetFileName(sharedFile)}");
            File.ReadAllBytes(ours).Should().Equal(File.ReadAllBytes(sharedFile));
        }
    }
}
