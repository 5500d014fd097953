namespace AseanAi.Citations.Tests.Model;

public class LocalizedTextTests
{
    [Theory]
    [InlineData("ja", "ja")]
    [InlineData("ZH-hant", "zh-Hant")]
    [InlineData("zh-hans-cn", "zh-Hans-CN")]
    [InlineData("zh_TW", "zh-TW")]
    [InlineData("EN-us", "en-US")]
    [InlineData("ja-Latn", "ja-Latn")]
    [InlineData("x-private", "x-private")]
    [InlineData("en-x-Foo", "en-x-foo")]
    public void Constructor_NormalisesLanguageTagCase(string tag, string expected) =>
        new LocalizedText("題名", tag).Language.Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ja--JP")]
    [InlineData("日本語")]
    [InlineData("123")]
    [InlineData("toolongsubtag")]
    [InlineData("a-b")]
    public void Constructor_MalformedLanguageTag_Throws(string tag)
    {
        var create = () => new LocalizedText("題名", tag);

        create.Should().Throw<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void Constructor_KeepsTextExactly()
    {
        var text = new LocalizedText(" 「日ASEAN・AI共創イニシアティブ」 ", "ja");

        text.Text.Should().Be(" 「日ASEAN・AI共創イニシアティブ」 ");
        text.ToString().Should().Be(text.Text);
    }

    [Fact]
    public void WithTranslation_AddsTranslationWithoutChangingOriginal()
    {
        var original = new LocalizedText("日ASEAN・AI共創イニシアティブ", "ja");

        var translated = original.WithTranslation(new LocalizedText("Japan-ASEAN AI Co-Creation Initiative", "en"))
            .WithTransliteration(new LocalizedText("Nichi ASEAN AI kyōsō inishiatibu", "ja-Latn"));

        original.Translations.Should().BeEmpty();
        translated.Translations.Should().ContainSingle().Which.Text.Should().Be("Japan-ASEAN AI Co-Creation Initiative");
        translated.Transliterations.Should().ContainSingle().Which.Language.Should().Be("ja-Latn");
        translated.GetTranslation("EN")!.Text.Should().StartWith("Japan-ASEAN");
        translated.GetTranslation("zh-Hant").Should().BeNull();
    }

    [Fact]
    public void Equality_ComparesTranslationsElementByElement()
    {
        LocalizedText Build() => new LocalizedText("経済産業省", "ja")
            .WithTranslation(new LocalizedText("Ministry of Economy, Trade and Industry", "en"))
            .WithTranslation(new LocalizedText("經濟產業省", "zh-Hant"));

        Build().Should().Be(Build());
        Build().GetHashCode().Should().Be(Build().GetHashCode());
        Build().Should().NotBe(new LocalizedText("経済産業省", "ja"));
        new LocalizedText("経済産業省", "ja").Should().NotBe(new LocalizedText("経済産業省", "zh-Hant"));
    }

    [Fact]
    public void Translations_DefaultAssignment_ReadsAsEmpty()
    {
        var text = new LocalizedText("題名") { Translations = default };

        text.Translations.IsDefault.Should().BeFalse();
        text.Translations.Should().BeEmpty();
        text.Language.Should().BeNull();
    }
}
