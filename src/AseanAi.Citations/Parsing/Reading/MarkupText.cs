using System.Text;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>What a stretch of a cleaned line was marked up as in its source.</summary>
internal enum MarkupKind
{
    /// <summary>The text of a Markdown link <c>[text](url)</c> or an HTML <c>&lt;a href&gt;</c>; the span carries the address.</summary>
    Link,

    /// <summary>An address written as a Markdown autolink <c>&lt;https://…&gt;</c>.</summary>
    Autolink,

    /// <summary>
    /// Emphasis: Markdown <c>*…*</c>, <c>**…**</c>, <c>_…_</c>, HTML <c>i</c>, <c>em</c>, <c>b</c>, <c>strong</c>, <c>cite</c>,
    /// LaTeX <c>\textit{…}</c>, <c>\emph{…}</c>, <c>\textbf{…}</c>.
    /// </summary>
    Emphasis,

    /// <summary>Markdown code <c>`…`</c>.</summary>
    Code,
}

/// <summary>A stretch of the cleaned text, [Start, End), and what its markup said.</summary>
internal readonly record struct MarkupSpan(int Start, int End, MarkupKind Kind, string? Url = null);

/// <summary>
/// A reference line with its Markdown and HTML markup read and removed: what a reader sees, with each character's
/// position in the source (for diagnostics and spans) and the links and emphasis the markup gave.
/// </summary>
internal sealed class MarkupText
{
    private MarkupText(string text, int[] origin, List<MarkupSpan> spans)
    {
        Text = text;
        Origin = origin;
        Spans = spans;
    }

    /// <summary>The text as a reader sees it.</summary>
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, its offset in the source; one more entry for the end.</summary>
    public int[] Origin { get; }

    /// <summary>Links, autolinks, emphasis and code, in the order they open.</summary>
    public List<MarkupSpan> Spans { get; }

    /// <summary>Reads the markup of <paramref name="source"/>[0..<paramref name="end"/>).</summary>
    public static MarkupText Read(string source, int end)
    {
        var reader = new Reader(source, end);
        reader.Run();
        return new MarkupText(reader.Output.ToString(), [.. reader.Origins, end], reader.Spans);
    }

    /// <summary>Reads text that carries no markup, as is.</summary>
    public static MarkupText Plain(string text)
    {
        var origin = new int[text.Length + 1];
        for (var i = 0; i <= text.Length; i++)
        {
            origin[i] = i;
        }

        return new MarkupText(text, origin, []);
    }

    /// <summary>The source offset of the cleaned offset <paramref name="index"/>.</summary>
    public int SourceOffset(int index) => Origin[Math.Clamp(index, 0, Origin.Length - 1)];

    private sealed class Reader(string source, int end)
    {
        // Bounds against hostile input: nesting of links and emphasis is cut at this depth, and a link text or address
        // is looked for only this far ahead.
        private const int MaxLinkTextLength = 2000;
        private const int MaxUrlLength = 4000;

        public readonly StringBuilder Output = new(end);
        public readonly List<int> Origins = new(end);
        public readonly List<MarkupSpan> Spans = [];

        private readonly bool _hasHtml = MayHoldHtml(source.AsSpan(0, end));
        private readonly bool _hasTex = MayHoldTex(source.AsSpan(0, end));
        private readonly List<(string Tag, int SpanIndex)> _openTags = [];

        public void Run() => Copy(0, end, inLink: false);

        private void Emit(char c, int origin)
        {
            Output.Append(c);
            Origins.Add(origin);
        }

