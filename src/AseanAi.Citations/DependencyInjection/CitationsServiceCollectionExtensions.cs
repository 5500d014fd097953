using System.Diagnostics.CodeAnalysis;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AseanAi.Citations;

/// <summary>Registers the services of AseanAi.Citations in an <see cref="IServiceCollection"/>.</summary>
public static class CitationsServiceCollectionExtensions
{
    /// <summary>Why binding from configuration is not trim- or AOT-safe (the same reason as <c>OptionsBuilder.Bind</c>).</summary>
    internal const string BindingByReflection =
        "The options are bound from IConfiguration by reflection (ConfigurationBinder); for trimmed or native AOT applications, use the overload that takes a configure delegate.";

    /// <summary>
    /// Registers the options <see cref="CitationsOptions"/> (read as <see cref="IOptions{TOptions}"/>, checked by
    /// <see cref="CitationsOptionsValidator"/>, at start-up when the application runs in a host) and, as singletons: the
    /// <see cref="PublisherRegistry"/> (the built-in publishers plus those of <see cref="CitationsOptions.PublisherFiles"/>
    /// and <see cref="CitationsOptions.Publishers"/>); the <see cref="ReferenceParser"/> and its
    /// <see cref="ReferenceParserOptions"/>, which resolve publishers against that registry; the
    /// <see cref="CitedDocumentOptions"/> that document readers take; the <see cref="PlainTextDocumentReader"/>; and for
    /// formatting the <see cref="CslLocales"/>, the <see cref="CslProcessorOptions"/>, the <see cref="CslStyle"/> of
    /// <see cref="CitationsOptions.Style"/> and a <see cref="CslProcessor"/> for it. The interchange formats
    /// (<c>CslJson</c>, <c>BibTeX</c>, <c>Ris</c>) are static and need no registration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/>. Every delegate passed by repeated calls runs, in order.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>
    /// The options are registered with <c>AddOptions&lt;CitationsOptions&gt;().ValidateOnStart()</c>: in a host (such as
    /// the Generic Host) a bad option stops the start with an <see cref="OptionsValidationException"/> that lists every
    /// problem, each naming the option. Outside a host they are checked when a service is first resolved, which then
    /// throws an <see cref="InvalidOperationException"/> with the same messages; a publisher file with bad data throws one
    /// that names the file, line and field.
    /// </para>
    /// <para>
    /// Calling it again adds nothing but the new <paramref name="configure"/> delegate, and services registered before it
    /// (such as your own <see cref="PublisherRegistry"/>) are kept. Every registered service is immutable and thread-safe.
    /// </para>
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The longer overload differs by a required parameter of another type; both are new in this version, so no shipped call site is at stake.")]
    public static IServiceCollection AddAseanAiCitations(this IServiceCollection services, Action<CitationsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = AddServices(services);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers the services as <see cref="AddAseanAiCitations(IServiceCollection, Action{CitationsOptions}?)"/> does,
    /// with the options bound from the section <see cref="CitationsOptions.SectionName"/> (<c>AseanAiCitations</c>) of
    /// <paramref name="configuration"/>, then set by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration (its root; the section is looked up in it).</param>
    /// <param name="configure">Sets the options after binding, or <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A value that does not convert (such as <c>"MaxReferenceLineLength": "long"</c>) makes the options throw an
    /// <see cref="InvalidOperationException"/> from the configuration binder that names the key; a value that converts
    /// but is not allowed is reported by <see cref="CitationsOptionsValidator"/>. A missing section leaves the defaults. Binding uses
    /// reflection (as <c>OptionsBuilder.Bind</c> does), so this overload is not trim- or AOT-safe.
    /// </remarks>
    [RequiresUnreferencedCode(BindingByReflection)]
    [RequiresDynamicCode(BindingByReflection)]
    public static IServiceCollection AddAseanAiCitations(this IServiceCollection services, IConfiguration configuration, Action<CitationsOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = AddServices(services).Bind(configuration.GetSection(CitationsOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    private static OptionsBuilder<CitationsOptions> AddServices(IServiceCollection services)
    {
        var options = services.AddOptions<CitationsOptions>();
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<CitationsOptions>) && d.ImplementationType == typeof(CitationsOptionsValidator)))
        {
            services.AddSingleton<IValidateOptions<CitationsOptions>, CitationsOptionsValidator>();
            options.ValidateOnStart();
        }

        services.TryAddSingleton(BuildRegistry);
        services.TryAddSingleton(provider => new ReferenceParserOptions
        {
            MaxLineLength = ValidOptions(provider).MaxReferenceLineLength,
            Publishers = provider.GetRequiredService<PublisherRegistry>(),
        });
        services.TryAddSingleton(provider => new ReferenceParser(provider.GetRequiredService<ReferenceParserOptions>()));
        services.TryAddSingleton(provider => new CitedDocumentOptions
        {
            Parser = provider.GetRequiredService<ReferenceParser>(),
            KeepBodyText = ValidOptions(provider).KeepBodyText,
        });
        services.TryAddSingleton(_ => PlainTextDocumentReader.Instance);
        services.TryAddSingleton(BuildLocales);
        services.TryAddSingleton(provider =>
        {
            var options = ValidOptions(provider);
            return new CslProcessorOptions
            {
                Locale = options.Locale,
                Locales = provider.GetRequiredService<CslLocales>(),
                Bilingual = options.Bilingual,
                CjkSortOrder = options.CjkSortOrder,
            };
        });
        services.TryAddSingleton(BuildStyle);
        services.TryAddSingleton(provider => new CslProcessor(provider.GetRequiredService<CslStyle>(), provider.GetRequiredService<CslProcessorOptions>()));
        return options;
    }

    /// <summary>The validated options; outside a host, a validation failure becomes the documented <see cref="InvalidOperationException"/>.</summary>
    private static CitationsOptions ValidOptions(IServiceProvider provider)
    {
        try
        {
            return provider.GetRequiredService<IOptions<CitationsOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new InvalidOperationException("AddAseanAiCitations: the options are not valid. " + string.Join(" ", exception.Failures), exception);
        }
    }

    private static PublisherRegistry BuildRegistry(IServiceProvider provider)
    {
        var options = ValidOptions(provider);
        if (options.IncludeBuiltInPublishers && options.PublisherFiles.Count == 0 && options.Publishers.Count == 0)
        {
            return PublisherRegistry.Default;
        }

        var builder = new PublisherRegistryBuilder();
        if (options.IncludeBuiltInPublishers)
        {
            builder.AddBuiltIn();
        }

        for (var i = 0; i < options.PublisherFiles.Count; i++)
        {
            try
            {
                builder.AddJsonFile(options.PublisherFiles[i]);
            }
            catch (Exception exception) when (exception is PublisherDataException or IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"AddAseanAiCitations: CitationsOptions.PublisherFiles[{i}] cannot be used: {exception.Message}", exception);
            }
        }

        foreach (var publisher in options.Publishers)
        {
            builder.AddOrReplace(publisher);
        }

        try
        {
            return builder.Build();
        }
        catch (PublisherDataException exception)
        {
            throw new InvalidOperationException($"AddAseanAiCitations: the publishers of CitationsOptions do not form a valid registry: {exception.Message}", exception);
        }
    }

    private static CslLocales BuildLocales(IServiceProvider provider)
    {
        var directory = ValidOptions(provider).LocalesDirectory;
        if (directory is null)
        {
            return CslLocales.BuiltIn;
        }

        var result = CslLocales.BuiltIn.WithDirectory(directory);
        return result.Value ?? throw new InvalidOperationException(
            $"AddAseanAiCitations: CitationsOptions.LocalesDirectory '{directory}' cannot be read: {Describe(result.Diagnostics)}");
    }

    private static CslStyle BuildStyle(IServiceProvider provider)
    {
        var style = ValidOptions(provider).Style;
        if (CitationsOptions.IsBuiltInStyle(style))
        {
            return CslStyle.BuiltIn(style);
        }

        ParseResult<CslStyle> result;
        try
        {
            result = CslStyle.Load(style);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"AddAseanAiCitations: CitationsOptions.Style '{style}' cannot be read: {exception.Message}", exception);
        }

        return result.Success ? result.Value! : throw new InvalidOperationException(
            $"AddAseanAiCitations: CitationsOptions.Style '{style}' is not a valid CSL style: {Describe(result.Diagnostics)}");
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(d => d.ToString()));
}
