using System.Globalization;
using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Finds the http and https URLs written in a text and decides where each ends. The reference parser
/// (<see cref="Citation.Url"/>) and the link checker both use it, so the URL a reference gives is the URL that is checked.
/// </summary>
/// <remarks>
/// <para>The rules (docs/parsing.md, "Where a URL ends"):</para>
/// <list type="bullet">
/// <item>A URL starts at <c>http://</c> or <c>https://</c> (any case) that does not follow an ASCII letter or digit:
/// <c>取自http://…</c> is a URL, <c>xhttp://…</c> is not.</item>
/// <item>It runs to white space, a control character, <c>&lt; &gt; " `</c>, or a non-ASCII punctuation mark — the
/// CJK and full-width marks <c>。，、；：「」『』（）【】《》〈〉！？</c>, curly quotes, the ellipsis. Letters, digits and
/// symbols of any script belong to it (<c>/wiki/外務省</c>, IDN hosts such as <c>例え.jp</c>), and so do the middle dots
/// <c>・ · ･</c> and dashes that page names carry (<c>/wiki/ジョン・スミス</c>, <c>Mexican–American_War</c>).</item>
/// <item>A <c>)</c>, <c>]</c> or <c>}</c> that the URL did not open ends it, so <c>/wiki/Foo_(bar)</c> keeps its
/// parentheses, and <c>(see https://a.example/x)</c>, TeX's <c>\url{…}</c> and Re:VIEW's <c>@&lt;href&gt;{…}</c> do not
/// give their closing one.</item>
/// <item>Punctuation at the end (<c>. , ; : ' * _ ~</c>, sentence marks and Markdown emphasis) is not part of it; a
/// final <c>?</c> or <c>!</c> is, as queries end in them (<c>?question=How%20does…work?</c>).</item>
/// <item>Right after <c>&lt;</c> (a Markdown autolink, or the angle brackets RFC 3986 suggests around URLs in text)
/// the URL runs to the <c>&gt;</c> when no space comes first; right after <c>](</c> (a Markdown link destination) it
/// runs to a space or to the unbalanced <c>)</c>, with no punctuation trimmed.</item>
/// <item>The text is never changed: percent-encoding, case and non-ASCII letters stay as written.</item>
/// </list>
/// <para>Scanning is linear in the length of the text and allocates nothing. Thread-safe.</para>
/// </remarks>
public static class UrlScanner
{
    /// <summary>Finds the first URL that starts at or after <paramref name="from"/>.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="from">Where to start searching, 0 to <c>text.Length</c>.</param>
    /// <param name="start">The offset of the URL's first character, or -1.</param>
    /// <param name="end">The offset just past its last character, or -1.</param>
    /// <returns>Whether a URL was found; <c>http://</c> with nothing after it is not one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> lies outside <paramref name="text"/>.</exception>
    public static bool TryFind(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, text.Length);
        var i = from;
        while (i < text.Length)
        {
            // Jump to the next "http" (vectorised).
            var found = text[i..].IndexOf("http", StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            i += found;
            var schemeLength = SchemeLength(text[i..]);
            if (schemeLength > 0 && IsWordStart(text, i))
            {
                var urlEnd = EndAfterScheme(text, i, i + schemeLength);
                if (urlEnd > i + schemeLength)
                {
                    start = i;
                    end = urlEnd;
                    return true;
                }
            }

            i += 4;
        }

        start = -1;
        end = -1;
        return false;
    }

    /// <summary>Where the URL that starts at <paramref name="start"/> ends, by the rules above.</summary>
    /// <param name="text">The text that holds the URL.</param>
    /// <param name="start">The offset of the URL's first character (its scheme).</param>
    /// <returns>The offset just past the URL's last character; <paramref name="start"/> when no URL starts there.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> lies outside <paramref name="text"/>.</exception>
    public static int EndOf(ReadOnlySpan<char> text, int start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        var schemeLength = SchemeLength(text[start..]);
        if (schemeLength == 0)
        {
            return start;
        }

        var end = EndAfterScheme(text, start, start + schemeLength);
        return end > start + schemeLength ? end : start;
    }

