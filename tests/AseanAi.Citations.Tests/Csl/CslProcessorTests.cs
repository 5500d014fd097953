using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// What the processor does beyond citeproc-js: et-al per item language, sorting by reading and its fallback order,
/// <c>lang</c> attributes on CJK runs in HTML.
/// </summary>
public class CslProcessorTests
{
    private const string Namespace = "http://purl.org/net/xbiblio/csl";

    /// <summary>A minimal style: names (et-al after one of two or more), a title, sorted by author then title.</summary>
    private static CslStyle NamesStyle(string locale, string sortKeys = "<key variable=\"author\"/><key variable=\"title\"/>") =>
        CslStyle.Parse($"""
            <style xmlns="{Namespace}" class="in-text" version="1.0" default-locale="{locale}">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography et-al-min="2" et-al-use-first="1">
                <sort>{sortKeys}</sort>
                <layout>
                  <group delimiter=". ">
                    <names variable="author"><name/></names>
                    <text variable="title"/>
                  </group>
                </layout>
              </bibliography>
            </style>
            """).GetValueOrThrow();

    private static IReadOnlyList<CslItem> Items(string json) => CslItems.Read(json).GetValueOrThrow();

    private const string MixedLanguages = """
        [
          { "id": "en", "type": "book", "language": "en", "title": "Data governance",
            "author": [ { "family": "Smith", "given": "Mary" }, { "family": "Tan", "given": "Wei Ling" } ] },
          { "id": "zh", "type": "book", "language": "zh-CN", "title": "数据治理",
            "author": [ { "family": "王", "given": "伟" }, { "family": "李", "given": "娜" } ] },
          { "id": "ja", "type": "book", "language": "ja", "title": "データガバナンス",
            "author": [ { "family": "佐藤", "given": "仁" }, { "family": "田中", "given": "花子" } ] }
        ]
        """;

    [Theory]
    [InlineData("en-US", "\u7B49")]
    [InlineData("zh-CN", "\u7B49")]
    [InlineData("ja-JP", "\u307B\u304B")]
    public void FormatBibliography_MixedLanguages_EtAlFollowsEachItemsLanguage(string locale, string japaneseEtAl)
    {
        var processor = new CslProcessor(NamesStyle(locale));

        var rendering = processor.Render(Items(MixedLanguages), [], CslOutputFormat.Text, includeUncited: true);

        var byId = rendering.BibliographyItemIds.Zip(rendering.Bibliography).ToDictionary(p => p.First, p => p.Second);
        // English items get "et al.", Chinese items 等, Japanese items 等 (ほか, the Japanese locale's own term, in a
        // Japanese style), whatever the style's locale and without editing the style.
        byId["en"].Should().Be("Mary Smith et al. Data governance");
        byId["zh"].Should().Be("王伟 \u7B49. 数据治理");
        byId["ja"].Should().Be($"佐藤仁 {japaneseEtAl}. データガバナンス");
    }

    [Fact]
    public void FormatBibliography_PerLanguageEtAlOff_UsesTheStyleLocaleTermForEveryItem()
    {
        var processor = new CslProcessor(NamesStyle("en-US"), new CslProcessorOptions { PerLanguageEtAl = false });

        var entries = processor.FormatBibliography(Items(MixedLanguages));

        entries.Should().HaveCount(3).And.OnlyContain(e => e.Contains("et al.", StringComparison.Ordinal));
    }

    [Fact]
    public void FormatBibliography_BuiltInGbtNumeric_EnglishItemGetsEtAlChineseAndJapaneseGetDeng()
    {
        var items = Items("""
            [
              { "id": "en", "type": "article-journal", "language": "en", "title": "A history", "container-title": "Asian Survey",
                "author": [ { "family": "Smith", "given": "Mary" }, { "family": "Tan", "given": "Ahmad" }, { "family": "Lim", "given": "Siti" }, { "family": "Wong", "given": "John" } ] },
              { "id": "zh", "type": "article-journal", "language": "zh-CN", "title": "数据治理", "container-title": "中国社会科学",
                "author": [ { "family": "王", "given": "伟" }, { "family": "李", "given": "娜" }, { "family": "陈", "given": "芳" }, { "family": "张", "given": "伟" } ] }
            ]
            """);

        var entries = new CslProcessor(CslStyle.BuiltIn("gbt7714-numeric")).FormatBibliography(items);

        entries[0].Should().StartWith("[1] SMITH M, TAN A, LIM S, et al. A history[J].");
        entries[1].Should().StartWith("[2] 王伟, 李娜, 陈芳, 等. 数据治理[J].");
    }

