using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.Tests.LinkChecking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
        provider.GetRequiredService<LinkCheckerOptions>().UserAgent.Should().Be("DiTest/1.0 (+https://example.org/bot)");
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
    public async Task AddCitationLinkChecker_ContainerDisposed_DisposesTheHandlerItOwns()
    {
        var provider = Build(services => services.AddCitationLinkChecker(Fast));
        provider.GetRequiredService<ILinkChecker>();
        var client = provider.GetRequiredService<LinkCheckerClient>().Client;

        await provider.DisposeAsync();

        var act = () => client.GetAsync(new Uri("http://127.0.0.1:9/"));
        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task AddCitationLinkChecker_ClientFactory_SendsThroughTheCallersClientAndLeavesItOpen()
    {
        await using var server = await StartServerAsync();
        var counter = new CountingHandler { InnerHandler = LinkChecker.CreateHttpHandler(new LinkCheckerOptions()) };
        using var client = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan };
        var provider = Build(services => services
            .AddCitationLinkChecker(Fast)
            .AddCitationLinkChecker(_ => client, options => options.MaxRetries = 0));

        provider.GetRequiredService<LinkCheckerOptions>().MaxRetries.Should().Be(0);
        provider.GetRequiredService<LinkCheckerOptions>().RequestTimeout.Should().Be(TimeSpan.FromSeconds(5), "both configurations run");
        var results = await CheckAsync(provider.GetRequiredService<ILinkChecker>(), server.Url("/page"));
        await provider.DisposeAsync();

        results.Should().ContainSingle().Which.Verdict.Should().Be(LinkVerdict.Ok);
        counter.Requests.Should().BeGreaterThan(0);
        using var after = await client.GetAsync(server.Url("/page"));
        after.IsSuccessStatusCode.Should().BeTrue("the container must not dispose a client it does not own");
    }

    [Fact]
    public async Task AddCitationLinkCheckCache_Registered_CheckerRecordsHistoryAndContainerClosesTheFile()
    {
        await using var server = await StartServerAsync();
        var path = Path.Combine(_directory, "cache", "links.db");
        var provider = Build(services => services.AddCitationLinkChecker(Fast).AddCitationLinkCheckCache(path, TimeSpan.FromHours(1)));

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
        using var provider = Build(services => services.AddCitationLinkChecker(Fast).AddCitationLinkCheckCache(path));

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
    [InlineData("MaxConcurrency", "*LinkCheckerOptions.MaxConcurrency is not valid: MaxConcurrency must be between 1 and 1024*")]
    [InlineData("MaxConcurrencyPerHost", "*LinkCheckerOptions.MaxConcurrencyPerHost is not valid: MaxConcurrencyPerHost must be between 1 and 256*")]
    [InlineData("RequestTimeout", "*LinkCheckerOptions.RequestTimeout is not valid: RequestTimeout must be above zero*")]
    [InlineData("UserAgent", "*LinkCheckerOptions.UserAgent is not valid: The User-Agent must not contain control characters*")]
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

        act.Should().Throw<InvalidOperationException>().WithMessage("AddCitationLinkChecker: " + message)
            .WithInnerException<ArgumentException>();
    }

    [Fact]
    public void AddCitationLinkChecker_CalledTwice_AddsNoDuplicateServices()
    {
        var services = new ServiceCollection();
        services.AddCitationLinkChecker().AddCitationDocumentReaders();
        var once = services.Count;
        services.AddCitationLinkChecker().AddCitationDocumentReaders();

        services.Count.Should().Be(once);
        services.GroupBy(d => d.ServiceType).Should().OnlyContain(g => g.Count() == 1);
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
