using AseanAi.Citations.Markdig.Syntax;

namespace AseanAi.Citations.Markdig.Tests.Syntax;

public sealed class CitationSyntaxTests
{
    [Theory]
    [InlineData("@doe99", "doe99")]
    [InlineData("@doe99.", "doe99")]
    [InlineData("@doe99, p. 3", "doe99")]
    [InlineData("@Doe:2000-x", "Doe:2000-x")]
    [InlineData("@doe.99.", "doe.99")]
    [InlineData("@_private", "_private")]
    [InlineData("@佐藤2020", "佐藤2020")]
    [InlineData("@{https://example.org/a b}", "https://example.org/a b")]
    [InlineData("@{ spaced }", "spaced")]
    public void ReadKey_ValidKey_ReadsPandocKey(string text, string key)
    {
        CitationSyntax.ReadKey(text, 0)?.Key.Should().Be(key);
        CitationSyntax.ReadKey(text, 0).Should().NotBeNull();
    }

    [Theory]
    [InlineData("@")]
    [InlineData("@ doe")]
    [InlineData("@-doe")]
    [InlineData("@{}")]
    [InlineData("@{unclosed")]
    public void ReadKey_NoKey_ReturnsNull(string text)
    {
        CitationSyntax.ReadKey(text, 0).Should().BeNull();
    }

    [Theory]
    // content, key, prefix, locator, label, suffix, suppress
    [InlineData("@doe99", "doe99", null, null, null, null, false)]
    [InlineData("see @doe99, p. 33", "doe99", "see", "33", "page", null, false)]
    [InlineData("@doe99, pp. 33–35 and passim", "doe99", null, "33–35", "page", " and passim", false)]
    [InlineData("@doe99, pp. 33-35, 38", "doe99", null, "33-35, 38", "page", null, false)]
    [InlineData("-@doe99", "doe99", null, null, null, null, true)]
    [InlineData("see -@doe99, p. 4", "doe99", "see", "4", "page", null, true)]
    [InlineData("@doe99, 33", "doe99", null, "33", "page", null, false)]
    [InlineData("@doe99 p. 33", "doe99", null, "33", "page", null, false)]
    [InlineData("@doe99, chap. 3", "doe99", null, "3", "chapter", null, false)]
    [InlineData("@doe99, sec. 4.2", "doe99", null, "4", "section", ".2", false)]
    [InlineData("@doe99, § 12", "doe99", null, "12", "section", null, false)]
    [InlineData("@doe99, vol. ii", "doe99", null, "ii", "volume", null, false)]
    [InlineData("@doe99, {pp. iv, vi-xi, (xv)-(xvii)} with suffix", "doe99", null, "iv, vi-xi, (xv)-(xvii)", "page", " with suffix", false)]
    [InlineData("@doe99 and others", "doe99", null, null, null, " and others", false)]
    [InlineData("@doe99, civil law", "doe99", null, null, null, ", civil law", false)]
    [InlineData("@sato2020, 12頁", "sato2020", null, "12", "page", null, false)]
    [InlineData("@sato2020, 頁 12", "sato2020", null, "12", "page", null, false)]
    [InlineData("@wang2019, 页 5", "wang2019", null, "5", "page", null, false)]
    [InlineData("@wang2019, 第3章", "wang2019", null, "3", "chapter", null, false)]
    [InlineData("@sato2020, 第5条", "sato2020", null, "5", "section", null, false)]
    [InlineData("@sato2020, 節 2", "sato2020", null, "2", "section", null, false)]
    [InlineData("@sato2020，12頁", "sato2020", null, "12", "page", null, false)]
    [InlineData("参照 @sato2020, 章 4", "sato2020", "参照", "4", "chapter", null, false)]
    [InlineData("@{doe 99}, p. 7", "doe 99", null, "7", "page", null, false)]
    public void ParseBracket_OneCite_ReadsItsParts(string content, string key, string? prefix, string? locator, string? label, string? suffix, bool suppress)
    {
        var cites = CitationSyntax.ParseBracket(content);

        cites.Should().NotBeNull();
        cites!.Value.Should().ContainSingle().Which.Should().Be(new MarkdownCite(key)
        {
            Prefix = prefix,
            Locator = locator,
            Label = label,
            Suffix = suffix,
            SuppressAuthor = suppress,
        });
    }

    [Fact]
    public void ParseBracket_SeveralCites_SplitsAtSemicolons()
    {
        var cites = CitationSyntax.ParseBracket("see @doe99, pp. 33-35; also @smith04, chap. 1; -@roe05")!.Value;

        cites.Select(c => c.Key).Should().Equal("doe99", "smith04", "roe05");
        cites[1].Prefix.Should().Be("also");
        cites[1].Label.Should().Be("chapter");
        cites[2].SuppressAuthor.Should().BeTrue();
    }

    [Theory]
    [InlineData("no key here")]
    [InlineData("see @doe99; and nothing")]
    [InlineData("mail me at john@example.com")]
    [InlineData("")]
    public void ParseBracket_PartWithoutKey_IsNotACitation(string content)
    {
        CitationSyntax.ParseBracket(content).Should().BeNull();
    }

    [Theory]
    [InlineData("[@a] tail", 3)]
    [InlineData("[@a [nested] b] tail", 14)]
    [InlineData("[@{a]b}] tail", 7)]
    [InlineData("[@a \\] b] tail", 8)]
    [InlineData("[@a", -1)]
    public void FindClosingBracket_Text_FindsTheMatchingBracket(string text, int expected)
    {
        CitationSyntax.FindClosingBracket(text, 1).Should().Be(expected);
    }

    [Fact]
    public void FindClosingBracket_UnclosedLongText_StopsAtTheLimit()
    {
        var text = "[" + new string('a', CitationSyntax.MaxBracketLength * 3) + "]";

        CitationSyntax.FindClosingBracket(text, 1).Should().Be(-1);
    }
}