    [Fact]
    public void Render_SecondFieldAlignHtml_KeepsTheLayoutSuffixInsideTheRightInlineBlock()
    {
        var items = Items("""[ { "id": "a", "type": "book", "title": "数据治理", "author": [ { "family": "王", "given": "伟" } ], "issued": { "date-parts": [[2020]] } } ]""");

        var entry = new CslProcessor(CslStyle.BuiltIn("gbt7714-2015-numeric")).FormatBibliography(items, CslOutputFormat.Html).Single();

        entry.Should().StartWith("\n    <div class=\"csl-left-margin\">[1]</div><div class=\"csl-right-inline\">");
        entry.TrimEnd().Should().EndWith(".</div>");
        entry.Should().NotContain("</div>   .");
    }

    private const string JapaneseWithReadings = """
        [
          { "id": "watanabe", "type": "book", "language": "ja", "title": "あ", "author": [ { "family": "渡辺", "given": "健一" } ],
            "custom": { "name-readings": { "author": [ { "family": "わたなべ", "given": "けんいち" } ] } } },
          { "id": "nakamura", "type": "book", "language": "ja", "title": "あ", "author": [ { "family": "中村", "given": "仁" } ],
            "custom": { "name-readings": { "author": [ { "family": "なかむら", "given": "じん" } ] } } },
          { "id": "sato", "type": "book", "language": "ja", "title": "あ", "author": [ { "family": "佐藤", "given": "花子" } ],
            "custom": { "name-readings": { "author": [ { "family": "さとう", "given": "はなこ" } ] } } }
        ]
        """;

    [Fact]
    public void Render_JapaneseNamesWithReadings_SortByReading()
    {
        var rendering = new CslProcessor(NamesStyle("ja-JP")).Render(Items(JapaneseWithReadings), [], includeUncited: true);

        // さとう < なかむら < わたなべ, whereas the characters 佐 (U+4F50), 中 (U+4E2D), 渡 (U+6E21) would give 中村 first.
        rendering.BibliographyItemIds.Should().Equal("sato", "nakamura", "watanabe");
    }

    [Fact]
    public void Render_NamesWithReadingsFromTheModel_SortByReading()
    {
        // Japanese BibTeX's yomi becomes PersonName.Reading, which sorts the name as custom.name-readings does.
        var citations = AseanAi.Citations.Interchange.BibTeX.Read("""
            @book{watanabe, author = {渡辺 健一}, yomi = {わたなべ けんいち}, title = {あ}, language = {japanese}}
            @book{nakamura, author = {中村 仁}, yomi = {なかむら じん}, title = {あ}, language = {japanese}}
            @book{sato, author = {佐藤 花子}, yomi = {さとう はなこ}, title = {あ}, language = {japanese}}
            """).Value!;

        var rendering = new CslProcessor(NamesStyle("ja-JP")).Render(CslItems.FromCitations(citations), [], includeUncited: true);

        rendering.BibliographyItemIds.Should().Equal("sato", "nakamura", "watanabe");
    }

    [Fact]
    public void Render_CodePointOrder_IgnoresReadings()
    {
        var options = new CslProcessorOptions { CjkSortOrder = CslCjkSortOrder.CodePoint };

        var rendering = new CslProcessor(NamesStyle("ja-JP"), options).Render(Items(JapaneseWithReadings), [], includeUncited: true);

        rendering.BibliographyItemIds.Should().Equal("nakamura", "sato", "watanabe");
    }