        /// <summary>Copies source[from..to) into the output, reading the markup inside it.</summary>
        private void Copy(int from, int to, bool inLink)
        {
            var i = from;
            while (i < to)
            {
                var c = source[i];
                switch (c)
                {
                    case '\\' when _hasTex && i + 1 < to && char.IsAsciiLetter(source[i + 1]) && TryTexCommand(i, to, inLink, out var commandEnd):
                        i = commandEnd;
                        continue;
                    case '{' or '}' when _hasTex:
                        // A TeX group that keeps a word's case ({IEEE}, {\"U}ber): markup, not text.
                        i++;
                        continue;
                    case '~' when _hasTex && !(i > from && char.IsAsciiDigit(source[i - 1]) && i + 1 < to && char.IsAsciiDigit(source[i + 1])):
                        // A TeX tie is a space that does not break (Smith,~J.); 45~55 is a range.
                        Emit(' ', i);
                        i++;
                        continue;
                    case '\\' when i + 1 < to && IsEscapable(source[i + 1]):
                        Emit(source[i + 1], i + 1);
                        i += 2;
                        continue;
                    case '!' when i + 1 < to && source[i + 1] == '[' && TryLink(i + 1, to, out var imageText, out var imageEnd, out _):
                        // An image: its alternative text is not part of the reference.
                        _ = imageText;
                        i = imageEnd;
                        continue;
                    case '[' when !inLink && TryLink(i, to, out var text, out var linkEnd, out var url):
                        var start = Output.Length;
                        Copy(text.Start, text.End, inLink: true);
                        Spans.Add(new MarkupSpan(start, Output.Length, MarkupKind.Link, url));
                        i = linkEnd;
                        continue;
                    case '<' when TryAutolink(i, to, out var address, out var autolinkEnd):
                        var autolinkStart = Output.Length;
                        Copy(i + 1, i + 1 + address.Length, inLink: true);
                        Spans.Add(new MarkupSpan(autolinkStart, Output.Length, MarkupKind.Autolink, address));
                        i = autolinkEnd;
                        continue;
                    case '<' when _hasHtml && TryTag(i, to, out var tagEnd):
                        i = tagEnd;
                        continue;
                    case '&' when TryEntity(i, to, out var decoded, out var entityEnd):
                        foreach (var d in decoded)
                        {
                            Emit(d, i);
                        }

                        i = entityEnd;
                        continue;
                    case '*' or '_' when TryEmphasis(i, to, out var inner, out var emphasisEnd):
                        var emphasisStart = Output.Length;
                        Copy(inner.Start, inner.End, inLink);
                        Spans.Add(new MarkupSpan(emphasisStart, Output.Length, MarkupKind.Emphasis));
                        i = emphasisEnd;
                        continue;
                    case '@' when i + 1 < to && source[i + 1] == '<' && TryReviewInline(i, to, out var inlineContent, out var inlineEnd, out var inlineName):
                        // Re:VIEW inline markup: @<tcy>{15}, @<href>{url}, @<br>{}.
                        if (inlineName == "br")
                        {
                            Emit(' ', i);
                        }
                        else
                        {
                            Copy(inlineContent.Start, inlineContent.End, inLink);
                        }

                        i = inlineEnd;
                        continue;
                    case '{' when i + 1 < to && source[i + 1] == ':' && source.IndexOf('}', i, Math.Min(to - i, 200)) is > 0 and var attributesEnd:
                        // A kramdown attribute list, {:target="_blank"}: markup, not text.
                        i = attributesEnd + 1;
                        continue;
                    case '`' when TryCode(i, to, out var code, out var codeEnd):
                        var codeStart = Output.Length;
                        for (var k = code.Start; k < code.End; k++)
                        {
                            Emit(source[k], k);
                        }

                        Spans.Add(new MarkupSpan(codeStart, Output.Length, MarkupKind.Code));
                        i = codeEnd;
                        continue;
                    default:
                        Emit(c, i);
                        i++;
                        continue;
                }
            }
        }

        // ---- Markdown links: [text](address), [text](<address>), [text](address "title") -------------------------

        private bool TryLink(int open, int to, out (int Start, int End) text, out int linkEnd, out string url)
        {
            text = default;
            linkEnd = open;
            url = string.Empty;
            var depth = 0;
            var close = -1;
            var limit = Math.Min(to, open + MaxLinkTextLength);
            for (var k = open; k < limit; k++)
            {
                var c = source[k];
                if (c == '\\')
                {
                    k++;
                    continue;
                }

                if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    close = k;
                    break;
                }
            }

