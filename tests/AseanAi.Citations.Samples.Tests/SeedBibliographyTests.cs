using System.Text.RegularExpressions;
using AseanAi.Citations.Csl;
using SeedBibliography;

namespace AseanAi.Citations.Samples.Tests;

public sealed class SeedBibliographyTests
{
    [Fact(Timeout = 60_000)]
    public async Task RunAsync_OnTheSeed_PrintsTwelveReferencesLinksAndEveryBuiltInStyle()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await SeedBibliographyReport.RunAsync([], output, error, CancellationToken.None);

        exit.Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().Contain("12 references").And.Contain("(zh-Hant)");
        var sections = Sections(text);

        var references = sections["References"];
        for (var n = 1; n <= 12; n++)
        {
            references.Should().Contain(l => l.StartsWith($"[{n}] ", StringComparison.Ordinal), $"reference {n} is printed");
        }

        references.Should().Contain("[1] 日ASEAN・AI共創イニシアティブ");
        references.Should().Contain(l => l.Contains("publisher: 外務省 [jp.mofa]", StringComparison.Ordinal));
        references.Should().Contain(l => l.Contains("issued:    2025-10-26 (written 令和7年10月26日)", StringComparison.Ordinal));
        references.Should().Contain(l => l.Contains("url:       https://www.jetro.go.jp/world/asia/asean/asean-japan_project.html", StringComparison.Ordinal));
        references.Count(l => l.Contains("type:", StringComparison.Ordinal)).Should().Be(12);

        sections["Links between the text and its references"].Should().Contain(l => Regex.IsMatch(l, @"^line +8 -> \[1\] by .*Publisher"));

        CslStyle.BuiltInNames.Should().NotBeEmpty();
        foreach (var style in CslStyle.BuiltInNames)
        {
            var key = sections.Keys.Single(k => k.StartsWith($"Bibliography: {style} (", StringComparison.Ordinal));
            var entries = sections[key].Where(l => l.Length > 0).ToList();
            entries.Should().HaveCount(12, $"{style} formats every reference");
            entries.Should().Contain(e => e.Contains("日ASEAN・AI共創イニシアティブ", StringComparison.Ordinal) && e.Contains("https://www.mofa.go.jp/mofaj/files/100927259.pdf", StringComparison.Ordinal));
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_GivenAPath_ReadsThatDocument()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("refs.txt");
        await File.WriteAllTextAsync(path, """
            測試文章
            經濟產業省於 2025 年 9 月 24 日發布聲明。
            參考文獻
            - 経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)」(2025年9月24日) https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf
            """);
        var output = new StringWriter();

        var exit = await SeedBibliographyReport.RunAsync([path], output, new StringWriter(), CancellationToken.None);

        exit.Should().Be(0);
        output.ToString().Should().Contain("1 references").And.Contain("[1] 第31回日ASEAN経済大臣会合 共同メディア声明(仮訳)").And.NotContain("[2] ");
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_MissingFile_ReturnsOneAndSaysWhich()
    {
        var error = new StringWriter();

        var exit = await SeedBibliographyReport.RunAsync(["no/such/file.txt"], new StringWriter(), error, CancellationToken.None);

        exit.Should().Be(1);
        error.ToString().Should().Contain("no/such/file.txt");
    }

    /// <summary>Splits the output at its <c>== heading</c> lines.</summary>
    private static Dictionary<string, List<string>> Sections(string text)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                sections[line[3..]] = current = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        return sections;
    }
}
