using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// Citations of the library's model render through the interchange mapping (Citation → CSL-JSON), and CJK dates in
/// CSL-JSON <c>raw</c> and <c>literal</c> fields render as dates through <see cref="CitationDate.TryParse"/>.
/// </summary>
public class CslCitationModelTests
{
    private static readonly Citation Initiative = new()
    {
        Id = "mofa",
        Type = SourceType.GovernmentDocument,
        Title = new LocalizedText("日ASEAN・AI共創イニシアティブ", "ja")
            .WithTranslation(new LocalizedText("Japan-ASEAN AI Co-Creation Initiative", "en"))
            .WithTransliteration(new LocalizedText("にちあせあん・えーあいきょうそういにしあてぃぶ", "ja-Hrkt")),
        Authors = [Contributor.ForOrganization(PublisherRef.Unresolved("外務省"))],
        Publisher = PublisherRef.Unresolved("外務省"),
        Issued = CitationDate.Parse("令和7年10月26日"),
        Url = new Uri("https://www.mofa.go.jp/mofaj/files/100927259.pdf"),
    };

    [Fact]
    public void FromCitations_GovernmentDocument_RendersLikeItsCslJson()
    {
        var items = CslItems.FromCitations([Initiative]);

        var entry = new CslProcessor(CslStyle.BuiltIn("apa")).FormatBibliography(items).Single();

        items.Single().Id.Should().Be("mofa");
        // A government document is a CSL report (docs/interchange.md): APA gives reports the year only.
        entry.Should().Be("外務省. (2025). 日ASEAN・AI共創イニシアティブ. 外務省. https://www.mofa.go.jp/mofaj/files/100927259.pdf");
    }

    [Fact]
    public void FromCitations_TranslationsFromTheModel_ShownAsTheCallerChooses()
    {
        var items = CslItems.FromCitations([Initiative]);
        var both = new CslProcessor(CslStyle.BuiltIn("sist02"), new CslProcessorOptions { Bilingual = CslBilingualTitles.Both });
        var translation = new CslProcessor(CslStyle.BuiltIn("sist02"), new CslProcessorOptions { Bilingual = CslBilingualTitles.Translation });

        both.FormatBibliography(items).Single().Should().Contain("日ASEAN・AI共創イニシアティブ[Japan-ASEAN AI Co-Creation Initiative]");
        translation.FormatBibliography(items).Single().Should().Contain("Japan-ASEAN AI Co-Creation Initiative").And.NotContain("共創");
    }

    [Fact]
    public void FromCitations_TitleTransliteration_IsTheSortReading()
    {
        var other = Initiative with
        {
            Id = "other",
            Title = new LocalizedText("安全保障", "ja").WithTransliteration(new LocalizedText("あんぜんほしょう", "ja-Hrkt")),
        };
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="ja-JP">
              <info><title>t</title><id>t</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><sort><key variable="title"/></sort><layout><text variable="title"/></layout></bibliography>
            </style>
            """).GetValueOrThrow();

        var entries = new CslProcessor(style).FormatBibliography(CslItems.FromCitations([Initiative, other]));

        // あんぜんほしょう before にちあせあん…, whereas 安 (U+5B89) comes after 日 (U+65E5) by code point.
        entries.Should().Equal("安全保障", "日ASEAN・AI共創イニシアティブ");
    }

    [Theory]
    [InlineData("raw", "令和7年10月26日", "2025-10-26")]
    [InlineData("raw", "民國114年3月", "2025-03")]
    [InlineData("raw", "二〇二四年十二月", "2024-12")]
    [InlineData("literal", "令和7年10月26日", "2025-10-26")]
    [InlineData("raw", "2025-10-26", "2025-10-26")]
    public void ReadItems_CjkDateInRawOrLiteral_RendersAsADate(string field, string written, string expected)
    {
        var items = CslItems.Read($$"""
            [ { "id": "a", "type": "article-newspaper", "language": "ja", "title": "日本、ASEANとAIで協力",
                "container-title": "日本経済新聞", "issued": { "{{field}}": "{{written}}" } } ]
            """).GetValueOrThrow();

        var entry = new CslProcessor(CslStyle.BuiltIn("sist02")).FormatBibliography(items).Single();

        entry.Should().Contain(expected).And.NotContain(written == expected ? "\u0000" : written);
    }

    [Fact]
    public void ReadItems_LatinLiteralDate_StaysAsWritten()
    {
        var items = CslItems.Read("""[ { "id": "a", "type": "book", "title": "T", "issued": { "literal": "Spring 2025" } } ]""").GetValueOrThrow();

        var entry = new CslProcessor(CslStyle.BuiltIn("apa")).FormatBibliography(items).Single();

        entry.Should().Be("T. (Spring 2025).");
    }

    [Fact]
    public void ReadItems_CjkDatesInRaw_SortAsDates()
    {
        var items = CslItems.Read("""
            [
              { "id": "late", "type": "book", "title": "同じ", "author": [ { "literal": "外務省" } ], "issued": { "raw": "令和7年1月" } },
              { "id": "early", "type": "book", "title": "同じ", "author": [ { "literal": "外務省" } ], "issued": { "raw": "平成31年4月" } }
            ]
            """).GetValueOrThrow();

        var rendering = new CslProcessor(CslStyle.BuiltIn("gbt7714-author-date")).Render(items, [], includeUncited: true);

        rendering.BibliographyItemIds.Should().Equal("early", "late");
        rendering.Bibliography.Should().Equal("外務省, 2019. 同じ[M].", "外務省, 2025. 同じ[M].");
    }
}
