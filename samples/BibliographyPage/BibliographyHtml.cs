using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AseanAi.Citations;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Web.LinkChecking;

namespace BibliographyPage;

/// <summary>
/// Renders a document's bibliography as one HTML page. Every text from the document is HTML-encoded, and every text
/// carries the BCP 47 tag the library found for it (<c>ja</c>, <c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c>) so that
/// browsers pick Japanese or Chinese glyphs for the same Han characters and screen readers the right voice.
/// </summary>
internal static class BibliographyHtml
{
    // Encodes markup characters (< > & " ') but keeps CJK text readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Css = """
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.6; }
        :lang(ja) { font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; }
        :lang(zh-Hant) { font-family: "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; }
        :lang(zh-Hans) { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        li { margin-bottom: .75rem; }
        .translation, .meta { color: #555; font-size: .9em; }
        .badge { display: inline-block; padding: 0 .4em; border-radius: .3em; font-size: .8em; color: #fff; background: #777; }
        .badge-ok, .badge-redirected { background: #2a7d2a; }
        .badge-broken, .badge-soft-404 { background: #b22; }
        .badge-blocked, .badge-timeout { background: #b86e00; }
        .badge-error, .badge-invalid, .badge-unchecked { background: #666; }
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="document">The document whose references are listed.</param>
    /// <param name="verdicts">The link check of each reference, by reference number.</param>
    /// <param name="checkedLinks">Whether links were checked at all (otherwise every badge says <c>unchecked</c>).</param>
    public static string Render(CitedDocument document, IReadOnlyDictionary<int, LinkCheckResult> verdicts, bool checkedLinks)
    {
        var html = new StringBuilder();
        var title = document.Title ?? "Bibliography";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(document.Language ?? "")).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1").Append(Lang(document.Language)).Append('>').Append(Encode(title)).Append("</h1>\n");
        html.Append("<p class=\"meta\" lang=\"en\">").Append(document.References.Length.ToString(CultureInfo.InvariantCulture)).Append(" references")
            .Append(checkedLinks ? ", links checked " + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : ", links not checked")
            .Append(".</p>\n");

        var citedAt = document.Links.ToLookup(l => l.ReferenceNumber);
        foreach (var section in document.References.GroupBy(r => (Heading: r.Citation.Category, Kind: r.Category)))
        {
            // The category heading is the document's own text; its English name beside it is the library's category.
            html.Append("<section>\n<h2").Append(Lang(document.Language)).Append('>');
            html.Append(Encode(section.Key.Heading ?? "References"));
            html.Append(" <span class=\"translation\" lang=\"en\">").Append(Encode(section.Key.Heading is null ? "" : CategoryName(section.Key.Kind))).Append("</span>");
            html.Append("</h2>\n<ol>\n");
            foreach (var reference in section)
            {
                verdicts.TryGetValue(reference.Number, out var verdict);
                RenderReference(html, reference, verdict, checkedLinks, citedAt[reference.Number]);
            }

            html.Append("</ol>\n</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderReference(StringBuilder html, CitedReference reference, LinkCheckResult? verdict, bool checkedLinks, IEnumerable<ReferenceLink> citedAt)
    {
        var citation = reference.Citation;
        var number = reference.Number.ToString(CultureInfo.InvariantCulture);
        html.Append("<li value=\"").Append(number).Append("\" id=\"ref-").Append(number).Append("\">");

        // Publisher as written, then its names in the other languages the registry knows.
        if (citation.Publisher is { } publisher)
        {
            var names = publisher.Id is { } id && PublisherRegistry.Default.TryGetById(id, out var known) ? known.Names : [];
            var written = names.FirstOrDefault(n => n.Text == publisher.Name);
            html.Append("<span class=\"publisher\"").Append(Lang(written?.Language ?? citation.Language)).Append('>').Append(Encode(publisher.ToString())).Append("</span>");
            var others = names.Where(n => n.Text != publisher.Name).ToList();
            if (others.Count > 0)
            {
                html.Append(" <span class=\"translation\">(");
                html.AppendJoin(" / ", others.Select(n => $"<span{Lang(n.Language)}>{Encode(n.Text)}</span>"));
                html.Append(")</span>");
            }

            html.Append(". ");
        }

        // The title in its language, with its translations and transliterations beside it.
        if (citation.Title is { } title)
        {
            html.Append("<cite").Append(Lang(title.Language ?? citation.Language)).Append('>').Append(Encode(title.Text)).Append("</cite>");
            foreach (var other in title.Translations.Concat(title.Transliterations))
            {
                html.Append(" <span class=\"translation\"").Append(Lang(other.Language)).Append(">[").Append(Encode(other.Text)).Append("]</span>");
            }

            html.Append(". ");
        }

        if (citation.ContainerTitle is { } container)
        {
            html.Append("<i").Append(Lang(container.Language ?? citation.Language)).Append('>').Append(Encode(container.Text)).Append("</i>. ");
        }

        // The date as the reference wrote it (令和7年10月26日), machine-readable in datetime when HTML can say it: a
        // plain year, month or day (not an interval, a season or an approximate date).
        if (citation.Issued is { } issued)
        {
            var shown = issued.OriginalText ?? issued.ToEdtf();
            if (issued.IsInterval || issued.Start.Season is not null || issued.Start.Qualifier != DateQualifier.None || issued.Start.Year is < 1 or > 9999)
            {
                html.Append("<span class=\"date\">").Append(Encode(shown)).Append("</span>. ");
            }
            else
            {
                html.Append("<time datetime=\"").Append(Encode(issued.ToEdtf())).Append("\">").Append(Encode(shown)).Append("</time>. ");
            }
        }

        if (citation.Url is { } url)
        {
            var href = url.OriginalString;
            html.Append("<a href=\"").Append(Encode(href)).Append("\">").Append(Encode(href)).Append("</a> ");
            html.Append(Badge(verdict, checkedLinks));
        }

        var lines = citedAt.Select(l => l.Span.Line.ToString(CultureInfo.InvariantCulture)).ToList();
        html.Append(" <span class=\"meta\" lang=\"en\">").Append(lines.Count == 0 ? "not cited in the text" : "cited at line " + string.Join(", ", lines)).Append("</span>");
        html.Append("</li>\n");
    }

    private static string Badge(LinkCheckResult? result, bool checkedLinks)
    {
        if (!checkedLinks || result is null)
        {
            return "<span class=\"badge badge-unchecked\" lang=\"en\">unchecked</span>";
        }

        var name = LinkCheckNames.Of(result.Verdict);
        var why = new List<string>();
        if (result.HttpStatus is { } status)
        {
            why.Add("HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }

        if (result.Detail is { } detail)
        {
            why.Add(detail);
        }

        if (result.FinalUrl is { } moved && result.Verdict == LinkVerdict.Redirected)
        {
            why.Add("moved to " + moved);
        }

        return $"<span class=\"badge badge-{name}\" lang=\"en\" title=\"{Encode(string.Join("; ", why))}\">{name}</span>";
    }

    /// <summary>A <c>lang</c> attribute; an empty value says "language unknown" rather than inheriting the page's.</summary>
    private static string Lang(string? language) => $" lang=\"{Encode(language ?? "")}\"";

    private static string Encode(string text) => Encoder.Encode(text);

    private static string CategoryName(ReferenceCategory category) => category switch
    {
        ReferenceCategory.Government => "Government documents",
        ReferenceCategory.Media => "News media",
        ReferenceCategory.ExpertCommentary => "Expert commentary",
        ReferenceCategory.Research => "Research institutes",
        _ => "Other sources",
    };
}
