using System.Collections.Immutable;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Tests.Publishers;

public class PublisherRegistryBuilderTests
{
    private static Publisher Example(string id = "jp.example", params string[] domains) =>
        new(id, PublisherKind.ResearchInstitute, "JP", [new LocalizedText("例示研究所", "ja"), new LocalizedText("Example Institute", "en")])
        {
            Abbreviations = ["EXI"],
            Domains = [.. domains],
            ParentId = "jp.meti",
            Sources = [new Uri("https://example.jp/")],
        };

    [Fact]
    public void Add_PublisherFromCode_ResolvesByNameUrlAndMention()
    {
        var registry = PublisherRegistry.CreateBuilder().Add(Example(domains: "example.jp")).Build();

        registry.Count.Should().Be(PublisherRegistry.Default.Count + 1);
        registry.TryResolve("例示研究所", out var byName).Should().BeTrue();
        byName!.Id.Should().Be("jp.example");
        registry.TryResolveUrl(new Uri("https://www.example.jp/a"), out var byUrl).Should().BeTrue();
        byUrl!.Id.Should().Be("jp.example");
        registry.FindMentions("経済産業省の例示研究所(EXI)").Select(m => m.Publisher!.Id).Should().Equal("jp.meti", "jp.example", "jp.example");
        PublisherRegistry.Default.TryResolve("例示研究所", out _).Should().BeFalse();
    }

    [Fact]
    public void Add_DuplicateId_IsRejectedClearly()
    {
        var builder = PublisherRegistry.CreateBuilder();

        var act = () => builder.Add(Example("jp.mofa"));

        act.Should().Throw<PublisherDataException>()
            .WithMessage("*'jp.mofa' is already defined (built-in jp.json(*)*override*AddOrReplace*");
    }

    [Fact]
    public void AddOrReplace_ExistingId_ReplacesTheEntry()
    {
        var registry = PublisherRegistry.CreateBuilder().AddOrReplace(Example("jp.mofa", "mofa.go.jp")).Build();

        registry.TryGetById("jp.mofa", out var mofa).Should().BeTrue();
        mofa!.Name.Should().Be("例示研究所");
        registry.TryResolve("外務省", out _).Should().BeFalse();
        registry.TryResolveUrl(new Uri("https://www.mofa.go.jp/"), out var byUrl).Should().BeTrue();
        byUrl!.Name.Should().Be("例示研究所");
    }

