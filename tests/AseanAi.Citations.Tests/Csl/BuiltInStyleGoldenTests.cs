using AseanAi.Citations.Csl;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// The built-in styles against the output of citeproc-js with the official styles (goldens made by
/// eng/csl-goldens.sh): every entry is the same, except entries of the item types listed, with the reason, in
/// Golden/csl/STYLE.differences.txt. The comparison sorts without readings (citeproc-js knows none); our own output
/// with the default options (sorting by reading) is pinned too, in Golden/csl/STYLE.SET.txt.
/// </summary>
public class BuiltInStyleGoldenTests
{
    /// <summary>Built-in styles that no official CSL style matches (their own tests pin them: ThaiApaStyleTests).</summary>
    private static readonly string[] WithoutOfficialCounterpart = ["apa-th"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var style in CslStyle.BuiltInNames.Except(WithoutOfficialCounterpart))
        {
            data.Add(style, "seed");
            data.Add(style, "generated");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatBibliography_BuiltInStyle_MatchesCiteprocExceptDocumentedDifferences(string styleName, string set)
    {
        var directory = Path.Combine(Golden.Directory, "csl");
        var items = CslItems.Read(File.ReadAllText(Path.Combine(directory, $"items-{set}.json"))).GetValueOrThrow();
        var expected = File.ReadAllLines(Path.Combine(directory, $"{styleName}.{set}.citeproc.txt"));
        var documented = File.ReadAllLines(Path.Combine(directory, $"{styleName}.differences.txt"))
            .Where(line => line.Length > 0)
            .ToDictionary(line => line.Split('\t')[0], line => line.Split('\t')[1], StringComparer.Ordinal);
        var style = CslStyle.BuiltIn(styleName);
        var processor = new CslProcessor(style, new CslProcessorOptions { CjkSortOrder = CslCjkSortOrder.CodePoint });

        var rendering = processor.Render(items, [], CslOutputFormat.Text, includeUncited: true);
        var ours = new CslProcessor(style).Render(items, [], CslOutputFormat.Text, includeUncited: true);

        rendering.Bibliography.Should().HaveCount(expected.Length);
        var types = items.ToDictionary(i => i.Id, i => i.Type, StringComparer.Ordinal);
        var undocumented = new List<string>();
        var differingTypes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < expected.Length; i++)
        {
            if (rendering.Bibliography[i] == expected[i])
            {
                continue;
            }

            var type = types[rendering.BibliographyItemIds[i]];
            differingTypes.Add(type);
            if (!documented.ContainsKey(type))
            {
                undocumented.Add($"{rendering.BibliographyItemIds[i]} ({type}):\n  citeproc-js: {expected[i]}\n  ours:        {rendering.Bibliography[i]}");
            }
        }

        undocumented.Should().BeEmpty("only the documented differences are allowed");
        if (set == "generated")
        {
            documented.Keys.Should().BeSubsetOf(differingTypes, "every documented difference should still exist (else remove it from the list)");
        }

        Golden.AssertMatches(Path.Combine("csl", $"{styleName}.{set}.txt"), string.Join("\n", ours.Bibliography) + "\n");
    }

    [Fact]
    public void FormatBibliography_Sist02NikkeiArticle_NamesTheNewspaper()
    {
        var items = CslItems.Read(File.ReadAllText(Path.Combine(Golden.Directory, "csl", "items-seed.json"))).GetValueOrThrow();
        var nikkei = items.Where(i => i.Id == "seed-06");

        var entry = new CslProcessor(CslStyle.BuiltIn("sist02")).FormatBibliography(nikkei).Single();

        entry.Should().Be("(1) 日本・ASEAN、多言語AI開発で連携へ 中国けん制も. 日本経済新聞. 2025-01-14. https://www.nikkei.com/article/DGXZQOUA08AO10Y5A100C2000000/.");
    }
}
