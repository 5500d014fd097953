using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// The Buddhist-Era extension (<c>aa:year-era="buddhist"</c> on a locale's <c>cs:style-options</c>): years + 543 in Thai
/// and Lao output, ranges, circa, BC and undated items handled, sorting by the Common-Era date unchanged.
/// </summary>
public class BuddhistEraTests
{
    private const string Namespace = "http://purl.org/net/xbiblio/csl";
    private const string Extensions = "https://github.com/aseanai/citations/csl-extensions";

    private static CslStyle Style(string locale, string era, string sort = "<key variable=\"issued\"/>") =>
        CslStyle.Parse($"""
            <style xmlns="{Namespace}" xmlns:aa="{Extensions}" class="in-text" version="1.0" default-locale="{locale}">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <locale{(era.Length == 0 ? "" : " xml:lang=\"" + locale[..2] + "\"")}>{(era.Length == 0 ? "" : $"<style-options aa:year-era=\"{era}\"/>")}</locale>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <sort>{sort}</sort>
                <layout>
                  <group delimiter=". ">
                    <text variable="title"/>
                    <choose>
                      <if variable="issued">
                        <group delimiter=" ">
                          <choose><if is-uncertain-date="issued"><text term="circa" form="short"/></if></choose>
                          <date variable="issued" form="text"/>
                        </group>
                      </if>
                      <else><text term="no date" form="short"/></else>
                    </choose>
                    <date variable="issued" form="numeric" date-parts="year">
                      <date-part name="year" form="short"/>
                    </date>
                  </group>
                </layout>
              </bibliography>
            </style>
            """).GetValueOrThrow();

    private static readonly IReadOnlyList<CslItem> Items = CslItems.Read("""
        [
          { "id": "day", "type": "book", "title": "day", "issued": { "date-parts": [ [ 2025, 10, 26 ] ] } },
          { "id": "interval", "type": "book", "title": "interval", "issued": { "date-parts": [ [ 2020 ], [ 2021 ] ] } },
          { "id": "months", "type": "book", "title": "months", "issued": { "date-parts": [ [ 2024, 10 ], [ 2025, 9 ] ] } },
          { "id": "edtf", "type": "book", "title": "edtf", "issued": { "raw": "2019/2020" } },
          { "id": "circa", "type": "book", "title": "circa", "issued": { "date-parts": [ [ 1900 ] ], "circa": true } },
          { "id": "bc", "type": "book", "title": "bc", "issued": { "date-parts": [ [ -100 ] ] } },
          { "id": "before-era", "type": "book", "title": "before-era", "issued": { "date-parts": [ [ -600 ] ] } },
          { "id": "early", "type": "book", "title": "early", "issued": { "date-parts": [ [ 500 ] ] } },
          { "id": "undated", "type": "book", "title": "undated" }
        ]
        """).GetValueOrThrow();

    private static Dictionary<string, string> ById(CslProcessor processor)
    {
        var rendering = processor.Render(Items, [], CslOutputFormat.Text, includeUncited: true);
        return rendering.BibliographyItemIds.Zip(rendering.Bibliography).ToDictionary(p => p.First, p => p.Second);
    }

    [Theory]
    [InlineData("day", "day. 26 ตุลาคม 2568. 68")]
    [InlineData("interval", "interval. 2563–2564. 63–64")]
    [InlineData("months", "months. ตุลาคม 2567–กันยายน 2568. 67–68")]
    [InlineData("edtf", "edtf. 2562–2563. 62–63")]
    [InlineData("circa", "circa. ประมาณ 2443. 43")]
    [InlineData("bc", "bc. 444. 44")]
    [InlineData("before-era", "before-era. 600 ปีก่อนคริสตกาล. 600 ปีก่อนคริสตกาล")]
    [InlineData("early", "early. 1043. 43")]
    [InlineData("undated", "undated. ม.ป.ป.")]
    public void FormatBibliography_ThaiBuddhistEra_AddsFiveHundredFortyThree(string id, string expected)
    {
        ById(new CslProcessor(Style("th-TH", "buddhist")))[id].Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("common")]
    public void FormatBibliography_ThaiWithoutOptIn_PrintsCommonEra(string era)
    {
        var byId = ById(new CslProcessor(Style("th-TH", era)));

        byId["day"].Should().Be("day. 26 ตุลาคม 2025. 25");
        byId["interval"].Should().Be("interval. 2020–2021. 20–21");
    }

    [Fact]
    public void FormatBibliography_LaoBuddhistEra_AddsFiveHundredFortyThree()
    {
        var byId = ById(new CslProcessor(Style("lo-LA", "buddhist")));

        byId["day"].Should().Be("day. 26 ຕຸລາ 2568. 68");
        byId["undated"].Should().Be("undated. ບ.ລ.ປ.");
    }

    [Fact]
    public void FormatBibliography_BuddhistEraInThaiLocale_OtherLocaleKeepsCommonEra()
    {
        // The opt-in is on the style's Thai locale: rendered in English, the same style prints Common-Era years.
        var byId = ById(new CslProcessor(Style("th-TH", "buddhist"), new CslProcessorOptions { Locale = "en-US" }));

        byId["day"].Should().Be("day. October 26, 2025. 25");
    }

    [Fact]
    public void FormatBibliography_BuddhistEra_SortsByTheCommonEraDate()
    {
        var common = new CslProcessor(Style("th-TH", "common")).Render(Items, [], includeUncited: true).BibliographyItemIds;
        var buddhist = new CslProcessor(Style("th-TH", "buddhist")).Render(Items, [], includeUncited: true).BibliographyItemIds;

        buddhist.Should().Equal(common);
        buddhist.Should().Equal("before-era", "bc", "early", "circa", "edtf", "interval", "months", "day", "undated");
    }

    [Fact]
    public void FormatBibliography_BuddhistEraSortedByYearMacro_SortsByTheDateNotThePrintedYear()
    {
        // Sorted as printed text, 1043 (500 CE) would come before 444 (100 BC) and 600 ปีก่อนคริสตกาล last.
        var style = CslStyle.Parse($"""
            <style xmlns="{Namespace}" xmlns:aa="{Extensions}" class="in-text" version="1.0" default-locale="th-TH">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <locale xml:lang="th"><style-options aa:year-era="buddhist"/></locale>
              <macro name="year"><date variable="issued" form="numeric" date-parts="year"/></macro>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><sort><key macro="year"/></sort><layout><text macro="year"/></layout></bibliography>
            </style>
            """).GetValueOrThrow();
        var items = Items.Where(i => i.Id is "early" or "bc" or "before-era" or "day").Reverse();

        var entries = new CslProcessor(style).FormatBibliography(items);

        entries.Should().Equal("600 ปีก่อนคริสตกาล", "444", "1043", "2568");
    }

    [Fact]
    public void Parse_UnknownYearEra_WarnsWithCsl103AndKeepsCommonEra()
    {
        var result = CslStyle.Parse($"""
            <style xmlns="{Namespace}" xmlns:aa="{Extensions}" class="in-text" version="1.0" default-locale="th-TH">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <locale xml:lang="th"><style-options aa:year-era="buddhism"/></locale>
              <citation><layout><date variable="issued" form="numeric" date-parts="year"/></layout></citation>
            </style>
            """);

        result.Success.Should().BeTrue();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be(DiagnosticCodes.Locale.UnknownExtensionValue);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Span!.Value.Line.Should().Be(3);
        var rendering = new CslProcessor(result.Value!).Render(Items, [new CslCitation([new CslCite("day")])]);
        rendering.Citations.Single().Should().Be("2025");
    }
}
