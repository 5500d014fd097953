using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AseanAi.Citations.Web;

/// <summary>Registers the link checker and the document readers of AseanAi.Citations.Web in an <see cref="IServiceCollection"/>.</summary>
public static class CitationsWebServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, the <see cref="LinkCheckerOptions"/>, a <see cref="LinkChecker"/> (also as
    /// <see cref="ILinkChecker"/>) and the HTTP client it sends through: one long-lived handler from
    /// <see cref="LinkChecker.CreateHttpHandler"/> (pooled keep-alive connections, renewed every two minutes, no
    /// <c>IHttpClientFactory</c> needed) that the container owns and disposes with itself. When a
    /// <see cref="LinkCheckCache"/> is registered (see <see cref="AddCitationLinkCheckCache"/>), the checker uses it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options. Every delegate passed by repeated calls runs, in order.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Calling it again adds only the new <paramref name="configure"/> delegate. The options are built when the checker
    /// is first resolved; a value out of range then throws an <see cref="InvalidOperationException"/> that names the
    /// option and what is allowed (the <see cref="ArgumentException"/> of its setter is the inner exception).
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The longer overload differs by a required parameter of another type; both are new in this version, so no shipped call site is at stake.")]
    public static IServiceCollection AddCitationLinkChecker(this IServiceCollection services, Action<LinkCheckerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services, configure);
        services.TryAddSingleton(provider => LinkCheckerClient.Owned(provider.GetRequiredService<LinkCheckerOptions>()));
        return services;
    }

    /// <summary>
    /// Registers the link checker as <see cref="AddCitationLinkChecker(IServiceCollection, Action{LinkCheckerOptions}?)"/>
    /// does, but sending through the <see cref="HttpClient"/> that <paramref name="httpClientFactory"/> returns, for
    /// applications that manage clients with <c>IHttpClientFactory</c>. The container does not dispose that client.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="httpClientFactory">
    /// Returns the client, called once when the checker is first resolved. Give it a primary handler made by
    /// <see cref="LinkChecker.CreateHttpHandler"/> (for example
    /// <c>services.AddHttpClient("links").ConfigurePrimaryHttpMessageHandler(() =&gt; LinkChecker.CreateHttpHandler(options))</c>):
    /// that handler leaves redirects to the checker, enforces the per-host connection limit and the private-network
    /// policy, and renews its connections, which a checker that lives as long as the application needs.
    /// </param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults. Every delegate passed by repeated calls runs, in order.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="httpClientFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>It replaces the client of an earlier registration; otherwise it behaves as the other overload.</remarks>
    public static IServiceCollection AddCitationLinkChecker(
        this IServiceCollection services,
        Func<IServiceProvider, HttpClient> httpClientFactory,
        Action<LinkCheckerOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        AddCore(services, configure);
        services.Replace(ServiceDescriptor.Singleton(provider => LinkCheckerClient.Borrowed(
            httpClientFactory(provider) ?? throw new InvalidOperationException("AddCitationLinkChecker: the HttpClient factory returned null."))));
        return services;
    }

    /// <summary>
    /// Registers a <see cref="LinkCheckCache"/> (a SQLite file of results and link history) as a singleton that the
    /// registered <see cref="LinkChecker"/> uses; the container opens it when the checker is first resolved and
    /// closes it with itself. A later call replaces the cache of an earlier one.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The cache file; its directory is created if missing.</param>
    /// <param name="timeToLive">How long a result is fresh; <see langword="null"/> for <see cref="LinkCheckCache.DefaultTimeToLive"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="timeToLive"/> is negative.</exception>
    /// <remarks>A file that cannot be opened makes resolution throw an <see cref="InvalidOperationException"/> naming the path.</remarks>
    public static IServiceCollection AddCitationLinkCheckCache(this IServiceCollection services, string path, TimeSpan? timeToLive = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (timeToLive < TimeSpan.Zero)
        {
            throw new ArgumentException($"The cache's time to live must not be negative; it was {timeToLive}.", nameof(timeToLive));
        }

        var fullPath = Path.GetFullPath(path);
        services.Replace(ServiceDescriptor.Singleton(_ =>
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
                return LinkCheckCache.Open(fullPath, timeToLive);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new InvalidOperationException($"AddCitationLinkCheckCache: the cache '{fullPath}' cannot be opened: {exception.Message}", exception);
            }
        }));
        return services;
    }

    /// <summary>
    /// Registers the <see cref="MarkdownDocumentReader"/> and the <see cref="HtmlDocumentReader"/> as singletons (the
    /// plain-text reader comes with <c>AddAseanAiCitations</c>). Calling it again adds nothing.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddCitationDocumentReaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => MarkdownDocumentReader.Instance);
        services.TryAddSingleton(_ => HtmlDocumentReader.Instance);
        return services;
    }

    private static void AddCore(IServiceCollection services, Action<LinkCheckerOptions>? configure)
    {
        if (configure is not null)
        {
            services.AddSingleton(new LinkCheckerConfiguration(configure));
        }

        services.TryAddSingleton(BuildOptions);
        services.TryAddSingleton(provider => new LinkChecker(
            provider.GetRequiredService<LinkCheckerOptions>(),
            provider.GetRequiredService<LinkCheckerClient>().Client,
            provider.GetService<LinkCheckCache>()));
        services.TryAddSingleton<ILinkChecker>(provider => provider.GetRequiredService<LinkChecker>());
    }

    private static LinkCheckerOptions BuildOptions(IServiceProvider provider)
    {
        var options = new LinkCheckerOptions();
        foreach (var configuration in provider.GetServices<LinkCheckerConfiguration>())
        {
            try
            {
                configuration.Configure(options);
            }
            catch (ArgumentException exception)
            {
                var name = exception.ParamName is { Length: > 0 } parameter ? $"LinkCheckerOptions.{parameter}" : "LinkCheckerOptions";
                throw new InvalidOperationException($"AddCitationLinkChecker: {name} is not valid: {exception.Message}", exception);
            }
        }

        return options;
    }
}
