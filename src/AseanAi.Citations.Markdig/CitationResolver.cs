using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Markdig.Syntax;
using global::Markdig.Extensions.Footnotes;
using global::Markdig.Extensions.Yaml;
using global::Markdig.Syntax;
using global::Markdig.Syntax.Inlines;

namespace AseanAi.Citations.Markdig;

/// <summary>
/// Resolves a parsed document's citations once the whole tree is built: reads the front matter, loads the
/// bibliography, renders every citation and the bibliography with the CSL processor in one pass (so that positions,
/// disambiguation and numbering see the whole document, footnotes in the place they are referenced), and places the
/// bibliography. Holds only the immutable options; all per-document state lives on the document.
/// </summary>
internal sealed partial class CitationResolver
{
    private static readonly object DiagnosticsKey = new();

    private static readonly object PageKey = new();

    private readonly CitationMarkdownOptions _options;

    public CitationResolver(CitationMarkdownOptions options)
    {
        _options = options;
    }

    /// <summary>The document's language (front matter <c>lang</c>, else the options' locale) and title (front matter <c>title</c>, else the first level-1 heading).</summary>
    public static (string? Language, string? Title) Page(MarkdownDocument document) =>
        document.GetData(PageKey) is ValueTuple<string?, string?> page ? page : (null, null);

    public static ImmutableArray<MarkdownCitationDiagnostic> Diagnostics(MarkdownDocument document) =>
        document.GetData(DiagnosticsKey) is ImmutableArray<MarkdownCitationDiagnostic> list ? list : [];

    [GeneratedRegex("^(<[^>]+>)*")]
    private static partial Regex LeadingTags();

    [GeneratedRegex("(<[^>]+>)*$")]
    private static partial Regex TrailingTags();