            if (close < 0 || close + 1 >= to || source[close + 1] != '(')
            {
                return false;
            }

            var p = close + 2;
            while (p < to && source[p] == ' ')
            {
                p++;
            }

            int urlStart, urlEnd;
            if (p < to && source[p] == '<')
            {
                urlStart = p + 1;
                urlEnd = source.IndexOf('>', urlStart, Math.Min(to, urlStart + MaxUrlLength) - urlStart);
                if (urlEnd < 0)
                {
                    return false;
                }

                p = urlEnd + 1;
            }
            else
            {
                urlStart = p;
                urlEnd = UrlScanner.DestinationEnd(source.AsSpan(0, Math.Min(to, urlStart + MaxUrlLength)), urlStart);
                p = urlEnd;
            }

            // An optional title in quotes, then the closing parenthesis.
            while (p < to && source[p] == ' ')
            {
                p++;
            }

            if (p < to && source[p] is '"' or '\'')
            {
                var quote = source[p];
                var closeQuote = source.IndexOf(quote, p + 1, Math.Min(to, p + 1 + MaxLinkTextLength) - (p + 1));
                if (closeQuote < 0)
                {
                    return false;
                }

                p = closeQuote + 1;
                while (p < to && source[p] == ' ')
                {
                    p++;
                }
            }

            if (p >= to || source[p] != ')')
            {
                return false;
            }

            text = (open + 1, close);
            linkEnd = p + 1;
            url = Unescape(source.AsSpan(urlStart, urlEnd - urlStart));
            return true;
        }

        private bool TryAutolink(int open, int to, out string address, out int autolinkEnd)
        {
            address = string.Empty;
            autolinkEnd = open;
            var rest = source.AsSpan(open + 1, to - open - 1);
            if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var close = UrlScanner.AutolinkClose(source.AsSpan(0, Math.Min(to, open + 1 + MaxUrlLength)), open + 1);
            if (close < 0)
            {
                return false;
            }

            address = source[(open + 1)..close];
            autolinkEnd = close + 1;
            return true;
        }

        // ---- HTML tags and entities ---------------------------------------------------------------------------------

        // ---- LaTeX, as thebibliography entries write it: \textit{…}, \emph{…}, \url{…}, \href{url}{text}, \newblock --

        private static bool MayHoldTex(ReadOnlySpan<char> text) =>
            text.Contains('\\') && (text.Contains("\\bibitem", StringComparison.Ordinal) || text.Contains("\\item", StringComparison.Ordinal) || text.Contains("\\textit{", StringComparison.Ordinal)
            || text.Contains("\\emph{", StringComparison.Ordinal) || text.Contains("\\textbf{", StringComparison.Ordinal) || text.Contains("\\url{", StringComparison.Ordinal)
            || text.Contains("\\href{", StringComparison.Ordinal) || text.Contains("\\newblock", StringComparison.Ordinal));

