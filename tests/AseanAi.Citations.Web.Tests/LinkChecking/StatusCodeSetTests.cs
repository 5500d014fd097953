using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

public class StatusCodeSetTests
{
    [Theory]
    [InlineData("200..299,403", 403, true)]
    [InlineData("200..299,403", 404, false)]
    [InlineData("200-204", 204, true)]
    [InlineData(" 200 , 301 ", 301, true)]
    [InlineData("200", 201, false)]
    public void Parse_RangesAndCodes_Contains(string text, int status, bool expected) =>
        StatusCodeSet.Parse(text).Contains(status).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("299..200")]
    [InlineData("200..1000")]
    [InlineData("200,,")]
    public void TryParse_Malformed_ExplainsWhy(string text)
    {
        StatusCodeSet.TryParse(text, out var set, out var error).Should().BeFalse();
        set.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void ToString_RoundTrips() =>
        StatusCodeSet.Parse(StatusCodeSet.Parse("200..299,403").ToString()).Should().Be(StatusCodeSet.Parse("200..299,403"));
}
