namespace AseanAi.Citations;

/// <summary>
/// The line starts of a text, to turn offsets into <see cref="SourceSpan"/>s with their line and column. Every reader,
/// the link extractor and the command line compute positions through it, so a place is reported the same way everywhere.
/// </summary>
/// <remarks>
/// <para>A line ends at <c>\n</c>, at <c>\r\n</c> (one break) or at a lone <c>\r</c>; other separators (U+0085, U+2028)
/// are text. Lines and columns are 1-based; a column counts UTF-16 code units from the start of its line, as
/// <see cref="SourceSpan"/> promises, so a character outside the Basic Multilingual Plane takes two. A byte-order mark at
/// the start is a code unit like any other (offset 0, column 1): readers that drop it report positions in the text after
/// it. The offset just past the last character is a position too (the end of the last line, or line n + 1 after a final
/// break).</para>
/// <para>The first position asked reads the text once (vectorised); a position is then found in O(log lines). Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class LineIndex
{
    private readonly string _text;
    private int[]? _lineStarts;

    /// <summary>Indexes the lines of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The length of the indexed text, in UTF-16 code units.</summary>
    public int Length => _text.Length;

    /// <summary>The number of lines: one more than the number of line breaks (an empty text has one, empty line).</summary>
    public int LineCount => LineStarts.Length;

    // Built on first use, so that a reader that reports nothing never pays for it; two threads may both build it, with
    // the same result.
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(_text);

    /// <summary>The span of <paramref name="length"/> code units at <paramref name="offset"/>, with the line and column of its start.</summary>
    /// <param name="offset">0-based offset, 0 to <see cref="Length"/>.</param>
    /// <param name="length">Length in UTF-16 code units; the span must end within the text.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside the text.</exception>
    public SourceSpan SpanOf(int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - offset);
        var starts = LineStarts;
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(offset, length, line + 1, offset - starts[line] + 1);
    }

    /// <summary>The span of line <paramref name="line"/>, its line break left out, with line <paramref name="line"/> and column 1.</summary>
    /// <param name="line">1-based line number, 1 to <see cref="LineCount"/>.</param>
    /// <returns>The span of the line's text (empty for an empty line).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1 or above <see cref="LineCount"/>.</exception>
    public SourceSpan SpanOfLine(int line)
    {
        var starts = LineStarts;
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, starts.Length);
        var start = starts[line - 1];
        var end = Length;
        if (line < starts.Length)
        {
            // Leave out the break: \n, \r\n or \r.
            end = starts[line];
            end -= _text[end - 1] == '\n' && end - 2 >= start && _text[end - 2] == '\r' ? 2 : 1;
        }

        return new SourceSpan(start, end - start, line, 1);
    }

    /// <summary>As <see cref="SpanOf"/>, with an offset or length outside the text moved to its nearest end (for readers whose positions come from elsewhere).</summary>
    internal SourceSpan ClampedSpanOf(int offset, int length)
    {
        offset = Math.Clamp(offset, 0, Length);
        return SpanOf(offset, Math.Clamp(length, 0, Length - offset));
    }

    /// <summary>
    /// The line and column of <paramref name="offset"/> in <paramref name="text"/>, by one forward scan, for a single
    /// position where building an index does not pay.
    /// </summary>
    internal static (int Line, int Column) PositionOf(ReadOnlySpan<char> text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        while (NextLineStart(text, lineStart) is >= 0 and var next && next <= offset)
        {
            line++;
            lineStart = next;
        }

        return (line, offset - lineStart + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var from = 0;
        while (NextLineStart(text, from) is >= 0 and var next)
        {
            starts.Add(next);
            from = next;
        }

        return [.. starts];
    }

    /// <summary>
    /// Where the line after the one holding <paramref name="from"/> starts: just past the next <c>\n</c>, <c>\r\n</c>
    /// or lone <c>\r</c>; -1 when no break follows. This is the one rule for line breaks.
    /// </summary>
    internal static int NextLineStart(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOfAny('\r', '\n');
        if (found < 0)
        {
            return -1;
        }

        var at = from + found;
        return text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
    }
}
