using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace AseanAi.Citations.Csl;

/// <summary>
/// A set of CSL locales (terms, date formats, ordinals) keyed by language. <see cref="BuiltIn"/> holds the locales
/// written for this library (en-US, ja-JP, zh-CN, zh-TW, th-TH, vi-VN, id-ID, ms-MY, fil-PH, km-KH, lo-LA, my-MM);
/// <see cref="FromDirectory"/> adds <c>locales-xx-XX.xml</c>
/// files, which override the built-in ones of the same language.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class CslLocales
{
    private static readonly FrozenDictionary<string, string> PrimaryDialects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "af-ZA", ["ar"] = "ar", ["bg"] = "bg-BG", ["ca"] = "ca-AD", ["cs"] = "cs-CZ", ["da"] = "da-DK", ["de"] = "de-DE",
        ["el"] = "el-GR", ["en"] = "en-US", ["es"] = "es-ES", ["et"] = "et-EE", ["fa"] = "fa-IR", ["fi"] = "fi-FI", ["fil"] = "fil-PH", ["fr"] = "fr-FR",
        ["he"] = "he-IL", ["hu"] = "hu-HU", ["id"] = "id-ID", ["is"] = "is-IS", ["it"] = "it-IT", ["ja"] = "ja-JP", ["km"] = "km-KH",
        ["ko"] = "ko-KR", ["lo"] = "lo-LA", ["ms"] = "ms-MY", ["my"] = "my-MM", ["nb"] = "nb-NO", ["nl"] = "nl-NL", ["nn"] = "nn-NO", ["pl"] = "pl-PL", ["pt"] = "pt-PT",
        ["ro"] = "ro-RO", ["ru"] = "ru-RU", ["sk"] = "sk-SK", ["sl"] = "sl-SI", ["sr"] = "sr-RS", ["sv"] = "sv-SE", ["th"] = "th-TH",
        ["tr"] = "tr-TR", ["uk"] = "uk-UA", ["vi"] = "vi-VN", ["zh"] = "zh-CN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The locales written for this library (src/AseanAi.Citations/Csl/Locales; sources named in each file).
    private static readonly string[] BuiltInLanguages = ["en-US", "ja-JP", "zh-CN", "zh-TW", "th-TH", "vi-VN", "id-ID", "ms-MY", "fil-PH", "km-KH", "lo-LA", "my-MM"];

    private readonly ImmutableDictionary<string, CslLocale> _locales;

    private CslLocales(ImmutableDictionary<string, CslLocale> locales) => _locales = locales;

    /// <summary>The built-in locales: en-US, ja-JP, zh-CN, zh-TW, th-TH, vi-VN, id-ID, ms-MY, fil-PH, km-KH, lo-LA and my-MM.</summary>
    public static CslLocales BuiltIn { get; } = LoadBuiltIn();

    /// <summary>The languages this set has locales for, such as <c>en-US</c>.</summary>
    public IEnumerable<string> Languages => _locales.Keys;

    /// <summary>Returns this set with every <c>locales-*.xml</c> file of a directory added, overriding locales of the same language.</summary>
    /// <param name="directory">The directory to read.</param>
    /// <returns>The new set, with a diagnostic (naming the file and line) for each file that is not a valid locale; such files are skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public ParseResult<CslLocales> WithDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException("The locale directory '" + directory + "' does not exist.");
        }

        var builder = _locales.ToBuilder();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(directory, "locales-*.xml").Order(StringComparer.Ordinal))
        {
            var problems = new List<Diagnostic>();
            var locale = Parse(File.ReadAllText(file), problems);
            foreach (var problem in problems)
            {
                diagnostics.Add(new Diagnostic(problem.Severity, problem.Code, Path.GetFileName(file) + ": " + problem.Message, problem.Span));
            }

            if (locale?.Language is { } language)
            {
                builder[language] = locale;
            }
        }

        return ParseResult.FromValue(new CslLocales(builder.ToImmutable()), diagnostics.ToImmutable());
    }

    /// <summary>Reads the locale files of a directory over the built-in locales.</summary>
    /// <param name="directory">The directory with <c>locales-xx-XX.xml</c> files.</param>
    /// <returns>The set, with diagnostics for files that could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static ParseResult<CslLocales> FromDirectory(string directory) => BuiltIn.WithDirectory(directory);

    internal CslLocale? Find(string language)
    {
        if (_locales.TryGetValue(language, out var exact))
        {
            return exact;
        }

        var primary = language.Split('-')[0];
        if (PrimaryDialects.TryGetValue(primary, out var dialect) && _locales.TryGetValue(dialect, out var byDialect))
        {
            return byDialect;
        }

        foreach (var (key, value) in _locales)
        {
            if (key.Split('-')[0].Equals(primary, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    internal static string Expand(string language)
    {
        // A script subtag names the written form that the CSL locales carry by region: zh-Hant is zh-TW, zh-Hans zh-CN.
        if (language.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase))
        {
            return "zh-TW";
        }

        if (language.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase))
        {
            return "zh-CN";
        }

        if (language.Contains('-', StringComparison.Ordinal))
        {
            return language;
        }

        return PrimaryDialects.TryGetValue(language, out var dialect) ? dialect : language;
    }

    internal static CslLocale? Parse(string xml, List<Diagnostic> diagnostics)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 4 * 1024 * 1024 };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Root is not { Name.LocalName: "locale" } root)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Locale.RootNotLocale, "The root element is not <locale>."));
                return null;
            }

            return CslLocale.FromElement(root, diagnostics);
        }
        catch (XmlException exception)
        {
            diagnostics.Add(StyleReader.Error(DiagnosticCodes.Locale.NotWellFormed, "The locale is not well-formed XML: " + exception.Message, exception.LineNumber, exception.LinePosition));
            return null;
        }
    }

    private static CslLocales LoadBuiltIn()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, CslLocale>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in BuiltInLanguages)
        {
            var xml = BuiltInResources.Read("Locales.locales-" + language + ".xml");
            var diagnostics = new List<Diagnostic>();
            var locale = Parse(xml, diagnostics) ?? throw new InvalidOperationException("The built-in locale " + language + " is invalid: " + string.Join("; ", diagnostics));
            builder[language] = locale;
        }

        return new CslLocales(builder.ToImmutable());
    }
}

/// <summary>Reads the styles and locales embedded in the assembly.</summary>
internal static class BuiltInResources
{
    public static string Read(string name)
    {
        var assembly = typeof(BuiltInResources).Assembly;
        var resource = "AseanAi.Citations.Csl." + name;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The embedded resource '" + resource + "' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
