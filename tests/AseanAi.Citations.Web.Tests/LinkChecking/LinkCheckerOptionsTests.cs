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

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        new LinkCheckerOptionsValidator().Validate(null, new LinkCheckerOptions()).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    public void Validate_MaxConcurrencyOutOfRange_FailsNamingTheOptionAndRange(int value)
    {
        var result = new LinkCheckerOptionsValidator().Validate(null, new LinkCheckerOptions { MaxConcurrency = value });

        result.Failures.Should().ContainSingle().Which.Should().Be($"LinkCheckerOptions.MaxConcurrency must be between 1 and 1024; it is {value}.");
    }

    [Fact]
    public void Validate_MaxRedirectsAboveTen_Fails()
    {
        var result = new LinkCheckerOptionsValidator().Validate(null, new LinkCheckerOptions { MaxRedirects = 11 });

        result.Failures.Should().ContainSingle().Which.Should().StartWith("LinkCheckerOptions.MaxRedirects must be between 0 and 10");
    }

    [Fact]
    public void Validate_SeveralBadOptions_ReportsEveryOne()
    {
        var options = new LinkCheckerOptions
        {
            RequestTimeout = TimeSpan.Zero,
            UserAgent = "bot\r\nX-Injected: 1",
            IncludePatterns = [null!],
            ArchiveEndpoint = new Uri("/wayback", UriKind.Relative),
        };

        var result = new LinkCheckerOptionsValidator().Validate(null, options);

        result.Failures.Should().HaveCount(4);
        result.Failures.Should().Contain(f => f.StartsWith("LinkCheckerOptions.RequestTimeout must be above zero", StringComparison.Ordinal));
        result.Failures.Should().Contain(f => f.Contains("UserAgent", StringComparison.Ordinal) && f.Contains("control characters", StringComparison.Ordinal));
        result.Failures.Should().Contain("LinkCheckerOptions.IncludePatterns must not contain null patterns.");
        result.Failures.Should().Contain(f => f.Contains("ArchiveEndpoint", StringComparison.Ordinal) && f.Contains("absolute http or https", StringComparison.Ordinal));
    }

    [Fact]
    public void LinkChecker_BadOptions_ThrowsArgumentExceptionNamingTheOption()
    {
        var act = () => new LinkChecker(new LinkCheckerOptions { MaxConcurrencyPerHost = 0 });

        act.Should().Throw<ArgumentException>().WithParameterName("options")
            .WithMessage("LinkCheckerOptions.MaxConcurrencyPerHost must be between 1 and 256*");
    }

    [Fact]
    public void Options_ChangedAfterACheckerIsBuilt_AreValidatedWhenTheNextOneIsBuilt()
    {
        var options = new LinkCheckerOptions().AddHostHeader("www.nikkei.com", "Cookie", "consent=1");
        using var checker = new LinkChecker(options);

        options.MaxConcurrency = 0;
        options.AddHostHeader("www.nikkei.com", "Cookie", "consent=2");

        options.HostHeaders["www.nikkei.com"]["Cookie"].Should().Be("consent=2", "the view follows AddHostHeader");
        var again = () => new LinkChecker(options);
        again.Should().Throw<ArgumentException>("the checker validates when it is built, not when the option is set");
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
}