        /// <summary>
        /// Reads the TeX command at <paramref name="at"/>: emphasis commands become emphasis, <c>\url</c> an autolink,
        /// <c>\href</c> a link, <c>\newblock</c> a space; an unknown command with no argument is dropped. Commands this
        /// does not read are left as text, and \bibitem and \item are copied as written for the list label to read.
        /// </summary>
        private bool TryTexCommand(int at, int to, bool inLink, out int commandEnd)
        {
            commandEnd = at;
            var nameEnd = at + 1;
            while (nameEnd < to && char.IsAsciiLetter(source[nameEnd]))
            {
                nameEnd++;
            }

            var name = source.AsSpan(at + 1, nameEnd - at - 1);
            if (name is "newblock" or "par" or "quad" or "relax")
            {
                Emit(' ', at);
                commandEnd = nameEnd;
                return true;
            }

            if (name is "bibitem")
            {
                // The list label reads \bibitem[label]{key} from the text as written.
                var keyEnd = nameEnd;
                if (keyEnd < to && source[keyEnd] == '[' && source.IndexOf(']', keyEnd, Math.Min(60, to - keyEnd)) is > 0 and var optionClose)
                {
                    keyEnd = optionClose + 1;
                }

                if (keyEnd < to && source[keyEnd] == '{' && TexGroupEnd(keyEnd, to) is > 0 and var keyClose)
                {
                    keyEnd = keyClose + 1;
                }

                for (var k = at; k < keyEnd; k++)
                {
                    Emit(source[k], k);
                }

                commandEnd = keyEnd;
                return true;
            }

            if (name is "item" || nameEnd >= to || source[nameEnd] != '{' || TexGroupEnd(nameEnd, to) is not (> 0 and var close))
            {
                return false;
            }

            switch (name)
            {
                case "textit" or "emph" or "textbf" or "textsl" or "textsc" or "mbox" or "textrm" or "textup":
                    var start = Output.Length;
                    Copy(nameEnd + 1, close, inLink);
                    if (name is not ("mbox" or "textrm" or "textup"))
                    {
                        Spans.Add(new MarkupSpan(start, Output.Length, MarkupKind.Emphasis));
                    }

                    commandEnd = close + 1;
                    return true;
                case "url" when !inLink:
                    var urlStart = Output.Length;
                    for (var k = nameEnd + 1; k < close; k++)
                    {
                        Emit(source[k], k);
                    }

                    Spans.Add(new MarkupSpan(urlStart, Output.Length, MarkupKind.Autolink, source[(nameEnd + 1)..close]));
                    commandEnd = close + 1;
                    return true;
                case "href" when !inLink && close + 1 < to && source[close + 1] == '{' && TexGroupEnd(close + 1, to) is > 0 and var textClose:
                    var linkStart = Output.Length;
                    Copy(close + 2, textClose, inLink: true);
                    Spans.Add(new MarkupSpan(linkStart, Output.Length, MarkupKind.Link, source[(nameEnd + 1)..close]));
                    commandEnd = textClose + 1;
                    return true;
                default:
                    return false;
            }
        }

        // The brace that closes the group opened at <paramref name="open"/>, or -1.
        private int TexGroupEnd(int open, int to)
        {
            var depth = 0;
            var limit = Math.Min(to, open + MaxLinkTextLength);
            for (var k = open; k < limit; k++)
            {
                switch (source[k])
                {
                    case '\\':
                        k++;
                        break;
                    case '{':
                        depth++;
                        break;
                    case '}' when --depth == 0:
                        return k;
                }
            }

            return -1;
        }

        private static bool MayHoldHtml(ReadOnlySpan<char> text)
        {
            var i = text.IndexOf('<');
            while (i >= 0 && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (char.IsAsciiLetter(next) || next == '/')
                {
                    return true;
                }

                var further = text[(i + 1)..].IndexOf('<');
                i = further < 0 ? -1 : i + 1 + further;
            }

            return false;
        }

        private bool TryTag(int open, int to, out int tagEnd)
        {
            tagEnd = open;
            var p = open + 1;
            var closing = p < to && source[p] == '/';
            if (closing)
            {
                p++;
            }

            var nameStart = p;
            while (p < to && (char.IsAsciiLetterOrDigit(source[p])))
            {
                p++;
            }

            if (p == nameStart || p - nameStart > 10)
            {
                return false;
            }

            var name = InvariantCase.ToLower(source.AsSpan(nameStart, p - nameStart).ToString());
            var close = source.IndexOf('>', p, Math.Min(to, p + MaxLinkTextLength) - p);
            if (close < 0 || !IsKnownTag(name))
            {
                return false;
            }

            var attributes = source.AsSpan(p, close - p);
            tagEnd = close + 1;
            if (closing)
            {
                CloseTag(name);
                return true;
            }

            switch (name)
            {
                case "br" or "hr":
                    Emit(' ', open);
                    break;
                case "a":
                    _openTags.Add((name, Spans.Count));
                    Spans.Add(new MarkupSpan(Output.Length, -1, MarkupKind.Link, Attribute(attributes, "href")));
                    break;
                case "i" or "em" or "b" or "strong" or "cite":
                    _openTags.Add((name, Spans.Count));
                    Spans.Add(new MarkupSpan(Output.Length, -1, MarkupKind.Emphasis));
                    break;
                case "code":
                    _openTags.Add((name, Spans.Count));
                    Spans.Add(new MarkupSpan(Output.Length, -1, MarkupKind.Code));
                    break;
                case "li" or "p" or "div" or "td" or "th" or "tr":
                    // A block boundary: the reader sees a space between blocks.
                    if (Output.Length > 0 && Output[^1] != ' ')
                    {
                        Emit(' ', open);
                    }

                    break;
            }

            return true;
        }

