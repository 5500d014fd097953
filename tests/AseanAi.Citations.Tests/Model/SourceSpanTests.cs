namespace AseanAi.Citations.Tests.Model;

public class SourceSpanTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("參考文獻\n- 外務省「日ASEAN」", 7, 2, 3)]
    [InlineData("a\n\n\nb", 4, 4, 1)]
    [InlineData("𠮷野家\nx", 4, 1, 5)]
    public void FromOffset_CountsLinesAndUtf16Columns(string text, int offset, int line, int column)
    {
        var span = SourceSpan.FromOffset(text, offset, 1 > text.Length - offset ? 0 : 1);

        span.Line.Should().Be(line);
        span.Column.Should().Be(column);
        span.Offset.Should().Be(offset);
    }

    [Fact]
    public void FromOffset_OutOfRange_Throws()
    {
        var beyond = () => SourceSpan.FromOffset("abc", 2, 5);
        var negative = () => SourceSpan.FromOffset("abc", -1, 1);

        beyond.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_InvalidLineOrColumn_Throws()
    {
        var line = () => new SourceSpan(0, 0, 0, 1);
        var column = () => new SourceSpan(0, 0, 1, 0);

        line.Should().Throw<ArgumentOutOfRangeException>();
        column.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void End_IsOffsetPlusLength() => new SourceSpan(10, 5, 2, 3).End.Should().Be(15);
}
