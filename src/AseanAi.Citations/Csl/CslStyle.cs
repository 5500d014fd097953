using System.Collections.Immutable;

namespace AseanAi.Citations.Csl;

/// <summary>
/// A parsed CSL 1.0.2 style: an independent style, or a dependent style joined to its parent. Build one with
/// <see cref="Parse(string, Func{string, string?}?)"/>, <see cref="Load"/> or <see cref="BuiltIn"/>, then render with a
/// <see cref="CslProcessor"/>.
/// </summary>
/// <remarks>
/// Parsing never throws for a bad style: malformed XML, unknown elements, missing or recursive macros are reported as
/// diagnostics with their line and column. So are styles that would make rendering work without bound: elements
/// nested deeper than 100 levels (<c>CSL022</c>), macros calling macros more than 100 levels deep (<c>CSL023</c>),
/// and layouts that expand to more than 10,000,000 elements once their macros are inlined (<c>CSL024</c>). Instances
/// are immutable and thread-safe; build once and reuse.
/// </remarks>
public sealed class CslStyle
{
    private static readonly ImmutableArray<string> BuiltInStyleNames = ["sist02", "gbt7714-2015-numeric", "gbt7714-2015-author-date", "apa", "apa-th", "chicago-author-date"];

    // Names the styles had before the edition was part of them; they stay valid.
    private static readonly ImmutableDictionary<string, string> BuiltInStyleAliases = ImmutableDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, string>("gbt7714-numeric", "gbt7714-2015-numeric"),
            new KeyValuePair<string, string>("gbt7714-author-date", "gbt7714-2015-author-date"),
        ]);

    private CslStyle(StyleDefinition definition) => Definition = definition;

    internal StyleDefinition Definition { get; }

    /// <summary>The style's id (usually a URL) from <c>cs:info</c>.</summary>
    public string Id => Definition.Id;

    /// <summary>The style's title from <c>cs:info</c>.</summary>
    public string Title => Definition.Title;

    /// <summary>The style's <c>default-locale</c>, or <see langword="null"/> when it has none (en-US is then used).</summary>
    public string? DefaultLocale => Definition.DefaultLocale;

    /// <summary>Whether the style is a note style (citations stand in footnotes).</summary>
    public bool IsNoteStyle => Definition.Class == "note";

    /// <summary>Whether the style defines a bibliography.</summary>
    public bool HasBibliography => Definition.Bibliography is not null;

    /// <summary>
    /// The names of the styles embedded in the library, such as <c>sist02</c>, <c>gbt7714-2015-numeric</c> and <c>apa-th</c>
    /// (APA 7 as Thai universities write it, docs/csl.md).
    /// <see cref="BuiltIn"/> also accepts the aliases in <see cref="BuiltInAliases"/>.
    /// </summary>
    public static ImmutableArray<string> BuiltInNames => BuiltInStyleNames;

    /// <summary>
    /// Other names of built-in styles and the name each stands for: <c>gbt7714-numeric</c> and
    /// <c>gbt7714-author-date</c> are the 2015 edition of GB/T 7714.
    /// </summary>
    public static ImmutableDictionary<string, string> BuiltInAliases => BuiltInStyleAliases;

    /// <summary>Whether <paramref name="name"/> (case-insensitive, trimmed) is a built-in style or one of its aliases.</summary>
    /// <param name="name">A style name; <see langword="null"/> is not one.</param>
    /// <returns><see langword="true"/> when <see cref="BuiltIn"/> accepts the name.</returns>
    public static bool IsBuiltIn(string? name) => name is not null && Canonical(name) is not null;

    /// <summary>Returns one of the styles embedded in the library.</summary>
    /// <param name="name">One of <see cref="BuiltInNames"/> or <see cref="BuiltInAliases"/>, case-insensitive.</param>
    /// <returns>The style.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a built-in style.</exception>
    public static CslStyle BuiltIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Canonical(name) is not { } normalized)
        {
            throw new ArgumentException($"'{name}' is not a built-in style; use one of {string.Join(", ", BuiltInStyleNames)}.", nameof(name));
        }

        var xml = BuiltInResources.Read("Styles." + normalized + ".csl");
        return Parse(xml).GetValueOrThrow();
    }

    /// <summary>Parses a style.</summary>
    /// <param name="xml">The style XML.</param>
    /// <param name="resolveParent">
    /// For dependent styles: returns the XML of the parent style for its id (the <c>independent-parent</c> link), or
    /// <see langword="null"/> when unknown. Built-in styles are found by their ids without it.
    /// </param>
    /// <returns>The style, or diagnostics (code, message, line and column) saying what is wrong with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is <see langword="null"/>.</exception>
    public static ParseResult<CslStyle> Parse(string xml, Func<string, string?>? resolveParent = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Parse(xml, resolveParent, depth: 0);
    }

    /// <summary>Reads a style file; a dependent style's parent is looked for beside it (as <c>NAME.csl</c>, NAME being the last segment of the parent's id).</summary>
    /// <param name="path">The path of the <c>.csl</c> file.</param>
    /// <returns>The style, or diagnostics naming what is wrong and where.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParseResult<CslStyle> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(File.ReadAllText(path), parentId =>
        {
            var name = parentId.TrimEnd('/');
            name = name[(name.LastIndexOf('/') + 1)..];
            var candidate = Path.Combine(directory, name + ".csl");
            return File.Exists(candidate) ? File.ReadAllText(candidate) : null;
        });
    }

    private static ParseResult<CslStyle> Parse(string xml, Func<string, string?>? resolveParent, int depth)
    {
        var diagnostics = new List<Diagnostic>();
        var definition = StyleReader.Read(xml, diagnostics);
        if (definition is null)
        {
            return ParseResult.Failure<CslStyle>([.. diagnostics]);
        }

        if (definition.ParentId is { } parentId)
        {
            if (depth > 0)
            {
                return ParseResult.Failure<CslStyle>([new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Style.ParentIsDependent, $"The parent style '{parentId}' is itself a dependent style.")]);
            }

            var parentXml = resolveParent?.Invoke(parentId) ?? BuiltInById(parentId);
            if (parentXml is null)
            {
                return ParseResult.Failure<CslStyle>([new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Style.ParentNotFound, $"The dependent style needs its parent '{parentId}', which was not found.")]);
            }

            var parent = Parse(parentXml, resolveParent, depth + 1);
            if (!parent.Success)
            {
                return ParseResult.Failure<CslStyle>([.. parent.Diagnostics.Select(d => new Diagnostic(d.Severity, d.Code, "In the parent style: " + d.Message, d.Span))]);
            }

            var p = parent.Value!.Definition;
            definition = new StyleDefinition
            {
                Id = definition.Id,
                Title = definition.Title,
                Class = p.Class,
                DefaultLocale = definition.DefaultLocale ?? p.DefaultLocale,
                DemoteNonDroppingParticle = p.DemoteNonDroppingParticle,
                InitializeWithHyphen = p.InitializeWithHyphen,
                PageRangeFormat = p.PageRangeFormat,
                NameOptions = p.NameOptions,
                Macros = p.Macros,
                Locales = [.. definition.Locales, .. p.Locales],
                Citation = p.Citation,
                Bibliography = p.Bibliography,
            };
        }

        return ParseResult.FromValue(new CslStyle(definition), [.. diagnostics]);
    }

    private static string? Canonical(string name)
    {
        var normalized = name.Trim().ToLowerInvariant();
        return BuiltInStyleNames.Contains(normalized) ? normalized : BuiltInStyleAliases.GetValueOrDefault(normalized);
    }

    private static string? BuiltInById(string id)
    {
        foreach (var name in BuiltInStyleNames)
        {
            var xml = BuiltInResources.Read("Styles." + name + ".csl");
            if (xml.Contains("<id>" + id + "</id>", StringComparison.Ordinal))
            {
                return xml;
            }
        }

        return null;
    }
}
