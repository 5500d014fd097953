namespace AseanAi.Citations.Internal;

/// <summary>
/// Reads the host of an absolute http or https URL straight from its text in the plain, common form
/// (<c>scheme://host[:port][/…]</c>, the host ASCII letters, digits, hyphens and dots, its last label starting with a
/// letter). For such a URL the result is what <see cref="Uri.Host"/> gives (lower case), without <see cref="Uri"/>
/// parsing the rest of the address; anything else (user info, IP addresses, non-ASCII or escaped hosts, backslashes)
/// gives <see langword="null"/> and is left to <see cref="Uri"/>. Thread-safe.
/// </summary>
internal static class PlainUrlHost
{
    /// <summary>The host of <paramref name="url"/>, or <see langword="null"/> when the text is not in the plain form.</summary>
    public static string? Of(string url)
    {
        var start = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : -1;
        if (start < 0)
        {
            return null;
        }

        // The authority runs to the first slash, query or fragment; user information (user:password@host) is left to Uri.
        var authority = url.AsSpan(start).IndexOfAny("/?#\\");
        var authorityEnd = authority < 0 ? url.Length : start + authority;
        if (url.AsSpan(start, authorityEnd - start).Contains('@'))
        {
            return null;
        }

        var end = start;
        var lastLabel = start;
        var upper = false;
        while (end < authorityEnd)
        {
            var c = url[end];
            if (c == '.')
            {
                if (end == lastLabel)
                {
                    // An empty label (.a, a..b): left to Uri.
                    return null;
                }

                lastLabel = end + 1;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                break;
            }

            end++;
        }

        // The host ends the authority or is followed by a port of digits; it ends in a label that starts with a letter
        // (127.0.0.1, 0x7f.1 and a trailing dot are left to Uri, which may read an address); a backslash after it, which
        // Uri reads as a slash, is left to Uri too.
        if (end == start || lastLabel >= end || !char.IsAsciiLetter(url[lastLabel])
            || (end < authorityEnd && (url[end] != ':' || url.AsSpan(end + 1, authorityEnd - end - 1).ContainsAnyExceptInRange('0', '9')))
            || (authorityEnd < url.Length && url[authorityEnd] == '\\'))
        {
            return null;
        }

        var host = url.Substring(start, end - start);
        return upper ? host.ToLowerInvariant() : host;
    }
}
