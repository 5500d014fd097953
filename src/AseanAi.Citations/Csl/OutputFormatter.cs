using System.Text;

namespace AseanAi.Citations.Csl;

internal enum Mark : byte
{
    Italic,
    NormalStyle,
    Oblique,
    Bold,
    NormalWeight,
    Light,
    SmallCaps,
    NormalVariant,
    Underline,
    NoDecoration,
    Sup,
    Sub,
    Baseline,
    Quote,
    Div,
    Lang,
}

internal enum TokenKind : byte
{
    Text,
    Open,
    Close,
}

internal struct Token
{
    public TokenKind Kind;
    public Mark Mark;
    public string Text;
    public bool Inner;

    /// <summary>A closing quote written by the author in a cite's prefix or suffix: punctuation stays outside it.</summary>
    public bool Fixed;

    /// <summary>A formatting mark that changes nothing (a normal style where none other is in force): not written.</summary>
    public bool Drop;

    public static Token OfText(string text) => new() { Kind = TokenKind.Text, Text = text };
}

/// <summary>
/// One font property (style, weight or variant) while the tokens are walked: whether a non-normal value is in force,
/// and, per open mark, what it was before and whether the mark is written.
/// </summary>
internal struct FontState
{
    // Allocated at the first mark of the property, so that plain output allocates nothing here.
    private Stack<(bool Before, bool Inner, bool Drop)>? _open;
    private bool _active;

    public void Open(ref Token token)
    {
        var before = _active;
        switch (token.Mark)
        {
            case Mark.Italic or Mark.Bold or Mark.SmallCaps:
                // Inside the same emphasis it flips to normal.
                token.Inner = before;
                _active = !before;
                break;
            case Mark.NormalStyle or Mark.NormalWeight or Mark.NormalVariant:
                token.Drop = !before;
                _active = false;
                break;
            default:
                // Oblique and light are written as they are.
                _active = token.Mark == Mark.Oblique || before;
                break;
        }

        (_open ??= new Stack<(bool Before, bool Inner, bool Drop)>(4)).Push((before, token.Inner, token.Drop));
    }

    public void Close(ref Token token)
    {
        if (_open is not { Count: > 0 })
        {
            return;
        }

        var (before, inner, drop) = _open.Pop();
        _active = before;
        token.Inner = inner;
        token.Drop = drop;
    }
}

/// <summary>
/// Turns rendered output into text, HTML or Markdown: applies text case and strip-periods, joins with delimiters and
/// affixes, flips nested quotes and italics, moves punctuation into quotes where the locale wants it, and merges
/// doubled punctuation at the joins (", ." becomes "."; "?." becomes "?").
/// </summary>
internal sealed class OutputFormatter
{
    private readonly LocaleChain _locale;
    private readonly CslOutputFormat _format;

    public OutputFormatter(LocaleChain locale, CslOutputFormat format)
    {
        _locale = locale;
        _format = format;
    }

    public string Format(Out output)
    {
        var tokens = new List<Token>(32);
        Flatten(output, tokens, stripPeriods: false);
        PostProcess(tokens);
        return Write(tokens);
    }

    public List<Token> Tokens(Out output)
    {
        var tokens = new List<Token>(32);
        Flatten(output, tokens, stripPeriods: false);
        PostProcess(tokens);
        return tokens;
    }

    /// <summary>Applies text-case attributes to the texts below each node, once, before the output is flattened.</summary>
    public static void ApplyTextCase(Out output)
    {
        if (output is not OutNode node)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            ApplyTextCase(child);
        }

