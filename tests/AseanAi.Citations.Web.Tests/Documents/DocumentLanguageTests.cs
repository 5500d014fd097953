using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

/// <summary>The document language from what the page declares (html lang, xml:lang, front matter), then from its script.</summary>
public class DocumentLanguageTests
{
    // Han text with no kana and no character that only one standard writes: the script alone cannot tell it.
    private const string PlainHan = "<p>人工智能合作研究</p><h2>參考文獻</h2><ul><li>林一 (2024). 人工智能合作研究. https://example.org/a</li></ul>";

    [Theory]
    [InlineData("zh-Hant", "zh-Hant")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-Hant-HK", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh_SG", "zh-Hans")]
    [InlineData("ja", "ja")]
    [InlineData("ja-JP", "ja")]
    public async Task ReadAsync_HtmlLang_IsTheDocumentLanguage(string lang, string expected)
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync($"<html lang=\"{lang}\"><body>{PlainHan}</body></html>");

        document.Language.Should().Be(expected);
    }

    [Fact]
    public async Task ReadAsync_HtmlLangZhHantWithoutKana_IsNotJapanese()
    {
        const string Html = """
            <html lang="zh-Hant"><body><h2>附錄：參考資料與延伸閱讀</h2>
            <ol><li><strong>海外經驗</strong><ul><li>文部科学省 (2019). 「学校教育の情報化」 https://www.mext.go.jp/a</li></ul></li></ol>
            </body></html>
            """;

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Html);

        document.Language.Should().Be("zh-Hant");
    }

    [Fact]
    public async Task ReadAsync_XmlLangWhenLangIsEmpty_IsTheDocumentLanguage()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync($"<html lang=\"\" xml:lang=\"zh-TW\"><body>{PlainHan}</body></html>");

        document.Language.Should().Be("zh-Hant");
    }

    [Fact]
    public async Task ReadAsync_TemplateLangEnOnAChinesePage_GoesByTheScript()
    {
        const string Html = "<html lang=\"en\"><body><p>这是关于人工智能发展的报告，数据来自国家统计局。</p></body></html>";

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Html);

        document.Language.Should().Be("zh-Hans");
    }

    [Fact]
    public async Task ReadAsync_HtmlLangEnOnAnEnglishPage_IsEnglish()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("<html lang=\"en-GB\"><body><p>A report on open data.</p></body></html>");

        document.Language.Should().Be("en");
    }

    [Fact]
    public async Task ReadAsync_HtmlLangBareZh_TakesTheScriptFromTheText()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("<html lang=\"zh\"><body><p>這是關於臺灣資料開放的報告。</p></body></html>");

        document.Language.Should().Be("zh-Hant");
    }

    [Fact]
    public async Task ReadAsync_NoDeclaration_GoesByTheScript()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("<html><body><p>これは日本語の文書です。</p></body></html>");

        document.Language.Should().Be("ja");
    }

    [Fact]
    public async Task ReadAsync_MalformedLang_IsIgnored()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("<html lang=\"{{ site.lang }}\"><body><p>これは日本語の文書です。</p></body></html>");

        document.Language.Should().Be("ja");
    }

    [Theory]
    [InlineData("lang: zh-TW", "zh-Hant")]
    [InlineData("language: \"zh-Hans\"", "zh-Hans")]
    [InlineData("lang: 'ja'", "ja")]
    public async Task ReadAsync_FrontMatterLanguage_IsTheDocumentLanguage(string field, string expected)
    {
        var markdown = $"---\ntitle: 研究\n{field}\n---\n\n# 研究\n\n人工智能合作研究\n\n## 參考文獻\n\n- 林一 (2024). 人工智能合作研究. https://example.org/a\n";

        var document = await MarkdownDocumentReader.Instance.ReadTextAsync(markdown);

        document.Language.Should().Be(expected);
        document.Title.Should().Be("研究");
        document.Sections.Should().NotContain(s => s.Heading != null && s.Heading.Contains("title:", StringComparison.Ordinal));
        document.References.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadBlocksAsync_FrontMatter_IsSkippedAndDeclaredOnTheFirstBlock()
    {
        var blocks = new List<DocumentBlock>();
        await foreach (var block in MarkdownDocumentReader.Instance.ReadBlocksAsync(new StringReader("---\nlang: ja\nlayout: post\n---\n# 題\n\n本文。\n")))
        {
            blocks.Add(block);
        }

        blocks.Should().HaveCount(2);
        blocks[0].Should().Match<DocumentBlock>(b => b.Kind == DocumentBlockKind.Heading && b.Text == "題" && b.Language == "ja" && b.Span.Line == 5);
        blocks[1].Language.Should().BeNull();
    }

    [Fact]
    public async Task ReadAsync_OpeningThematicBreakNeverClosed_IsReadAsMarkdown()
    {
        var document = await MarkdownDocumentReader.Instance.ReadTextAsync("---\n\nこれは日本語の文書です。\n");

        document.Language.Should().Be("ja");
        document.Sections.SelectMany(s => s.Paragraphs).Should().ContainSingle(p => p.Text == "これは日本語の文書です。");
    }

    [Fact]
    public async Task ReadAsync_ReferenceInAnotherLanguage_KeepsItsOwnLanguage()
    {
        const string Html = """
            <html lang="zh-Hant"><body><p>本報告整理相關資料。</p><h2>參考資料</h2>
            <ul><li>文部科学省 (2019). 「これからの学校教育について」 https://www.mext.go.jp/a</li>
            <li>Smith, J. (2020). Open data in practice. https://example.org/b</li></ul></body></html>
            """;

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Html);

        document.Language.Should().Be("zh-Hant");
        document.References.Select(r => r.Citation.Language).Should().Equal("ja", "en");
    }
}