    [Fact]
    public void Render_TitlesWithReadings_SortByTitleReading()
    {
        var items = Items("""
            [
              { "id": "keizai", "type": "book", "language": "ja", "title": "経済安全保障", "custom": { "title-transliterations": [{"text": "けいざいあんぜんほしょう", "lang": "ja-Hrkt"}] } },
              { "id": "chiiki", "type": "book", "language": "ja", "title": "地域包括ケア", "custom": { "title-transliterations": [{"text": "ちいきほうかつけあ", "lang": "ja-Hrkt"}] } },
              { "id": "ai", "type": "book", "language": "ja", "title": "人工知能", "custom": { "title-transliterations": [{"text": "じんこうちのう", "lang": "ja-Hrkt"}] } }
            ]
            """);

        var byReading = new CslProcessor(NamesStyle("ja-JP", "<key variable=\"title\"/>")).Render(items, [], includeUncited: true);
        var byCodePoint = new CslProcessor(NamesStyle("ja-JP", "<key variable=\"title\"/>"), new CslProcessorOptions { CjkSortOrder = CslCjkSortOrder.CodePoint })
            .Render(items, [], includeUncited: true);

        byReading.BibliographyItemIds.Should().Equal("keizai", "ai", "chiiki");
        byCodePoint.BibliographyItemIds.Should().Equal("ai", "chiiki", "keizai");
    }

