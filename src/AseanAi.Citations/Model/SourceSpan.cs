namespace AseanAi.Citations;

/// <summary>
/// A place in a source text: a 0-based offset and length in UTF-16 code units, with the 1-based line and column of its start.
/// </summary>
/// <remarks>
/// Columns count UTF-16 code units from the start of the line, as editors such as Visual Studio Code and compilers such as
/// Roslyn do, so a CJK character counts one column and a character outside the Basic Multilingual Plane counts two.
/// </remarks>
public readonly record struct SourceSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="offset">0-based offset of the first character in the whole text.</param>
    /// <param name="length">Length in UTF-16 code units.</param>
    /// <param name="line">1-based line of the first character.</param>
    /// <param name="column">1-based column of the first character.</param>
    /// <exception cref="ArgumentOutOfRangeException">An offset or length is negative, or a line or column is below 1.</exception>
    public SourceSpan(int offset, int length, int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>0-based offset of the first character in the whole text, in UTF-16 code units.</summary>
    public int Offset { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the first character, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Offset + Length;

    /// <summary>
    /// Computes the span of <paramref name="length"/> characters at <paramref name="offset"/> in <paramref name="text"/>,
    /// counting lines as <see cref="LineIndex"/> does (they end in <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>). For
    /// many offsets in one text, build a <see cref="LineIndex"/> once instead.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="offset">0-based offset of the first character.</param>
    /// <param name="length">Length in UTF-16 code units.</param>
    /// <returns>The span with its line and column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="text"/>.</exception>
    public static SourceSpan FromOffset(ReadOnlySpan<char> text, int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length - offset);

        var (line, column) = LineIndex.PositionOf(text, offset);
        return new SourceSpan(offset, length, line, column);
    }

    /// <summary>Writes the span as <c>line:column</c> followed by its offset and length.</summary>
    /// <returns>A short, culture-invariant description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Line}:{Column} (offset {Offset}, length {Length})");
}
