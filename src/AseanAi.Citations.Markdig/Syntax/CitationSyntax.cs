using System.Collections.Immutable;
using System.Text;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>One cite as written in Markdown: the key, its affixes, a locator and whether the author is suppressed.</summary>
internal sealed record MarkdownCite(string Key)
{
    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public string? Locator { get; init; }

    /// <summary>A CSL locator term (<c>page</c>, <c>chapter</c>), or <see langword="null"/> when no locator was written.</summary>
    public string? Label { get; init; }

    public bool SuppressAuthor { get; init; }
}

/// <summary>
/// Pandoc's citation grammar (pandoc.org/MANUAL.html#citation-syntax), on plain text: citation keys, bracketed
/// citations split at semicolons into prefix, key and suffix, and the locator at the start of a suffix. Stateless.
/// </summary>
internal static partial class CitationSyntax
{
    [System.Text.RegularExpressions.GeneratedRegex("^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$|^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")]
    private static partial System.Text.RegularExpressions.Regex RomanNumeralRegex();

    private static System.Text.RegularExpressions.Regex RomanNumeral => RomanNumeralRegex();

    /// <summary>The longest bracketed citation read, so that a stray <c>[</c> never scans a whole document.</summary>
    public const int MaxBracketLength = 2000;

    /// <summary>Whether <paramref name="c"/> may precede a citation's <c>@</c>: not a letter or digit, nor <c>@</c> (e-mail addresses, handles in words).</summary>
    public static bool MayPrecedeAt(char c) => !char.IsLetterOrDigit(c) && c != '@' && c != '_' && c != '.' && c != '\\';

    /// <summary>
    /// Reads a key after an <c>@</c> at <paramref name="at"/>: <c>{any text}</c>, or a bare key that starts with a letter,
    /// digit or <c>_</c> and holds letters, digits, <c>_</c> and internal punctuation (<c>:.#$%&amp;-+?&lt;&gt;~/</c>
    /// followed by a letter or digit), as Pandoc's.
    /// </summary>
    /// <returns>The key and the index after it, or <see langword="null"/> when no key follows.</returns>
    public static (string Key, int End)? ReadKey(ReadOnlySpan<char> text, int at)
    {
        var start = at + 1;
        if (start >= text.Length)
        {
            return null;
        }

        if (text[start] == '{')
        {
            var close = text[(start + 1)..].IndexOf('}');
            if (close <= 0)
            {
                return null;
            }

            var braced = text.Slice(start + 1, close).Trim().ToString();
            return braced.Length == 0 ? null : (braced, start + close + 2);
        }

        if (!IsKeyChar(text, start))
        {
            return null;
        }

        var i = start + 1;
        while (i < text.Length)
        {
            if (IsKeyChar(text, i))
            {
                i++;
            }
            else if (IsInternalPunctuation(text[i]) && i + 1 < text.Length && IsKeyChar(text, i + 1))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return (text[start..i].ToString(), i);
    }

    private static bool IsKeyChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length)
        {
            return System.Text.Rune.TryCreate(c, text[i + 1], out var rune) && System.Text.Rune.IsLetterOrDigit(rune);
        }

        if (char.IsLowSurrogate(c))
        {
            return true;
        }

