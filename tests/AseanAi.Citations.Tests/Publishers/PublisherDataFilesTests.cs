using AseanAi.Citations.Publishers;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>
/// The checker of the built-in data files (Publishers/Data/*.json): each file names its authoritative list, every
/// domain fits its organisation's country, no name is given twice across files, and the history links both ways.
/// </summary>
public class PublisherDataFilesTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    // Country-code domains (for national bodies; an international body may live on a host's site) whose government, academic or company second levels belong to one country.
    private static readonly (string Suffix, string Country)[] NationalSuffixes =
    [
        (".go.jp", "JP"), (".ac.jp", "JP"), (".gov.tw", "TW"), (".edu.tw", "TW"), (".gov.cn", "CN"), (".ac.cn", "CN"), (".edu.cn", "CN"),
        (".go.kr", "KR"), (".re.kr", "KR"), (".ac.kr", "KR"), (".gov.sg", "SG"), (".edu.sg", "SG"), (".go.th", "TH"), (".ac.th", "TH"),
        (".gov.vn", "VN"), (".edu.vn", "VN"), (".go.id", "ID"), (".ac.id", "ID"), (".gov.my", "MY"), (".edu.my", "MY"),
        (".gov.ph", "PH"), (".edu.ph", "PH"), (".gov.kh", "KH"), (".gov.la", "LA"), (".gov.mm", "MM"), (".gov.bn", "BN"), (".gov.hk", "HK"),
    ];

    public static TheoryData<string> FileNames() => [.. PublisherRegistryBuilder.BuiltInFileNames()];

    [Theory]
    [MemberData(nameof(FileNames))]
    public void EveryFile_NamesItsAuthoritativeList(string fileName)
    {
        var (entries, _) = PublisherRegistryBuilder.ReadBuiltInFile(fileName);

        entries.Should().NotBeEmpty();
        entries.Where(e => e.Publisher.Sources.Length < 2 && e.Publisher.Sources.All(s => s.Host == "www." + e.Publisher.Domains.FirstOrDefault()))
            .Select(e => e.Publisher.Id)
            .Should().BeEmpty("each entry names its own page and the list it comes from (the file's \"source\" or its own)");
    }

    [Fact]
    public void EveryDomain_FitsItsOrganisationsCountry()
    {
        var misfits = from publisher in Registry.Publishers
                      from domain in publisher.Domains
                      let host = domain.Split('/')[0]
                      from suffix in NationalSuffixes
                      where publisher.Country.Length == 2 && ("." + host).EndsWith(suffix.Suffix, StringComparison.Ordinal) && publisher.Country != suffix.Country
                      select $"{publisher.Id} ({publisher.Country}): {domain}";

        misfits.Should().BeEmpty();
    }

    [Fact]
    public void NoOfficialName_IsGivenTwiceInOneCountry()
    {
        // Two bodies of one country never share an official name, unless one followed the other (a renaming keeps
        // the name of the body that went on).
        var twins = Registry.Publishers
            .SelectMany(p => p.Names.Select(n => (Key: p.Country + "|" + ScriptFolding.Key(n.Text), Publisher: p)))
            .GroupBy(x => x.Key)
            .Select(g => g.Select(x => x.Publisher).Distinct().ToList())
            .Where(g => g.Count > 1 && !g.Any(a => g.Any(b => a != b && (a.SuccessorIds.Contains(b.Id) || a.PredecessorIds.Contains(b.Id) || a.ParentId == b.Id || b.ParentId == a.Id))))
            .Select(g => string.Join(" = ", g.Select(p => p.ToString())));

        twins.Should().BeEmpty();
    }

    [Fact]
    public void History_LinksBothWaysAndEndsBeforeItsSuccessorStarts()
    {
        var problems = new List<string>();
        foreach (var publisher in Registry.Publishers)
        {
            foreach (var successor in Registry.GetSuccessors(publisher))
            {
                if (!successor.PredecessorIds.Contains(publisher.Id))
                {
                    problems.Add($"{successor.Id} does not list {publisher.Id} among its predecessors");
                }
            }

            foreach (var predecessor in Registry.GetPredecessors(publisher))
            {
                if (!predecessor.SuccessorIds.Contains(publisher.Id))
                {
                    problems.Add($"{predecessor.Id} does not list {publisher.Id} among its successors");
                }

                if (predecessor.ValidTo is null)
                {
                    problems.Add($"{predecessor.Id} precedes {publisher.Id} but has no end (validTo)");
                }
                else if (publisher.ValidFrom is { } from && predecessor.ValidTo.Value >= from && !publisher.SuccessorIds.IsEmpty)
                {
                    problems.Add($"{predecessor.Id} ends after {publisher.Id} starts");
                }
            }

            if (!publisher.SuccessorIds.IsEmpty && publisher.ValidTo is null)
            {
                problems.Add($"{publisher.Id} has successors but no end (validTo)");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void EveryDataFile_LoadsWithoutProblems()
    {
        var total = PublisherRegistryBuilder.BuiltInFileNames().Sum(name => PublisherRegistryBuilder.ReadBuiltInFile(name).Entries.Count);

        total.Should().Be(Registry.Count);
    }
}
