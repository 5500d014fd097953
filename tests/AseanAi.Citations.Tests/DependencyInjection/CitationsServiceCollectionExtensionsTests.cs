using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AseanAi.Citations.Tests.DependencyInjection;

public sealed class CitationsServiceCollectionExtensionsTests : IDisposable
{
    private const string TokyoLine = "東京都「デジタルサービス局の取組」(令和7年10月26日) https://www.metro.tokyo.lg.jp/information/press/2025/10/26_01";

    private readonly string _directory = Directory.CreateTempSubdirectory("aseanai-di-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddAseanAiCitations_Defaults_ResolvesEveryServiceFromARealContainer()
    {
        using var provider = Build(services => services.AddAseanAiCitations());

        provider.GetRequiredService<PublisherRegistry>().Should().BeSameAs(PublisherRegistry.Default);
        var parser = provider.GetRequiredService<ReferenceParser>();
        parser.Parse("「日本、ASEANとAIで協力」 https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/").Value!.Publisher!.Id.Should().Be("jp.nikkei");
        provider.GetRequiredService<ReferenceParserOptions>().MaxLineLength.Should().Be(ReferenceParserOptions.Default.MaxLineLength);
        var documentOptions = provider.GetRequiredService<CitedDocumentOptions>();
        documentOptions.Parser.Should().BeSameAs(parser);
        var document = await provider.GetRequiredService<PlainTextDocumentReader>().ReadTextAsync(
            "本文[1]。\n\n参考文献\n[1] 経済産業省「日ASEAN経済共創ビジョン」(2023年8月22日) https://www.meti.go.jp/press/2023/08/20230822005/20230822005.html\n",
            documentOptions);
        document.References.Should().ContainSingle().Which.Citation.Publisher!.Id.Should().Be("jp.meti");
        provider.GetRequiredService<CslStyle>().Id.Should().Be(CslStyle.BuiltIn("sist02").Id);
        provider.GetRequiredService<CslLocales>().Should().BeSameAs(CslLocales.BuiltIn);
        var processor = provider.GetRequiredService<CslProcessor>();
        processor.Options.Should().BeSameAs(provider.GetRequiredService<CslProcessorOptions>());
        processor.FormatBibliography(CslItems.FromCitations(document.References.Select(r => r.Citation)))
            .Should().ContainSingle().Which.Should().Contain("日ASEAN経済共創ビジョン");
    }

    [Fact]
    public async Task AddAseanAiCitations_PublisherFile_ParserAndDocumentsResolveItsEntries()
    {
        var path = WritePublisherFile("""
            { "id": "jp.tokyo-metro-gov", "kind": "government-agency", "country": "JP",
              "names": { "ja": "東京都", "en": "Tokyo Metropolitan Government" }, "domains": ["metro.tokyo.lg.jp"] }
            """);
        using var provider = Build(services => services.AddAseanAiCitations(options => options.PublisherFiles.Add(path)));

        var registry = provider.GetRequiredService<PublisherRegistry>();
        registry.Count.Should().Be(PublisherRegistry.Default.Count + 1);
        var citation = provider.GetRequiredService<ReferenceParser>().Parse(TokyoLine).Value!;
        citation.Publisher!.Id.Should().Be("jp.tokyo-metro-gov");
        ReferenceParser.Default.Parse(TokyoLine).Value!.Publisher?.Id.Should().NotBe("jp.tokyo-metro-gov", "the default parser must not see the custom entry");
        var document = await PlainTextDocumentReader.Instance.ReadTextAsync("東京都は生成AIの利用指針を公表した。\n", provider.GetRequiredService<CitedDocumentOptions>());
        document.UnbackedMentions.Should().Contain(m => m.PublisherId == "jp.tokyo-metro-gov");
        var plain = await PlainTextDocumentReader.Instance.ReadTextAsync("東京都は生成AIの利用指針を公表した。\n");
        plain.UnbackedMentions.Should().NotContain(m => m.PublisherId == "jp.tokyo-metro-gov");
    }

    [Fact]
    public void AddAseanAiCitations_PublishersFromCodeWithoutBuiltIns_RegistryHoldsOnlyThem()
    {
        var example = new Publisher("jp.example", PublisherKind.ResearchInstitute, "JP", [new LocalizedText("例示研究所", "ja")]) { Domains = ["example.jp"] };
        using var provider = Build(services => services.AddAseanAiCitations(options =>
        {
            options.IncludeBuiltInPublishers = false;
            options.Publishers.Add(example);
        }));

        var registry = provider.GetRequiredService<PublisherRegistry>();
        registry.Count.Should().Be(1);
        registry.TryResolveUrl(new Uri("https://www.example.jp/report"), out var publisher).Should().BeTrue();
        publisher!.Id.Should().Be("jp.example");
        provider.GetRequiredService<ReferenceParser>().Parse("「報告書」 https://www.example.jp/report").Value!.Publisher!.Id.Should().Be("jp.example");
    }

    [Fact]
    public void AddAseanAiCitations_CalledTwice_AddsNoDuplicateServicesAndRunsBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddAseanAiCitations(options => options.Style = "apa");
        var once = services.Count;
        services.AddAseanAiCitations(options => options.Locale = "ja-JP");
        services.AddAseanAiCitations();

        services.Count.Should().Be(once + 1, "only the second configure delegate is added");
        services.Count(d => d.ServiceType == typeof(IConfigureOptions<CitationsOptions>)).Should().Be(2);
        services.GroupBy(d => d.ServiceType).Where(g => g.Key != typeof(IConfigureOptions<CitationsOptions>))
            .Should().OnlyContain(g => g.Count() == 1);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var options = provider.GetRequiredService<IOptions<CitationsOptions>>().Value;
        options.Style.Should().Be("apa");
        options.Locale.Should().Be("ja-JP");
        provider.GetRequiredService<CslProcessor>().Locale.Should().Be("ja-JP");
        provider.GetRequiredService<CslStyle>().Id.Should().Be(CslStyle.BuiltIn("apa").Id);
    }

