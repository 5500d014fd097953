using AseanAi.Citations.Tests.Infrastructure;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Tests.Text;

/// <summary>Folding running text with offsets back to it: the way publisher names are found in documents.</summary>
public class ScriptFoldingFoldTests
{
    [Theory]
    [InlineData("ｶﾞｲﾑｼｮｳ 外務省", null)]
    [InlineData("日本経済新聞「東南アジアのAI基盤整備支援」(2024年7月3日)", null)]
    [InlineData("Science　Portal  ASEAN ,  東アジア・ASEAN経済研究センター", "ja")]
    [InlineData("芸術\n芸術のまち\n", null)]
    [InlineData("葛\U000E0100飾区 \u200B外務省\uFE00", "ja")]
    [InlineData("\uD800a\uDC00𠮷野家", null)]
    [InlineData("   ", null)]
    public void Fold_GivesTheKeyAndOrderedOffsets(string source, string? language)
    {
        var key = new char[source.Length];
        var offsets = new int[source.Length];

        var length = ScriptFolding.Fold(source, key, offsets, language);

        new string(key, 0, length).Should().Be(ScriptFolding.Key(source, language));
        var recorded = offsets.AsSpan(0, length).ToArray();
        recorded.Should().BeInAscendingOrder();
        recorded.All(offset => offset >= 0 && offset < source.Length).Should().BeTrue();
    }

    [Fact]
    public void Fold_WithoutOffsets_GivesTheSameKey()
    {
        const string source = "經濟產業省と経済産業省";
        var key = new char[source.Length];

        var length = ScriptFolding.Fold(source, key, default, language: null);

        new string(key, 0, length).Should().Be(ScriptFolding.Key(source));
    }

    [Fact]
    public void SourceRange_OfAMatchInTheSeed_IsTheNameAsWritten()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);
        var key = new char[text.Length];
        var offsets = new int[text.Length];
        var length = ScriptFolding.Fold(text, key, offsets, language: null);
        var folded = key.AsSpan(0, length);

        var found = new List<string>();
        var name = ScriptFolding.Key("經濟產業省");
        for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0;)
        {
            found.Add(text[ScriptFolding.SourceRange(text, offsets.AsSpan(0, length), at, at + name.Length)]);
            var next = folded[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        found.Should().Contain("經濟產業省").And.Contain("経済産業省").And.OnlyContain(s => s == "經濟產業省" || s == "経済産業省");
    }

    [Theory]
    [InlineData("見出し　ｶﾞｲﾑｼｮｳ　です", "ガイムショウ", "ｶﾞｲﾑｼｮｳ")]
    [InlineData("『東アジア』の研究", "东亚", "東アジア")]
    [InlineData("About Science  Portal\tASEAN.", "portal asean", "Portal\tASEAN")]
    [InlineData("外務省 ", "外务省", "外務省")]
    [InlineData("葛\U000E0100飾区", "葛", "葛\U000E0100")]
    public void SourceRange_CoversTheSourceOfTheMatch(string source, string match, string expected)
    {
        var key = new char[source.Length];
        var offsets = new int[source.Length];
        var length = ScriptFolding.Fold(source, key, offsets, language: null);
        var at = key.AsSpan(0, length).IndexOf(match, StringComparison.Ordinal);

        at.Should().BeGreaterThanOrEqualTo(0);
        source[ScriptFolding.SourceRange(source, offsets.AsSpan(0, length), at, at + match.Length)].Should().Be(expected);
    }

    [Fact]
    public void SourceRange_EmptyRangeAtTheEnd_IsEmptyAtTheEndOfTheSource()
    {
        var offsets = new[] { 0, 1 };

        ScriptFolding.SourceRange("ab ", offsets, 2, 2).Should().Be(3..3);
    }

    [Fact]
    public void SourceRange_OutsideTheOffsets_Throws()
    {
        var offsets = new[] { 0, 1 };

        var beyond = () => ScriptFolding.SourceRange("ab", offsets, 1, 3);
        var reversed = () => ScriptFolding.SourceRange("ab", offsets, 2, 1);

        beyond.Should().Throw<ArgumentOutOfRangeException>();
        reversed.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Fold_DestinationShorterThanSource_Throws()
    {
        var shortDestination = () => ScriptFolding.Fold("外務省", new char[2], default, null);
        var shortOffsets = () => ScriptFolding.Fold("外務省", new char[3], new int[2], null);

        shortDestination.Should().Throw<ArgumentException>().WithParameterName("destination");
        shortOffsets.Should().Throw<ArgumentException>().WithParameterName("sourceOffsets");
    }

    [Fact]
    public void Fold_PerLine_JapaneseOnlyWhereTheLineHasKana()
    {
        const string source = "芸術大學\n芸術のまち";
        var key = new char[source.Length];

        var length = ScriptFolding.Fold(source, key, default, language: null);

        new string(key, 0, length).Should().Be(ScriptFolding.Key("芸術大學", "zh") + ScriptFolding.Key("芸術のまち", "ja"));
        ScriptFolding.Key("芸術大學", "zh").Should().NotBe(ScriptFolding.Key("芸術大學", "ja"));
    }
}
