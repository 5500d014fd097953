using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Reads the part of a page that was downloaded with AngleSharp (a browser-grade HTML parser that never throws on bad
/// markup): title, first heading, <c>og:title</c>, anchors, and whether it is a "not found" page. Thread-safe.
/// </summary>
internal sealed class PageInspector
{
    private const int MaxAnchors = 5000;

    private readonly Soft404Phrases _phrases;
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    // A parser (with its browsing context and configuration) costs more to make than a small page costs to parse, and
    // one parser parses one page at a time: parsers are reused, each by one thread at a time, as many as pages are
    // inspected at once.
    private readonly ConcurrentBag<HtmlParser> _parsers = [];

    public PageInspector(Soft404Phrases phrases) => _phrases = phrases;

    public PageFacts Inspect(ReadOnlySpan<byte> body, string? mediaType, string? headerCharset, bool truncated, bool detectSoft404)
    {
        var isPdf = body.StartsWith("%PDF-"u8);
        var isHtml = mediaType is "text/html" or "application/xhtml+xml"
            || (!isPdf && (mediaType is null or "application/octet-stream" or "text/plain") && LooksLikeHtml(body));
        if (!isHtml)
        {
            return new PageFacts { MediaType = mediaType, IsPdf = isPdf, Truncated = truncated };
        }

        var text = PageDecoder.Decode(body, headerCharset, out _);
        if (!_parsers.TryTake(out var parser))
        {
            parser = new HtmlParser(_parserOptions);
        }

        try
        {
            using var document = parser.ParseDocument(text);
            return Read(document, mediaType, truncated, detectSoft404);
        }
        finally
        {
            // Back only once its document has been read: the document shares the parser's browsing context.
            _parsers.Add(parser);
        }
    }

    private PageFacts Read(IHtmlDocument document, string? mediaType, bool truncated, bool detectSoft404)
    {
        var title = Collapse(document.Title);
        var heading = Collapse(document.QuerySelector("h1")?.TextContent);
        var openGraph = Collapse(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (anchors.Count >= MaxAnchors)
            {
                break;
            }

            if (!string.IsNullOrEmpty(element.Id))
            {
                anchors.Add(element.Id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                anchors.Add(name);
            }
        }

        string? signal = null;
        if (detectSoft404)
        {
            signal = Describe("title", _phrases.MatchHeading(title))
                ?? Describe("heading", _phrases.MatchHeading(heading))
                ?? Describe("heading", _phrases.MatchHeading(Collapse(document.QuerySelector("h2")?.TextContent)))
                ?? (truncated ? null : Describe("text", _phrases.MatchBody(Collapse(document.Body?.TextContent))));
        }

        return new PageFacts
        {
            MediaType = mediaType,
            IsHtml = true,
            Truncated = truncated,
            Title = title,
            Heading = heading,
            OpenGraphTitle = openGraph,
            Anchors = anchors,
            NotFoundSignal = signal,
        };
    }

    private static string? Describe(string where, string? phrase) => phrase is null ? null : $"the page {where} says \"{phrase}\"";

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var start = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 512)]).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
