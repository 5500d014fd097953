using AseanAi.Citations.Interchange;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

public class RisTests
{
    [Fact]
    public void Write_ThenRead_SeedReferences_AreEqual()
    {
        var seed = SeedReferences.All();

        var result = Ris.Read(Ris.Write(seed, TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, seed);
    }

    [Fact]
    public void Write_ThenRead_EveryFieldSample_IsEqual()
    {
        var citations = SampleCitations.All();

        var result = Ris.Read(Ris.Write(citations, TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, citations);
    }

    [Fact]
    public void Write_Seed_MatchesGolden() =>
        Golden.AssertMatches("interchange/seed.ris", Ris.Write(SeedReferences.All()));

    [Fact]
    public void Write_NewsArticle_UsesNewsTagsAndRisDates()
    {
        var ris = Ris.Write([SeedReferences.All()[6]]);

        ris.Should().StartWith("TY  - NEWS\r\nID  - 7\r\n");
        ris.Should().Contain("TI  - 日本、ASEANとAIで協力\r\n");
        ris.Should().Contain("T2  - 日本経済新聞\r\n");
        ris.Should().Contain("PB  - 日本経済新聞\r\n");
        ris.Should().Contain("PY  - 2025\r\nDA  - 2025/01/22/\r\n");
        ris.Should().Contain("LA  - ja\r\n");
        ris.Should().Contain("U1  - issued-text: \"2025年1月22日\"\r\n");
        ris.Should().EndWith("ER  - \r\n\r\n");
    }

    [Fact]
    public void Write_Person_IsFamilyCommaGiven()
    {
        var ris = Ris.Write([SeedReferences.All()[7]]);

        ris.Should().StartWith("TY  - BLOG\r\n").And.Contain("AU  - 佐藤, 仁\r\n").And.Contain("DA  - 2025/10//\r\n");
    }

    [Theory]
    [InlineData(SourceType.GovernmentDocument, "GOVDOC")]
    [InlineData(SourceType.NewsArticle, "NEWS")]
    [InlineData(SourceType.WebPage, "ELEC")]
    [InlineData(SourceType.ResearchReport, "RPRT")]
    [InlineData(SourceType.PressRelease, "RPRT")]
    [InlineData(SourceType.ExpertCommentary, "BLOG")]
    [InlineData(SourceType.JournalArticle, "JOUR")]
    [InlineData(SourceType.Book, "BOOK")]
    [InlineData(SourceType.Dataset, "DATA")]
    [InlineData(SourceType.Other, "GEN")]
    public void Write_EveryType_HasItsTy_AndReadsBack(SourceType type, string ty)
    {
        var citation = new Citation { Id = "k", Type = type, Title = new LocalizedText("題") };

        var ris = Ris.Write([citation]);

        ris.Should().StartWith($"TY  - {ty}\r\n");
        Ris.Read(ris).Value!.Single().Should().Be(citation);
    }

    [Theory]
    [InlineData("2025/01/14/", "2025-01-14")]
    [InlineData("2025/01/14", "2025-01-14")]
    [InlineData("2025/01//", "2025-01")]
    [InlineData("2025///", "2025")]
    [InlineData("2025", "2025")]
    [InlineData("2025-01-14", "2025-01-14")]
    [InlineData("2025///Spring", "2025-21")]
    [InlineData("2025///Fall", "2025-23")]
    [InlineData("2025/11/01/12:34:56", "2025-11-01")]
    [InlineData("2025/11/01/Original publication", "2025-11-01")]
    [InlineData("令和7年10月26日", "2025-10-26")]
    [InlineData("2025年1月", "2025-01")]
    public void Read_DatesInEveryRisForm(string da, string edtf)
    {
        var result = Ris.Read($"TY  - NEWS\nTI  - t\nDA  - {da}\nY2  - {da}\nER  - \n");

        result.Diagnostics.Should().BeEmpty();
        result.Value![0].Issued!.ToEdtf().Should().Be(edtf);
        result.Value[0].Accessed!.ToEdtf().Should().Be(edtf);
    }

    [Fact]
    public void Read_ZoteroExport_MapsEveryTag()
    {
        const string ris = "TY  - NEWS\r\nTI  - 日本、ASEANとAIで協力\r\nAU  - 佐藤, 仁\r\nAU  - 日本経済新聞社\r\nT2  - 日本経済新聞\r\nDA  - 2025/01/22/\r\nPY  - 2025\r\nDP  - NIKKEI\r\nLA  - ja\r\nSP  - 31\r\nEP  - 35\r\nUR  - https://www.nikkei.com/article/DGKKZO86217800S5A120C2EAC000/\r\nY2  - 2025/11/01/12:34:56\r\nKW  - AI\r\nN1  - <p>第一段落</p>\r\nER  - \r\n\r\n";

        var result = Ris.Read(ris);

        var citation = result.Value!.Single();
        citation.Type.Should().Be(SourceType.NewsArticle);
        citation.Title!.Text.Should().Be("日本、ASEANとAIで協力");
        citation.Authors.Should().Equal(Contributor.ForPerson(PersonName.Create("佐藤", "仁")), Contributor.ForOrganization(PublisherRef.Unresolved("日本経済新聞社")));
        citation.ContainerTitle!.Text.Should().Be("日本経済新聞");
        citation.Issued.Should().Be(CitationDate.FromParts(2025, 1, 22));
        citation.Accessed.Should().Be(CitationDate.FromParts(2025, 11, 1));
        citation.Page.Should().Be("31-35");
        citation.Language.Should().Be("ja");
        citation.Note.Should().Be("<p>第一段落</p>");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "ris.extra-fields").Which.Message.Should().Contain("DP").And.Contain("KW");
    }

    [Fact]
    public void Read_EndNoteExport_OldTagsCorporateAuthorMonthDayAndMultiLineValues()
    {
        const string ris = "\uFEFFTY  - RPRT\r\nAU  - 科学技術振興機構,\r\nA1  - Sato, Jin\r\nT1  - 自国語対応の大規模言語モデル(LLM)がもたらす発展の可能性 タイ\r\nJF  - Science Portal ASEAN\r\nY1  - 2025\r\nDA  - October 26\r\nCY  - 東京\r\nPB  - JST\r\nLA  - Japanese\r\nN1  - 一行目\r\n二行目\r\n\r\n三行目\r\nUR  - https://spap.jst.go.jp/asean/experience/2025/topic_ea_12.html\r\nER  - \r\n";

        var result = Ris.Read(ris);

        var citation = result.Value!.Single();
        citation.Type.Should().Be(SourceType.ResearchReport);
        citation.Authors.Should().Equal(Contributor.ForOrganization(PublisherRef.Unresolved("科学技術振興機構")), Contributor.ForPerson(PersonName.Create("Sato", "Jin")));
        citation.Title!.Text.Should().StartWith("自国語対応");
        citation.ContainerTitle!.Text.Should().Be("Science Portal ASEAN");
        citation.Issued.Should().Be(CitationDate.FromParts(2025, 10, 26));
        citation.PublisherPlace.Should().Be("東京");
        citation.Language.Should().Be("ja");
        citation.Note.Should().Be("一行目\n二行目\n\n三行目");
        citation.Url!.Host.Should().Be("spap.jst.go.jp");
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("佐藤, 仁", "佐藤", "仁")]
    [InlineData("佐藤 仁", "佐藤", "仁")]
    [InlineData("Sato, Jin", "Sato", "Jin")]
    public void Read_PersonNames(string au, string family, string given) =>
        Ris.Read($"TY  - JOUR\nAU  - {au}\nER  - \n").Value!.Single().Authors.Should().Equal(Contributor.ForPerson(PersonName.Create(family, given)));

    [Theory]
    [InlineData("外務省")]
    [InlineData("外務省,")]
    [InlineData("Yahoo!ニュース エキスパート")]
    public void Read_OrganisationNames(string au) =>
        Ris.Read($"TY  - JOUR\nAU  - {au}\nER  - \n").Value!.Single().Authors.Single().IsPerson.Should().BeFalse();

    [Fact]
    public void Write_NotesThatLinesWouldBreak_GoToCustomAndReadBack()
    {
        var citation = new Citation { Id = "k", Note = "first\nAU  - not a tag\n" };

        var ris = Ris.Write([citation]);

        ris.Should().NotContain("N1  -").And.Contain("U1  - note: ");
        Ris.Read(ris).Value!.Single().Should().Be(citation);
    }

    [Fact]
    public void Read_BadRecords_AreReportedWithLinesAndTheRestKept()
    {
        const string ris = "AU  - stray\nTY  - JOUR\nTI  - 一\nER  - \nTY  - \nTI  - no type\nER  - \nTY  - BOOK\nTI  - 三\nPY  - someday\nUR  - not a url\nLA  - Klingonese\n";

        var result = Ris.Read(ris);

        result.Value!.Select(c => c.Title!.Text).Should().Equal("一", "三");
        result.Diagnostics.Select(d => (d.Code, d.Span!.Value.Line)).Should().BeEquivalentTo(
        [
            ("ris.outside-record", 1),
            ("ris.missing-type", 5),
            ("ris.invalid-date", 10),
            ("ris.invalid-url", 11),
            ("ris.invalid-language", 12),
            ("ris.missing-er", 8),
            ("ris.extra-fields", 8),
        ]);
        result.Value![1].ExtraFields.Should().Equal(new ExtraField("UR", "not a url"));
        result.Diagnostics.Single(d => d.Code == "ris.missing-type").Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TY  -")]
    [InlineData("ER  - \nER  - ")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("TY  - JOUR\nU1  - authors: [{")]
    [InlineData("TY  - JOUR\nDA  - 2025/13/45/\nPY  - 99999")]
    public void Read_HostileInput_NeverThrows(string ris) =>
        Ris.Read(ris).Value.Should().NotBeNull();
}
