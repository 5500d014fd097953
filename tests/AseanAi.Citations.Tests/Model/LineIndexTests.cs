using CsCheck;

namespace AseanAi.Citations.Tests.Model;

public class LineIndexTests
{
    [Theory]
    [InlineData("", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\r\nb", 2, 1, 3)]
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\r\rb", 3, 3, 1)]
    [InlineData("a\n\r\nb", 4, 3, 1)]
    [InlineData("a\n", 2, 2, 1)]
    [InlineData("a\r", 2, 2, 1)]
    [InlineData("\U0001F600x", 2, 1, 3)]
    [InlineData("𠀋\n𠀋y", 5, 2, 3)]
    [InlineData("\uFEFFabc", 1, 1, 2)]
    [InlineData("a\u2028b\u0085c", 4, 1, 5)]
    [InlineData("參考文獻\n- 外務省「日ASEAN」", 7, 2, 3)]
    [InlineData("a\n\n\nb", 4, 4, 1)]
    [InlineData("𠮷野家\nx", 4, 1, 5)]
    public void SpanOfAndFromOffset_CountLinesAndUtf16Columns(string text, int offset, int line, int column)
    {
        var span = new LineIndex(text).SpanOf(offset, 0);

        (span.Line, span.Column, span.Offset).Should().Be((line, column, offset));
        SourceSpan.FromOffset(text, offset, 0).Should().Be(span);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb\rc\n", 4)]
    public void LineCount_IsBreaksPlusOne(string text, int lines) => new LineIndex(text).LineCount.Should().Be(lines);

    [Fact]
    public void SpanOfLine_LeavesOutEachKindOfBreak()
    {
        const string text = "one\r\ntwo\rthree\n\nfour";
        var index = new LineIndex(text);

        Enumerable.Range(1, index.LineCount).Select(n => index.SpanOfLine(n)).Select(s => (text.Substring(s.Offset, s.Length), s.Line, s.Column))
            .Should().Equal(("one", 1, 1), ("two", 2, 1), ("three", 3, 1), (string.Empty, 4, 1), ("four", 5, 1));
    }

    [Fact]
    public void BadArguments_Throw()
    {
        var index = new LineIndex("ab\ncd");

        FluentActions.Invoking(() => index.SpanOf(6, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => index.SpanOf(4, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => index.SpanOf(-1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => index.SpanOfLine(0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => index.SpanOfLine(3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LineIndex(null!)).Should().Throw<ArgumentNullException>();
    }

    private static readonly Gen<string> Texts = Gen.OneOf(Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("a"), Gen.Const("外"), Gen.Const("\U0001F600"), Gen.Const("\uFEFF"))
        .Array[0, 30].Select(string.Concat);

    /// <summary>The index, the one-off <see cref="SourceSpan.FromOffset"/> and a plain count of the breaks before an offset agree.</summary>
    [Fact]
    public void AgreesWithFromOffsetAndACountOfBreaks() =>
        Texts.SelectMany(text => Gen.Int[0, text.Length].Select(offset => (text, offset))).Sample((text, offset) =>
        {
            // A \r that ends the prefix while a \n follows it is the first half of one \r\n break, not a break yet.
            var before = offset > 0 && text[offset - 1] == '\r' && offset < text.Length && text[offset] == '\n' ? text[..(offset - 1)] : text[..offset];
            var breaks = before.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
            var lastBreak = before.LastIndexOfAny(['\r', '\n']);

            var span = new LineIndex(text).SpanOf(offset, 0);

            span.Should().Be(SourceSpan.FromOffset(text, offset, 0));
            span.Line.Should().Be(breaks + 1);
            span.Column.Should().Be(offset - lastBreak);
        });
}
