using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Tests.Parsing;

public class InvariantCaseTests
{
    [Fact]
    public void ToLower_EveryUtf16CodeUnit_MatchesCharToLowerInvariant()
    {
        var wrong = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (InvariantCase.ToLower(c) != char.ToLowerInvariant(c))
            {
                wrong.Add($"U+{i:X4}");
            }
        }

        wrong.Should().BeEmpty();
    }

    [Theory]
    [InlineData("経済産業省")]
    [InlineData("pdf")]
    [InlineData("第3版")]
    public void ToLower_NothingToChange_ReturnsTheSameInstance(string text) =>
        InvariantCase.ToLower(text).Should().BeSameAs(text);

    [Theory]
    [InlineData("PDF", "pdf")]
    [InlineData("ＰＤＦ版", "ｐｄｆ版")]
    [InlineData("ISBN 978", "isbn 978")]
    [InlineData("ΑΒΓ", "αβγ")]
    [InlineData("\U00010400 Deseret", "\U00010428 deseret")]
    public void ToLower_CasedText_LowersLikeToLowerInvariant(string text, string expected) =>
        InvariantCase.ToLower(text).Should().Be(expected).And.Be(text.ToLowerInvariant());
}
