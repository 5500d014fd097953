using System.Text;
using AseanAi.Citations.Parsing.Internal;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>
/// The script counts behind language detection: a table look-up per code unit in chunks of 255, ASCII counted eight
/// characters at a time, surrogate pairs on a slow path. However the text is cut, the counts must be those of its
/// characters one by one.
/// </summary>
public sealed class ScriptLanguageTests
{
    [Theory]
    [InlineData("日ASEAN・AI共創イニシアティブ", "ja")]
    [InlineData("経済産業省", "ja")]
    [InlineData("经济产业省", "zh-Hans")]
    [InlineData("經濟產業省", "zh-Hant")]
    [InlineData("과학기술정보통신부", "ko")]
    [InlineData("Ministry of Economy, Trade and Industry", "en")]
    [InlineData("Économie et numérique", "en")]
    [InlineData("2025-10-26 (12) !?", null)]
    [InlineData("", null)]
    public void Detect_tells_the_language_by_script(string text, string? expected) =>
        ScriptLanguage.Detect(text).Should().Be(expected);

    [Fact]
    public void Counts_of_long_texts_do_not_overflow_at_chunk_boundaries()
    {
        // 8-bit counters per chunk of 255 characters: 1,000 kanji and 1,000 letters must still count 1,000 each.
        var counts = default(ScriptLanguage.Counts);
        counts.Add(new string('省', 1000) + new string('a', 1000) + new string('カ', 600));
        // Kana, Hangul, Han, Latin, zh-Hans, zh-Hant and ja markers.
        counts.Totals.Should().Be((600, 0, 1000, 1000, 0, 0, 0));
    }

    [Fact]
    public void Supplementary_characters_and_lone_surrogates_are_counted_as_characters()
    {
        // 𠮷 (U+20BB7) is Han outside the Basic Multilingual Plane; a lone surrogate counts as nothing.
        var counts = default(ScriptLanguage.Counts);
        counts.Add("𠮷野家\uD800ab\uDC00𠮷");
        counts.Totals.Should().Be((0, 0, 4, 2, 0, 0, 0));
    }

    // Runs of printable ASCII (long enough for the eight-at-a-time path) between runs of everything else.
    private static readonly Gen<string> MixedText = Gen.OneOf(
            Gen.String[Gen.Char[' ', '~'], 0, 40],
            Gen.String[
                Gen.OneOf(
                    Gen.Char['\u00C0', '\u024F'],
                    Gen.Char['\u3040', '\u30FF'],
                    Gen.Char['\u4E00', '\u9FFF'],
                    Gen.Char['\uAC00', '\uD7AF'],
                    Gen.Char['\uD800', '\uDFFF'],
                    Gen.Char),
                0,
                40])
        .List[0, 30]
        .Select(string.Concat);

    [Fact]
    public void Counting_a_text_at_once_equals_counting_it_character_by_character() =>
        MixedText.Sample(text =>
        {
            var whole = default(ScriptLanguage.Counts);
            whole.Add(text);

            // One character at a time: a surrogate pair stays together, a lone surrogate stands alone.
            var single = default(ScriptLanguage.Counts);
            for (var i = 0; i < text.Length; i++)
            {
                var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                single.Add(text.AsSpan(i, length));
                i += length - 1;
            }

            whole.Totals.Should().Be(single.Totals, "the counts of '{0}' must not depend on how it is cut", Escape(text));
        });

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or >= '\uD800' and <= '\uDFFF' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    [Theory]
    // Development lines of the reference corpus with no character of the marker tables: traditional forms that the
    // script folding writes otherwise tell them.
    [InlineData("〔明〕何喬遠，《閩書》，福州市：福建人民出版社，1994。", null, "zh-Hant")]
    [InlineData("- Shen, Kuo 沈括. 夢溪筆談, juan 14. [A1]", null, "zh-Hant")]
    // The same in a Japanese context stays Japanese (kanji that fold: 統計).
    [InlineData("心理学統計法", "ja", "ja")]
    // Han text that folds to itself keeps the default.
    [InlineData("中文", null, "zh")]
    public void Detect_HanWithoutMarkers_UsesTheFoldingAndTheContext(string text, string? hanDefault, string expected) =>
        ScriptLanguage.Detect(text, hanDefault).Should().Be(expected);
}
