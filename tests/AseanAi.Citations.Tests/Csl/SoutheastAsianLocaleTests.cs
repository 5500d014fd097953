using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// The built-in Southeast Asian locales (th-TH, vi-VN, id-ID, ms-MY, fil-PH, km-KH, lo-LA, my-MM): each loads and gives
/// its terms, month names and date forms to a bibliography.
/// </summary>
public class SoutheastAsianLocaleTests
{
    private const string Namespace = "http://purl.org/net/xbiblio/csl";

    /// <summary>A style that shows the terms every locale must have: and, et-al, no date, editor, page, accessed, dates.</summary>
    private static CslStyle TermsStyle(string locale) =>
        CslStyle.Parse($"""
            <style xmlns="{Namespace}" class="in-text" version="1.0" default-locale="{locale}">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography et-al-min="3" et-al-use-first="1">
                <layout>
                  <group delimiter=". ">
                    <names variable="author"><name and="text"/></names>
                    <choose>
                      <if variable="issued"><date variable="issued" form="text"/></if>
                      <else><text term="no date" form="short"/></else>
                    </choose>
                    <text variable="title"/>
                    <names variable="editor"><name/><label form="short" prefix=" (" suffix=")"/></names>
                    <group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>
                    <group delimiter=" "><text term="accessed"/><date variable="accessed" form="text"/></group>
                    <date variable="accessed" form="numeric"/>
                  </group>
                </layout>
              </bibliography>
            </style>
            """).GetValueOrThrow();

    private static readonly IReadOnlyList<CslItem> Items = CslItems.Read("""
        [
          { "id": "three", "type": "book", "title": "Alpha", "page": "5",
            "issued": { "date-parts": [ [ 2025, 10, 26 ] ] },
            "author": [ { "family": "Lee", "given": "Ann" }, { "family": "Tan", "given": "Ben" }, { "family": "Lim", "given": "Cai" } ] },
          { "id": "two", "type": "chapter", "title": "Beta", "accessed": { "date-parts": [ [ 2025, 1, 5 ] ] },
            "author": [ { "family": "Lee", "given": "Ann" }, { "family": "Tan", "given": "Ben" } ],
            "editor": [ { "family": "Ong", "given": "Dan" } ] }
        ]
        """).GetValueOrThrow();

    [Fact]
    public void BuiltIn_SoutheastAsianLocales_AreThere()
    {
        CslLocales.BuiltIn.Languages.Should().Contain(["th-TH", "vi-VN", "id-ID", "ms-MY", "fil-PH", "km-KH", "lo-LA", "my-MM"]);
    }

