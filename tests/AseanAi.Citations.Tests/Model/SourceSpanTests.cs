namespace AseanAi.Citations.Tests.Model;

public class SourceSpanTests
{
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
