using AseanAi.Citations.Internal;
using AseanAi.Citations.Publishers;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>
/// The reference parser reads the host of a plain http(s) URL from its text instead of asking <see cref="Uri"/>; where it
/// does, the answer must be exactly what <see cref="Uri"/> gives, and every other form must be left to <see cref="Uri"/>.
/// </summary>
public sealed class PlainUrlHostTests
{
    private static readonly PublisherRegistry Registry = PublisherRegistry.Default;

    [Theory]
    [InlineData("https://www.mofa.go.jp/mofaj/files/100927259.pdf", "www.mofa.go.jp")]
    [InlineData("HTTP://WWW.METI.GO.JP/press/2025/09/20250924001/20250924001.html", "www.meti.go.jp")]
    [InlineData("https://spap.jst.go.jp:443/asean/news/251002/topic_na_01.html", "spap.jst.go.jp")]
    [InlineData("http://example.jp?q=1", "example.jp")]
    [InlineData("http://example.jp#top", "example.jp")]
    [InlineData("https://xn--wgv71a119e.jp/", "xn--wgv71a119e.jp")]
    public void Reads_the_host_of_plain_addresses(string url, string host) =>
        PlainUrlHost.Of(url).Should().Be(host).And.Be(new Uri(url).Host);

    [Theory]
    [InlineData("https://user@example.jp/")]
    [InlineData("http://user:secret@example.jp/")]
    [InlineData("http://example.jp:8o/")]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://example.jp./")]
    [InlineData("http://.example.jp/")]
    [InlineData("http://example..jp/")]
    [InlineData("http://example.jp\\path")]
    [InlineData("https://日本語.jp/")]
    [InlineData("https://ex%41mple.jp/")]
    [InlineData("ftp://example.jp/")]
    [InlineData("www.example.jp")]
    [InlineData("http://")]
    public void Leaves_every_other_form_to_Uri(string url) =>
        PlainUrlHost.Of(url).Should().BeNull();

    private static readonly string[] Pieces = ["@", ":", ":80", "a:b@", "user@", "[::1]", "%41", ".", "..", "é", "日本", "/", "?", "#", "\\", " "];

    // Schemes, then pieces of authorities and paths in any order: user information, ports, brackets, escapes, dots.
    private static readonly Gen<string> UrlLike =
        Gen.Select(
            Gen.OneOf(Gen.Const("http://"), Gen.Const("https://"), Gen.Const("HTTPS://"), Gen.Const("http:/"), Gen.Const("mailto:")),
            Gen.OneOf(
                    Gen.String[Gen.Char["abcXYZ019-._"], 1, 8],
                    Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]))
                .List[0, 8],
            (scheme, pieces) => scheme + string.Concat(pieces));

    [Fact]
    public void Agrees_with_Uri_wherever_it_answers() =>
        UrlLike.Sample(url =>
        {
            // The parser asks only about addresses Uri accepted as http or https.
            var plain = PlainUrlHost.Of(url);
            if (plain is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return;
            }

            plain.Should().Be(uri.Host, url);
            plain.Should().Be(uri.IdnHost.ToLowerInvariant(), url);
            uri.HostNameType.Should().BeOneOf([UriHostNameType.Dns, UriHostNameType.Basic], url);
        });

    [Theory]
    [InlineData("https://www.mofa.go.jp/mofaj/files/100927259.pdf")]
    [InlineData("https://news.yahoo.co.jp/expert/articles/abc")]
    [InlineData("https://news.yahoo.co.jp/articles/abc")]
    [InlineData("https://enecho.meti.go.jp/about/whitepaper/")]
    [InlineData("https://xjst.go.jp/")]
    [InlineData("https://WWW.JETRO.GO.JP/biznews/2025/10/")]
    public void Resolves_a_URL_by_its_plain_host_as_by_Uri(string url)
    {
        var uri = new Uri(url);
        var byUri = Registry.TryResolveUrl(uri, out var expected);
        Registry.TryResolveUrl(uri, PlainUrlHost.Of(url), out var actual).Should().Be(byUri);
        actual.Should().BeSameAs(expected);
    }
}