        return char.IsLetterOrDigit(c) || c == '_';
    }

    private static bool IsInternalPunctuation(char c) => c is ':' or '.' or '#' or '$' or '%' or '&' or '-' or '+' or '?' or '<' or '>' or '~' or '/';

    /// <summary>
    /// Finds the <c>]</c> that closes a bracket opened just before <paramref name="start"/>, skipping nested brackets, braces
    /// and backslash escapes; -1 when there is none within <see cref="MaxBracketLength"/>.
    /// </summary>
    public static int FindClosingBracket(ReadOnlySpan<char> text, int start)
    {
        var depth = 0;
        var braces = 0;
        var limit = Math.Min(text.Length, start + MaxBracketLength);
        for (var i = start; i < limit; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    braces++;
                    break;
                case '}' when braces > 0:
                    braces--;
                    break;
                case '[' when braces == 0:
                    depth++;
                    break;
                case ']' when braces == 0:
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    break;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads the inside of a bracketed citation (<c>see @doe99, p. 33; also -@roe05</c>): parts separated by semicolons,
    /// each with exactly one key. Returns <see langword="null"/> when a part has no key, so that the brackets are read as
    /// ordinary Markdown (a link's text, a footnote).
    /// </summary>
    public static ImmutableArray<MarkdownCite>? ParseBracket(string content)
    {
        var parts = SplitAtSemicolons(content);
        var cites = ImmutableArray.CreateBuilder<MarkdownCite>(parts.Count);
        foreach (var part in parts)
        {
            if (ParsePart(part) is not { } cite)
            {
                return null;
            }

            cites.Add(cite);
        }

        return cites.Count == 0 ? null : cites.ToImmutable();
    }

    private static List<string> SplitAtSemicolons(string content)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            switch (content[i])
            {
                case '\\':
                    i++;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']' when depth > 0:
                    depth--;
                    break;
                case ';' when depth == 0:
                    parts.Add(content[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(content[start..]);
        return parts;
    }

    private static MarkdownCite? ParsePart(string part)
    {
        var span = part.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\\')
            {
                i++;
                continue;
            }

            if (span[i] != '@')
            {
                continue;
            }

            var suppress = i > 0 && span[i - 1] == '-';
            var before = suppress ? i - 1 : i;
            if (before > 0 && !MayPrecedeAt(span[before - 1]))
            {
                continue;
            }

            if (ReadKey(span, i) is not { } key)
            {
                continue;
            }

            var prefix = Unescape(span[..before].Trim());
            var (locator, label, suffix) = ReadLocator(span[key.End..].ToString());
            return new MarkdownCite(key.Key)
            {
                Prefix = prefix.Length == 0 ? null : prefix,
                Suffix = suffix,
                Locator = locator,
                Label = label,
                SuppressAuthor = suppress,
            };
        }

        return null;
    }

    /// <summary>
    /// Splits a cite's suffix into a locator and the rest, as Pandoc does: after an optional comma, a locator term
    /// (<c>p.</c>, <c>pp.</c>, <c>chap.</c>, <c>sec.</c>, <c>頁</c>, <c>页</c>, <c>章</c>, …) and a value of digits, roman
    /// numerals and ranges (<c>33–35</c>, <c>iv, vi-xi</c>), or a value in braces (<c>{pp. iv, vi-xi}</c>); a bare number is a page.
    /// CJK forms with the term after the number (<c>12頁</c>, <c>第3章</c>, <c>第5条</c>) are read too.
    /// </summary>
    public static (string? Locator, string? Label, string? Suffix) ReadLocator(string suffix)
    {
        var text = suffix.AsSpan().TrimStart();
        if (text.Length > 0 && (text[0] == ',' || text[0] == '，' || text[0] == '、'))
        {
            text = text[1..].TrimStart();
        }

        if (text.Length == 0)
        {
            return (null, null, NullIfEmpty(Unescape(suffix.AsSpan().TrimEnd())));
        }

        if (text[0] == '{')
        {
            var close = text.IndexOf('}');
            if (close > 0)
            {
                var inner = text[1..close].Trim();
                var (braceLabel, skip) = SplitTerm(inner);
                return (inner[skip..].ToString(), braceLabel ?? "page", Rest(text[(close + 1)..]));
            }
        }

        // 第3章, 第5条: the number between 第 and the term.
        if (text[0] == '第')
        {
            var n = 1;
            while (n < text.Length && IsLocatorDigit(text[n]))
            {
                n++;
            }

            if (n > 1 && n < text.Length && LocatorTerms.AfterNumber(text[n]) is { } afterLabel)
            {
                return (text[1..n].ToString(), afterLabel, Rest(text[(n + 1)..]));
            }
        }

        // Pandoc reads `[@key p. 33]` and `[@key, 33]` too, but not `[@key and others]`.
        var (label, skipTerm) = SplitTerm(text);
        var value = text[skipTerm..];
        var length = LocatorValueLength(value);
        if (length == 0)
        {
            return (null, null, NullIfEmpty(Unescape(suffix.AsSpan().TrimEnd())));
        }

        var locator = value[..length].TrimEnd();
        var rest = value[length..];

        // 12頁, 3章: the term after the number.
        if (label is null && rest.Length > 0 && LocatorTerms.AfterNumber(rest[0]) is { } trailing)
        {
            return (locator.ToString(), trailing, Rest(rest[1..]));
        }

        return (locator.ToString(), label ?? "page", Rest(rest));
    }

    private static string? Rest(ReadOnlySpan<char> rest)
    {
        var unescaped = Unescape(rest);
        var trimmed = unescaped.TrimEnd();
        return trimmed.Trim().Length == 0 ? null : trimmed;
    }

    private static string? NullIfEmpty(string value) => value.AsSpan().Trim().Length == 0 ? null : value;

    /// <summary>A leading locator term and where the value after it starts; no term gives <see langword="null"/> and 0.</summary>
    private static (string? Label, int Skip) SplitTerm(ReadOnlySpan<char> text)
    {
        var (label, length) = LocatorTerms.Match(text);
        if (label is null)
        {
            return (null, 0);
        }

        while (length < text.Length && char.IsWhiteSpace(text[length]))
        {
            length++;
        }

        return (label, length);
    }

    private static bool IsLocatorDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || "一二三四五六七八九十百千〇".Contains(c, StringComparison.Ordinal);

    /// <summary>The length of a locator value at the start: numbers, roman numerals and ranges joined by <c>-–—,</c> and spaces.</summary>
    private static int LocatorValueLength(ReadOnlySpan<char> text)
    {
        var end = 0;
        var i = 0;
        while (i < text.Length)
        {
            var wordStart = i;
            while (i < text.Length && (IsLocatorDigit(text[i]) || IsRoman(text[i]) || (i > wordStart && char.IsAsciiLetterLower(text[i]) && i - wordStart < 4 && char.IsAsciiDigit(text[wordStart]))))
            {
                i++;
            }

            if (i == wordStart || !IsNumberWord(text[wordStart..i]))
            {
                break;
            }

            end = i;
            while (i < text.Length && (text[i] is '-' or '–' or '—' or '~' or '〜' or '～' or ',' or '，' or '、' || text[i] == ' '))
            {
                i++;
            }

            if (i < text.Length && !IsLocatorDigit(text[i]) && !IsRoman(text[i]))
            {
                break;
            }
        }

        return end;
    }

    private static bool IsRoman(char c) => c is 'i' or 'v' or 'x' or 'l' or 'c' or 'I' or 'V' or 'X' or 'L' or 'C';

    private static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (IsLocatorDigit(word[0]))
        {
            return true;
        }

        // Well-formed roman numerals only: "vi" and "xiv" yes, "civil" no.
        return word.Length <= 8 && RomanNumeral.IsMatch(word);
    }

    /// <summary>Removes Markdown backslash escapes.</summary>
    public static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
