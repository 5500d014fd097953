using System.Text;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The inline markup that CSL-JSON titles carry and the model keeps as it is (<c>Roe &lt;i&gt;v.&lt;/i&gt; Wade</c>), turned
/// into TeX for BibTeX and BibLaTeX, read back from TeX, and removed for RIS, which has plain text only. The tags are
/// the CSL 1.0.2 specification's "HTML-like formatting tags" (italic, bold, superscript, subscript, small caps, no case
/// change); a tag without its closing tag, or any other tag, is text. Stateless and thread-safe. (The CSL processor's
/// <c>Csl.RichText</c> renders the same tags, with quotes, for output; this converts them between file formats.)
/// </summary>
internal static class TitleMarkup
{
    /// <summary>The closing tag of every tag below.</summary>
    private const string SpanClose = "</span>";

    // Open tag, close tag, TeX command ("" for a group that only protects the case: nocase).
    private static readonly (string Open, string Close, string Command)[] Tags =
    [
        ("<i>", "</i>", "textit"),
        ("<b>", "</b>", "textbf"),
        ("<sup>", "</sup>", "textsuperscript"),
        ("<sub>", "</sub>", "textsubscript"),
        ("<span style=\"font-variant:small-caps;\">", SpanClose, "textsc"),
        ("<span class=\"nocase\">", SpanClose, string.Empty),
    ];

    /// <summary>The tag a TeX formatting command gives when read: <c>\emph</c> and <c>\textit</c> italic and so on; <see langword="null"/> for others.</summary>
    public static (string Open, string Close)? TagOfCommand(string command) => command switch
    {
        "textit" or "emph" or "mkbibemph" or "mkbibitalic" => (Tags[0].Open, Tags[0].Close),
        "textbf" or "mkbibbold" => (Tags[1].Open, Tags[1].Close),
        "textsuperscript" => (Tags[2].Open, Tags[2].Close),
        "textsubscript" => (Tags[3].Open, Tags[3].Close),
        "textsc" => (Tags[4].Open, Tags[4].Close),
        "NoCaseChange" => (Tags[5].Open, Tags[5].Close),
        _ => null,
    };

    /// <summary>Whether <paramref name="text"/> holds at least one tag with its closing tag.</summary>
    public static bool HasMarkup(string text) => text.Contains('<', StringComparison.Ordinal) && Parse(text).Exists(static n => n.Tag >= 0);

    /// <summary>Whether <paramref name="text"/> holds a no-case span, which TeX writes as a bare group that reads back as nothing.</summary>
    public static bool HasNoCase(string text) => text.Contains(Tags[5].Open, StringComparison.Ordinal) && HasTag(Parse(text), 5);

    /// <summary>The text without its tags (<c>Roe v. Wade</c>); text without markup is returned as it is.</summary>
    public static string PlainText(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        AppendPlain(builder, Parse(text));
        return builder.ToString();
    }

    /// <summary>
    /// Writes <paramref name="text"/> as TeX: each tag as its command (<c>\textit{v.}</c>, a no-case span as a bare group
    /// <c>{…}</c>), the text between tags by <paramref name="writeText"/> (which escapes it), told whether the piece starts
    /// or ends the whole text.
    /// </summary>
    public static void WriteLatex(StringBuilder builder, string text, Action<StringBuilder, string, bool, bool> writeText)
    {
        var nodes = Parse(text);
        var plainLength = 0;
        var total = PlainText(text).Length;
        Write(nodes);

        void Write(List<Node> list)
        {
            foreach (var node in list)
            {
                if (node.Tag < 0)
                {
                    writeText(builder, node.Text!, plainLength == 0, plainLength + node.Text!.Length == total);
                    plainLength += node.Text!.Length;
                    continue;
                }

                var command = Tags[node.Tag].Command;
                builder.Append(command.Length == 0 ? "{" : "\\" + command + "{");
                Write(node.Children!);
                builder.Append('}');
            }
        }
    }

    private static bool HasTag(List<Node> nodes, int tag) =>
        nodes.Exists(n => n.Tag == tag || (n.Children is not null && HasTag(n.Children, tag)));

    private static void AppendPlain(StringBuilder builder, List<Node> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Text is not null)
            {
                builder.Append(node.Text);
            }
            else
            {
                AppendPlain(builder, node.Children!);
            }
        }
    }

    private sealed record Node(int Tag, string? Text, List<Node>? Children);

    // Tags nest; a tag is markup only when its closing tag follows at the same depth, else it is text.
    private static List<Node> Parse(string text)
    {
        var position = 0;
        return ParseUntil(text, ref position, null) ?? [];
    }

    private static List<Node>? ParseUntil(string text, ref int position, string? close)
    {
        var nodes = new List<Node>();
        var run = new StringBuilder();
        while (position < text.Length)
        {
            if (text[position] == '<')
            {
                if (close is not null && string.CompareOrdinal(text, position, close, 0, close.Length) == 0)
                {
                    Flush();
                    position += close.Length;
                    return nodes;
                }

                var opened = false;
                for (var t = 0; t < Tags.Length; t++)
                {
                    var open = Tags[t].Open;
                    if (string.CompareOrdinal(text, position, open, 0, open.Length) != 0)
                    {
                        continue;
                    }

                    var inner = position + open.Length;
                    if (ParseUntil(text, ref inner, Tags[t].Close) is { } children)
                    {
                        Flush();
                        nodes.Add(new Node(t, null, children));
                        position = inner;
                        opened = true;
                    }

                    break;
                }

                if (opened)
                {
                    continue;
                }
            }

            run.Append(text[position]);
            position++;
        }

        if (close is not null)
        {
            return null;
        }

        Flush();
        return nodes;

        void Flush()
        {
            if (run.Length > 0)
            {
                nodes.Add(new Node(-1, run.ToString(), null));
                run.Clear();
            }
        }
    }
}
