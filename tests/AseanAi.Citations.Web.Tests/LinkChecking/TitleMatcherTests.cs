using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class TitleMatcherTests
{
    [Theory]
    [InlineData("日ASEAN・AI共創イニシアティブ", "日ＡＳＥＡＮ・ＡＩ共創イニシアティブ｜外務省", true)]
    [InlineData("第28回日ASEAN首脳会議", "第28回日ASEAN首脳会議 | 外務省", true)]
    [InlineData("『日ASEAN経済共創ビジョン』の最終版を公表するとともに、『未来デザイン&アクションプラン』を策定しました",
        "「日ASEAN経済共創ビジョン」の最終版を公表するとともに、「未来デザイン&アクションプラン」を策定しました (METI/経済産業省)", true)]
    [InlineData("Japan-ASEAN AI Co-Creation Initiative", "JAPAN-ASEAN AI CO-CREATION INITIATIVE", true)]
    [InlineData("日ASEAN・AI共創イニシアティブ", "令和7年度予算の概要｜財務省", false)]
    [InlineData("東南アジアのAI基盤整備支援、岸田文雄首相が表明へ", "ログイン - 日本経済新聞", false)]
    public void Matches_ComparesAfterFolding(string cited, string page, bool expected) =>
        TitleMatcher.Matches(cited, page).Should().Be(expected);

    [Fact]
    public void Matches_NothingToCompare_IsNotAMismatch() =>
        TitleMatcher.Matches("日ASEAN・AI共創イニシアティブ", null, "  ").Should().BeTrue();
}