    [Fact]
    public void Remove_KnownId_RemovesIt_UnknownId_Throws()
    {
        var registry = PublisherRegistry.CreateBuilder().Remove("jp.nikkeibp").Build();

        registry.TryGetById("jp.nikkeibp", out _).Should().BeFalse();
        var act = () => PublisherRegistry.CreateBuilder().Remove("jp.none");
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Build_ConflictingDomain_IsRejectedClearly()
    {
        var act = () => PublisherRegistry.CreateBuilder().Add(Example(domains: "www.mofa.go.jp/x")).Add(Example("jp.example2", "jst.go.jp")).Build();

        act.Should().Throw<PublisherDataException>()
            .WithMessage("*The domain 'jst.go.jp' of 'jp.example2' is already claimed by 'jp.jst' (built-in jp.json*");
    }

    [Fact]
    public void Build_SharedSuffixAsDomain_IsRejected()
    {
        var act = () => PublisherRegistry.CreateBuilder().Add(Example(domains: "go.jp")).Build();

        act.Should().Throw<PublisherDataException>().WithMessage("*'go.jp' is a suffix that many organisations share*");
    }

    [Fact]
    public void Build_UnknownParentOrLoop_IsRejected()
    {
        var orphan = Example() with { ParentId = "jp.nowhere" };
        var a = Example("jp.a") with { ParentId = "jp.b" };
        var b = Example("jp.b") with { ParentId = "jp.a" };

        var actOrphan = () => new PublisherRegistryBuilder().Add(orphan).Build();
        var actLoop = () => new PublisherRegistryBuilder().Add(a).Add(b).Build();

        actOrphan.Should().Throw<PublisherDataException>().WithMessage("*parent 'jp.nowhere' of 'jp.example' is not in the registry*");
        actLoop.Should().Throw<PublisherDataException>().WithMessage("*parents of 'jp.a' lead back to it*");
    }

    [Fact]
    public void AddJsonFile_ValidFile_AddsAndOverridesEntries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"publishers-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "format": "aseanai-publishers/1",
              // Comments are allowed in custom files.
              "publishers": [
                { "id": "jp.tokyo-metro-gov", "kind": "government-agency", "country": "JP",
                  "names": { "ja": "東京都", "en": "Tokyo Metropolitan Government" },
                  "aliases": ["都庁"], "domains": ["metro.tokyo.lg.jp"], "sources": ["https://www.metro.tokyo.lg.jp/"] },
                { "id": "jp.nhk", "kind": "news-media", "country": "JP", "override": true,
                  "names": { "ja": "NHK（日本放送協会）", "en": "NHK" }, "domains": ["nhk.or.jp"] },
              ]
            }
            """);
        try
        {
            var registry = PublisherRegistry.CreateBuilder().AddJsonFile(path).Build();

            registry.TryResolve("東京都 デジタルサービス局", out var tokyo).Should().BeTrue();
            tokyo!.Id.Should().Be("jp.tokyo-metro-gov");
            registry.Resolve("東京都 デジタルサービス局").Unit.Should().Be("デジタルサービス局");
            registry.TryGetById("jp.nhk", out var nhk).Should().BeTrue();
            nhk!.Name.Should().Be("NHK（日本放送協会）");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddJsonFile_MalformedJson_NamesFileLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"publishers\": [\n    { \"id\": \"jp.x\", \"kind\": \"company\"\n      \"country\": \"JP\" }\n  ]\n}\n");
        try
        {
            var act = () => new PublisherRegistryBuilder().AddJsonFile(path);

            var error = act.Should().Throw<PublisherDataException>().Which;
            error.SourceName.Should().Be(path);
            error.Line.Should().Be(4);
            error.Field.Should().Be("publishers[0].kind");
            error.Message.Should().StartWith(path + "(4,").And.Contain("Invalid JSON");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "ministry", "country": "JP", "names": { "ja": "x" } } ] }""", 1, "publishers[0].kind", "'ministry' is not a publisher kind; expected one of other, government, government-ministry")]
    [InlineData("""{ "publishers": [ { "id": "JP.X", "kind": "company", "country": "JP", "names": { "ja": "x" } } ] }""", 1, "publishers[0].id", "must be lower-case ASCII")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "Japan", "names": { "ja": "x" } } ] }""", 1, "publishers[0].country", "ISO 3166-1 alpha-2")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP" } ] }""", 1, "publishers[0].names", "Missing the required field 'names'")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "ja": "x" }, "domain": ["x.jp"] } ] }""", 1, "publishers[0].domain", "Unknown field 'domain' (did you mean 'domains'?)")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "ja": "x" }, "domains": ["https://x.jp/"] } ] }""", 1, "publishers[0].domains[0]", "without scheme")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "ja": "x" }, "sources": ["x.jp"] } ] }""", 1, "publishers[0].sources[0]", "not an absolute address")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "jp-": "x" } } ] }""", 1, "publishers[0].names.jp-", "BCP 47")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "ja": "x" }, "aliases": "x" } ] }""", 1, "publishers[0].aliases", "Expected an array of strings, found a string")]
    [InlineData("""{ "publishers": [ { "id": "jp.x", "kind": "company", "country": "JP", "names": { "ja": "  " } } ] }""", 1, "publishers[0].names.ja", "empty")]
    [InlineData("""{ "publishers": [ { "id": "jp.new", "kind": "company", "country": "JP", "names": { "ja": "x" }, "override": true } ] }""", 1, "publishers[0].override", "no entry has the id 'jp.new'")]
    [InlineData("""{ "publisher": [] }""", 1, "publisher", "Unknown field 'publisher' (did you mean 'publishers'?)")]
    [InlineData("""{ "publishers": [], "legalPrefixes": ["x"] }""", 1, "legalPrefixes", "belongs to the built-in data only")]
    [InlineData("""[]""", 1, "$", "Expected a JSON object")]
    [InlineData("", 1, "$", "The file is empty")]
    public void AddJson_WrongField_NamesSourceLineAndField(string json, int line, string field, string problem)
    {
        var act = () => PublisherRegistry.CreateBuilder().AddJson(json, "custom.json");

        var error = act.Should().Throw<PublisherDataException>().Which;
        error.SourceName.Should().Be("custom.json");
        error.Line.Should().Be(line);
        error.Field.Should().Be(field);
        error.Message.Should().Contain(problem).And.StartWith("custom.json(");
    }

    [Fact]
    public void AddJson_SeveralProblems_ListsThemAllWithLines()
    {
        const string json = """
            {
              "publishers": [
                { "id": "jp.a", "kind": "company", "country": "JP", "names": { "ja": "甲" } },
                { "id": "jp.a", "kind": "company", "country": "JP", "names": { "ja": "乙" } },
                { "id": "jp.c", "kind": "bank", "country": "JP", "names": { "ja": "丙" } }
              ]
            }
            """;

        var act = () => new PublisherRegistryBuilder().AddJson(json, "many.json");

        var error = act.Should().Throw<PublisherDataException>().Which;
        error.Problems.Should().ContainSingle(p => p.StartsWith("many.json(5,", StringComparison.Ordinal) && p.Contains("'bank' is not a publisher kind"));
        error.Line.Should().Be(5);
    }

    [Fact]
    public void AddJson_DuplicateIdInOneFile_NamesBothPlaces()
    {
        const string json = """
            {
              "publishers": [
                { "id": "jp.a", "kind": "company", "country": "JP", "names": { "ja": "甲" } },
                { "id": "jp.a", "kind": "company", "country": "JP", "names": { "ja": "乙" } }
              ]
            }
            """;

        var act = () => new PublisherRegistryBuilder().AddJson(json, "twice.json");

        act.Should().Throw<PublisherDataException>().WithMessage("twice.json(4,5): publishers[1].id: The id 'jp.a' is defined twice, also at twice.json(3,5): publishers[0].");
    }

    [Fact]
    public void AddJsonFile_MissingFile_ThrowsIOException()
    {
        var act = () => new PublisherRegistryBuilder().AddJsonFile(Path.Combine(Path.GetTempPath(), "no-such-publishers.json"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void EmptyBuilder_BuildsAnEmptyRegistryThatStillStripsLegalForms()
    {
        var registry = new PublisherRegistryBuilder().Add(Example() with { ParentId = null }).Build();

        registry.Count.Should().Be(1);
        registry.TryResolve("株式会社例示研究所", out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be("jp.example");
        registry.Publishers.Should().ContainSingle();
        registry.FindMentions("外務省").Should().BeEmpty();
    }

    [Fact]
    public void Build_TwiceFromOneBuilder_GivesIndependentRegistries()
    {
        var builder = new PublisherRegistryBuilder().Add(Example() with { ParentId = null });
        var first = builder.Build();
        builder.Add(Example("jp.second") with { ParentId = null, Abbreviations = ImmutableArray<string>.Empty });

        first.Count.Should().Be(1);
        builder.Build().Count.Should().Be(2);
    }
}
