using System.Text;
using System.Text.Json;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.LinkChecking;
using AseanAi.Citations.Web.Tests.Corpus;
using CsCheck;
using Xunit.Abstractions;

namespace AseanAi.Citations.Web.Tests.LinkChecking;

/// <summary>
/// The URL the link checker extracts from a reference is the reference's <see cref="Citation.Url"/>: both come from
/// <see cref="UrlScanner"/>, on generated reference lines and on every line of the reference-line corpora.
/// </summary>
public class CheckedUrlAgreementTests(ITestOutputHelper output)
{
    // Pieces of paths: ASCII words, percent-encoding kept as written, CJK and Thai letters, page names with middle dots,
    // dashes and balanced parentheses (Wikipedia's), file names.
    private static readonly string[] PathPieces =
    [
        "report", "2025", "index.html", "file.pdf", "%E5%A4%96%E5%8B%99%E7%9C%81", "a%20b", "外務省", "新型コロナウイルス",
        "ジョン・スミス", "约翰·史密斯", "Mexican–American_War", "Foo_(bar)", "Thai_(ภาษาไทย)", "ภาษาไทย", "~tanaka", "a-b_c",
        "Tiếng_Việt", "page?id=12&lang=ja", "list#section-2", "search?q=How%20does%20it%20work?",
    ];

    private static readonly string[] Hosts = ["www.mofa.go.jp", "example.org", "ja.wikipedia.org", "例え.jp", "xn--r8jz45g.jp", "news.example.co.th:8080"];

    /// <summary>What a reference writes around its URL, as (before, after).</summary>
    private static readonly (string Before, string After)[] Contexts =
    [
        ("外務省「日ASEAN首脳会議」2025年10月26日. ", ""),
        ("外務省「日ASEAN首脳会議」2025年10月26日. ", "."),
        ("外務省「日ASEAN首脳会議」（2025年10月26日）", "。"),
        ("[1]天融信．《2023年网络安全漏洞态势研究报告》[EB/OL]．（2024-01-04）[2025-01-03]．", "．"),
        ("国家统计局. 统计公报[EB/OL]. ", "，2024年"),
        ("見てください（", "）。"),
        ("Smith, J. (2020). Report on trade (see ", ")."),
        ("Smith, J. (2020). Report on trade. Retrieved from ", " on 2 June 2025"),
        ("Smith, J. (2020). Report on trade. <", ">."),
        ("Smith, J. (2020). [Report on trade](", ")"),
        ("Smith, J. (2020). [Report on trade](", " \"PDF\")"),
        ("経済産業省「通商白書」", "、2025年6月2日にアクセス"),
        ("กระทรวงการต่างประเทศ. (2567). รายงาน. สืบค้นจาก ", " เมื่อ 2 มิถุนายน 2567"),
    ];

    private static readonly Gen<string> Urls =
        Gen.Select(
            Gen.OneOf(Gen.Const("http://"), Gen.Const("https://")),
            Gen.Int[0, Hosts.Length - 1].Select(i => Hosts[i]),
            Gen.Int[0, PathPieces.Length - 1].Select(i => PathPieces[i]).Array[1, 4],
            Gen.Bool,
            (scheme, host, pieces, trailingSlash) => scheme + host + "/" + string.Join("/", pieces) + (trailingSlash && !pieces[^1].Contains('?') && !pieces[^1].Contains('#') ? "/" : string.Empty));

    [Fact]
    public void GeneratedReferences_CheckedUrlIsCitationUrl() =>
        Gen.Select(Urls, Gen.Int[0, Contexts.Length - 1]).Sample((url, context) =>
        {
            var (before, after) = Contexts[context];
            var line = before + url + after;

            var citation = ReferenceParser.Default.Parse(line).Value;
            var extracted = LinkExtractor.Extract(line, null).Select(t => t.Url).ToList();

            citation!.Url.Should().NotBeNull(line);
            citation.Url!.OriginalString.Should().Be(url, line);
            extracted.Should().Equal([url], line);
        }, iter: 2000);

    [Fact]
    public void CorpusLines_CheckedUrlIsCitationUrl()
    {
        var lines = 0;
        var withUrl = 0;
        var (notAsWritten, glued, escaped) = (0, 0, 0);
        var disagreements = new List<string>();
        var directory = Path.Combine(DocumentCorpus.RepositoryRoot, "tests", "AseanAi.Citations.Tests", "Corpus", "lines");
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var row in File.ReadLines(file, Encoding.UTF8).Where(l => l.Length > 0))
            {
                var line = JsonDocument.Parse(row).RootElement.GetProperty("line").GetString()!;
                lines++;
                if (ReferenceParser.Default.Parse(line).Value?.Url is not { } url)
                {
                    continue;
                }

                withUrl++;
                var written = url.OriginalString;
                var at = line.IndexOf(written, StringComparison.Ordinal);
                var extracted = LinkExtractor.Extract(line, null).Select(t => t.Url).ToList();
                // The parser also reads forms the checker takes only as written: www.…, the SIST 02 break "http: //"
                // (not in the line as the URL gives it), a URL glued to a word, and Markdown's backslash escapes (\#, \)).
                if (at < 0)
                {
                    notAsWritten++;
                    continue;
                }

                if (extracted.Contains(written))
                {
                    continue;
                }

                if (at > 0 && char.IsAsciiLetterOrDigit(line[at - 1]))
                {
                    glued++;
                    continue;
                }

                if (extracted.Any(u => u.Contains('\\', StringComparison.Ordinal)))
                {
                    escaped++;
                    continue;
                }

                disagreements.Add($"{Path.GetFileName(file)}: {written} vs [{string.Join(", ", extracted)}] in {line}");
            }
        }

        output.WriteLine($"{lines} lines, {withUrl} with a URL; left aside: {notAsWritten} not as written, {glued} glued to a word, {escaped} with Markdown escapes; {disagreements.Count} disagreements");
        lines.Should().BeGreaterThan(1000);
        withUrl.Should().BeGreaterThan(300);
        (notAsWritten + glued + escaped).Should().BeLessThan(withUrl / 10, "nearly every URL is compared");
        disagreements.Should().BeEmpty();
    }
}
