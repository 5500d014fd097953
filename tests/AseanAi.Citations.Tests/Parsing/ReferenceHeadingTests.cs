using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Tests.Parsing;

public class ReferenceHeadingTests
{
    [Theory]
    [InlineData("参考文献")]
    [InlineData("參考文獻")]
    [InlineData("## 参考资料")]
    [InlineData("附錄：參考資料與延伸閱讀")]
    [InlineData("十、參考資料")]
    [InlineData("5. References")]
    [InlineData("第5章 参考文献")]
    [InlineData("📚 参考文献")]
    [InlineData("**引用文献**")]
    [InlineData("付録B：参考文献")]
    [InlineData("Appendix A: Bibliography")]
    [InlineData("参考文献(ICVD国際前庭疾患分類)")]
    [InlineData("References and further reading")]
    [InlineData("Works Cited")]
    [InlineData("資料來源")]
    [InlineData("信息来源")]
    [InlineData("数据与引用")]
    [InlineData("脚注")]
    [InlineData("注")]
    public void IsReferenceHeading_CommonPhrasingAndDecoration_IsTrue(string heading) =>
        ReferenceHeading.IsReferenceHeading(heading).Should().BeTrue();

    [Theory]
    [InlineData("政策發展歷程")]
    [InlineData("Source code")]
    [InlineData("注意事項")]
    [InlineData("Notes on installation")]
    [InlineData("")]
    [InlineData(null)]
    public void IsReferenceHeading_OtherHeadings_IsFalse(string? heading) =>
        ReferenceHeading.IsReferenceHeading(heading).Should().BeFalse();
}
