using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>
/// Reads Pandoc's bibliography placeholder, a fenced div with the id <c>refs</c> (<c>::: {#refs}</c> … <c>:::</c>), into a
/// <see cref="ReferencesBlock"/>. Whatever the div holds is replaced by the entries. Other fenced divs are left to the
/// custom-container parser, when the pipeline has one.
/// </summary>
internal sealed class ReferencesBlockParser : BlockParser
{
    public ReferencesBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.AsSpan().TrimEnd();
        var colons = 0;
        while (colons < text.Length && text[colons] == ':')
        {
            colons++;
        }

        if (colons < 3)
        {
            return BlockState.None;
        }

        var info = text[colons..].Trim();
        if (!IsRefsAttributes(info))
        {
            return BlockState.None;
        }

        CitationContext.Remember(processor.Document, processor.Context);
        var block = new ReferencesBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new global::Markdig.Syntax.SourceSpan(line.Start, line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var text = processor.Line.AsSpan().Trim();
        block.UpdateSpanEnd(processor.Line.End);
        if (text.Length >= 3 && !text.ContainsAnyExcept(':'))
        {
            return BlockState.BreakDiscard;
        }

        return BlockState.ContinueDiscard;
    }

    /// <summary><c>{#refs}</c>, <c>{#refs .hanging}</c>, <c>{.x #refs}</c>: attributes in braces that give the id <c>refs</c>.</summary>
    private static bool IsRefsAttributes(ReadOnlySpan<char> info)
    {
        if (info.Length < 7 || info[0] != '{' || info[^1] != '}')
        {
            return false;
        }

        foreach (var word in info[1..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "#refs")
            {
                return true;
            }
        }

        return false;
    }
}
