namespace AseanAi.Citations.Csl;

/// <summary>
/// Reads the inline markup that CSL-JSON values may carry (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>,
/// <c>&lt;sub&gt;</c>, <c>&lt;sc&gt;</c>, <c>&lt;span class="nocase"&gt;</c>, small-caps spans) and quotation marks
/// (straight and curly), which are re-rendered with the locale's quotes. Superscript, subscript and small caps are
/// left alone by text-case, as citeproc-js leaves them. Apostrophes become U+2019.
/// Unknown tags are kept as text.
/// </summary>
internal static class RichText
{
    private static readonly (string Tag, string Close, Func<OutNode> Create)[] Tags =
    [
        ("<i>", "</i>", () => new OutNode { Format = new Formatting("italic", null, null, null, null) }),
        ("<em>", "</em>", () => new OutNode { Format = new Formatting("italic", null, null, null, null) }),
        ("<b>", "</b>", () => new OutNode { Format = new Formatting(null, null, "bold", null, null) }),
        ("<strong>", "</strong>", () => new OutNode { Format = new Formatting(null, null, "bold", null, null) }),
        ("<sup>", "</sup>", () => new OutNode { Format = new Formatting(null, null, null, null, "sup"), NoCase = true }),
        ("<sub>", "</sub>", () => new OutNode { Format = new Formatting(null, null, null, null, "sub"), NoCase = true }),
        ("<sc>", "</sc>", () => new OutNode { Format = new Formatting(null, "small-caps", null, null, null), NoCase = true }),
        ("<span style=\"font-variant:small-caps;\">", "</span>", () => new OutNode { Format = new Formatting(null, "small-caps", null, null, null), NoCase = true }),
        ("<span style=\"font-variant: small-caps;\">", "</span>", () => new OutNode { Format = new Formatting(null, "small-caps", null, null, null), NoCase = true }),
        ("<span class=\"nocase\">", "</span>", () => new OutNode { NoCase = true }),
        ("<span class=\"nodecor\">", "</span>", () => new OutNode { Format = new Formatting("normal", "normal", "normal", null, null) }),
    ];

    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("<\"'\u201C\u2018\u2019\u201D");

    public static bool NeedsParsing(string text) => text.AsSpan().IndexOfAny(MarkupStarts) >= 0;

    public static Out Parse(string text)
    {
        if (!NeedsParsing(text))
        {
            return new OutText(text);
        }

        var root = new OutNode();
        var stack = new List<(OutNode Node, string Closer, char QuoteChar)> { (root, string.Empty, '\0') };
        var buffer = new System.Text.StringBuilder();

        void Flush()
        {
            if (buffer.Length > 0)
            {
                stack[^1].Node.Children.Add(new OutText(buffer.ToString()));
                buffer.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var matched = false;
                foreach (var (tag, close, create) in Tags)
                {
                    if (string.CompareOrdinal(text, i, tag, 0, tag.Length) == 0)
                    {
                        Flush();
                        var node = create();
                        stack[^1].Node.Children.Add(node);
                        stack.Add((node, close, '\0'));
                        i += tag.Length;
                        matched = true;
                        break;
                    }
                }

                if (!matched && stack.Count > 1)
                {
                    var closer = stack[^1].Closer;
                    if (closer.Length > 0 && string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0)
                    {
                        Flush();
                        stack.RemoveAt(stack.Count - 1);
                        i += closer.Length;
                        matched = true;
                    }
                }

                if (!matched)
                {
                    buffer.Append(c);
                    i++;
                }

                continue;
            }

            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"':
                    if (stack[^1].QuoteChar == '"' )
                    {
                        Flush();
                        stack.RemoveAt(stack.Count - 1);
                    }
                    else if (!char.IsWhiteSpace(next) && (char.IsWhiteSpace(previous) || char.IsPunctuation(previous) || i == 0) && HasCloser(text, i + 1, '"'))
                    {
                        OpenQuote('"');
                    }
                    else if (ContainsQuote(stack, '"'))
                    {
                        CloseTo('"');
                    }
                    else
                    {
                        buffer.Append(c);
                    }

                    i++;
                    continue;
                case '\u201C':
                    OpenQuote('\u201C');
                    i++;
                    continue;
                case '\u201D':
                    if (ContainsQuote(stack, '\u201C'))
                    {
                        CloseTo('\u201C');
                    }
                    else
                    {
                        buffer.Append(c);
                    }

                    i++;
                    continue;
                case '\u2018':
                    OpenQuote('\u2018');
                    i++;
                    continue;
                case '\'':
                case '\u2019':
                    if (char.IsLetterOrDigit(previous) && char.IsLetter(next))
                    {
                        buffer.Append('\u2019');
                    }
                    else if (c == '\'' && (i == 0 || char.IsWhiteSpace(previous) || previous is '(' or '[' or '"' or '\u201C' or '-') && !char.IsWhiteSpace(next) && HasCloser(text, i + 1, '\''))
                    {
                        OpenQuote('\'');
                    }
                    else if (c == '\'' && ContainsQuote(stack, '\'') && !char.IsLetterOrDigit(next))
                    {
                        CloseTo('\'');
                    }
                    else if (c == '\u2019' && ContainsQuote(stack, '\u2018') && !char.IsLetterOrDigit(next))
                    {
                        CloseTo('\u2018');
                    }
                    else
                    {
                        buffer.Append('\u2019');
                    }

                    i++;
                    continue;
                default:
                    buffer.Append(c);
                    i++;
                    continue;
            }
        }

        Flush();

        // Unclosed quotes are not quotes: put their opening mark back as text.
        while (stack.Count > 1)
        {
            var (node, _, quote) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (quote != '\0')
            {
                var parent = stack[^1].Node;
                var index = parent.Children.IndexOf(node);
                parent.Children.RemoveAt(index);
                parent.Children.Insert(index, new OutText(quote == '\'' ? "\u2019" : quote.ToString()));
                parent.Children.InsertRange(index + 1, node.Children);
            }
        }

        return root.Children.Count == 1 && root.Children[0] is OutText only ? only : root;

        void OpenQuote(char quote)
        {
            Flush();
            var node = new OutNode { Quotes = true };
            stack[^1].Node.Children.Add(node);
            stack.Add((node, string.Empty, quote));
        }

        void CloseTo(char quote)
        {
            Flush();
            while (stack.Count > 1)
            {
                var top = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (top.QuoteChar == quote)
                {
                    break;
                }
            }
        }
    }

    private static bool HasCloser(string text, int from, char quote)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == quote)
            {
                var after = j + 1 < text.Length ? text[j + 1] : ' ';
                if (quote != '\'' || !char.IsLetter(after))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsQuote(List<(OutNode Node, string Closer, char QuoteChar)> stack, char quote)
    {
        for (var j = stack.Count - 1; j > 0; j--)
        {
            if (stack[j].QuoteChar == quote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes the markup and returns the plain text, for sorting and comparison.</summary>
    public static string StripMarkup(string text)
    {
        if (text.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        return Parse(text).ToPlain();
    }
}