    /// <summary>
    /// Finds the web addresses of a reference line between <paramref name="start"/> and <paramref name="end"/>: the
    /// autolinks its markup read, URLs by <see cref="TryFind"/>, and the forms references write that a link checker
    /// does not take as they are — <c>www.…</c>, the SIST 02 break <c>http: //</c> and a missing colon <c>http//</c>.
    /// Addresses of ten characters or fewer are left out.
    /// </summary>
    internal static void FindInReference(string text, int start, int end, IReadOnlyList<MarkupSpan> markup, List<UrlSpan> urls)
    {
        foreach (var span in markup)
        {
            if (span.Kind == MarkupKind.Autolink && span.Start >= start && span.End <= end && span.Url is { } address)
            {
                urls.Add(new UrlSpan(span.Start, span.End, address));
            }
        }

        var body = text.AsSpan(0, end);
        var i = start;
        while (i < end)
        {
            var found = NextReferenceStart(body, i, out var bodyStart);
            if (found < 0)
            {
                break;
            }

            if (Covered(urls, found) is { } coveredEnd)
            {
                i = coveredEnd;
                continue;
            }

            var urlEnd = EndAfterScheme(body, found, bodyStart);
            var address = text[found..urlEnd].Replace(": //", "://", StringComparison.Ordinal);
            if (address.Length > 10)
            {
                urls.Add(new UrlSpan(found, urlEnd, address));
            }

            i = Math.Max(urlEnd, found + 1);
        }

        urls.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Where a URL that starts at <paramref name="start"/>, written without a scheme (<c>www.…</c>) or with one, ends.
    /// The date scanner uses it to leave the digits of addresses alone.
    /// </summary>
    internal static int EndOfAddress(ReadOnlySpan<char> text, int start)
    {
        var schemeLength = SchemeLength(text[start..]);
        return EndAfterScheme(text, start, start + schemeLength);
    }

    /// <summary>Where a Markdown autolink whose URL starts at <paramref name="start"/> (after <c>&lt;</c>) closes: the offset of its <c>&gt;</c>, or -1.</summary>
    internal static int AutolinkClose(ReadOnlySpan<char> text, int start)
    {
        var close = text[start..].IndexOfAny('>', '<', ' ');
        if (close < 0 || text[start + close] != '>')
        {
            return -1;
        }

        // White space other than a space also ends an autolink.
        foreach (var c in text.Slice(start, close))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return -1;
            }
        }

        return start + close;
    }

    /// <summary>
    /// Where a Markdown link destination that starts at <paramref name="start"/> (after <c>](</c>) ends: at a space or
    /// at the <c>)</c> that it did not open; a backslash escapes the next character.
    /// </summary>
    internal static int DestinationEnd(ReadOnlySpan<char> text, int start)
    {
        var parentheses = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i += 2;
                continue;
            }

            if (c == '(')
            {
                parentheses++;
            }
            else if (c == ')' && --parentheses < 0)
            {
                break;
            }
            else if (c == ' ' || char.IsControl(c))
            {
                break;
            }

            i++;
        }

        return Math.Min(i, text.Length);
    }

    private static int? Covered(List<UrlSpan> urls, int index)
    {
        foreach (var url in urls)
        {
            if (index >= url.Start && index < url.End)
            {
                return url.End;
            }
        }

        return null;
    }

    /// <summary>The next start of an address in a reference, with the offset where its text after the scheme begins.</summary>
    private static int NextReferenceStart(ReadOnlySpan<char> text, int from, out int bodyStart)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('h' or 'H' or 'w' or 'W') || !IsWordStart(text, i))
            {
                continue;
            }

            var rest = text[i..];
            var schemeLength = SchemeLength(rest);
            if (schemeLength > 0)
            {
                bodyStart = i + schemeLength;
                return i;
            }

            foreach (var lenient in (ReadOnlySpan<string>)["https: //", "http: //", "https//", "http//"])
            {
                if (rest.StartsWith(lenient, StringComparison.OrdinalIgnoreCase))
                {
                    bodyStart = i + lenient.Length;
                    return i;
                }
            }

            if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 6 && char.IsAsciiLetterOrDigit(rest[4]))
            {
                bodyStart = i;
                return i;
            }
        }

        bodyStart = -1;
        return -1;
    }

    /// <summary>The length of <c>http://</c> or <c>https://</c> at the start of <paramref name="text"/>, or 0.</summary>
    private static int SchemeLength(ReadOnlySpan<char> text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
        : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
        : 0;

    /// <summary>Not in the middle of a word: <c>xhttp</c> is not a URL, <c>取自http</c> is.</summary>
    private static bool IsWordStart(ReadOnlySpan<char> text, int i) => i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]);

    private static int EndAfterScheme(ReadOnlySpan<char> text, int start, int bodyStart)
    {
        if (start > 0 && text[start - 1] == '<' && AutolinkClose(text, start) is >= 0 and var close)
        {
            return close;
        }

        if (start > 1 && text[start - 1] == '(' && text[start - 2] == ']')
        {
            return DestinationEnd(text, start);
        }

        var round = 0;
        var square = 0;
        var curly = 0;
        var i = bodyStart;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (EndsUrl(c))
            {
                break;
            }

            if (c == '(')
            {
                round++;
            }
            else if (c == ')' && --round < 0)
            {
                break;
            }
            else if (c == '[')
            {
                square++;
            }
            else if (c == ']' && --square < 0)
            {
                break;
            }
            else if (c == '{')
            {
                curly++;
            }
            else if (c == '}' && --curly < 0)
            {
                break;
            }
        }

        while (i > bodyStart && text[i - 1] is '.' or ',' or ';' or ':' or '\'' or '*' or '_' or '~')
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether <paramref name="c"/> cannot be part of a URL written in running text.</summary>
    private static bool EndsUrl(char c)
    {
        if (c < '\u0080')
        {
            return c <= ' ' || c is '<' or '>' or '"' or '`' or '\u007F';
        }

        if (c is '\u00B7' or '\u30FB' or '\uFF65')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
                or UnicodeCategory.Format or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            _ => false,
        };
    }
}
