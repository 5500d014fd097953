using AseanAi.Citations.Parsing;
using AseanAi.Citations.Parsing.Internal;
using FluentAssertions;
using Xunit;

namespace AseanAi.Citations.Tests.Parsing;

/// <summary>
/// Southeast-Asian reference lines (issue 21): each line is a real one from a development document of the corpus
/// (Corpus/lines/sea-round1.jsonl names its source); the test part is never used here.
/// </summary>
public class SoutheastAsianLineTests
{
    private static Citation Parse(string line) => ReferenceParser.Default.Parse(line).Value!;

    [Fact]
    public void Parse_ThaiAccessDate_IsReadInTheCommonEra()
    {
        // code-index:71381644904, a Thai APA list: Thai month, Buddhist-Era year, ม.ป.ป. (no date).
        var citation = Parse("Mozilla Foundation. (ม.ป.ป.). *Public suffix list*. สืบค้นเมื่อ 29 กันยายน 2569, จาก https://publicsuffix.org/");

        citation.Accessed!.ToEdtf().Should().Be("2026-09-29");
        citation.Issued.Should().BeNull();
        citation.Authors.Should().ContainSingle().Which.Organization!.Name.Should().Be("Mozilla Foundation");
    }

    [Fact]
    public void Parse_ThaiTitle_IsThai()
    {
        // code-index:40831276717.
        var citation = Parse("* [14] apsth. (2023).โปรแกรมคลินิก Cloud Platform สืบค้นเมื่อ 12 กรกฎาคม 2566 สืบค้นจาก https://www.apsth.com/index.html");

        citation.Language.Should().Be("th");
        citation.Accessed!.ToEdtf().Should().Be("2023-07-12");
        citation.Issued!.ToEdtf().Should().Be("2023");
    }

    [Fact]
    public void Parse_IndonesianAccessPhrase_LongerThanEnglishOnes_MarksTheAccessDate()
    {
        // code-index:52587466717: "Diakses tanggal" and an Indonesian month name.
        var citation = Parse("Badan Siber dan Sandi Negara. 2021. Peraturan BSSN Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi Sistem Pemerintahan Berbasis Elektronik dan Standar Teknis dan Prosedur Keamanan Sistem Pemerintahan Berbasis Elektronik. URL: https://peraturan.bpk.go.id/Details/174275/peraturan-bssn-no-4-tahun-2021. Diakses tanggal 8 Maret 2026.");

        citation.Accessed!.ToEdtf().Should().Be("2026-03-08");
        citation.Issued!.ToEdtf().Should().Be("2021");
        citation.Language.Should().Be("id");
        citation.Authors.Should().ContainSingle().Which.Organization.Should().NotBeNull();
    }

    [Fact]
    public void Parse_VietnameseAccessDate_IsDayFirst()
    {
        // code-index:61080154407: [Truy cập ngày: 06-05-2026].
        var citation = Parse("1. Laravel LLC, **Laravel 12.x Documentation - Eloquent ORM**, Laravel.com. [Trực tuyến]. Địa chỉ: https://laravel.com/docs/12.x/eloquent. [Truy cập ngày: 06-05-2026].");

        citation.Accessed!.ToEdtf().Should().Be("2026-05-06");
    }

    [Theory]
    [InlineData("Thukral, A. dan Dagar, L. (2025) 'India's digital public infrastructure: Analyzing UPI and Aadhaar in GDP growth and cost optimization', Journal of Emerging Investigators, 8, pp. 1–9.", "Thukral|A.", "Dagar|L.")]
    [InlineData("Loutas, N., dkk. 2022. GLASS: A Citizen-Centric Distributed Data-Sharing Model within an e-Governance Architecture. arXiv preprint. arXiv:2203.08781.", "Loutas|N.")]
    public void Parse_IndonesianNameLists_SplitAtDanAndEndAtDkk(string line, params string[] authors)
    {
        // code-index:52587466717: "dan" (and) between names, "dkk." (et al.) after them.
        Parse(line).Authors.Select(a => a.Person!.Family + "|" + a.Person.Given).Should().Equal(authors);
    }

    [Fact]
    public void Parse_IndonesianMinistry_IsAnOrganisation()
    {
        // code-index:52587466717.
        var citation = Parse("Kementerian Keuangan Republik Indonesia. 2021. Informasi APBN 2022: Melanjutkan dukungan pemulihan ekonomi dan reformasi struktural. Jakarta: Kementerian Keuangan.");

        citation.Authors.Should().ContainSingle().Which.Organization!.Name.Should().Be("Kementerian Keuangan Republik Indonesia");
    }

    [Theory]
    [InlineData("สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ", "th")]
    [InlineData("ឯកសារជំនួយ MCP", "km")]
    [InlineData("ເອກະສານອ້າງອີງ", "lo")]
    [InlineData("ထပ်မံလေ့လာရန် အရင်းအမြစ်များ", "my")]
    [InlineData("Toán rời rạc và ứng dụng", "vi")]
    [InlineData("Analisis Implementasi SPBE pada Kementerian BUMN: Tantangan dan Rekomendasi", "id")]
    [InlineData("Data terbuka kerajaan Malaysia: Meningkatkan ketelusan dan kebertanggungjawaban", "ms")]
    [InlineData("Dokumentasyon ng MCP para sa Mga Nagsisimula", "fil")]
    [InlineData("Data Governance in the Public Sector", null)]
    [InlineData("The importance of healthcare service quality in Thailand: A literature review", null)]
    [InlineData("情報通信白書", null)]
    public void Detect_TellsTheLanguageByScriptLettersOrFunctionWords(string text, string? language) =>
        // Titles and headings of the development documents of Corpus/lines/sea-round1.jsonl and sea-headings.tsv.
        SoutheastAsianLanguage.Detect(text).Should().Be(language);

    [Theory]
    [InlineData("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", true)]
    [InlineData("Bộ Giáo dục và Đào tạo", true)]
    [InlineData("ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍", true)]
    [InlineData("Bùi Văn Nam", false)]
    [InlineData("Bộ", false)]
    [InlineData("Bookman", false)]
    public void StartsWithOrganizationPrefix_NeedsThePrefixAndMoreOfTheName(string name, bool expected) =>
        ParsingData.StartsWithOrganizationPrefix(name).Should().Be(expected);
}
