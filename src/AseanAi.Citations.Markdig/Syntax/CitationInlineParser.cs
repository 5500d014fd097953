using Markdig.Helpers;
using Markdig.Parsers;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>
/// Reads Pandoc citations at <c>[</c> (bracketed: <c>[see @doe99, p. 33; -@roe05]</c>) and at <c>@</c> (author-in-text:
/// <c>@doe99</c>, <c>@doe99 [p. 33]</c>). Brackets without a key in every part are left to the link parser; an
/// <c>@</c> after a letter or digit (an e-mail address) is not a citation; code spans never reach this parser.
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser()
    {
        OpeningCharacters = ['[', '@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        return slice.CurrentChar == '[' ? MatchBracket(processor, ref slice, text, start, end) : MatchAuthorInText(processor, ref slice, text, start, end);
    }

    private static bool MatchBracket(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start + 1 >= end || text[start + 1] == '^')
        {
            return false;
        }

        var area = text.AsSpan(0, end);
        var close = CitationSyntax.FindClosingBracket(area, start + 1);
        if (close < 0)
        {
            return false;
        }

        var content = text[(start + 1)..close];
        if (!content.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        // `[text](url)` and `[text][ref]` are links, whatever their text holds.
        if (close + 1 < end && text[close + 1] is '(' or '[')
        {
            return false;
        }

        if (CitationSyntax.ParseBracket(content) is not { } cites)
        {
            return false;
        }

        Add(processor, new CitationInline(cites, authorInText: false, Span(processor, start, close + 1 - start)), start, close);
        slice.Start = close + 1;
        return true;
    }

    private static bool MatchAuthorInText(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start > 0 && !CitationSyntax.MayPrecedeAt(text[start - 1]))
        {
            return false;
        }

        if (CitationSyntax.ReadKey(text.AsSpan(0, end), start) is not { } key)
        {
            return false;
        }

        var cite = new MarkdownCite(key.Key);
        var last = key.End - 1;

        // `@doe99 [p. 33]`: a bracket after one space holds the locator and suffix.
        var next = key.End;
        if (next < end && text[next] == ' ')
        {
            next++;
        }

        if (next < end && text[next] == '[' && next + 1 < end && text[next + 1] != '^')
        {
            var close = CitationSyntax.FindClosingBracket(text.AsSpan(0, end), next + 1);
            if (close > 0 && !(close + 1 < end && text[close + 1] is '(' or '[') && !text.AsSpan(next + 1, close - next - 1).Contains('@'))
            {
                var (locator, label, suffix) = CitationSyntax.ReadLocator(text[(next + 1)..close]);
                cite = cite with { Locator = locator, Label = label, Suffix = suffix };
                last = close;
            }
        }

        Add(processor, new CitationInline([cite], authorInText: true, Span(processor, start, last + 1 - start)), start, last);
        slice.Start = last + 1;
        return true;
    }

    private static void Add(InlineProcessor processor, CitationInline inline, int start, int last)
    {
        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        inline.Span = new global::Markdig.Syntax.SourceSpan(sourceStart, sourceStart + last - start);
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        CitationContext.Remember(processor.Document, processor.Context);
    }

    private static SourceSpan Span(InlineProcessor processor, int start, int length)
    {
        var offset = processor.GetSourcePosition(start, out var line, out var column);
        return new SourceSpan(Math.Max(0, offset), length, line + 1, column + 1);
    }
}
