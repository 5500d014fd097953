using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Tests.Dates;

public class RegionalDateScannerTests
{
    [Fact]
    public void FindAll_ThaiReferenceLine_FindsTheBuddhistYearAndTheAccessDate()
    {
        const string line = "สำนักงานสถิติแห่งชาติ. (2568). รายงานประจำปี. สืบค้นเมื่อ 26 ตุลาคม 2568, จาก https://www.nso.go.th/2568/10";

        var mentions = DateScanner.FindAll(line, "th");

        mentions.Select(m => (m.Date!.OriginalText, m.Date.ToEdtf(), m.IsAccessDate)).Should().Equal(
            ("(2568)", "2025", false),
            ("26 ตุลาคม 2568", "2025-10-26", true));
    }

    [Fact]
    public void FindAll_IndonesianLine_MarksTheAccessDateAndLeavesRegulationNumbersAlone()
    {
        const string line = "Kementerian Keuangan. (2024). Peraturan Menteri Nomor 10/2025. Diakses pada 26 Oktober 2025, dari https://jdih.kemenkeu.go.id";

        var mentions = DateScanner.FindAll(line, "id");

        mentions.Select(m => (m.Date!.OriginalText, m.IsAccessDate)).Should().Equal(("26 Oktober 2025", true));
    }

    [Fact]
    public void FindAll_MalayLine_MarksDicapaiPada()
    {
        var mentions = DateScanner.FindAll("Jabatan Perangkaan Malaysia. (t.t.). Laporan. Dicapai pada 1 Ogos 2025 daripada https://www.dosm.gov.my", "ms");

        mentions.Should().ContainSingle().Which.IsAccessDate.Should().BeTrue();
        mentions[0].Date!.ToEdtf().Should().Be("2025-08-01");
    }

    [Fact]
    public void FindAll_VietnameseDocument_FindsWordedAndDayFirstDates()
    {
        const string text = "Số: 5450/QĐ-UBND\nHà Nội, ngày 05 tháng 11 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; báo cáo Quý III/2025.";

        var mentions = DateScanner.FindAll(text, "vi");

        mentions.Select(m => (m.Date!.OriginalText, m.Date.ToEdtf(), m.Span.Line)).Should().Equal(
            ("ngày 05 tháng 11 năm 2025", "2025-11-05", 2),
            ("ngày 16/6/2025", "2025-06-16", 3),
            ("Quý III/2025", "2025-07/2025-09", 3));
    }

    [Fact]
    public void FindAll_KhmerAndBurmeseText_FindsDatesInTheirDigits()
    {
        DateScanner.FindAll("នៅថ្ងៃទី១៧ ខែឧសភា ឆ្នាំ២០២២ សម្ដេច", "km").Should().ContainSingle().Which.Date!.ToEdtf().Should().Be("2022-05-17");
        DateScanner.FindAll("ရန်ကုန်၊ ၂၀၂၅ ခုနှစ်၊ အောက်တိုဘာလ ၂၆ ရက်။", "my").Should().ContainSingle().Which.Date!.ToEdtf().Should().Be("2025-10-26");
    }

    [Fact]
    public void FindAll_DateThatDoesNotExist_IsReportedWithItsError()
    {
        var mention = DateScanner.FindAll("ประกาศ ณ วันที่ 31 เมษายน 2568", "th").Should().ContainSingle().Subject;

        mention.Date.Should().BeNull();
        mention.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("date.day-out-of-range");
    }

    [Fact]
    public void FindAll_BareNumbersInRunningText_AreNotDates()
    {
        DateScanner.FindAll("มีผู้เข้าร่วม 1500 คน และ 2025 ราย หน้า 26/10", "th").Should().BeEmpty();
        DateScanner.FindAll("Nomor 10/2025 tentang 2025 hal. 26", "id").Should().BeEmpty();
    }

    [Theory]
    [InlineData("（令和7年10月26日）に公表。平成31年5月1日。2025/10/26")]
    [InlineData("“全球治理”，人民日报，2025年10月26日。")]
    public void FindAll_NullLanguage_FindsWhatTheLanguagelessScanFinds(string text)
    {
        DateScanner.FindAll(text, null).Should().Equal(DateScanner.FindAll(text));
    }
}