        private void CloseTag(string name)
        {
            for (var k = _openTags.Count - 1; k >= 0; k--)
            {
                if (_openTags[k].Tag == name || (name is "b" or "strong" or "em" or "i" or "cite" && _openTags[k].Tag is "b" or "strong" or "em" or "i" or "cite"))
                {
                    var index = _openTags[k].SpanIndex;
                    Spans[index] = Spans[index] with { End = Output.Length };
                    _openTags.RemoveAt(k);
                    return;
                }
            }
        }

        private static bool IsKnownTag(string name) => name is "a" or "i" or "em" or "b" or "strong" or "cite" or "code" or "br" or "hr"
            or "li" or "ul" or "ol" or "p" or "div" or "span" or "sup" or "sub" or "small" or "u" or "font" or "td" or "th" or "tr" or "q" or "abbr" or "mark";

        private static string? Attribute(ReadOnlySpan<char> attributes, string name)
        {
            var at = attributes.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var p = at + name.Length;
                while (p < attributes.Length && attributes[p] == ' ')
                {
                    p++;
                }

                if (p < attributes.Length && attributes[p] == '=')
                {
                    p++;
                    while (p < attributes.Length && attributes[p] == ' ')
                    {
                        p++;
                    }

                    if (p < attributes.Length && attributes[p] is '"' or '\'')
                    {
                        var quote = attributes[p];
                        var close = attributes[(p + 1)..].IndexOf(quote);
                        if (close >= 0)
                        {
                            return DecodeEntities(attributes.Slice(p + 1, close));
                        }
                    }
                    else
                    {
                        var stop = attributes[p..].IndexOfAny(' ', '>');
                        return DecodeEntities(stop < 0 ? attributes[p..] : attributes.Slice(p, stop));
                    }
                }

                var further = attributes[(at + name.Length)..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
                at = further < 0 ? -1 : at + name.Length + further;
            }

            return null;
        }

        private bool TryEntity(int amp, int to, out string decoded, out int entityEnd)
        {
            decoded = string.Empty;
            entityEnd = amp;
            var semicolon = source.IndexOf(';', amp + 1, Math.Min(to, amp + 10) - (amp + 1));
            if (semicolon < 0)
            {
                return false;
            }

            if (Entity(source.AsSpan(amp + 1, semicolon - amp - 1)) is not { } text)
            {
                return false;
            }

            decoded = text;
            entityEnd = semicolon + 1;
            return true;
        }

        private static string DecodeEntities(ReadOnlySpan<char> text)
        {
            if (!text.Contains('&'))
            {
                return text.ToString();
            }

            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '&')
                {
                    var semicolon = text[(i + 1)..].IndexOf(';');
                    if (semicolon is > 0 and < 9 && Entity(text.Slice(i + 1, semicolon)) is { } value)
                    {
                        builder.Append(value);
                        i += semicolon + 1;
                        continue;
                    }
                }