    [Fact]
    public void AddAseanAiCitations_RegistryRegisteredBefore_IsKept()
    {
        var own = PublisherRegistry.CreateBuilder().Build();
        using var provider = Build(services => services.AddSingleton(own).AddAseanAiCitations());

        provider.GetRequiredService<PublisherRegistry>().Should().BeSameAs(own);
        provider.GetRequiredService<ReferenceParserOptions>().Publishers.Should().BeSameAs(own);
    }

    [Fact]
    public void AddAseanAiCitations_StyleFile_IsLoaded()
    {
        var path = Path.Combine(_directory, "mine.csl");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Mine</title><id>http://example.org/styles/mine</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout><text variable="title" prefix="Title: "/></layout></bibliography>
            </style>
            """);
        using var provider = Build(services => services.AddAseanAiCitations(options => options.Style = path));

        provider.GetRequiredService<CslStyle>().Id.Should().Be("http://example.org/styles/mine");
        var citation = ReferenceParser.Default.Parse("「日ASEAN経済共創ビジョン」 https://www.meti.go.jp/a.html").Value!;
        provider.GetRequiredService<CslProcessor>().FormatBibliography(CslItems.FromCitations([citation])).Should().Equal("Title: 日ASEAN経済共創ビジョン");
    }

    [Theory]
    [InlineData("MaxReferenceLineLength", "*CitationsOptions.MaxReferenceLineLength is 10; it must be at least 64*")]
    [InlineData("MissingPublisherFile", "*CitationsOptions.PublisherFiles[0]: the file '*nowhere.json' does not exist*")]
    [InlineData("BlankPublisherFile", "*CitationsOptions.PublisherFiles[0] is empty*")]
    [InlineData("UnknownStyle", "*CitationsOptions.Style 'harvard-nowhere' is neither a built-in style (sist02, *) nor an existing .csl file*")]
    [InlineData("BadLocale", "*CitationsOptions.Locale 'ja JP' is not a language tag*")]
    [InlineData("MissingLocalesDirectory", "*CitationsOptions.LocalesDirectory: the directory '*no-locales' does not exist*")]
    [InlineData("NullPublisher", "*CitationsOptions.Publishers[0] is null*")]
    public void AddAseanAiCitations_BadOption_FirstResolutionThrowsNamingTheOption(string problem, string message)
    {
        using var provider = Build(services => services.AddAseanAiCitations(options =>
        {
            switch (problem)
            {
                case "MaxReferenceLineLength": options.MaxReferenceLineLength = 10; break;
                case "MissingPublisherFile": options.PublisherFiles.Add(Path.Combine(_directory, "nowhere.json")); break;
                case "BlankPublisherFile": options.PublisherFiles.Add(" "); break;
                case "UnknownStyle": options.Style = "harvard-nowhere"; break;
                case "BadLocale": options.Locale = "ja JP"; break;
                case "MissingLocalesDirectory": options.LocalesDirectory = Path.Combine(_directory, "no-locales"); break;
                case "NullPublisher": options.Publishers.Add(null!); break;
                default: throw new ArgumentOutOfRangeException(nameof(problem));
            }
        }));

        var act = () => provider.GetRequiredService<ReferenceParser>();
        var processor = () => provider.GetRequiredService<CslProcessor>();

        act.Should().Throw<InvalidOperationException>().WithMessage("AddAseanAiCitations: the options are not valid.*" + message);
        processor.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public void AddAseanAiCitations_PublisherFileWithBadData_ThrowsNamingOptionFileAndField()
    {
        var path = WritePublisherFile("""{ "id": "jp.x", "kind": "ministry", "country": "JP", "names": { "ja": "x" } }""");
        using var provider = Build(services => services.AddAseanAiCitations(options => options.PublisherFiles.Add(path)));

        var act = () => provider.GetRequiredService<PublisherRegistry>();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage($"*CitationsOptions.PublisherFiles[0] cannot be used:*{Path.GetFileName(path)}*publishers[0].kind*")
            .WithInnerException<PublisherDataException>();
    }

    [Fact]
    public void AddAseanAiCitations_PublisherFromCodeWithUnknownParent_ThrowsNamingTheRegistry()
    {
        var orphan = new Publisher("jp.orphan", PublisherKind.ResearchInstitute, "JP", [new LocalizedText("孤児研究所", "ja")]) { ParentId = "jp.nowhere" };
        using var provider = Build(services => services.AddAseanAiCitations(options => options.Publishers.Add(orphan)));

        var act = () => provider.GetRequiredService<ReferenceParser>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*publishers of CitationsOptions do not form a valid registry*jp.nowhere*");
    }

    [Fact]
    public async Task AddAseanAiCitations_ConfigurationSectionOnARealHost_BindsEveryKindOfValue()
    {
        var publishers = WritePublisherFile("""{ "id": "jp.host-test", "kind": "government-agency", "country": "JP", "names": { "ja": "ホスト試験研究所" } }""");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AseanAiCitations:Style"] = "apa",
            ["AseanAiCitations:Locale"] = "ja-JP",
            ["AseanAiCitations:MaxReferenceLineLength"] = "2048",
            ["AseanAiCitations:KeepBodyText"] = "false",
            ["AseanAiCitations:Bilingual"] = nameof(CslBilingualTitles.Both),
            ["AseanAiCitations:PublisherFiles:0"] = publishers,
        });
        builder.Services.AddAseanAiCitations(builder.Configuration, options => options.CjkSortOrder = CslCjkSortOrder.CodePoint);
        using var host = builder.Build();

        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<CitationsOptions>>().Value;
        options.Style.Should().Be("apa");
        options.Locale.Should().Be("ja-JP");
        options.Bilingual.Should().Be(CslBilingualTitles.Both);
        options.CjkSortOrder.Should().Be(CslCjkSortOrder.CodePoint, "the delegate runs after binding");
        options.PublisherFiles.Should().Equal(publishers);
        host.Services.GetRequiredService<ReferenceParserOptions>().MaxLineLength.Should().Be(2048);
        host.Services.GetRequiredService<CitedDocumentOptions>().KeepBodyText.Should().BeFalse();
        host.Services.GetRequiredService<PublisherRegistry>().TryGetById("jp.host-test", out _).Should().BeTrue();
        host.Services.GetRequiredService<CslStyle>().Id.Should().Be(CslStyle.BuiltIn("apa").Id);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddAseanAiCitations_BadConfigurationOnARealHost_StartFailsNamingEveryBadOption()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AseanAiCitations:Style"] = "harvard-nowhere",
            ["AseanAiCitations:MaxReferenceLineLength"] = "10",
        });
        builder.Services.AddAseanAiCitations(builder.Configuration, configure: null);
        using var host = builder.Build();

        var start = () => host.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.OptionsType.Should().Be<CitationsOptions>();
        failure.Failures.Should().HaveCount(2);
        failure.Failures.Should().Contain(f => f.StartsWith("CitationsOptions.MaxReferenceLineLength is 10; it must be at least 64", StringComparison.Ordinal));
        failure.Failures.Should().Contain(f => f.StartsWith("CitationsOptions.Style 'harvard-nowhere' is neither", StringComparison.Ordinal));
    }

    [Fact]
    public void CitationsOptions_Defaults_AreThoseOfTheServicesTheyConfigure()
    {
        var options = new CitationsOptions();

        options.MaxReferenceLineLength.Should().Be(ReferenceParserOptions.Default.MaxLineLength);
        options.KeepBodyText.Should().Be(CitedDocumentOptions.Default.KeepBodyText);
        var atFloor = () => new ReferenceParserOptions { MaxLineLength = CitationsOptions.MinReferenceLineLength };
        var belowFloor = () => new ReferenceParserOptions { MaxLineLength = CitationsOptions.MinReferenceLineLength - 1 };
        atFloor.Should().NotThrow("the validator's floor is the parser's");
        belowFloor.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitationsOptionsValidator_Defaults_Succeed()
    {
        new CitationsOptionsValidator().Validate(null, new CitationsOptions()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void AddAseanAiCitations_NullServices_Throws()
    {
        var act = () => CitationsServiceCollectionExtensions.AddAseanAiCitations(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private string WritePublisherFile(string entry)
    {
        var path = Path.Combine(_directory, $"publishers-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"format\": \"aseanai-publishers/1\", \"publishers\": [ " + entry + " ] }");
        return path;
    }
}
