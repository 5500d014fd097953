using AseanAi.Citations.Csl;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// The built-in <c>apa-th</c> style: Thai works as Thai university APA guides write them (natural-order full names,
/// Buddhist-Era years, Thai terms), works in other languages as APA 7 prints them, Thai works listed first in Thai
/// dictionary order. Outputs are pinned in Golden/csl/apa-th.mixed.txt.
/// </summary>
public class ThaiApaStyleTests
{
    private static IReadOnlyList<CslItem> MixedItems() =>
        CslItems.Read(File.ReadAllText(Path.Combine(Golden.Directory, "csl", "items-thai-mixed.json"))).GetValueOrThrow();

    [Fact]
    public void BuiltInNames_ListApaTh()
    {
        CslStyle.BuiltInNames.Should().Contain("apa-th");
        CslStyle.IsBuiltIn("APA-TH").Should().BeTrue();
        CslStyle.BuiltIn("apa-th").DefaultLocale.Should().Be("th-TH");
    }

    [Fact]
    public void Render_MixedThaiAndForeignItems_MatchesGolden()
    {
        var items = MixedItems();
        var citations = items.Select(i => new CslCitation([new CslCite(i.Id)])).ToList();
        citations.Add(new CslCitation([new CslCite("th-article") { Locator = "50" }, new CslCite("en-article") { Locator = "405" }]));

        var rendering = new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(items, citations, CslOutputFormat.Text, includeUncited: true);

        var text = "Bibliography\n" + string.Join("\n", rendering.Bibliography) + "\n\nCitations\n" + string.Join("\n", rendering.Citations) + "\n";
        Golden.AssertMatches(Path.Combine("csl", "apa-th.mixed.txt"), text);
    }

    [Fact]
    public void FormatBibliography_MixedItems_ThaiFirstInDictionaryOrderThenLatinThenHan()
    {
        var ids = new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(MixedItems(), [], includeUncited: true).BibliographyItemIds;

        // กิตติ < เกศินี (ก + เ, the preposed vowel read after its consonant) < ประภาพร < สมชาย < สมหญิง < สำนักงาน;
        // then Brown, Đặng/Nguyễn (Western order from CSL-JSON), Smith, World Bank; then 佐藤 and 王 by code point.
        ids.Should().Equal(
            "th-chapter", "th-report", "th-article", "th-book", "th-news", "th-web",
            "en-book", "vi-article", "en-article", "en-web", "ja-book", "zh-article");
    }

    [Fact]
    public void FormatBibliography_ThaiItems_BuddhistEraThaiTermsNaturalOrderNames()
    {
        var byId = ById(new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(MixedItems(), [], includeUncited: true));

        byId["th-book"].Should().Be("สมชาย ใจดี. (2563). การบริหารข้อมูลภาครัฐ (พิมพ์ครั้งที่ 2). สำนักพิมพ์จุฬาลงกรณ์มหาวิทยาลัย.");
        byId["th-article"].Should().Be("ประภาพร ศรีสุข, วิชัย บุญมา, และ อรุณี แก้วใส. (2564). ปัญญาประดิษฐ์กับการศึกษาไทย. วารสารสังคมศาสตร์, 12(2), 45–60.");
        byId["th-web"].Should().Contain("(ม.ป.ป.)").And.EndWith("สืบค้นเมื่อ 5 มกราคม 2568, จาก https://www.nso.go.th/");
        byId["th-report"].Should().Contain("(2563–2564)");
    }

    [Fact]
    public void FormatBibliography_EnglishItems_AsTheBuiltInApaPrintsThem()
    {
        var items = MixedItems().Where(i => i.Language == "en").ToList();

        var thai = ById(new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(items, [], includeUncited: true));
        var apa = ById(new CslProcessor(CslStyle.BuiltIn("apa")).Render(items, [], includeUncited: true));

        thai.Should().Equal(apa);
        thai["en-book"].Should().Be("Brown, A. (n.d.). Digital policy in Asia (3rd ed.). MIT Press.");
    }

