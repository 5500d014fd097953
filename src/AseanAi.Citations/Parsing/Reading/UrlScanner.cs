namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Finds web addresses written in a reference line: http(s)://… and www.…, the SIST 02 break "http: //", and Markdown
/// autolinks. An address runs to a space, to CJK punctuation, or to a bracket it did not open; letters of any script
/// belong to it (https://tw.news.yahoo.com/徐欣瑩…-054212175.html), and trailing sentence punctuation does not.
/// </summary>
internal static class UrlScanner
{
    private const int MaxUrlLength = 4000;

    public static void FindAll(string text, int start, int end, IReadOnlyList<MarkupSpan> markup, List<UrlSpan> urls)
    {
        foreach (var span in markup)
        {
            if (span.Kind == MarkupKind.Autolink && span.Start >= start && span.End <= end && span.Url is { } address)
            {
                urls.Add(new UrlSpan(span.Start, span.End, address));
            }
        }

        var i = start;
        while (i < end)
        {
            var found = NextStart(text, i, end);
            if (found < 0)
            {
                break;
            }

            if (Covered(urls, found) is { } coveredEnd)
            {
                i = coveredEnd;
                continue;
            }

            var urlEnd = End(text, found, end);
            var written = text[found..urlEnd];
            var address = written.Replace(": //", "://", StringComparison.Ordinal);
            if (address.Length > 10)
            {
                urls.Add(new UrlSpan(found, urlEnd, address));
            }

            i = Math.Max(urlEnd, found + 1);
        }

        urls.Sort((a, b) => a.Start.CompareTo(b.Start));
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

    private static int NextStart(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (c is not ('h' or 'H' or 'w' or 'W'))
            {
                continue;
            }

            // Not in the middle of a word: "xhttp" is not an address, "取自：http" is.
            if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            var rest = text.AsSpan(i, end - i);
            if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https: //", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("http: //", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("http//", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https//", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 6 && char.IsAsciiLetterOrDigit(rest[4]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the address that starts at <paramref name="start"/> ends.</summary>
    public static int End(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxUrlLength);
        var i = start;

        // "http: //": the space SIST 02 lines carry after the scheme.
        var schemeEnd = text.IndexOf(':', start, Math.Min(8, limit - start));
        if (schemeEnd > 0 && schemeEnd + 3 < limit && text[schemeEnd + 1] == ' ' && text[schemeEnd + 2] == '/')
        {
            i = schemeEnd + 2;
        }

        var round = 0;
        var square = 0;
        for (; i < limit; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '`' || IsCjkPunctuation(c))
            {
                break;
            }

            if (c == '(')
            {
                round++;
            }
            else if (c == ')')
            {
                if (round == 0)
                {
                    break;
                }

                round--;
            }
            else if (c == '[')
            {
                square++;
            }
            else if (c == ']')
            {
                if (square == 0)
                {
                    break;
                }

                square--;
            }
        }

        // Sentence punctuation after an address is not part of it.
        while (i > start && text[i - 1] is '.' or ',' or ';' or ':' or '\'' or '*')
        {
            i--;
        }

        return i;
    }

    private static bool IsCjkPunctuation(char c) =>
        c is '、' or '。' or '，' or '；' or '：' or '「' or '」' or '『' or '』' or '（' or '）' or '【' or '】' or '《' or '》' or '〈' or '〉'
            or '！' or '？' or '〔' or '〕' or '［' or '］' or '｜' or '　' or '“' or '”' or '‘' or '’' or '｡' or '､';
}
