using System.Text;
using System.Text.Json;

namespace AseanAi.Citations.Internal;

/// <summary>
/// Turns the byte positions that <see cref="Utf8JsonReader"/> and <see cref="JsonException"/> give for UTF-8 JSON into
/// <see cref="SourceSpan"/>s of the text it was encoded from, through the text's <see cref="LineIndex"/>, so JSON readers
/// report lines and columns (UTF-16 code units) as every other reader does. Byte offsets are asked mostly in increasing
/// order (each step converts only the bytes since the last). Not thread-safe: one instance per reading.
/// </summary>
/// <param name="text">The whole text, a byte-order mark included.</param>
/// <param name="bias">How many characters at the start of <paramref name="text"/> (a byte-order mark) the UTF-8 bytes leave out.</param>
internal sealed class Utf8TextPositions(string text, int bias)
{
    private readonly LineIndex _lines = new(text);
    private long _byteOffset;
    private int _charOffset;

    /// <summary>The text's offset of the character at <paramref name="byteOffset"/> of <paramref name="utf8"/>.</summary>
    public int CharOffset(ReadOnlySpan<byte> utf8, long byteOffset)
    {
        byteOffset = Math.Clamp(byteOffset, 0, utf8.Length);
        if (byteOffset < _byteOffset)
        {
            _byteOffset = 0;
            _charOffset = 0;
        }

        _charOffset += Encoding.UTF8.GetCharCount(utf8[(int)_byteOffset..(int)byteOffset]);
        _byteOffset = byteOffset;
        return _charOffset + bias;
    }

    /// <summary>The span of the bytes from <paramref name="byteStart"/> to <paramref name="byteEnd"/>.</summary>
    public SourceSpan SpanOfBytes(ReadOnlySpan<byte> utf8, long byteStart, long byteEnd)
    {
        var start = CharOffset(utf8, byteStart);
        var end = byteEnd <= byteStart ? start : CharOffset(utf8, byteEnd);
        return _lines.ClampedSpanOf(start, end - start);
    }

    /// <summary>
    /// The place of a JSON syntax error, or <see langword="null"/> when the exception gives none. The reader counts
    /// lines by <c>\n</c> alone and positions within a line in bytes; both are turned into the text's terms here.
    /// </summary>
    public SourceSpan? SpanOf(ReadOnlySpan<byte> utf8, JsonException exception)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } bytePosition)
        {
            return null;
        }

        var lineStart = 0;
        for (long l = 0; l < line && lineStart < utf8.Length; l++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? utf8.Length : lineStart + next + 1;
        }

        var offset = CharOffset(utf8, Math.Min(utf8.Length, lineStart + bytePosition));
        return _lines.ClampedSpanOf(offset, 0);
    }
}
