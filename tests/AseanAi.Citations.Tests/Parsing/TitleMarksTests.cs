using AseanAi.Citations.Parsing.Internal;
using CsCheck;

namespace AseanAi.Citations.Tests.Parsing;

public sealed class TitleMarksTests
{
    // The marks, their neighbours in the ranges compared eight at a time (‚ ‛ 〇 〓), kana, kanji and ASCII.
    private static readonly Gen<string> Text = Gen.String[
        Gen.OneOf(
            Gen.Char["「『《〈“‘｢」』》〉”’｣\"‚‛\u2017\u201E\u3007\u3010\uFF61\uFF64"],
            Gen.Char['\u3040', '\u30FF'],
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char[' ', '~'],
            Gen.Char),
        0,
        80];

    [Fact]
    public void Finds_the_first_mark_as_a_search_for_the_set_does() =>
        Text.Sample(text => TitleMarks.IndexOfAny(text).Should().Be(text.AsSpan().IndexOfAny(TitleMarks.Characters), text), iter: 50_000);

    [Theory]
    [InlineData("外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日)", 3)]
    [InlineData("‚‛ no mark but the quote \" here", 25)]
    [InlineData("日本経済新聞の記事名　　　　　　　　『日本経済新聞』", 18)]
    [InlineData("no marks at all in this reference line", -1)]
    public void Finds_marks_after_look_alikes_and_long_runs(string text, int index) =>
        TitleMarks.IndexOfAny(text).Should().Be(index);
}
