using System.Text;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class PageDecoderTests
{
    [Theory]
    [InlineData("Shift_JIS", 932)]
    [InlineData("x-sjis", 932)]
    [InlineData("EUC-JP", 51932)]
    [InlineData("Big5", 950)]
    [InlineData("GB2312", 54936)]
    [InlineData("gbk", 54936)]
    [InlineData("GB18030", 54936)]
    [InlineData("utf-8", 65001)]
    [InlineData("\"utf-8\"", 65001)]
    public void Resolve_CommonLabels_GiveTheRightCodePage(string label, int codePage) =>
        PageDecoder.Resolve(label)!.CodePage.Should().Be(codePage);

    [Fact]
    public void Resolve_UnknownLabel_IsNull() => PageDecoder.Resolve("x-no-such-charset").Should().BeNull();

    [Fact]
    public void Decode_MetaCharsetAfterOtherTags_IsFound()
    {
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding("big5")!;
        var bytes = big5.GetBytes("<html><head><link rel=\"x\"><meta charset='big5'><title>經濟產業省</title></head></html>");

        var text = PageDecoder.Decode(bytes, null, out var encoding);

        encoding.CodePage.Should().Be(950);
        text.Should().Contain("經濟產業省");
    }

    [Fact]
    public void Decode_HeaderCharsetWinsOverMeta()
    {
        var sjis = CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!;
        var bytes = sjis.GetBytes("<meta charset=\"utf-8\"><title>外務省</title>");

        PageDecoder.Decode(bytes, "shift_jis", out _).Should().Contain("外務省");
    }

    [Fact]
    public void Decode_InvalidBytes_AreReplacedNotThrown()
    {
        var text = PageDecoder.Decode([0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0xC3], "utf-8", out _);

        text.Should().StartWith("<p>").And.Contain("\uFFFD");
    }
}
