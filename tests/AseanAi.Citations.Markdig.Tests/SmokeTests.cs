namespace AseanAi.Citations.Markdig.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Print()
    {
        var result = Render.Html("Text [see @doe99, p. 33; @roe05] and @smith04 [p. 4] and [-@doe99] and @nokey and mail a@b.com `@code`.\n\nNote.[^1] [@sato2020; @wang2019, 12頁]\n\n[^1]: In a note [@roe05, chap. 3].\n");
        File.WriteAllText("/tmp/smoke19.html", result.Text + "\n" + string.Join("\n", result.Diagnostics));
    }
}
