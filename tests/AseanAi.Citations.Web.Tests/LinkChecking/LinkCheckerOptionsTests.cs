using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class LinkCheckerOptionsTests
{
    [Fact]
    public void Defaults_ArePoliteAndDocumented()
    {
        var options = new LinkCheckerOptions();

        options.MaxConcurrency.Should().Be(64);
        options.MaxConcurrencyPerHost.Should().Be(8);
        options.MaxRedirects.Should().Be(10);
        options.DenyPrivateAddresses.Should().BeFalse();
        options.UseHead.Should().BeFalse();
        options.UserAgent.Should().StartWith("AseanAi.Citations-LinkChecker/");
        options.AcceptedStatusCodes.Should().Be(StatusCodeSet.Success);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    public void MaxConcurrency_OutOfRange_ThrowsWithAllowedRange(int value)
    {
        var act = () => new LinkCheckerOptions { MaxConcurrency = value };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 1 and 1024*");
    }

    [Fact]
    public void MaxRedirects_AboveTen_Throws()
    {
        var act = () => new LinkCheckerOptions { MaxRedirects = 11 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 10*");
    }

    [Fact]
    public void RequestTimeout_Zero_Throws()
    {
        var act = () => new LinkCheckerOptions { RequestTimeout = TimeSpan.Zero };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*above zero*");
    }

    [Fact]
    public void UserAgent_WithLineBreak_Throws()
    {
        var act = () => new LinkCheckerOptions { UserAgent = "bot\r\nX-Injected: 1" };

        act.Should().Throw<ArgumentException>().WithMessage("*control characters*");
    }

    [Theory]
    [InlineData("www.mofa.go.jp", "Bad Name", "v", "*not a valid HTTP header name*")]
    [InlineData("https://www.mofa.go.jp/", "Cookie", "v", "*not a host name*")]
    [InlineData("www.mofa.go.jp", "Cookie", "a\nb", "*line breaks*")]
    public void AddHostHeader_Malformed_Throws(string host, string name, string value, string message)
    {
        var act = () => new LinkCheckerOptions().AddHostHeader(host, name, value);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void AddHostHeader_IsKeptPerHost()
    {
        var options = new LinkCheckerOptions().AddHostHeader("WWW.Nikkei.com", "Cookie", "consent=1");

        options.HostHeaders["www.nikkei.com"]["cookie"].Should().Be("consent=1");
    }

    [Fact]
    public void ArchiveEndpoint_Relative_Throws()
    {
        var act = () => new LinkCheckerOptions { ArchiveEndpoint = new Uri("/wayback", UriKind.Relative) };

        act.Should().Throw<ArgumentException>().WithMessage("*absolute http or https*");
    }
}