    [Theory]
    [InlineData("th-TH", "Ann Lee และคณะ. 26 ตุลาคม 2025. Alpha. น. 5", "Ann Lee และ Ben Tan. ม.ป.ป. Beta. Dan Ong (บ.ก.). สืบค้นเมื่อ 5 มกราคม 2025. 05/01/2025")]
    [InlineData("vi-VN", "Ann Lee và cộng sự. ngày 26 tháng 10 năm 2025. Alpha. tr. 5", "Ann Lee và Ben Tan. k.n. Beta. Dan Ong (cb.). truy cập ngày 5 tháng 1 năm 2025. 05/01/2025")]
    [InlineData("id-ID", "Ann Lee dkk. 26 Oktober 2025. Alpha. hlm. 5", "Ann Lee dan Ben Tan. t.th. Beta. Dan Ong (ed.). diakses 5 Januari 2025. 05/01/2025")]
    [InlineData("ms-MY", "Ann Lee et al. 26 Oktober 2025. Alpha. hlm. 5", "Ann Lee dan Ben Tan. t.t. Beta. Dan Ong (peny.). dicapai 5 Januari 2025. 05/01/2025")]
    [InlineData("fil-PH", "Ann Lee et al. Oktubre 26, 2025. Alpha. p. 5", "Ann Lee at Ben Tan. w.p. Beta. Dan Ong (pat.). na-access Enero 5, 2025. 01/05/2025")]
    [InlineData("km-KH", "Ann Lee និងអ្នកដទៃ. ថ្ងៃទី 26 ខែតុលា ឆ្នាំ 2025. Alpha. ទ. 5", "Ann Lee និង Ben Tan. គ្មានកាលបរិច្ឆេទ. Beta. Dan Ong (និពន្ធនាយក). ចូលមើល ថ្ងៃទី 5 ខែមករា ឆ្នាំ 2025. 05/01/2025")]
    [InlineData("lo-LA", "Ann Lee ແລະ ຄະນະ. 26 ຕຸລາ 2025. Alpha. ໜ. 5", "Ann Lee ແລະ Ben Tan. ບ.ລ.ປ. Beta. Dan Ong (ບ.ກ.). ເຂົ້າເຖິງເມື່ອ 5 ມັງກອນ 2025. 05/01/2025")]
    [InlineData("my-MM", "Ann Lee နှင့် အခြား. 2025 ခုနှစ် အောက်တိုဘာလ 26 ရက်. Alpha. စာ 5", "Ann Lee နှင့် Ben Tan. ရက်စွဲမပါ. Beta. Dan Ong (အယ်ဒီတာ). ကြည့်ရှုသည့်နေ့ 2025 ခုနှစ် ဇန်နဝါရီလ 5 ရက်. 05/01/2025")]
    public void FormatBibliography_BuiltInLocale_UsesItsTermsAndDates(string locale, string first, string second)
    {
        var processor = new CslProcessor(TermsStyle(locale));

        var entries = processor.FormatBibliography(Items);

        processor.Locale.Should().Be(locale);
        entries.Should().Equal(first, second);
    }

    [Theory]
    [InlineData("th", "th-TH")]
    [InlineData("vi", "vi-VN")]
    [InlineData("id", "id-ID")]
    [InlineData("ms", "ms-MY")]
    [InlineData("fil", "fil-PH")]
    [InlineData("km", "km-KH")]
    [InlineData("lo", "lo-LA")]
    [InlineData("my", "my-MM")]
    public void Processor_PrimaryLanguage_ExpandsToTheBuiltInLocale(string language, string expected)
    {
        var processor = new CslProcessor(TermsStyle("en-US"), new CslProcessorOptions { Locale = language });

        processor.Locale.Should().Be(expected);
        processor.FormatBibliography(Items).Should().Equal(new CslProcessor(TermsStyle(expected)).FormatBibliography(Items));
    }

    [Theory]
    [InlineData("th-TH", "month-03", "มีนาคม", "มี.ค.")]
    [InlineData("vi-VN", "month-03", "tháng 3", "thg 3")]
    [InlineData("id-ID", "month-08", "Agustus", "Agu.")]
    [InlineData("ms-MY", "month-08", "Ogos", "Ogo.")]
    [InlineData("fil-PH", "month-06", "Hunyo", "Hun.")]
    [InlineData("km-KH", "month-10", "តុលា", "តុលា")]
    [InlineData("lo-LA", "month-05", "ພຶດສະພາ", "ພ.ພ.")]
    [InlineData("my-MM", "month-01", "ဇန်နဝါရီ", "ဇန်")]
    public void Locale_MonthTerms_LongAndShort(string locale, string month, string full, string abbreviated)
    {
        var style = CslStyle.Parse($"""
            <style xmlns="{Namespace}" class="in-text" version="1.0" default-locale="{locale}">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography><layout delimiter=" | "><group delimiter=" | "><text term="{month}"/><text term="{month}" form="short"/></group></layout></bibliography>
            </style>
            """).GetValueOrThrow();

        var entry = new CslProcessor(style).FormatBibliography(CslItems.Read("""[ { "id": "a", "type": "book" } ]""").GetValueOrThrow()).Single();

        entry.Should().Be(full + " | " + abbreviated);
    }
}
