using System.Diagnostics.CodeAnalysis;
using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AseanAi.Citations.Web;

/// <summary>Registers the link checker and the document readers of AseanAi.Citations.Web in an <see cref="IServiceCollection"/>.</summary>
public static class CitationsWebServiceCollectionExtensions
{
    /// <summary>The name of the link checker's client in <see cref="IHttpClientFactory"/>: <c>AseanAi.Citations.LinkChecker</c>.</summary>
    public const string LinkCheckerHttpClientName = "AseanAi.Citations.LinkChecker";

    private const string BindingByReflection =
        "The options are bound from IConfiguration by reflection (ConfigurationBinder); for trimmed or native AOT applications, use the overload that takes a configure delegate.";

    /// <summary>
    /// Registers the options <see cref="LinkCheckerOptions"/> (read as <see cref="IOptions{TOptions}"/>, checked by
    /// <see cref="LinkCheckerOptionsValidator"/>, at start-up when the application runs in a host), a
    /// <see cref="LinkChecker"/> as a singleton (also as <see cref="ILinkChecker"/>), and the HTTP client it sends
    /// through, as the <see cref="IHttpClientFactory"/> client <see cref="LinkCheckerHttpClientName"/>. When a
    /// <see cref="LinkCheckCache"/> is registered (see <see cref="AddCitationLinkCheckCache"/>), the checker uses it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/>. Every delegate passed by repeated calls runs, in order.</param>
    /// <returns>
    /// The builder of the checker's HTTP client, to add your own handlers (<c>AddHttpMessageHandler</c>), resilience or
    /// logging. Its primary handler is one from <see cref="LinkChecker.CreateHttpHandler"/>: keep it, or the checker loses
    /// its redirect reporting, the per-host connection limit and the private-network policy.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The options are registered with <c>AddOptions&lt;LinkCheckerOptions&gt;().ValidateOnStart()</c>: in a host a bad
    /// option stops the start with an <see cref="OptionsValidationException"/> listing every problem, each naming the
    /// option. Outside a host they are checked when the checker is first resolved, which then throws an
    /// <see cref="InvalidOperationException"/> with the same messages. Calling it again adds only the new
    /// <paramref name="configure"/> delegate. The checker is a singleton and keeps the one client it was given, so its
    /// connections are renewed by the primary handler's <c>PooledConnectionLifetime</c> (two minutes), not by the
    /// factory's handler rotation.
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The longer overload differs by a required parameter of another type; both are new in this version, so no shipped call site is at stake.")]
    public static IHttpClientBuilder AddCitationLinkChecker(this IServiceCollection services, Action<LinkCheckerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (options, client) = AddServices(services);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return client;
    }

    /// <summary>
    /// Registers the link checker as <see cref="AddCitationLinkChecker(IServiceCollection, Action{LinkCheckerOptions}?)"/>
    /// does, with the options bound from the section <see cref="LinkCheckerOptions.SectionName"/>
    /// (<c>AseanAiCitations:LinkChecker</c>) of <paramref name="configuration"/>, then set by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration (its root; the section is looked up in it).</param>
    /// <param name="configure">Sets the options after binding, or <see langword="null"/>.</param>
    /// <returns>The builder of the checker's HTTP client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Numbers, durations (such as <c>"00:00:10"</c>), switches, <c>UserAgent</c> and <c>ArchiveEndpoint</c> bind; patterns,
    /// status codes, headers and the host resolver are set in <paramref name="configure"/>. A value that does not convert
    /// makes the options throw an <see cref="InvalidOperationException"/> from the configuration binder; one that converts
    /// but is not allowed is reported by <see cref="LinkCheckerOptionsValidator"/>. Binding uses reflection (as
    /// <c>OptionsBuilder.Bind</c> does), so this overload is not trim- or AOT-safe.
    /// </remarks>
    [RequiresUnreferencedCode(BindingByReflection)]
    [RequiresDynamicCode(BindingByReflection)]
    public static IHttpClientBuilder AddCitationLinkChecker(this IServiceCollection services, IConfiguration configuration, Action<LinkCheckerOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var (options, client) = AddServices(services);
        options.Bind(configuration.GetSection(LinkCheckerOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return client;
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

    private static (OptionsBuilder<LinkCheckerOptions> Options, IHttpClientBuilder Client) AddServices(IServiceCollection services)
    {
        var options = services.AddOptions<LinkCheckerOptions>();
        var client = services.AddHttpClient(LinkCheckerHttpClientName);
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<LinkCheckerOptions>) && d.ImplementationType == typeof(LinkCheckerOptionsValidator)))
        {
            services.AddSingleton<IValidateOptions<LinkCheckerOptions>, LinkCheckerOptionsValidator>();
            options.ValidateOnStart();
            client
                .ConfigurePrimaryHttpMessageHandler(provider => LinkChecker.CreateHttpHandler(ValidOptions(provider)))
                .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        }

        services.TryAddSingleton(provider => new LinkChecker(
            ValidOptions(provider),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(LinkCheckerHttpClientName),
            provider.GetService<LinkCheckCache>()));
        services.TryAddSingleton<ILinkChecker>(provider => provider.GetRequiredService<LinkChecker>());
        return (options, client);
    }

    /// <summary>The validated options; outside a host, a validation failure becomes the documented <see cref="InvalidOperationException"/>.</summary>
    private static LinkCheckerOptions ValidOptions(IServiceProvider provider)
    {
        try
        {
            return provider.GetRequiredService<IOptions<LinkCheckerOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidOperationException("AddCitationLinkChecker: the options are not valid. " + string.Join(" ", exception.Failures), exception);
        }
    }
}
