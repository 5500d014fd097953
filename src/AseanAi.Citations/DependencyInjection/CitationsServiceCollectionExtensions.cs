using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AseanAi.Citations;

/// <summary>Registers the services of AseanAi.Citations in an <see cref="IServiceCollection"/>.</summary>
public static class CitationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: the <see cref="CitationsOptions"/>; the <see cref="PublisherRegistry"/> (the built-in
    /// publishers plus those of <see cref="CitationsOptions.PublisherFiles"/> and <see cref="CitationsOptions.Publishers"/>);
    /// the <see cref="ReferenceParser"/> and its <see cref="ReferenceParserOptions"/>, which resolve publishers against
    /// that registry; the <see cref="CitedDocumentOptions"/> that document readers take; the
    /// <see cref="PlainTextDocumentReader"/>; and for formatting the <see cref="CslLocales"/>, the
    /// <see cref="CslProcessorOptions"/>, the <see cref="CslStyle"/> of <see cref="CitationsOptions.Style"/> and a
    /// <see cref="CslProcessor"/> for it. The interchange formats (<c>CslJson</c>, <c>BibTeX</c>, <c>Ris</c>) are static
    /// and need no registration.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; may be called once per registration. Every delegate passed by repeated calls runs, in order.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>
    /// Calling it again adds nothing but the new <paramref name="configure"/> delegate, and services registered before it
    /// (such as your own <see cref="PublisherRegistry"/>) are kept. The options are built and checked when a service is
    /// first resolved; a bad option then throws an <see cref="InvalidOperationException"/> that names it, and a publisher
    /// file with bad data one that names the file, line and field. To fail at start-up rather than at first use, resolve
    /// <see cref="PublisherRegistry"/> and <see cref="CslProcessor"/> when the application starts.
    /// </para>
    /// <para>Every registered service is immutable and thread-safe.</para>
    /// </remarks>
    public static IServiceCollection AddAseanAiCitations(this IServiceCollection services, Action<CitationsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.AddSingleton(new OptionsConfiguration<CitationsOptions>(configure));
        }

        services.TryAddSingleton(BuildOptions);
        services.TryAddSingleton(BuildRegistry);
        services.TryAddSingleton(provider => new ReferenceParserOptions
        {
            MaxLineLength = provider.GetRequiredService<CitationsOptions>().MaxReferenceLineLength,
            Publishers = provider.GetRequiredService<PublisherRegistry>(),
        });
        services.TryAddSingleton(provider => new ReferenceParser(provider.GetRequiredService<ReferenceParserOptions>()));
        services.TryAddSingleton(provider => new CitedDocumentOptions
        {
            Parser = provider.GetRequiredService<ReferenceParser>(),
            KeepBodyText = provider.GetRequiredService<CitationsOptions>().KeepBodyText,
        });
        services.TryAddSingleton(_ => PlainTextDocumentReader.Instance);
        services.TryAddSingleton(BuildLocales);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<CitationsOptions>();
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
        return services;
    }

    private static CitationsOptions BuildOptions(IServiceProvider provider)
    {
        var options = new CitationsOptions();
        foreach (var configuration in provider.GetServices<OptionsConfiguration<CitationsOptions>>())
        {
            configuration.Configure(options);
        }

        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("AddAseanAiCitations: the options are not valid. " + string.Join(" ", problems));
        }

        return options;
    }

    private static PublisherRegistry BuildRegistry(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<CitationsOptions>();
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
        var directory = provider.GetRequiredService<CitationsOptions>().LocalesDirectory;
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
        var style = provider.GetRequiredService<CitationsOptions>().Style;
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
