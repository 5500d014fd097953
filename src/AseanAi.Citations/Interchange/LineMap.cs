namespace AseanAi.Citations.Interchange;

/// <summary>
/// The line starts of a text, so that readers turn offsets into <see cref="SourceSpan"/>s with line and column in
/// O(log lines) instead of rescanning the text for every diagnostic.
/// </summary>
internal sealed class LineMap
{
    private readonly string _text;
    private int[]? _lineStarts;

    public LineMap(string text) => _text = text;

    public SourceSpan Span(int offset, int length)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        length = Math.Clamp(length, 0, _text.Length - offset);
        var starts = _lineStarts ??= ComputeLineStarts(_text);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceSpan(offset, length, index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