        if (node.TextCase != TextCase.None && !node.NoCase)
        {
            var leaves = new List<(OutText Text, bool Protected)>();
            CollectLeaves(node, leaves, isProtected: false);
            TextCasing.Apply(leaves, node.TextCase);
            node.TextCase = TextCase.None;
        }
    }

    // Text under nocase (or verbatim) keeps its case but still counts for the words around it: a stop word before a
    // protected last word is not the last word.
    private static void CollectLeaves(OutNode node, List<(OutText Text, bool Protected)> leaves, bool isProtected)
    {
        foreach (var child in node.Children)
        {
            if (child is OutText text)
            {
                leaves.Add((text, isProtected));
            }
            else if (child is OutNode inner)
            {
                CollectLeaves(inner, leaves, isProtected || inner.NoCase || inner.Kind == OutKind.Verbatim);
            }
        }
    }

    private void Flatten(Out output, List<Token> tokens, bool stripPeriods, bool fixedQuotes = false)
    {
        if (output is OutText text)
        {
            if (text.Text.Length > 0)
            {
                tokens.Add(Token.OfText(stripPeriods ? text.Text.Replace(".", string.Empty, StringComparison.Ordinal) : text.Text));
            }

            return;
        }

        var node = (OutNode)output;
        if (node.IsEmpty)
        {
            return;
        }

        stripPeriods |= node.StripPeriods;
        fixedQuotes |= node.Kind == OutKind.CiteAffix;
        if (node.Display is { } display)
        {
            tokens.Add(new Token { Kind = TokenKind.Open, Mark = Mark.Div, Text = display });
        }

        if (node.Prefix is { Length: > 0 } prefix)
        {
            tokens.Add(Token.OfText(prefix));
        }

        var marks = new List<Mark>(2);
        if (node.Language is not null && _format == CslOutputFormat.Html)
        {
            marks.Add(Mark.Lang);
        }

        CollectMarks(node.Format, marks);
        foreach (var mark in marks)
        {
            tokens.Add(new Token { Kind = TokenKind.Open, Mark = mark, Text = mark == Mark.Lang ? node.Language! : null! });
        }

        if (node.Quotes)
        {
            tokens.Add(new Token { Kind = TokenKind.Open, Mark = Mark.Quote });
        }

        var first = true;
        foreach (var child in node.Children)
        {
            if (child.IsEmpty)
            {
                continue;
            }

            if (!first && node.Delimiter is { Length: > 0 } delimiter)
            {
                tokens.Add(Token.OfText(delimiter));
            }

            first = false;
            Flatten(child, tokens, stripPeriods, fixedQuotes);
        }

        if (node.Quotes)
        {
            tokens.Add(new Token { Kind = TokenKind.Close, Mark = Mark.Quote, Fixed = fixedQuotes });
        }

        for (var i = marks.Count - 1; i >= 0; i--)
        {
            tokens.Add(new Token { Kind = TokenKind.Close, Mark = marks[i] });
        }

        if (node.Suffix is { Length: > 0 } suffix)
        {
            tokens.Add(Token.OfText(suffix));
        }

        if (node.Display is not null)
        {
            tokens.Add(new Token { Kind = TokenKind.Close, Mark = Mark.Div, Text = node.Display });
        }
    }

    private static void CollectMarks(Formatting format, List<Mark> marks)
    {
        if (format.IsEmpty)
        {
            return;
        }

        // The first mark is the outermost. Each attribute in the order CSL 1.0.2 lists them ("Formatting": font-style,
        // font-variant, font-weight, text-decoration, vertical-align) wraps the ones before it, as citeproc-js nests them:
        // <sup><b><i>…</i></b></sup>.
        switch (format.VerticalAlign)
        {
            case "sup":
                marks.Add(Mark.Sup);
                break;
            case "sub":
                marks.Add(Mark.Sub);
                break;
            case "baseline":
                marks.Add(Mark.Baseline);
                break;
            default:
                break;
        }

        switch (format.TextDecoration)
        {
            case "underline":
                marks.Add(Mark.Underline);
                break;
            case "none":
                marks.Add(Mark.NoDecoration);
                break;
            default:
                break;
        }

        switch (format.FontWeight)
        {
            case "bold":
                marks.Add(Mark.Bold);
                break;
            case "light":
                marks.Add(Mark.Light);
                break;
            case "normal":
                marks.Add(Mark.NormalWeight);
                break;
            default:
                break;
        }

        switch (format.FontVariant)
        {
            case "small-caps":
                marks.Add(Mark.SmallCaps);
                break;
            case "normal":
                marks.Add(Mark.NormalVariant);
                break;
            default:
                break;
        }

        switch (format.FontStyle)
        {
            case "italic":
                marks.Add(Mark.Italic);
                break;
            case "oblique":
                marks.Add(Mark.Oblique);
                break;
            case "normal":
                marks.Add(Mark.NormalStyle);
                break;
            default:
                break;
        }
    }

    private void PostProcess(List<Token> tokens)
    {
        // Nested quotes alternate outer and inner; nested italics, bold and small caps flip to normal. A "normal"
        // font style, weight or variant is written only where it undoes one in force around it (citeproc-js drops
        // the others, so that plain text never carries a normal span).
        var quoteDepth = 0;
        var style = default(FontState);
        var weight = default(FontState);
        var variant = default(FontState);
        var dropped = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Text)
            {
                continue;
            }

            if (token.Mark == Mark.Quote)
            {
                if (token.Kind == TokenKind.Open)
                {
                    token.Inner = quoteDepth % 2 == 1;
                    quoteDepth++;
                }
                else
                {
                    quoteDepth--;
                    token.Inner = quoteDepth % 2 == 1;
                }

                tokens[i] = token;
                continue;
            }

            var isStyle = token.Mark is Mark.Italic or Mark.NormalStyle or Mark.Oblique;
            var isWeight = token.Mark is Mark.Bold or Mark.NormalWeight or Mark.Light;
            if (!isStyle && !isWeight && token.Mark is not (Mark.SmallCaps or Mark.NormalVariant))
            {
                continue;
            }

            ref var state = ref isStyle ? ref style : ref isWeight ? ref weight : ref variant;

            if (token.Kind == TokenKind.Open)
            {
                state.Open(ref token);
            }
            else
            {
                state.Close(ref token);
            }

            dropped |= token.Drop;
            tokens[i] = token;
        }

        if (dropped)
        {
            tokens.RemoveAll(static t => t.Drop);
        }

        if (_locale.PunctuationInQuote)
        {
            // Punctuation that meets outside the quote merges first ("”:" + "!" is "!"), then moves in, then merges
            // with what follows.
            MergePunctuation(tokens);
            MovePunctuationIntoQuotes(tokens);
        }

        MergePunctuation(tokens);
    }

    private static void MovePunctuationIntoQuotes(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Close || tokens[i].Mark != Mark.Quote || tokens[i].Fixed)
            {
                continue;
            }

            // CSL 1.0.2, "Locale Options" punctuation-in-quote: punctuation after a closing quote moves inside it;
            // periods and commas, and the marks that end a sentence, "!" and "?" (colons and semicolons stay out).
            // Each mark that follows moves in turn, past closing marks and emptied texts: "”" + "," + "." is ",.”".
            var j = i + 1;
            while (true)
            {
                while (j < tokens.Count && (tokens[j].Kind == TokenKind.Close && tokens[j].Mark != Mark.Div || tokens[j].Kind == TokenKind.Text && tokens[j].Text.Length == 0))
                {
                    j++;
                }

                if (j >= tokens.Count || tokens[j].Kind != TokenKind.Text || tokens[j].Text[0] is not ('.' or ',' or '!' or '?'))
                {
                    break;
                }

                var next = tokens[j].Text;
                var moved = next[0];
                tokens[j] = Token.OfText(next[1..]);

                // Put it after the last text inside the quote.
                var k = i - 1;
                while (k >= 0 && (tokens[k].Kind != TokenKind.Text || tokens[k].Text.Length == 0) && !(tokens[k].Kind == TokenKind.Open && tokens[k].Mark == Mark.Quote))
                {
                    k--;
                }

                if (k >= 0 && tokens[k].Kind == TokenKind.Text)
                {
                    var inside = tokens[k].Text;
                    var last = inside[^1];
                    // The same mark twice is one, and a period after "!" or "?" is dropped; other pairs both stay
                    // ("comma,." "question?," "period.!").
                    var drop = last == moved || (moved == '.' && last is '!' or '?');
                    if (!drop)
                    {
                        tokens[k] = Token.OfText(inside + moved);
                    }
                }
            }
        }
    }

    private static void MergePunctuation(List<Token> tokens)
    {
        var previous = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Text)
            {
                if (tokens[i].Mark == Mark.Div)
                {
                    previous = -1;
                }

                continue;
            }

            if (tokens[i].Text.Length == 0)
            {
                continue;
            }

            if (previous >= 0)
            {
                var left = tokens[previous].Text;
                var right = tokens[i].Text;
                var (newLeft, newRight) = Punctuation.Join(left, right);
                if (!ReferenceEquals(newLeft, left))
                {
                    tokens[previous] = Token.OfText(newLeft);
                }

                if (!ReferenceEquals(newRight, right))
                {
                    tokens[i] = Token.OfText(newRight);
                }

                if (newRight.Length == 0)
                {
                    continue;
                }

                if (newLeft.Length == 0)
                {
                    // Keep looking back for a text with content.
                    var k = previous - 1;
                    while (k >= 0 && (tokens[k].Kind != TokenKind.Text || tokens[k].Text.Length == 0))
                    {
                        k--;
                    }

                    _ = k;
                }
            }

            previous = i;
        }
    }

    private string Write(List<Token> tokens)
    {
        var builder = new StringBuilder(64);
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Text:
                    WriteText(builder, token.Text);
                    break;
                case TokenKind.Open:
                    WriteOpen(builder, token);
                    break;
                case TokenKind.Close:
                    WriteClose(builder, token);
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    private void WriteText(StringBuilder builder, string text)
    {
        switch (_format)
        {
            case CslOutputFormat.Html:
                foreach (var c in text)
                {
                    switch (c)
                    {
                        case '&':
                            builder.Append("&#38;");
                            break;
                        case '<':
                            builder.Append("&#60;");
                            break;
                        case '>':
                            builder.Append("&#62;");
                            break;
                        default:
                            if (Superscripts.PlainForm(c) is { } plain)
                            {
                                builder.Append("<sup>").Append(plain).Append("</sup>");
                            }
                            else
                            {
                                builder.Append(c);
                            }

                            break;
                    }
                }

                break;
            case CslOutputFormat.Markdown:
                foreach (var c in text)
                {
                    if (c is '*' or '_' or '`' or '[' or ']' or '\\' or '<' or '>' or '#' or '~' or '^')
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                }

                break;
            default:
                builder.Append(text);
                break;
        }
    }

    private void WriteOpen(StringBuilder builder, Token token)
    {
        if (token.Mark == Mark.Quote)
        {
            builder.Append(token.Inner ? _locale.OpenInnerQuote : _locale.OpenQuote);
            return;
        }

        switch (_format)
        {
            case CslOutputFormat.Html:
                builder.Append(token.Mark switch
                {
                    Mark.Italic => token.Inner ? "<span style=\"font-style:normal;\">" : "<i>",
                    Mark.NormalStyle => "<span style=\"font-style:normal;\">",
                    Mark.Oblique => "<span style=\"font-style:oblique;\">",
                    Mark.Bold => token.Inner ? "<span style=\"font-weight:normal;\">" : "<b>",
                    Mark.NormalWeight => "<span style=\"font-weight:normal;\">",
                    Mark.Light => "<span style=\"font-weight:lighter;\">",
                    Mark.SmallCaps => token.Inner ? "<span style=\"font-variant:normal;\">" : "<span style=\"font-variant:small-caps;\">",
                    Mark.NormalVariant => "<span style=\"font-variant:normal;\">",
                    Mark.Underline => "<span style=\"text-decoration:underline;\">",
                    Mark.NoDecoration => "<span style=\"text-decoration:none;\">",
                    Mark.Sup => "<sup>",
                    Mark.Sub => "<sub>",
                    Mark.Baseline => "<span style=\"baseline\">",
                    Mark.Div => token.Text switch
                    {
                        // The line breaks citeproc-js writes around block-level fields, so that output matches it byte for byte.
                        "block" => "\n\n    <div class=\"csl-block\">",
                        "left-margin" => "\n    <div class=\"csl-left-margin\">",
                        _ => "<div class=\"csl-" + token.Text + "\">",
                    },
                    Mark.Lang => "<span lang=\"" + token.Text + "\">",
                    _ => string.Empty,
                });
                break;
            case CslOutputFormat.Markdown:
                builder.Append(token.Mark switch
                {
                    Mark.Italic => token.Inner ? string.Empty : "*",
                    Mark.Bold => token.Inner ? string.Empty : "**",
                    Mark.Sup => "^",
                    Mark.Sub => "~",
                    _ => string.Empty,
                });
                break;
            default:
                break;
        }
    }

    private void WriteClose(StringBuilder builder, Token token)
    {
        if (token.Mark == Mark.Quote)
        {
            builder.Append(token.Inner ? _locale.CloseInnerQuote : _locale.CloseQuote);
            return;
        }

        switch (_format)
        {
            case CslOutputFormat.Html:
                builder.Append(token.Mark switch
                {
                    Mark.Italic => token.Inner ? "</span>" : "</i>",
                    Mark.Bold => token.Inner ? "</span>" : "</b>",
                    Mark.Sup => "</sup>",
                    Mark.Sub => "</sub>",
                    Mark.Div => token.Text switch
                    {
                        "block" => "</div>\n",
                        "left-margin" => "</div>",
                        _ => "</div>\n  ",
                    },
                    _ => "</span>",
                });
                break;
            case CslOutputFormat.Markdown:
                builder.Append(token.Mark switch
                {
                    Mark.Italic => token.Inner ? string.Empty : "*",
                    Mark.Bold => token.Inner ? string.Empty : "**",
                    Mark.Sup => "^",
                    Mark.Sub => "~",
                    Mark.Div when token.Text == "left-margin" => " ",
                    _ => string.Empty,
                });
                break;
            default:
                if (token.Mark == Mark.Div && token.Text == "left-margin")
                {
                    // Plain text has no columns: the margin field is followed by a space, as citeproc-js writes it.
                    builder.Append(' ');
                }

                break;
        }
    }
}