    [Fact]
    public void FormatBibliography_GeneratedEnglishItems_AsTheBuiltInApaPrintsThem()
    {
        // The 120 English items of the generated golden set (every source type): in apa-th each is rendered in its own
        // (English) locale and comes out as the built-in apa style writes it.
        var items = CslItems.Read(File.ReadAllText(Path.Combine(Golden.Directory, "csl", "items-generated.json"))).GetValueOrThrow()
            .Where(i => i.Language is { } language && language.StartsWith("en", StringComparison.Ordinal)).ToList();

        var thai = ById(new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(items, [], includeUncited: true));
        var apa = ById(new CslProcessor(CslStyle.BuiltIn("apa")).Render(items, [], includeUncited: true));

        items.Should().HaveCountGreaterThan(50);
        thai.Should().Equal(apa);
    }

    [Fact]
    public void FormatBibliography_RenderedInEnglish_IsPlainApa()
    {
        var items = MixedItems().Where(i => i.Language == "en").ToList();

        var english = new CslProcessor(CslStyle.BuiltIn("apa-th"), new CslProcessorOptions { Locale = "en-US" }).FormatBibliography(items);

        english.Should().Equal(new CslProcessor(CslStyle.BuiltIn("apa")).FormatBibliography(items));
    }

    [Fact]
    public void FormatBibliography_ModelNames_ThaiAndVietnameseSortByGivenName()
    {
        Citation Item(string id, PersonName name, string language) =>
            new() { Id = id, Language = language, Title = new LocalizedText(id, language), Issued = CitationDate.FromParts(2020), Authors = [Contributor.ForPerson(name)] };
        var items = CslItems.FromCitations(
        [
            Item("binh", PersonName.Parse("Trần Thị Bình", "vi"), "vi"),
            Item("somying", PersonName.Parse("สมหญิง รักเรียน", "th"), "th"),
            Item("adams", PersonName.Create("Adams", "John"), "en"),
            Item("an", PersonName.Parse("Nguyễn Văn An", "vi"), "vi"),
            Item("kesini", PersonName.Parse("เกศินี วงศ์ไทย", "th"), "th"),
            Item("sato", PersonName.Create("佐藤", "仁"), "ja"),
            Item("wang", PersonName.Create("王", "伟"), "zh-CN"),
        ]);

        var rendering = new CslProcessor(CslStyle.BuiltIn("apa-th")).Render(items, [], includeUncited: true);
        var byId = ById(rendering);

        rendering.BibliographyItemIds.Should().Equal("kesini", "somying", "adams", "an", "binh", "sato", "wang");
        byId["an"].Should().StartWith("Nguyễn Văn An. (2020).");
        byId["kesini"].Should().StartWith("เกศินี วงศ์ไทย. (2563).");
    }

    [Theory]
    [InlineData("zh-Hant", "陳美玲. (不詳). 東協數位經濟. 聯經.")]
    [InlineData("zh-Hans", "陳美玲. (不详). 東協數位經濟. 聯經.")]
    [InlineData("zh-TW", "陳美玲. (不詳). 東協數位經濟. 聯經.")]
    public void FormatBibliography_ChineseItemByScript_TakesTheLocaleOfItsWrittenForm(string language, string expected)
    {
        var items = CslItems.Read($$"""
            [ { "id": "a", "type": "book", "language": "{{language}}", "title": "東協數位經濟", "publisher": "聯經",
                "author": [ { "family": "陳", "given": "美玲" } ] } ]
            """).GetValueOrThrow();

        new CslProcessor(CslStyle.BuiltIn("apa-th")).FormatBibliography(items).Single().Should().Be(expected);
    }

    private static Dictionary<string, string> ById(CslRendering rendering) =>
        rendering.BibliographyItemIds.Zip(rendering.Bibliography).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}
