using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

/// <summary>A page's chrome (menus, navigation bars, footers, linked images) is not read as references.</summary>
public class HtmlNavigationTests
{
    private const string Reference = "<li>総務省 (2023). 「情報通信白書」 <a href=\"https://www.soumu.go.jp/a\">https://www.soumu.go.jp/a</a></li>";

    [Theory]
    [InlineData("<div class=\"topnav\" role=\"navigation\"><p>« <a href=\"prev.html\">用語集</a> :: <a href=\"index.html\">コンテンツ</a></p></div>")]
    [InlineData("<div class=\"footer\" role=\"contentinfo\">© Copyright 2019, someone. このドキュメントは <a href=\"http://sphinx-doc.org/\">Sphinx</a> で生成しました。</div>")]
    [InlineData("<footer><p>© 2024 Example <a href=\"https://example.org/\">https://example.org/</a></p></footer>")]
    [InlineData("<div class=\"sidepanel\"><a href=\"主页.html\">主页</a><a href=\"参考资料.html\">参考资料</a></div>")]
    [InlineData("<ul class=\"menu\"><li><a href=\"https://example.org/a\">Home</a></li></ul>")]
    public async Task ReadAsync_PageChrome_IsNotAReference(string chrome)
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync($"<html><body>{chrome}<h2>参考文献</h2><ul>{Reference}</ul>{chrome}</body></html>");

        document.References.Should().ContainSingle().Which.Citation.Url.Should().Be(new Uri("https://www.soumu.go.jp/a"));
    }

    [Fact]
    public async Task ReadAsync_LocalLinkItemsUnderAReferenceHeading_AreNotReferences()
    {
        const string Html = "<html><body><h2>參考資料</h2><ul><li><a href=\"輕足跡.html\">輕足跡</a></li><li><a href=\"#top\">回到頂端</a></li>" + Reference + "</ul></body></html>";

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Html);

        document.References.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadAsync_LocalLinkWithAYear_IsKept()
    {
        var document = await HtmlDocumentReader.Instance.ReadTextAsync("<html><body><h2>参考文献</h2><ul><li><a href=\"report-2021.pdf\">年次報告 2021</a></li></ul></body></html>");

        document.References.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadAsync_LinkedImage_IsNotAReference()
    {
        const string Html = "<html><body><h2>參考資料</h2><ul><li><a href=\"http://www.adobe.com/go/getflashplayer\"><img src=\"get_flash_player.gif\" alt=\"取得 Adobe Flash Player\" /></a></li>"
            + Reference + "</ul></body></html>";

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(Html);

        document.References.Should().ContainSingle().Which.Citation.Url.Should().Be(new Uri("https://www.soumu.go.jp/a"));
    }
}