    [GeneratedRegex("""^\s*<div\s+[^>]*\bid\s*=\s*["']refs["'][^>]*>\s*(</div>\s*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex RefsDiv();

    public void Resolve(MarkdownDocument document)
    {
        var sourcePath = CitationContext.SourcePath(document);
        var diagnostics = new List<MarkdownCitationDiagnostic>();
        var baseDirectory = sourcePath is not null ? Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? "." : _options.BaseDirectory ?? ".";

        var settings = FrontMatter.Empty;
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock yaml)
        {
            var (read, problems) = FrontMatter.Read(FrontMatterText(yaml), yaml.Line + 2);
            settings = read;
            diagnostics.AddRange(problems.Select(p => new MarkdownCitationDiagnostic(sourcePath, p)));
        }

        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1)?.Inline;
        var headingText = heading is null ? null : string.Concat(heading.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        document.SetData(PageKey, ((string?)(settings.Lang ?? _options.Locale), (string?)(settings.Title ?? headingText)));
        var style = LoadStyle(settings.Csl, baseDirectory, sourcePath, diagnostics);
        var bibliography = _options.Bibliography ?? CitationBibliography.Empty;
        foreach (var file in settings.Bibliography)
        {
            var path = Path.Combine(baseDirectory, file);
            var loaded = CitationBibliography.Load(path);
            diagnostics.AddRange(loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => new MarkdownCitationDiagnostic(path, d)));
            if (loaded.Value is { } value)
            {
                bibliography = bibliography.Concat(value);
            }
        }

        if (!settings.References.IsEmpty)
        {
            bibliography = bibliography.Concat(CitationBibliography.FromItems(settings.References));
        }

        var citations = InDocumentOrder(document);
        var placeholders = FindPlaceholders(document);
        if (citations.Count == 0 && settings.Nocite.IsEmpty && placeholders.Count == 0)
        {
            document.SetData(DiagnosticsKey, diagnostics.ToImmutableArray());
            return;
        }

        var locale = LocaleName(settings.Lang ?? _options.Locale);
        var processor = new CslProcessor(style, CslProcessorOptions.Default with { Locale = locale, Locales = _options.Locales, Bilingual = _options.Bilingual });
        var format = _options.MarkdownOutput ? CslOutputFormat.Markdown : CslOutputFormat.Html;
        var known = bibliography.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var plan = Plan(citations, known, style.IsNoteStyle, sourcePath, diagnostics);

        var nocite = settings.Nocite;
        var all = nocite.Contains("*");
        IEnumerable<CslItem> items = bibliography.Items;
        if (!all && !nocite.IsEmpty)
        {
            var wanted = citations.SelectMany(c => c.Inline.Cites).Select(c => c.Key).Concat(nocite).ToHashSet(StringComparer.Ordinal);
            foreach (var key in nocite.Where(k => !known.Contains(k)))
            {
                diagnostics.Add(new MarkdownCitationDiagnostic(sourcePath, new Diagnostic(DiagnosticSeverity.Warning, "citation.unknown-key",
                    $"nocite names '{key}', which no bibliography entry has.")));
            }

            items = bibliography.Items.Where(i => wanted.Contains(i.Id));
        }

        // The cites of clusters are rendered alone too, after every real citation, so that each piece of a cluster can
        // be matched to its key; coming last, they change neither the positions nor the numbers of the real ones.
        var rendering = processor.Render(items, plan.Citations.Concat(plan.Shadow), format, includeUncited: all || !nocite.IsEmpty);
        var shadow = rendering.Citations[plan.Citations.Count..];

        var previews = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rendering.BibliographyItemIds.Length; i++)
        {
            previews[rendering.BibliographyItemIds[i]] = PlainText(rendering.Bibliography[i]);
        }

        var linkCitations = settings.LinkCitations ?? _options.LinkCitations;
        var citedAt = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var notes = ImmutableArray.CreateBuilder<(int, string, string)>();
        foreach (var entry in plan.Entries)
        {
            var resolved = Build(entry, rendering.Citations, shadow, previews, linkCitations, format);
            entry.Inline.Resolved = resolved;
            foreach (var key in entry.Inline.Cites.Select(c => c.Key).Where(known.Contains).Distinct())
            {
                if (!citedAt.TryGetValue(key, out var anchors))
                {
                    citedAt[key] = anchors = [];
                }

                anchors.Add(resolved.Anchor);
            }

            if (resolved.NoteNumber > 0)
            {
                notes.Add((resolved.NoteNumber, resolved.Anchor, entry.NoteText!));
            }
        }

        var entries = ImmutableArray.CreateBuilder<(string, string, ImmutableArray<string>)>(rendering.Bibliography.Length);
        for (var i = 0; i < rendering.Bibliography.Length; i++)
        {
            var id = rendering.BibliographyItemIds[i];
            entries.Add((id, rendering.Bibliography[i], citedAt.TryGetValue(id, out var anchors) ? [.. anchors] : []));
        }

        PlaceBibliography(document, placeholders, entries.ToImmutable(), settings.ReferenceSectionTitle ?? _options.ReferenceSectionTitle);
        if (notes.Count > 0)
        {
            document.Add(new CitationNotesBlock { Notes = notes.ToImmutable() });
        }

        document.SetData(DiagnosticsKey, diagnostics.ToImmutableArray());
    }

    private sealed record PlannedCitation(CitationInline Inline, int Number)
    {
        public int ClusterIndex { get; init; } = -1;

        public int AuthorIndex { get; init; } = -1;

        public int ShadowStart { get; init; } = -1;

        public ImmutableArray<string> KnownKeys { get; init; } = [];

        public ImmutableArray<string> MissingKeys { get; init; } = [];

        public int NoteNumber { get; init; }

        public string? NoteText { get; set; }
    }

    private sealed record CitationPlan(List<CslCitation> Citations, List<CslCitation> Shadow, List<PlannedCitation> Entries);

    private static CitationPlan Plan(List<(CitationInline Inline, int Note)> citations, HashSet<string> known, bool noteStyle, string? sourcePath, List<MarkdownCitationDiagnostic> diagnostics)
    {
        var csl = new List<CslCitation>();
        var shadow = new List<CslCitation>();
        var entries = new List<PlannedCitation>();
        var footnotes = citations.Count == 0 ? 0 : citations.Max(c => c.Note);
        var generated = 0;
        var number = 0;
        foreach (var (inline, note) in citations)
        {
            number++;
            var missing = inline.Cites.Where(c => !known.Contains(c.Key)).Select(c => c.Key).ToImmutableArray();
            foreach (var key in missing)
            {
                diagnostics.Add(new MarkdownCitationDiagnostic(sourcePath, new Diagnostic(DiagnosticSeverity.Warning, "citation.unknown-key",
                    $"No bibliography entry has the key '{key}'.", inline.Source)));
            }

            var cites = inline.Cites.Where(c => known.Contains(c.Key)).Select(ToCsl).ToList();
            var noteNumber = noteStyle && note == 0 && cites.Count > 0 ? ++generated : 0;
            var noteIndex = note > 0 ? note : noteNumber > 0 ? footnotes + noteNumber : 0;
            var planned = new PlannedCitation(inline, number)
            {
                KnownKeys = [.. cites.Select(c => c.ItemId)],
                MissingKeys = missing,
                NoteNumber = noteNumber,
            };
            if (cites.Count > 0)
            {
                if (inline.AuthorInText)
                {
                    planned = planned with { AuthorIndex = csl.Count };
                    csl.Add(new CslCitation([new CslCite(cites[0].ItemId) { AuthorOnly = true }]) { NoteIndex = noteIndex });
                    cites[0] = cites[0] with { SuppressAuthor = true };
                }

                planned = planned with { ClusterIndex = csl.Count };
                csl.Add(new CslCitation(cites) { NoteIndex = noteIndex });
                if (cites.Count > 1)
                {
                    planned = planned with { ShadowStart = shadow.Count };
                    shadow.AddRange(cites.Select(c => new CslCitation([c]) { NoteIndex = noteIndex }));
                }
            }

            entries.Add(planned);
        }

        return new CitationPlan(csl, shadow, entries);
    }

    private static CslCite ToCsl(MarkdownCite cite) => new(cite.Key)
    {
        // Pandoc keeps a space between the prefix and the cite.
        Prefix = cite.Prefix is null ? null : cite.Prefix + " ",
        // A suffix that starts with a word is set off by a space, as Pandoc does (`@doe99 [and others]`).
        Suffix = cite.Suffix is { Length: > 0 } suffix && char.IsLetterOrDigit(suffix[0]) ? " " + suffix : cite.Suffix,
        Locator = cite.Locator,
        Label = cite.Locator is null ? null : cite.Label,
        SuppressAuthor = cite.SuppressAuthor,
    };

    private ResolvedCitation Build(PlannedCitation entry, ImmutableArray<string> rendered, ImmutableArray<string> shadow, Dictionary<string, string> previews, bool link, CslOutputFormat format)
    {
        var html = format == CslOutputFormat.Html;
        var anchor = "cite-" + entry.Number.ToString(CultureInfo.InvariantCulture);
        var missing = entry.MissingKeys.Select(k => html ? "<strong class=\"citation-missing\">" + WebUtility.HtmlEncode(k) + "?</strong>" : "**" + k + "?**").ToList();
        var pieces = ImmutableArray.CreateBuilder<(string, string?, string?)>();
        if (entry.ClusterIndex < 0)
        {
            var text = string.Join("; ", missing);
            pieces.Add((entry.Inline.AuthorInText ? text : "(" + text + ")", null, null));
        }
        else
        {
            var cluster = rendered[entry.ClusterIndex];
            if (entry.AuthorIndex >= 0)
            {
                // A numeric style's citation has no author to show: the number stands alone.
                var author = WithoutBrackets(rendered[entry.AuthorIndex]);
                cluster = author.Length == 0 ? cluster : author + " " + cluster;
            }

            if (!link || !html)
            {
                pieces.Add((cluster, null, null));
            }
            else if (entry.KnownKeys.Length == 1)
            {
                pieces.Add((cluster, entry.KnownKeys[0], Preview(entry.KnownKeys[0])));
            }
            else
            {
                pieces.AddRange(Split(cluster, entry.KnownKeys, shadow.Skip(entry.ShadowStart).Take(entry.KnownKeys.Length).ToList())
                    .Select(p => (p.Text, p.Key, p.Key is null ? null : Preview(p.Key))));
            }

            if (missing.Count > 0)
            {
                pieces.Add(("; " + string.Join("; ", missing), null, null));
            }
        }

        var whole = string.Concat(pieces.Select(p => p.Item1));
        if (entry.NoteNumber > 0)
        {
            entry.NoteText = whole;
        }

        return new ResolvedCitation(whole, anchor) { Pieces = pieces.ToImmutable(), NoteNumber = entry.NoteNumber };

        string? Preview(string key) => _options.HoverPreview && previews.TryGetValue(key, out var text) ? text : null;
    }

    /// <summary>
    /// Splits a cluster of several cites (<c>(Doe 1999; Roe 2005)</c>) into one piece per cite, so that each links to its
    /// own entry: the cluster's brackets are kept apart, the rest is cut at the style's delimiter, and each piece is
    /// matched to the key whose cite rendered alone reads the same (styles may sort cites within a cluster). A cluster that
    /// does not cut into as many pieces as it has cites (collapsed: <c>Doe 1999a, b</c>, <c>[1–3]</c>) links whole to its first key.
    /// </summary>
    private static List<(string Text, string? Key)> Split(string cluster, ImmutableArray<string> keys, List<string> alone)
    {
        // Tags around the whole cluster (<sup>[1,3]</sup>) stay outside, with the brackets.
        var lead = LeadingTags().Match(cluster).Length;
        var trail = TrailingTags().Match(cluster[lead..]).Length;
        var open = cluster.Length > lead && cluster[lead] is '(' or '[' or '（' or '［' ? lead + 1 : lead;
        var close = open > lead && cluster.Length - trail - 1 > open && cluster[cluster.Length - trail - 1] is ')' or ']' or '）' or '］' ? trail + 1 : trail;
        var inner = cluster[open..(cluster.Length - close)];
        foreach (var delimiter in (string[])["; ", "；", ", ", "，", "、", ","])
        {
            var parts = inner.Split(delimiter);
            if (parts.Length != keys.Length)
            {
                continue;
            }

            var unused = keys.ToList();
            var pieces = new List<(string, string?)>();
            if (open > 0)
            {
                pieces.Add((cluster[..open], null));
            }

            var alonePlain = alone.Select(Core).ToList();
            for (var i = 0; i < parts.Length; i++)
            {
                var plain = Core(PlainText(parts[i]));
                var match = unused.FirstOrDefault(k => alonePlain[keys.IndexOf(k)] == plain)
                    ?? unused.FirstOrDefault(k => alonePlain[keys.IndexOf(k)].Contains(plain, StringComparison.Ordinal) || plain.Contains(alonePlain[keys.IndexOf(k)], StringComparison.Ordinal))
                    ?? unused[0];
                unused.Remove(match);
                if (i > 0)
                {
                    pieces.Add((delimiter, null));
                }

                pieces.Add((parts[i], match));
            }

            if (close > 0)
            {
                pieces.Add((cluster[^close..], null));
            }

            return pieces;
        }

        return [(cluster, keys[0])];

        static string Core(string text) => PlainText(text).Trim().TrimStart('(', '[', '（', '［').TrimEnd(')', ']', '）', '］').Trim();
    }

    /// <summary>
    /// The author of an author-in-text citation without the brackets the style's citation layout puts around every
    /// citation: <c>(Doe)</c> gives <c>Doe</c>, as Pandoc writes <c>Doe (1999)</c>.
    /// </summary>
    private static string WithoutBrackets(string author)
    {
        var text = author.Trim();
        return text.Length > 2 && ((text[0] == '(' && text[^1] == ')') || (text[0] == '[' && text[^1] == ']') || (text[0] == '（' && text[^1] == '）'))
            ? text[1..^1]
            : text;
    }

    /// <summary>Citations in reading order: those of a footnote where the footnote is first referenced, numbered with its note.</summary>
    private static List<(CitationInline Inline, int Note)> InDocumentOrder(MarkdownDocument document)
    {
        var ordered = new List<(CitationInline, int)>();
        var seen = new HashSet<Footnote>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CitationInline citation when FootnoteOf(citation) is null:
                    ordered.Add((citation, 0));
                    break;
                case FootnoteLink { IsBackLink: false } link when seen.Add(link.Footnote):
                    ordered.AddRange(link.Footnote.Descendants<CitationInline>().Select(c => (c, link.Footnote.Order)));
                    break;
            }
        }

        // Footnotes that nothing references still count, at the end.
        foreach (var footnote in document.Descendants<Footnote>().Where(f => !seen.Contains(f)))
        {
            ordered.AddRange(footnote.Descendants<CitationInline>().Select(c => (c, Math.Max(footnote.Order, 0))));
        }

        return ordered;
    }

    private static Footnote? FootnoteOf(Inline inline)
    {
        Inline? current = inline;
        while (current?.Parent is { } parent)
        {
            current = parent;
        }

        Block? block = (current as ContainerInline)?.ParentBlock;
        while (block is not null)
        {
            if (block is Footnote footnote)
            {
                return footnote;
            }

            block = block.Parent;
        }

        return null;
    }

    private static List<Block> FindPlaceholders(MarkdownDocument document)
    {
        var found = new List<Block>();
        foreach (var block in document.Descendants<Block>())
        {
            if (block is ReferencesBlock || (block is HtmlBlock html && RefsDiv().IsMatch(html.Lines.ToString())))
            {
                found.Add(block);
            }
        }

        return found;
    }

    private static void PlaceBibliography(MarkdownDocument document, List<Block> placeholders, ImmutableArray<(string, string, ImmutableArray<string>)> entries, string? title)
    {
        ReferencesBlock? target = null;
        foreach (var placeholder in placeholders)
        {
            var block = placeholder as ReferencesBlock;
            if (block is null && placeholder.Parent is { } parent)
            {
                block = new ReferencesBlock(null) { Line = placeholder.Line, Column = placeholder.Column, Span = placeholder.Span };
                parent[parent.IndexOf(placeholder)] = block;
            }

            target ??= block;
        }

        if (target is null)
        {
            if (entries.IsEmpty)
            {
                return;
            }

            target = new ReferencesBlock(null);
            var index = document.Count;
            while (index > 0 && document[index - 1] is FootnoteGroup)
            {
                index--;
            }

            document.Insert(index, target);
        }

        target.IsTarget = true;
        target.Entries = entries;
        target.Title = title;
    }

    private CslStyle LoadStyle(string? csl, string baseDirectory, string? sourcePath, List<MarkdownCitationDiagnostic> diagnostics)
    {
        var fallback = _options.Style ?? CslStyle.BuiltIn("chicago-author-date");
        if (csl is null)
        {
            return fallback;
        }

        if (CslStyle.IsBuiltIn(csl))
        {
            return CslStyle.BuiltIn(csl);
        }

        var path = Path.Combine(baseDirectory, csl);
        if (!File.Exists(path) && CslStyle.IsBuiltIn(Path.GetFileNameWithoutExtension(csl)))
        {
            return CslStyle.BuiltIn(Path.GetFileNameWithoutExtension(csl));
        }

        ParseResult<CslStyle> loaded;
        try
        {
            loaded = File.Exists(path)
                ? CslStyle.Load(path)
                : ParseResult.Failure<CslStyle>([new Diagnostic(DiagnosticSeverity.Error, "citation.style", $"'{path}' does not exist.")]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            loaded = ParseResult.Failure<CslStyle>([new Diagnostic(DiagnosticSeverity.Error, "citation.style", exception.Message)]);
        }
        if (loaded.Value is { } style)
        {
            return style;
        }

        diagnostics.Add(new MarkdownCitationDiagnostic(sourcePath, new Diagnostic(DiagnosticSeverity.Error, "citation.style",
            $"The style '{csl}' is neither built in nor a readable CSL file ({loaded.Diagnostics.FirstOrDefault()?.Message}); the default style is used.")));
        return fallback;
    }

    /// <summary>BCP 47 script subtags to the CSL locales that carry them: zh-Hant is zh-TW, zh-Hans zh-CN.</summary>
    internal static string? LocaleName(string? lang) => lang switch
    {
        null or "" => null,
        _ when lang.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase) => "zh-TW",
        _ when lang.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase) => "zh-CN",
        _ => lang,
    };

    /// <summary>The text of rendered HTML, for a <c>title</c>: tags dropped, entities decoded, white space collapsed.</summary>
    internal static string PlainText(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return string.Join(' ', WebUtility.HtmlDecode(builder.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string FrontMatterText(YamlFrontMatterBlock block)
    {
        var lines = block.Lines.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return string.Join('\n', lines.Where(l => l is not ("---" or "...")));
    }
}
