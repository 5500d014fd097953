using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.Tests.LinkChecking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AseanAi.Citations.Web.Tests.DependencyInjection;

public sealed class CitationsWebServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aseanai-web-di-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddCitationLinkChecker_FromContainer_ChecksARealServerWithTheConfiguredOptions()
    {
        await using var server = await StartServerAsync();
        using var provider = Build(services => services.AddCitationLinkChecker(options =>
        {
            Fast(options);
            options.UserAgent = "DiTest/1.0 (+https://example.org/bot)";
        }));

        var checker = provider.GetRequiredService<ILinkChecker>();
        checker.Should().BeSameAs(provider.GetRequiredService<LinkChecker>());
        var results = await CheckAsync(checker, server.Url("/page"), server.Url("/gone"));

        results.Single(r => r.Target.Url.EndsWith("/page", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Ok);
        results.Single(r => r.Target.Url.EndsWith("/gone", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Broken);
        server.Requests.Select(r => r.UserAgent).Should().NotBeEmpty().And.OnlyContain(agent => agent == "DiTest/1.0 (+https://example.org/bot)");
        provider.GetRequiredService<IOptions<LinkCheckerOptions>>().Value.UserAgent.Should().Be("DiTest/1.0 (+https://example.org/bot)");
    }

    [Fact]
    public async Task AddCitationLinkChecker_DenyPrivateAddresses_IsEnforcedByTheRegisteredHandler()
    {
        await using var server = await StartServerAsync();
        using var provider = Build(services => services.AddCitationLinkChecker(options =>
        {
            Fast(options);
            options.DenyPrivateAddresses = true;
        }));

        var results = await CheckAsync(provider.GetRequiredService<ILinkChecker>(), server.Url("/page"));

        results.Should().ContainSingle().Which.Verdict.Should().Be(LinkVerdict.Excluded);
        server.HitsOf("/page").Should().Be(0);
    }

    [Fact]
    public async Task AddCitationLinkChecker_HandlerAddedToTheReturnedBuilder_SeesTheChecksRequests()
    {
        await using var server = await StartServerAsync();
        var counter = new CountingHandler();
        var provider = Build(services =>
        {
            services.AddCitationLinkChecker(Fast);
            services.AddCitationLinkChecker(options => options.MaxRetries = 0).AddHttpMessageHandler(() => counter);
        });

        var options = provider.GetRequiredService<IOptions<LinkCheckerOptions>>().Value;
        options.MaxRetries.Should().Be(0);
        options.RequestTimeout.Should().Be(TimeSpan.FromSeconds(5), "both configurations run");
        var results = await CheckAsync(provider.GetRequiredService<ILinkChecker>(), server.Url("/page"), server.Url("/moved"));
        await provider.DisposeAsync();

        results.Single(r => r.Target.Url.EndsWith("/page", StringComparison.Ordinal)).Verdict.Should().Be(LinkVerdict.Ok);
        results.Single(r => r.Target.Url.EndsWith("/moved", StringComparison.Ordinal)).Verdict.Should().Be(
            LinkVerdict.Redirected, "the checker's own primary handler stays under the added one and leaves redirects to the checker");
        counter.Requests.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task AddCitationLinkChecker_ConfigurationSectionOnARealHost_BindsTheOptions()
    {
        await using var server = await StartServerAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AseanAiCitations:LinkChecker:UserAgent"] = "HostTest/2.0 (+https://example.org/bot)",
            ["AseanAiCitations:LinkChecker:RequestTimeout"] = "00:00:05",
            ["AseanAiCitations:LinkChecker:MaxConcurrencyPerHost"] = "3",
            ["AseanAiCitations:LinkChecker:DenyPrivateAddresses"] = "false",
            ["AseanAiCitations:LinkChecker:CheckTitles"] = "false",
        });
        builder.Services.AddCitationLinkChecker(builder.Configuration, options => options.RetryBaseDelay = TimeSpan.FromMilliseconds(20));
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<LinkCheckerOptions>>().Value;
        var results = await CheckAsync(host.Services.GetRequiredService<ILinkChecker>(), server.Url("/page"));
        await host.StopAsync();

        options.RequestTimeout.Should().Be(TimeSpan.FromSeconds(5));
        options.MaxConcurrencyPerHost.Should().Be(3);
        options.CheckTitles.Should().BeFalse();
        options.RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(20));
        results.Should().ContainSingle().Which.Verdict.Should().Be(LinkVerdict.Ok);
        server.Requests.Select(r => r.UserAgent).Should().NotBeEmpty().And.OnlyContain(agent => agent == "HostTest/2.0 (+https://example.org/bot)");
    }

    [Fact]
    public async Task AddCitationLinkChecker_BadConfigurationOnARealHost_StartFailsNamingEveryBadOption()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AseanAiCitations:LinkChecker:MaxConcurrency"] = "0",
            ["AseanAiCitations:LinkChecker:MaxRedirects"] = "50",
        });
        builder.Services.AddCitationLinkChecker(builder.Configuration, configure: null);
        using var host = builder.Build();

        var start = () => host.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.OptionsType.Should().Be<LinkCheckerOptions>();
        failure.Failures.Should().BeEquivalentTo(
            "LinkCheckerOptions.MaxConcurrency must be between 1 and 1024; it is 0.",
            "LinkCheckerOptions.MaxRedirects must be between 0 and 10; it is 50.");
    }

    [Fact]
    public async Task AddCitationLinkCheckCache_Registered_CheckerRecordsHistoryAndContainerClosesTheFile()
    {
        await using var server = await StartServerAsync();
        var path = Path.Combine(_directory, "cache", "links.db");
        var provider = Build(services => services.AddCitationLinkChecker(Fast).Services.AddCitationLinkCheckCache(path, TimeSpan.FromHours(1)));

        await CheckAsync(provider.GetRequiredService<ILinkChecker>(), server.Url("/gone"));
        var cache = provider.GetRequiredService<LinkCheckCache>();
        cache.Path.Should().Be(Path.GetFullPath(path));
        cache.TimeToLive.Should().Be(TimeSpan.FromHours(1));
        cache.GetHistory(server.Url("/gone").ToString())!.ConsecutiveFailures.Should().Be(1);
        await provider.DisposeAsync();

        var act = () => cache.GetHistory(server.Url("/gone").ToString());
        act.Should().Throw<ObjectDisposedException>();
        File.Exists(path).Should().BeTrue();
    }

    [Fact]
    public void AddCitationLinkCheckCache_FileThatIsNotACache_ResolutionThrowsNamingThePath()
    {
        var path = Path.Combine(_directory, "not-a-cache.db");
        File.WriteAllText(path, "this is not SQLite");
        using var provider = Build(services => services.AddCitationLinkChecker(Fast).Services.AddCitationLinkCheckCache(path));

        var act = () => provider.GetRequiredService<ILinkChecker>();

        act.Should().Throw<InvalidOperationException>().WithMessage($"AddCitationLinkCheckCache: the cache '{path}' cannot be opened:*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddCitationLinkCheckCache_BlankPath_ThrowsAtRegistration(string path)
    {
        var act = () => new ServiceCollection().AddCitationLinkCheckCache(path);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(path));
    }

    [Theory]
    [InlineData("MaxConcurrency", "LinkCheckerOptions.MaxConcurrency must be between 1 and 1024; it is 0.")]
    [InlineData("MaxConcurrencyPerHost", "LinkCheckerOptions.MaxConcurrencyPerHost must be between 1 and 256; it is 1000.")]
    [InlineData("RequestTimeout", "LinkCheckerOptions.RequestTimeout must be above zero*")]
    [InlineData("UserAgent", "LinkCheckerOptions.UserAgent: the User-Agent must not contain control characters*")]
    public void AddCitationLinkChecker_BadOption_ResolutionThrowsNamingTheOption(string option, string message)
    {
        using var provider = Build(services => services.AddCitationLinkChecker(options =>
        {
            switch (option)
            {
                case "MaxConcurrency": options.MaxConcurrency = 0; break;
                case "MaxConcurrencyPerHost": options.MaxConcurrencyPerHost = 1000; break;
                case "RequestTimeout": options.RequestTimeout = TimeSpan.Zero; break;
                case "UserAgent": options.UserAgent = "bot\r\nX-Injected: 1"; break;
                default: throw new ArgumentOutOfRangeException(nameof(option));
            }
        }));

        var act = () => provider.GetRequiredService<ILinkChecker>();

        act.Should().Throw<InvalidOperationException>().WithMessage("AddCitationLinkChecker: the options are not valid. " + message)
            .WithInnerException<OptionsValidationException>();
    }

    [Fact]
    public void AddCitationLinkChecker_CalledTwice_AddsNoDuplicateServices()
    {
        var services = new ServiceCollection();
        services.AddCitationLinkChecker().Services.AddCitationDocumentReaders();
        var once = Counted(services);
        services.AddCitationLinkChecker().Services.AddCitationDocumentReaders();

        Counted(services).Should().Be(once);
        services.Where(d => d.ServiceType.Namespace!.StartsWith("AseanAi", StringComparison.Ordinal)
                || (d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments()[0] == typeof(LinkCheckerOptions)))
            .GroupBy(d => d.ServiceType).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public async Task AddCitationDocumentReaders_ResolvesTheMarkdownAndHtmlReaders()
    {
        using var provider = Build(services => services.AddCitationDocumentReaders());

        var markdown = provider.GetRequiredService<MarkdownDocumentReader>();
        provider.GetRequiredService<HtmlDocumentReader>().Should().BeSameAs(HtmlDocumentReader.Instance);
        var document = await markdown.ReadTextAsync("# 報告\n\n本文。\n\n## 参考文献\n\n- 経済産業省「日ASEAN経済共創ビジョン」(2023年8月22日) https://www.meti.go.jp/press/2023/08/20230822005/20230822005.html\n");
        document.References.Should().ContainSingle().Which.Citation.Publisher!.Id.Should().Be("jp.meti");
    }

    /// <summary>The registrations, without the start-up check of the factory's options that each <c>AddHttpClient</c> call adds (its own, and harmless).</summary>
    private static int Counted(IServiceCollection services) =>
        services.Count(d => !(d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments()[0].Name == "StartupValidatorOptions"));

    private static void Fast(LinkCheckerOptions options)
    {
        options.RequestTimeout = TimeSpan.FromSeconds(5);
        options.LinkTimeout = TimeSpan.FromSeconds(15);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
    }

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static Task<LocalServer> StartServerAsync() => LocalServer.StartAsync(app =>
    {
        app.MapGet("/page", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<!doctype html><html><head><title>Working</title></head><body><p>content</p></body></html>");
        });
        app.MapGet("/moved", context =>
        {
            context.Response.Redirect("/page", permanent: true);
            return Task.CompletedTask;
        });
        app.MapGet("/gone", context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
    });

    private static async Task<List<LinkCheckResult>> CheckAsync(ILinkChecker checker, params Uri[] urls)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var results = new List<LinkCheckResult>();
        await foreach (var result in checker.CheckAsync(urls.Select(u => new LinkTarget(u.ToString())).AsStream(), bound.Token))
        {
            results.Add(result);
        }

        return results;
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
