using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Tests.Parsing;

public sealed class WhiteSpaceTests
{
    [Fact]
    public void Agrees_with_char_IsWhiteSpace_for_every_code_unit()
    {
        var disagreements = new List<string>();
        for (var value = 0; value <= char.MaxValue; value++)
        {
            var c = (char)value;
            if (WhiteSpace.Is(c) != char.IsWhiteSpace(c))
            {
                disagreements.Add($"U+{value:X4}");
            }
        }

        disagreements.Should().BeEmpty();
    }
}
