using AseanAi.Citations.Parsing;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Tests.Parsing;

public class DeclaredLanguageTests
{
    [Theory]
    [InlineData("zh-Hant", "zh-Hant")]
    [InlineData("zh-hant-tw", "zh-Hant")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("zh_CN", "zh-Hans")]
    [InlineData("zh", "zh")]
    [InlineData("ja-JP", "ja")]
    [InlineData("EN-us", "en")]
    [InlineData(" \"ko\" ", "ko")]
    [InlineData("", null)]
    [InlineData("{{ lang }}", null)]
    [InlineData("english", null)]
    [InlineData(null, null)]
    public void Normalize_Tag_GivesTheDocumentTag(string? tag, string? expected) =>
        DeclaredLanguage.Normalize(tag).Should().Be(expected);

    [Theory]
    [InlineData(null, "ja", "ja")]
    [InlineData("zh-Hant", "ja", "zh-Hant")]
    [InlineData("ja", "zh-Hans", "ja")]
    [InlineData("zh", "zh-Hant", "zh-Hant")]
    [InlineData("zh", "en", "zh")]
    [InlineData("en", "zh-Hans", "zh-Hans")]
    [InlineData("en", "en", "en")]
    [InlineData("en", null, "en")]
    [InlineData("fr", "en", "fr")]
    public void Choose_DeclaredAndDetected_TrustsTheDeclarationUnlessTheScriptContradictsIt(string? declared, string? detected, string? expected) =>
        DeclaredLanguage.Choose(declared, detected).Should().Be(expected);

    [Fact]
    public void Build_FirstDeclaredLanguage_IsTheDocumentLanguage()
    {
        var builder = new CitedDocumentBuilder();
        builder.Add(new DocumentBlock(DocumentBlockKind.Heading, "人工智能合作研究", default, 1) { Language = "zh-TW" });
        builder.Add(new DocumentBlock(DocumentBlockKind.Paragraph, "本文。", default) { Language = "ja" });

        builder.Build().Language.Should().Be("zh-Hant");
    }
}
