using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Renders citations and bibliographies with a CSL 1.0.2 style: sorting, citation numbers, positions (ibid,
/// subsequent), disambiguation (add names, add given names, year suffixes), cite grouping and collapsing, and
/// substitution of repeated authors in the bibliography.
/// </summary>
/// <remarks>
/// A processor is immutable and thread-safe: build one per style and locale and call it from any thread. Bad items
/// never throw. The work per entry is bounded: styles whose macros recurse, nest too deeply or expand beyond a fixed
/// size are rejected when they are parsed (see <see cref="CslStyle"/>). A locale may ask, through the library's
/// namespaced extensions on <c>cs:style-options</c> (docs/csl.md), for Buddhist-Era years (<c>year-era</c>) and for items
/// in other languages to be rendered in their own language's locale (<c>item-locales</c>).
/// </remarks>
public sealed class CslProcessor
{
    private readonly Renderer _renderer;
    private readonly StyleDefinition _style;
    private readonly bool _usesYearSuffixVariable;
    private readonly CslLocales _store;

    // Renderers in the locales of item languages other than the processor's, when its locale asks for them
    // (extension item-locales); made when first needed, keyed by the item's language tag.
    private readonly ConcurrentDictionary<string, Renderer>? _itemRenderers;

    /// <summary>Creates a processor for a style.</summary>
    /// <param name="style">The style.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="CslProcessorOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is <see langword="null"/>.</exception>
    public CslProcessor(CslStyle style, CslProcessorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        options ??= CslProcessorOptions.Default;
        _style = style.Definition;
        var language = CslLocales.Expand(options.Locale ?? _style.DefaultLocale ?? "en-US");
        _store = options.Locales ?? CslLocales.BuiltIn;
        Locale = language;
        _usesYearSuffixVariable = UsesVariable("year-suffix");
        _renderer = NewRenderer(language, options);
        _itemRenderers = _renderer.Locale.ItemLocales ? new ConcurrentDictionary<string, Renderer>(StringComparer.OrdinalIgnoreCase) : null;
        Options = options;
    }

    /// <summary>The locale the processor renders in, such as <c>en-US</c>.</summary>
    public string Locale { get; }

    /// <summary>The options the processor was built with.</summary>
    public CslProcessorOptions Options { get; }

    internal Renderer Renderer => _renderer;

    internal bool UsesYearSuffixVariable => _usesYearSuffixVariable;

    /// <summary>Renders the bibliography of a list of items, all of them, in the style's order.</summary>
    /// <param name="items">The items; ids must be unique (later duplicates are ignored).</param>
    /// <param name="format">The output format.</param>
    /// <returns>One string per entry, none for an item whose entry prints nothing (as citeproc-js leaves it out); empty when the style has no bibliography.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public ImmutableArray<string> FormatBibliography(IEnumerable<CslItem> items, CslOutputFormat format = CslOutputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Render(items, [], format, includeUncited: true).Bibliography;
    }

    /// <summary>
    /// Renders the bibliography of a list of items, all of them, in the style's order, as <see cref="FormatBibliography"/>
    /// does, but one entry at a time: sorting and disambiguation read every item first (they need them all), then each
    /// entry is rendered when the enumeration asks for it, so that a caller can write it out before the next is made
    /// and never holds the whole bibliography.
    /// </summary>
    /// <param name="items">The items; ids must be unique (later duplicates are ignored). Read once, when the enumeration starts.</param>
    /// <param name="format">The output format.</param>
    /// <returns>The entries, the same strings as <see cref="FormatBibliography"/> returns; none when the style has no
    /// bibliography. Each enumeration renders afresh; one enumeration is not thread-safe, the processor is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public IEnumerable<string> EnumerateBibliography(IEnumerable<CslItem> items, CslOutputFormat format = CslOutputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Enumerate(this, items, format);

        static IEnumerable<string> Enumerate(CslProcessor processor, IEnumerable<CslItem> items, CslOutputFormat format)
        {
            foreach (var (_, entry) in new CslSession(processor, items, format).EnumerateBibliography())
            {
                yield return entry;
            }
        }
    }

    /// <summary>Renders citations in document order and the bibliography of the items they cite.</summary>
    /// <param name="items">The items that citations may refer to.</param>
    /// <param name="citations">The citations, in document order.</param>
    /// <param name="format">The output format.</param>
    /// <param name="includeUncited">Whether items that no citation cites still appear in the bibliography.</param>
    /// <returns>The rendered citations and bibliography. A cite of an unknown item id renders as <c>[CSL: no item 'ID']</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="citations"/> is <see langword="null"/>.</exception>
    public CslRendering Render(IEnumerable<CslItem> items, IEnumerable<CslCitation> citations, CslOutputFormat format = CslOutputFormat.Text, bool includeUncited = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(citations);
        var session = new CslSession(this, items, format);
        return session.Run([.. citations], includeUncited);
    }

    internal StyleDefinition Style => _style;

    /// <summary>
    /// The renderer of an item: the processor's, unless its locale asks for item locales (extension <c>item-locales</c>)
    /// and the item's <c>language</c> is another language that a locale exists for. Thread-safe.
    /// </summary>
    internal Renderer RendererFor(CslItem item)
    {
        if (_itemRenderers is null || item.Language is not { Length: > 0 } language
            || Primary(language).Equals(Primary(Locale), StringComparison.OrdinalIgnoreCase))
        {
            return _renderer;
        }

        return _itemRenderers.GetOrAdd(language, (tag, processor) =>
        {
            var expanded = CslLocales.Expand(tag);
            return processor._store.Find(expanded) is null ? processor._renderer : processor.NewRenderer(expanded, processor.Options);
        }, this);

        static string Primary(string tag) => tag.Split('-', 2)[0];
    }

    // The locales consulted for a language, most specific first: the style's cs:locale elements for the language, then
    // for its primary language, then those without a language, then the locale file of the language, then en-US.
    private Renderer NewRenderer(string language, CslProcessorOptions options)
    {
        var chain = new List<CslLocale>();
        var primary = language.Split('-')[0];
        chain.AddRange(_style.Locales.Where(l => string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(_style.Locales.Where(l => l.Language is not null && !string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase)
            && string.Equals(l.Language, primary, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(_style.Locales.Where(l => l.Language is null));
        if (_store.Find(language) is { } fileLocale)
        {
            chain.Add(fileLocale);
        }

        if (!language.Equals("en-US", StringComparison.OrdinalIgnoreCase) && _store.Find("en-US") is { } english)
        {
            chain.Add(english);
        }

        return new Renderer(_style, new LocaleChain(language, chain), options) { ImplicitYearSuffix = !_usesYearSuffixVariable };
    }

    private bool UsesVariable(string variable)
    {
        var visited = new HashSet<Macro>();
        return Uses(_style.Citation?.Layout.Children) || Uses(_style.Bibliography?.Layout.Children);

        bool Uses(IEnumerable<StyleElement>? elements)
        {
            if (elements is null)
            {
                return false;
            }

            foreach (var element in elements)
            {
                var found = element switch
                {
                    TextElement { Source: TextSource.Variable } text => text.Name == variable,
                    TextElement { Macro: { } macro } => visited.Add(macro) && Uses(macro.Children),
                    GroupElement group => Uses(group.Children),
                    ChooseElement choose => choose.Branches.Any(b => Uses(b.Children)),
                    NamesElement names => Uses(names.Substitute),
                    _ => false,
                };
                if (found)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
