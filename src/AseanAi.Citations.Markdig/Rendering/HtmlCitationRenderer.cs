using System.Globalization;
using System.Net;
using AseanAi.Citations.Markdig.Syntax;
using global::Markdig.Renderers;
using global::Markdig.Renderers.Html;

namespace AseanAi.Citations.Markdig.Rendering;

/// <summary>
/// Writes a citation as Pandoc does, <c>&lt;span class="citation" data-cites="KEY…"&gt;</c>, each cite's text linked to
/// its entry (<c>#ref-KEY</c>, <c>role="doc-biblioref"</c>) with the entry's text in <c>title</c>; the span carries the id
/// the entry's back-links point to. Under a note style the span holds the note's number, linked to the note.
/// </summary>
internal sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        var keys = string.Join(' ', obj.Cites.Select(c => c.Key));
        var resolved = obj.Resolved;
        renderer.Write("<span class=\"citation\" data-cites=\"").WriteEscape(keys).Write('"');
        if (resolved is not null)
        {
            renderer.Write(" id=\"").Write(resolved.Anchor).Write('"');
        }

        renderer.Write('>');
        if (resolved is null)
        {
            // The resolver did not run (a renderer used without the extension's pipeline): the source text, escaped.
            renderer.WriteEscape(string.Join("; ", obj.Cites.Select(c => "@" + c.Key)));
        }
        else if (resolved.NoteNumber > 0)
        {
            var number = resolved.NoteNumber.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<sup><a href=\"#cite-note-").Write(number).Write("\" class=\"footnote-ref\" role=\"doc-noteref\">").Write(number).Write("</a></sup>");
        }
        else
        {
            foreach (var (text, key, title) in resolved.Pieces)
            {
                if (key is null)
                {
                    renderer.Write(text);
                    continue;
                }

                renderer.Write("<a href=\"#ref-").WriteEscapeUrl(key).Write("\" role=\"doc-biblioref\"");
                if (title is not null)
                {
                    renderer.Write(" title=\"").Write(WebUtility.HtmlEncode(title)).Write('"');
                }

                renderer.Write('>').Write(text).Write("</a>");
            }
        }

        renderer.Write("</span>");
    }
}