                builder.Append(text[i]);
            }

            return builder.ToString();
        }

        private static string? Entity(ReadOnlySpan<char> name)
        {
            switch (name)
            {
                case "amp": return "&";
                case "lt": return "<";
                case "gt": return ">";
                case "quot": return "\"";
                case "apos": return "'";
                case "nbsp": return " ";
                case "ndash": return "–";
                case "mdash": return "—";
                case "hellip": return "…";
                case "laquo": return "«";
                case "raquo": return "»";
                case "ldquo": return "“";
                case "rdquo": return "”";
                case "lsquo": return "‘";
                case "rsquo": return "’";
            }

            if (name.Length >= 2 && name[0] == '#')
            {
                var hex = name[1] is 'x' or 'X';
                var digits = hex ? name[2..] : name[1..];
                if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    && code is > 0 and <= 0x10FFFF && code is not (>= 0xD800 and <= 0xDFFF))
                {
                    return char.ConvertFromUtf32(code);
                }
            }

            return null;
        }

        // ---- Emphasis and code --------------------------------------------------------------------------------------

        private bool TryEmphasis(int open, int to, out (int Start, int End) inner, out int emphasisEnd)
        {
            inner = default;
            emphasisEnd = open;
            var marker = source[open];
            var run = 1;
            while (open + run < to && source[open + run] == marker && run < 3)
            {
                run++;
            }

            var contentStart = open + run;
            if (contentStart >= to || WhiteSpaceOrEnd(source[contentStart]))
            {
                return false;
            }

            // _ inside a word (snake_case, URLs) is not emphasis.
            if (marker == '_' && open > 0 && char.IsLetterOrDigit(source[open - 1]))
            {
                return false;
            }

            var limit = Math.Min(to, contentStart + MaxLinkTextLength);
            for (var k = contentStart + 1; k + run <= limit; k++)
            {
                if (source[k] == '\\')
                {
                    k++;
                    continue;
                }

                if (source[k] != marker || source.AsSpan(k, run).ContainsAnyExcept(marker) || WhiteSpaceOrEnd(source[k - 1]))
                {
                    continue;
                }

                var after = k + run;
                if (after < to && source[after] == marker)
                {
                    continue;
                }

                if (marker == '_' && after < to && char.IsLetterOrDigit(source[after]))
                {
                    continue;
                }

                inner = (contentStart, k);
                emphasisEnd = after;
                return true;
            }

            return false;
        }

        private bool TryReviewInline(int at, int to, out (int Start, int End) content, out int inlineEnd, out string name)
        {
            content = default;
            inlineEnd = at;
            name = string.Empty;
            var close = source.IndexOf('>', at + 2, Math.Min(12, to - at - 2));
            if (close < 0 || close + 1 >= to || source[close + 1] != '{')
            {
                return false;
            }

            name = source[(at + 2)..close];
            if (name.Length == 0 || !name.All(char.IsAsciiLetterLower))
            {
                return false;
            }

            var end = source.IndexOf('}', close + 2, Math.Min(MaxLinkTextLength, to - close - 2));
            if (end < 0)
            {
                return false;
            }

            content = (close + 2, end);
            inlineEnd = end + 1;
            return true;
        }

        private bool TryCode(int open, int to, out (int Start, int End) code, out int codeEnd)
        {
            code = default;
            codeEnd = open;
            var close = source.IndexOf('`', open + 1, Math.Min(to, open + 1 + MaxLinkTextLength) - (open + 1));
            if (close <= open + 1)
            {
                return false;
            }

            code = (open + 1, close);
            codeEnd = close + 1;
            return true;
        }

        private static bool WhiteSpaceOrEnd(char c) => char.IsWhiteSpace(c);

        // ASCII punctuation that a Markdown backslash escapes (CommonMark, "Backslash escapes").
        private static bool IsEscapable(char c) => c is '!' or '"' or '#' or '$' or '%' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or '-' or '.'
            or '/' or ':' or ';' or '<' or '=' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

        private static string Unescape(ReadOnlySpan<char> text)
        {
            if (!text.Contains('\\') && !text.Contains('&'))
            {
                return text.ToString();
            }

            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
                {
                    builder.Append(text[++i]);
                    continue;
                }

                builder.Append(text[i]);
            }

            return DecodeEntities(builder.ToString());
        }
    }
}
