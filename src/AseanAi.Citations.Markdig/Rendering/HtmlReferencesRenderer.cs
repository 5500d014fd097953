using System.Net;
using AseanAi.Citations.Markdig.Syntax;
using global::Markdig.Renderers;
using global::Markdig.Renderers.Html;

namespace AseanAi.Citations.Markdig.Rendering;

/// <summary>
/// Writes the bibliography as Pandoc does, <c>&lt;div id="refs" class="references csl-bib-body" role="list"&gt;</c> with one
/// <c>&lt;div id="ref-KEY" class="csl-entry" role="listitem"&gt;</c> per entry, each followed by links back to the
/// citations of it (<c>role="doc-backlink"</c>) when asked.
/// </summary>
internal sealed class HtmlReferencesRenderer : HtmlObjectRenderer<ReferencesBlock>
{
    private readonly bool _backLinks;

    public HtmlReferencesRenderer(bool backLinks)
    {
        _backLinks = backLinks;
    }

    protected override void Write(HtmlRenderer renderer, ReferencesBlock obj)
    {
        if (!obj.IsTarget)
        {
            return;
        }

        renderer.EnsureLine();
        if (obj.Title is not null)
        {
            renderer.Write("<h2 class=\"unnumbered\" id=\"bibliography\">").WriteEscape(obj.Title).WriteLine("</h2>");
        }

        renderer.WriteLine("<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">");
        foreach (var (key, html, citedAt) in obj.Entries)
        {
            renderer.Write("<div id=\"ref-").Write(WebUtility.HtmlEncode(key)).Write("\" class=\"csl-entry\" role=\"listitem\">").Write(html);
            if (_backLinks && !citedAt.IsEmpty)
            {
                renderer.Write(" <span class=\"citation-backlinks\">");
                for (var i = 0; i < citedAt.Length; i++)
                {
                    renderer.Write(i == 0 ? string.Empty : " ").Write("<a href=\"#").Write(citedAt[i]).Write("\" role=\"doc-backlink\" aria-label=\"Back to citation ")
                        .Write((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">↩︎</a>");
                }

                renderer.Write("</span>");
            }

            renderer.WriteLine("</div>");
        }

        renderer.WriteLine("</div>");
    }
}

/// <summary>Writes the notes citations become under a note style: <c>&lt;section class="footnotes citation-notes"&gt;</c>, an ordered list, each note linking back.</summary>
internal sealed class HtmlCitationNotesRenderer : HtmlObjectRenderer<CitationNotesBlock>
{
    protected override void Write(HtmlRenderer renderer, CitationNotesBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes citation-notes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<ol>");
        foreach (var (number, anchor, html) in obj.Notes)
        {
            var n = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<li id=\"cite-note-").Write(n).Write("\">").Write(html)
                .Write(" <a href=\"#").Write(anchor).WriteLine("\" class=\"footnote-back-ref\" role=\"doc-backlink\">↩︎</a></li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
