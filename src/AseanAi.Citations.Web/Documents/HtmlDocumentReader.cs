using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Web.Documents;

/// <summary>
/// Reads HTML documents through AngleSharp's HTML5 parser: the <c>title</c> element (or the first <c>h1</c>), headings
/// <c>h1</c>–<c>h6</c>, paragraphs, list items and definition-list entries become <see cref="DocumentBlock"/>s. Links keep
/// their targets as Markdown-style <c>[text](href)</c>, so that the reference parser sees the URL of a linked title.
/// </summary>
/// <remarks>
/// <para>
/// HTML5 parsing recovers from any markup, so bad or hostile HTML never throws; scripts, styles and templates are
/// skipped. Instances are immutable and thread-safe.
/// </para>
/// <para>
/// Long pages stream: the input is cut, in one pass, into pieces of about 64 K characters at the start tag of a block
/// element (never inside a comment, script, style, pre, table, select, template, svg or math), and each piece is
/// parsed on its own, so memory stays in proportion to the piece rather than the page. A page shorter than that is
/// parsed whole. Where no such boundary comes within 1 M characters (a giant table), the piece is cut at the next
/// block or table-row tag; a comment or script longer than that is skipped past. Markup that spans a cut (an
/// <c>a</c> element around several paragraphs) is closed at the cut, as a parser closes it at the end of a document.
/// </para>
/// </remarks>
public sealed class HtmlDocumentReader : DocumentReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true };

    // A <br> is kept as this mark until the block is cut into lines (U+2028 LINE SEPARATOR does not occur in HTML text
    // as typed); blocks with fewer lines than MinBrokenLines read it as a space.
    private const char LineBreak = '\u2028';
    private const int MinBrokenLines = 3;

    // What a note's back-link shows (↩ with or without its emoji selector, ↑, ^): trimmed from the end of an entry.
    private static readonly char[] BackLinkMarks = ['\u21A9', '\uFE0E', '\uFE0F', '\u2191', '^', ' '];

    /// <summary>A shared instance.</summary>
    public static HtmlDocumentReader Instance { get; } = new();

    /// <inheritdoc />
    public override async IAsyncEnumerable<DocumentBlock> ReadBlocksAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var parser = new HtmlParser(ParserOptions);
        var firstHeading = true;
        var firstChunk = true;
        string? language = null;
        await foreach (var chunk in HtmlChunker.SplitAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            using var document = await parser.ParseDocumentAsync(chunk.Html, cancellationToken).ConfigureAwait(false);
            if (firstChunk)
            {
                firstChunk = false;
                language = DeclaredLanguageOf(document);
                var title = document.Title?.Trim();
                if (!string.IsNullOrEmpty(title))
                {
                    var titleElement = document.Head?.QuerySelector("title");
                    yield return new DocumentBlock(DocumentBlockKind.Heading, title, SpanOf(titleElement, title.Length, chunk), 1) { Language = language };
                    language = null;
                    firstHeading = false;
                }
            }

            if (document.Body is null)
            {
                continue;
            }

            foreach (var block in BlocksOf(document.Body, chunk, cancellationToken))
            {
                // Only the document's first heading keeps level 1; a later h1 is a section.
                var isHeading = block.Kind == DocumentBlockKind.Heading;
                var read = isHeading && block.Level == 1 && !firstHeading ? new DocumentBlock(block.Kind, block.Text, block.Span, 2) : block;
                yield return language is null ? read : read with { Language = language };
                language = null;
                firstHeading &= !isHeading;
            }
        }
    }

    /// <summary>The language the page declares on its root element: <c>lang</c>, else <c>xml:lang</c>; empty values count as none.</summary>
    private static string? DeclaredLanguageOf(AngleSharp.Dom.IDocument document)
    {
        var root = document.DocumentElement;
        foreach (var name in (ReadOnlySpan<string>)["lang", "xml:lang"])
        {
            if (root?.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static IEnumerable<DocumentBlock> BlocksOf(IElement body, HtmlChunk chunk, CancellationToken cancellationToken)
    {
        foreach (var (element, isNote) in Blocks(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = TextOf(element);
            if (text.Length == 0)
            {
                continue;
            }

            var span = SpanOf(element, text.Length, chunk);
            var name = element.LocalName;
            if (isNote)
            {
                // An entry of a footnote or bibliography block: one reference wherever it stands, which the document
                // builder takes from its kind; the back-link arrows are gone with their anchors.
                var entry = text.Replace(LineBreak, ' ').Trim(BackLinkMarks);
                if (entry.Length > 0)
                {
                    yield return new DocumentBlock(DocumentBlockKind.Note, entry, span);
                }

                continue;
            }

            if (name == "tr")
            {
                foreach (var cell in RowBlocks(element, span))
                {
                    yield return cell;
                }

                continue;
            }

            var lines = text.Split(LineBreak, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var isHeading = name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
            if (lines.Length >= MinBrokenLines)
            {
                // Entries separated by <br> in one paragraph (a reading list typed into one <p>): one block per line.
                foreach (var line in lines)
                {
                    yield return new DocumentBlock(DocumentBlockKind.Paragraph, line, span);
                }

                continue;
            }

            text = text.Replace(LineBreak, ' ');
            if (isHeading && CountWebLinks(text) >= 2)
            {
                // Links run together in one heading: each link is a line of its own, not a heading.
                foreach (var link in SplitLinks(text))
                {
                    yield return new DocumentBlock(DocumentBlockKind.Paragraph, link, span);
                }
            }
            else if (isHeading && element.Closest("a") is { } anchor && anchor.GetAttribute("href") is { } href && IsWebLink(href))
            {
                // <a href><h3>title</h3></a>: a linked card, not a section.
                yield return new DocumentBlock(DocumentBlockKind.Paragraph, "[" + text.Replace("]", ")", StringComparison.Ordinal) + "](" + href.Replace(" ", "%20", StringComparison.Ordinal) + ")", span);
            }
            else if (isHeading)
            {
                yield return new DocumentBlock(DocumentBlockKind.Heading, text, span, name[1] - '0');
            }
            else if (name is "li" or "dd" or "dt")
            {
                yield return new DocumentBlock(DocumentBlockKind.ListItem, text, span);
            }
            else
            {
                yield return new DocumentBlock(DocumentBlockKind.Paragraph, text, span);
            }
        }
    }

    /// <summary>
    /// The blocks of a table row whose cells hold no block elements, as the Markdown reader gives a pipe table's rows:
    /// each web link of the row a list item of its own (a table of sources lists several pages per row); a row without
    /// links one <see cref="DocumentBlockKind.TableRow"/> of its cells' text joined by <c> | </c>.
    /// </summary>
    private static IEnumerable<DocumentBlock> RowBlocks(IElement row, SourceSpan span)
    {
        var links = 0;
        foreach (var anchor in row.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            if (!IsWebLink(href) || IsBackLink(anchor) || (anchor.QuerySelector("img") is not null && string.IsNullOrWhiteSpace(anchor.TextContent)))
            {
                continue;
            }

            var label = TextOf(anchor).Replace(LineBreak, ' ');
            links++;
            yield return new DocumentBlock(
                DocumentBlockKind.ListItem,
                label.Length == 0 || label == href ? href : "[" + label.Replace("]", ")", StringComparison.Ordinal) + "](" + href.Replace(" ", "%20", StringComparison.Ordinal) + ")",
                span);
        }

        if (links > 0)
        {
            yield break;
        }

        var cells = row.Children.Where(cell => cell.LocalName is "td" or "th").Select(cell => TextOf(cell).Replace(LineBreak, ' ')).Where(text => text.Length > 0).ToList();
        if (cells.Count > 0)
        {
            yield return new DocumentBlock(DocumentBlockKind.TableRow, string.Join(" | ", cells), span);
        }
    }

    /// <summary>
    /// The block elements in document order; a list item that holds paragraphs yields the paragraphs. Within a footnote
    /// or bibliography block (<see cref="IsNoteBlock"/>) each entry is yielded whole as a note, its headings as
    /// headings; so is a footnote list item (<c>li id="fn1"</c>) anywhere.
    /// </summary>
    private static IEnumerable<(IElement Element, bool IsNote)> Blocks(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var name = element.LocalName;
            if (name is "script" or "style" or "template" or "noscript" or "svg" or "math" or "nav")
            {
                continue;
            }

            if (IsNavigation(element))
            {
                continue;
            }

            if (IsNoteBlock(element))
            {
                foreach (var part in NoteEntries(element))
                {
                    yield return part;
                }

                continue;
            }

            if (IsFootnoteItem(element))
            {
                yield return (element, true);
                continue;
            }

            if (IsLocalLinksOnly(element))
            {
                continue;
            }

            var isBlock = name is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || (name is "li" or "dt" or "dd" or "caption" && !element.Children.Any(IsBlockElement))
                || (name == "tr" && element.QuerySelector(BlockSelector) is null)
                || (name == "div" && !element.Children.Any(IsBlockElement) && HasOwnText(element))
                || (name is "div" or "section" or "article" or "main" or "aside" or "blockquote" or "center" or "header"
                    && element.QuerySelector(BlockSelector) is null && !string.IsNullOrWhiteSpace(element.TextContent));
            if (isBlock)
            {
                yield return (element, false);
                continue;
            }

            for (var i = element.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(element.Children[i]);
            }
        }
    }

    /// <summary>
    /// Whether the element is a block of footnotes or a bibliography: <c>section.footnotes</c>, <c>div.footnotes</c>,
    /// <c>ol.references</c>, <c>div.references</c>, <c>div.csl-bib-body</c>, pandoc's <c>div#refs</c>, the ARIA roles
    /// <c>doc-endnotes</c>, <c>doc-footnotes</c> and <c>doc-bibliography</c>, and an <c>aside</c> whose class, id or role
    /// names footnotes, notes, references, a bibliography, sources or citations.
    /// </summary>
    private static bool IsNoteBlock(IElement element)
    {
        var name = element.LocalName;
        var role = element.GetAttribute("role");
        if (role is "doc-endnotes" or "doc-footnotes" or "doc-bibliography")
        {
            return true;
        }

        var classes = element.ClassList;
        if (name is "section" or "div" && (classes.Contains("footnotes") || classes.Contains("csl-bib-body") || classes.Contains("references") || classes.Contains("bibliography")))
        {
            return true;
        }

        if (name is "ol" or "ul" && (classes.Contains("references") || classes.Contains("footnotes") || classes.Contains("bibliography")))
        {
            return true;
        }

        if (name == "div" && element.Id is "refs" or "footnotes" or "references" or "bibliography")
        {
            return true;
        }

        if (name != "aside")
        {
            return false;
        }

        var names = (element.ClassName + " " + element.Id + " " + role).ToLowerInvariant();
        foreach (var word in (ReadOnlySpan<string>)["footnote", "endnote", "notes", "reference", "bibliograph", "sources", "citation"])
        {
            if (names.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element is the page's chrome rather than its content: a <c>footer</c>, the ARIA roles
    /// <c>navigation</c> and <c>contentinfo</c>, or a class that names a menu, a navigation bar, a side panel, a
    /// breadcrumb trail or a footer.
    /// </summary>
    private static bool IsNavigation(IElement element)
    {
        if (element.LocalName == "footer" || element.GetAttribute("role") is "navigation" or "contentinfo")
        {
            return true;
        }

        foreach (var token in element.ClassList)
        {
            if (token.ToLowerInvariant() is "nav" or "navbar" or "navigation" or "topnav" or "bottomnav" or "sidenav" or "sidepanel" or "sidebar-nav"
                or "breadcrumb" or "breadcrumbs" or "menu" or "footer" or "site-footer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a short block holds nothing but links within the site (<c>a href="page.html"</c>, <c>#anchor</c>): a
    /// navigation item, whose text alone is no reference. A block with a year in it is kept.
    /// </summary>
    private static bool IsLocalLinksOnly(IElement element)
    {
        if (element.LocalName is not ("p" or "li" or "div" or "dt" or "dd"))
        {
            return false;
        }

        var text = element.TextContent.Trim();
        if (text.Length == 0 || text.Length > 40 || text.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var anchors = element.QuerySelectorAll("a[href]");
        if (anchors.Length == 0 || anchors.Any(a => IsWebLink(a.GetAttribute("href")!)))
        {
            return false;
        }

        var linked = anchors.Sum(a => a.TextContent.Trim().Length);
        var own = text.Count(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && c != '\u00A0');
        var linkedLetters = anchors.Sum(a => a.TextContent.Count(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && c != '\u00A0'));
        return linked > 0 && linkedLetters >= own;
    }

    /// <summary>A footnote list item: <c>li</c> with an id such as <c>fn1</c>, <c>fn:1</c>, <c>fn-1</c> or <c>cite_note-1</c>.</summary>
    private static bool IsFootnoteItem(IElement element) =>
        element.LocalName == "li" && element.Id is { Length: > 2 } id
        && ((id.StartsWith("fn", StringComparison.OrdinalIgnoreCase) && (char.IsAsciiDigit(id[2]) || (id[2] is ':' or '-' or '_' && !id.StartsWith("fnref", StringComparison.OrdinalIgnoreCase))))
            || id.StartsWith("cite_note", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The entries of a note block in document order: its headings, then each <c>div.csl-entry</c>, or else each
    /// outermost <c>li</c>, or else each paragraph; a block with none of these is one entry.
    /// </summary>
    private static IEnumerable<(IElement Element, bool IsNote)> NoteEntries(IElement block)
    {
        var hasCsl = block.QuerySelector("div.csl-entry") is not null;
        var hasItems = block.QuerySelector("li") is not null;
        var hasParagraphs = block.QuerySelector("p") is not null;
        if (!hasCsl && !hasItems && !hasParagraphs)
        {
            yield return (block, true);
            yield break;
        }

        var stack = new Stack<IElement>();
        for (var i = block.Children.Length - 1; i >= 0; i--)
        {
            stack.Push(block.Children[i]);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var name = element.LocalName;
            if (name is "script" or "style" or "template" or "noscript" or "svg" or "math" or "nav")
            {
                continue;
            }

            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                yield return (element, false);
                continue;
            }

            var isEntry = hasCsl ? name == "div" && element.ClassList.Contains("csl-entry") : hasItems ? name == "li" : name == "p";
            if (isEntry)
            {
                yield return (element, true);
                continue;
            }

            for (var i = element.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(element.Children[i]);
            }
        }
    }

    /// <summary>Whether an anchor leads back from a note to where it is cited (<c>#fnref1</c>, <c>role="doc-backlink"</c>, a lone ↩ or ↑).</summary>
    private static bool IsBackLink(IElement anchor)
    {
        var href = anchor.GetAttribute("href") ?? string.Empty;
        if (href.StartsWith("#fnref", StringComparison.OrdinalIgnoreCase) || href.StartsWith("#cite_ref", StringComparison.OrdinalIgnoreCase)
            || anchor.GetAttribute("role") == "doc-backlink" || anchor.ClassList.Contains("footnote-back") || anchor.ClassList.Contains("reversefootnote"))
        {
            return true;
        }

        var text = anchor.TextContent.Trim();
        return href.StartsWith('#') && text.Length > 0 && text.AsSpan().TrimStart(BackLinkMarks).IsEmpty;
    }

    private const string BlockSelector = "p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, dl, table, blockquote, section, article";

    private static bool IsBlockElement(IElement element) =>
        element.LocalName is "p" or "div" or "ul" or "ol" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dl" or "table" or "blockquote" or "section" or "article";

    private static bool HasOwnText(IElement element) => element.ChildNodes.Any(node => node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent));

    /// <summary>The element's text with white space collapsed and links written as [text](href).</summary>
    private static string TextOf(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return Collapse(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append(LineBreak);
                    break;
                case IElement { LocalName: "a" } backLink when IsBackLink(backLink):
                    break;
                case IElement { LocalName: "a" } imageLink when imageLink.QuerySelector("img") is not null && string.IsNullOrWhiteSpace(imageLink.TextContent):
                    // A linked image (a banner, a download button) says nothing a reader could cite.
                    break;
                case IElement { LocalName: "a" } anchor when anchor.GetAttribute("href") is { } href && IsWebLink(href):
                    var inner = new StringBuilder();
                    Append(anchor, inner);
                    var label = Collapse(inner.ToString());
                    if (label.Length == 0 || label == href)
                    {
                        builder.Append(' ').Append(href).Append(' ');
                    }
                    else
                    {
                        builder.Append('[').Append(label.Replace("]", ")", StringComparison.Ordinal)).Append("](").Append(href.Replace(" ", "%20", StringComparison.Ordinal)).Append(')');
                    }

                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }

    private static int CountWebLinks(string text)
    {
        var count = 0;
        var at = 0;
        while ((at = text.IndexOf("](http", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            count++;
            at += 6;
        }

        var bare = 0;
        at = 0;
        while ((at = text.IndexOf(" http", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bare++;
            at += 5;
        }

        return count + bare;
    }

    /// <summary>The text cut before each link ([text](url) or a bare URL), so that each piece holds one link.</summary>
    private static IEnumerable<string> SplitLinks(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var startsLink = (text[i] == '[' && text.IndexOf("](http", i, StringComparison.OrdinalIgnoreCase) is var close and > 0 && text.IndexOf('[', i + 1) is var next && (next < 0 || next > close))
                || (text[i - 1] == ' ' && text.AsSpan(i).StartsWith("http", StringComparison.OrdinalIgnoreCase));
            if (startsLink && text.AsSpan(start, i - start).Trim().Length > 0 && (text.AsSpan(start, i - start).Contains("http", StringComparison.OrdinalIgnoreCase)))
            {
                pieces.Add(text[start..i].Trim());
                start = i;
            }
        }

        pieces.Add(text[start..].Trim());
        return pieces.Where(p => p.Length > 0);
    }

    private static bool IsWebLink(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == LineBreak)
            {
                builder.Append(c);
                space = false;
                continue;
            }

            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Where <paramref name="element"/> stands in the whole document: its place in its piece, moved by where the piece starts.</summary>
    private static SourceSpan SpanOf(IElement? element, int length, HtmlChunk chunk)
    {
        var position = element?.SourceReference?.Position;
        if (position is not { } p || p.Line < 1)
        {
            return new SourceSpan(chunk.Offset, length, chunk.Line, chunk.Column);
        }

        var column = p.Line == 1 ? chunk.Column + Math.Max(1, p.Column) - 1 : Math.Max(1, p.Column);
        // AngleSharp counts positions from 1, like lines and columns.
        return new SourceSpan(chunk.Offset + Math.Max(0, p.Position - 1), length, chunk.Line + p.Line - 1, column);
    }
}