    private const string ChineseAndLatinWithoutReadings = """
        [
          { "id": "wang", "type": "book", "title": "x", "author": [ { "family": "王", "given": "伟" } ] },
          { "id": "smith", "type": "book", "title": "x", "author": [ { "family": "Smith", "given": "Mary" } ] },
          { "id": "chen", "type": "book", "title": "x", "author": [ { "family": "陈", "given": "芳" } ] },
          { "id": "li", "type": "book", "title": "x", "author": [ { "family": "李", "given": "娜" } ] },
          { "id": "adams", "type": "book", "title": "x", "author": [ { "family": "Adams", "given": "John" } ] }
        ]
        """;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void Render_ChineseLocaleWithoutReadings_HanByPinyinBeforeLatin(string locale)
    {
        var rendering = new CslProcessor(NamesStyle(locale)).Render(Items(ChineseAndLatinWithoutReadings), [], includeUncited: true);

        // chén < lǐ < wáng (Unihan kMandarin), then the Latin names, as ICU's zh collation (and citeproc-js) orders them.
        rendering.BibliographyItemIds.Should().Equal("chen", "li", "wang", "adams", "smith");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ja-JP")]
    public void Render_OtherLocaleWithoutReadings_LatinFirstThenHanByCodePoint(string locale)
    {
        var rendering = new CslProcessor(NamesStyle(locale)).Render(Items(ChineseAndLatinWithoutReadings), [], includeUncited: true);

        // 李 U+674E < 王 U+738B < 陈 U+9648.
        rendering.BibliographyItemIds.Should().Equal("adams", "smith", "li", "wang", "chen");
    }

    [Fact]
    public void FormatBibliography_Html_MarksCjkRunsWithTheItemLanguage()
    {
        var items = Items("""
            [
              { "id": "ja", "type": "book", "language": "ja", "title": "直接投資", "author": [ { "family": "佐藤", "given": "仁" } ] },
              { "id": "zh", "type": "book", "language": "zh-TW", "title": "直接投資", "author": [ { "family": "陳", "given": "芳" } ] },
              { "id": "en", "type": "book", "language": "en", "title": "Direct investment", "author": [ { "family": "Smith", "given": "Mary" } ] },
              { "id": "kana", "type": "book", "title": "データ", "author": [ { "literal": "総務省" } ] }
            ]
            """);
        var processor = new CslProcessor(NamesStyle("en-US", "<key variable=\"title\"/>"));

        var rendering = processor.Render(items, [], CslOutputFormat.Html, includeUncited: true);
        var text = processor.Render(items, [], CslOutputFormat.Text, includeUncited: true);

        var byId = rendering.BibliographyItemIds.Zip(rendering.Bibliography).ToDictionary(p => p.First, p => p.Second);
        byId["ja"].Should().Contain("<span lang=\"ja\">佐藤仁</span>").And.Contain("<span lang=\"ja\">直接投資</span>");
        byId["zh"].Should().Contain("<span lang=\"zh-TW\">陳芳</span>").And.Contain("<span lang=\"zh-TW\">直接投資</span>");
        byId["en"].Should().NotContain("lang=");

        // Without a language, kana tell Japanese; Han characters alone (総務省) do not tell, so they get no attribute.
        byId["kana"].Should().Contain("<span lang=\"ja\">データ</span>").And.Contain("総務省").And.NotContain("<span lang=\"ja\">総務省");
        text.Bibliography.Should().NotContain(e => e.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void FormatBibliography_HtmlBilingualTitle_LanguageOnTheOriginalOnly()
    {
        var items = Items("""
            [ { "id": "a", "type": "book", "language": "ja", "title": "日ASEAN・AI共創イニシアティブ",
                "custom": { "title-translations": [{"text": "Japan-ASEAN AI Co-Creation Initiative", "lang": "en"}] } } ]
            """);
        var processor = new CslProcessor(NamesStyle("en-US"), new CslProcessorOptions { Bilingual = CslBilingualTitles.Both });

        var entry = processor.FormatBibliography(items, CslOutputFormat.Html).Single();

        entry.Should().Contain("<span lang=\"ja\">日ASEAN・AI共創イニシアティブ</span>[Japan-ASEAN AI Co-Creation Initiative]");
    }

    /// <summary>
    /// Many items sharing families, given names with shared and distinct initials, and years: year suffixes, given-name
    /// disambiguation (by rule) and author substitution all have work to do.
    /// </summary>
    private static IReadOnlyList<CslItem> CrowdedItems(int count)
    {
        string[] families = ["Smith", "佐藤", "Tan"];
        string[] given = ["John", "Jane", "J. R.", "Mary", "仁", "Wei Ling"];
        var json = string.Join(",", Enumerable.Range(0, count).Select(i =>
            $$"""{ "id": "i{{i}}", "type": "book", "title": "Title {{i % 7}}", "issued": { "date-parts": [[{{2020 + (i % 3)}}]] }, "author": [ { "family": "{{families[i % families.Length]}}", "given": "{{given[(i / 3) % given.Length]}}" } ] }"""));
        return Items("[" + json + "]");
    }

    private static CslStyle CrowdedStyle(string rule) =>
        CslStyle.Parse($"""
            <style xmlns="{Namespace}" class="in-text" version="1.0" default-locale="en-US">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation disambiguate-add-givenname="true" givenname-disambiguation-rule="{rule}" disambiguate-add-year-suffix="true" disambiguate-add-names="true">
                <layout><group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group></layout>
              </citation>
              <bibliography subsequent-author-substitute="———">
                <sort><key variable="author"/><key variable="issued"/><key variable="title"/></sort>
                <layout>
                  <group delimiter=". ">
                    <names variable="author"><name/></names>
                    <group delimiter=""><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group>
                    <text variable="title"/>
                  </group>
                </layout>
              </bibliography>
            </style>
            """).GetValueOrThrow();

    [Theory]
    [InlineData("by-cite")]
    [InlineData("all-names")]
    [InlineData("all-names-with-initials")]
    [InlineData("primary-name")]
    [InlineData("primary-name-with-initials")]
    public void EnumerateBibliography_ParallelOrNot_SameEntriesAsFormatBibliography(string rule)
    {
        var items = CrowdedItems(700);
        var style = CrowdedStyle(rule);
        var expected = new CslProcessor(style).FormatBibliography(items);

        var streamed = new CslProcessor(style).EnumerateBibliography(items).ToList();
        var parallel = new CslProcessor(style, CslProcessorOptions.Default with { MaxDegreeOfParallelism = -1 }).EnumerateBibliography(items).ToList();
        var parallelArray = new CslProcessor(style, CslProcessorOptions.Default with { MaxDegreeOfParallelism = 3 }).FormatBibliography(items);

        expected.Should().HaveCount(700);
        expected.Should().Contain(e => e.StartsWith("———", StringComparison.Ordinal), "the substitution is exercised");
        expected.Should().Contain(e => e.Contains("2020a", StringComparison.Ordinal), "year suffixes are exercised");
        streamed.Should().Equal(expected);
        parallel.Should().Equal(expected);
        parallelArray.Should().Equal(expected);
    }

    [Fact]
    public void EnumerateBibliography_NullItems_Throws()
    {
        var processor = new CslProcessor(CslStyle.BuiltIn("apa"));
        var act = () => processor.EnumerateBibliography(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
