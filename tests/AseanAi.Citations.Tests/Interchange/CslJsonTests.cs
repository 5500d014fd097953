using System.Text.Json;
using System.Text.Json.Nodes;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

public class CslJsonTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Write_ThenRead_SeedReferences_AreEqual()
    {
        var seed = SeedReferences.All();

        var result = CslJson.Read(CslJson.Write(seed, options: TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        result.Value.Should().Equal(seed);
    }

    [Fact]
    public void Write_ThenRead_EveryFieldSample_IsEqual()
    {
        var citations = SampleCitations.All();

        var result = CslJson.Read(CslJson.Write(citations, indented: false, TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, citations);
    }

    [Fact]
    public void Write_SeedAndSamples_ValidateAgainstSchema()
    {
        var json = CslJson.Write([.. SeedReferences.All(), .. SampleCitations.All()]);

        CslSchema.Validate(json).Should().BeEmpty();
    }

    [Fact]
    public void Schema_RejectsAnItemWithAKeyOutsideTheSchema()
    {
        // Guards the validator itself: the check above would pass vacuously if the schema accepted anything.
        CslSchema.Validate("""[{"id":"a","type":"book","title-translation":"x"}]""").Should().NotBeEmpty();
    }

    [Fact]
    public void Write_MofaInitiative_MapsStandardVariables()
    {
        var item = CslJson.ToJsonObject(SeedReferences.All()[0]);

        item["id"]!.GetValue<string>().Should().Be("1");
        item["type"]!.GetValue<string>().Should().Be("report");
        item["title"]!.GetValue<string>().Should().Be("日ASEAN・AI共創イニシアティブ");
        item["author"]!.ToJsonString(Relaxed).Should().Be("""[{"literal":"外務省"}]""");
        item["publisher"]!.GetValue<string>().Should().Be("外務省");
        item["issued"]!.ToJsonString(Relaxed).Should().Be("""{"date-parts":[[2025,10,26]]}""");
        item["URL"]!.GetValue<string>().Should().Be("https://www.mofa.go.jp/mofaj/files/100927259.pdf");
        item["language"]!.GetValue<string>().Should().Be("ja");
        item["categories"]!.ToJsonString(Relaxed).Should().Be("""["日本政府官方文件"]""");
        item["genre"]!.GetValue<string>().Should().Be("government document", "a finer kind is a CSL type and a genre");
        item.Should().NotContainKey("citation-key");
        var custom = item["custom"]!.AsObject();
        custom.Should().NotContainKey("source-type");
        custom["issued-text"]!.GetValue<string>().Should().Be("令和7年10月26日");
        custom.Should().NotContainKey("publisher-ref", "registry ids are bookkeeping, written only with KeepSource").And.NotContainKey("source-span").And.NotContainKey("raw-text");
    }

    [Fact]
    public void Write_KeepSource_AddsTheBookkeeping()
    {
        var json = CslJson.Write([SeedReferences.All()[0]], options: TestOptions.KeepSource);
        var custom = JsonNode.Parse(json)![0]!["custom"]!.AsObject();

        custom["publisher-ref"]!.ToJsonString(Relaxed).Should().Be("""{"name":"外務省","id":"jp.mofa"}""");
        custom["source-span"]!["line"]!.GetValue<int>().Should().Be(24);
        custom["raw-text"]!.GetValue<string>().Should().StartWith("外務省「日ASEAN");
    }

    [Fact]
    public void Write_KeepsCjkAsUtf8_NotEscapes()
    {
        var json = CslJson.Write([SeedReferences.All()[7]]);

        json.Should().Contain("\"family\": \"佐藤\"").And.Contain("\"given\": \"仁\"").And.NotContain("\\u");
    }

    [Fact]
    public void Write_PersonSplit_IsFamilyAndGiven()
    {
        var item = CslJson.ToJsonObject(SeedReferences.All()[7]);

        item["author"]!.ToJsonString(Relaxed).Should().Be("""[{"family":"佐藤","given":"仁"}]""");
        item["type"]!.GetValue<string>().Should().Be("post-weblog");
    }

    [Fact]
    public void Write_TitleTranslations_GoToCustom()
    {
        var item = CslJson.ToJsonObject(SampleCitations.MofaInitiative());

        item["title"]!.GetValue<string>().Should().Be("日ASEAN・AI共創イニシアティブ");
        item["custom"]!["title-translations"]!.ToJsonString(Relaxed)
            .Should().Be("""[{"text":"Japan-ASEAN AI Co-Creation Initiative","lang":"en"},{"text":"日 ASEAN・AI 共創倡議","lang":"zh-Hant"}]""");
    }

    [Theory]
    [InlineData("2025", """{"date-parts":[[2025]]}""")]
    [InlineData("2024-12", """{"date-parts":[[2024,12]]}""")]
    [InlineData("2024-12/2025-01", """{"date-parts":[[2024,12],[2025,1]]}""")]
    [InlineData("2025-21", """{"date-parts":[[2025]],"season":1}""")]
    [InlineData("2025-24", """{"date-parts":[[2025]],"season":4}""")]
    [InlineData("2025-10~", """{"date-parts":[[2025,10]],"circa":true}""")]
    public void Write_Dates_UseDatePartsSeasonAndCirca(string edtf, string expected)
    {
        var item = CslJson.ToJsonObject(new Citation { Id = "d", Issued = CitationDate.ParseEdtf(edtf) });

        item["issued"]!.ToJsonString(Relaxed).Should().Be(expected);
        item["custom"].Should().BeNull("date-parts, season and circa carry this date exactly");
        CslJson.Read(new JsonArray(item).ToJsonString()).Value![0].Issued.Should().Be(CitationDate.ParseEdtf(edtf));
    }

    [Theory]
    [InlineData("2025-10-26?")]
    [InlineData("2025-10%")]
    [InlineData("2024-21/2025-23")]
    public void Write_DatesBeyondCsl_KeepEdtfInCustom(string edtf)
    {
        var citation = new Citation { Id = "d", Issued = CitationDate.ParseEdtf(edtf) };

        var item = CslJson.ToJsonObject(citation);

        item["custom"]!["issued-edtf"]!.GetValue<string>().Should().Be(edtf);
        CslJson.Read(new JsonArray(item).ToJsonString()).Value![0].Should().Be(citation);
    }

    [Fact]
    public void Read_AllFortyFiveTypes_ReadWithoutWarnings()
    {
        CslItemTypes.All.Should().HaveCount(45);
        var json = new JsonArray([.. CslItemTypes.All.Select(t => new JsonObject { ["id"] = t, ["type"] = t, ["title"] = "題名" })]).ToJsonString(Relaxed);

        var result = CslJson.Read(json);

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        result.Value.Should().HaveCount(45);
        result.Value!.Select(c => c.Type).Should().OnlyHaveUniqueItems("every CSL type has a kind of its own");
        CslJson.Read(CslJson.Write(result.Value!)).Value!.Select(c => CslItemTypes.FromSourceType(c.Type)).Should().Equal(CslItemTypes.All);
    }

    [Fact]
    public void ItemTypes_AreTheSchemasEnum()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CslSchema.Path))!;
        var names = schema["items"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        CslItemTypes.All.Should().Equal(names);
    }

    [Theory]
    [InlineData(SourceType.GovernmentDocument, "report")]
    [InlineData(SourceType.PressRelease, "report")]
    [InlineData(SourceType.NewsArticle, "article-newspaper")]
    [InlineData(SourceType.WebPage, "webpage")]
    [InlineData(SourceType.ExpertCommentary, "post-weblog")]
    [InlineData(SourceType.ResearchReport, "report")]
    [InlineData(SourceType.JournalArticle, "article-journal")]
    [InlineData(SourceType.Book, "book")]
    [InlineData(SourceType.Dataset, "dataset")]
    [InlineData(SourceType.Other, "document")]
    public void FromSourceType_EveryType_HasACslType(SourceType type, string expected) =>
        CslItemTypes.FromSourceType(type).Should().Be(expected);

    [Fact]
    public void Read_ZoteroStyleItem_MapsNamesDatesAndLiteral()
    {
        const string json = """
            [{"id":"http://zotero.org/users/1/items/ABC","type":"article-newspaper","title":"日本、ASEANとAIで協力",
              "container-title":"日本経済新聞","author":[{"family":"佐藤","given":"仁"},{"literal":"日本経済新聞社"}],
              "issued":{"date-parts":[["2025","1","22"]]},"accessed":{"raw":"2025-11-01"},"language":"ja-JP",
              "ISBN":"978-4-00-000000-0","abstract":"…"}]
            """;

        var result = CslJson.Read(json);

        var citation = result.Value!.Single();
        citation.Type.Should().Be(SourceType.NewsArticle);
        citation.Authors[0].Person.Should().Be(PersonName.Create("佐藤", "仁"));
        citation.Authors[1].Organization.Should().Be(PublisherRef.Unresolved("日本経済新聞社"));
        citation.Issued.Should().Be(CitationDate.FromParts(2025, 1, 22));
        citation.Accessed.Should().Be(CitationDate.FromParts(2025, 11, 1));
        citation.Language.Should().Be("ja-JP");
        citation.Title!.Language.Should().Be("ja-JP");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "csl-json.extra-fields" && d.Severity == DiagnosticSeverity.Info)
            .Which.Message.Should().Contain("ISBN").And.Contain("abstract");
    }

    [Fact]
    public void Read_LiteralDate_KeepsTextAndReadsEdtf()
    {
        var result = CslJson.Read("""[{"id":"a","type":"book","issued":{"literal":"2025-10"}}]""");

        result.Value![0].Issued.Should().Be(CitationDate.FromParts(2025, 10).WithOriginalText("2025-10"));
    }

    [Theory]
    [InlineData("literal", "令和7年10月26日", "2025-10-26", "令和7年10月26日")]
    [InlineData("literal", "民國114年3月", "2025-03", "民國114年3月")]
    [InlineData("raw", "2025年1月14日", "2025-01-14", null)]
    [InlineData("raw", "2024-12/2025-01", "2024-12/2025-01", null)]
    public void Read_CjkDates_InRawAndLiteral_ReadThroughCitationDate(string key, string text, string edtf, string? original)
    {
        var json = "[{\"id\":\"a\",\"type\":\"book\",\"issued\":{\"" + key + "\":\"" + text + "\"}}]";

        var result = CslJson.Read(json);

        result.Diagnostics.Should().BeEmpty();
        result.Value![0].Issued!.ToEdtf().Should().Be(edtf);
        result.Value[0].Issued!.OriginalText.Should().Be(original);
    }

    [Fact]
    public void Read_UnreadableLiteralDate_IsAWarningAndTheItemIsKept()
    {
        var result = CslJson.Read("""[{"id":"a","type":"book","title":"t","issued":{"literal":"sometime"}}]""");

        result.Value![0].Title!.Text.Should().Be("t");
        result.Value[0].Issued.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "csl-json.unreadable-date" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Read_SyntaxError_ReportsLineAndColumn_KeepsEarlierItems()
    {
        const string json = "[\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"一\"},\n  {\"id\": \"b\", \"title\": \"二\" \"type\": \"book\"}\n]";

        var result = CslJson.Read(json);

        result.Value.Should().ContainSingle().Which.Id.Should().Be("a");
        var error = result.Diagnostics.Should().ContainSingle(d => d.Code == "csl-json.syntax").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Span!.Value.Line.Should().Be(3);
        // The unexpected string starts at column 28 in UTF-16 code units, though 二 before it is 3 bytes in UTF-8.
        error.Span.Value.Column.Should().Be(28);
    }

    [Fact]
    public void Read_ItemThatIsNotAnObject_IsSkippedWithItsPosition()
    {
        var result = CslJson.Read("[\n 42,\n {\"id\":\"b\",\"type\":\"book\"}\n]");

        result.Value.Should().ContainSingle().Which.Id.Should().Be("b");
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("csl-json.item-not-object");
        error.Span!.Value.Line.Should().Be(2);
        error.Span.Value.Column.Should().Be(2);
    }

    [Fact]
    public void Read_BadFields_AreWarningsWithTheItemsLine()
    {
        const string json = "[\n{\"id\":\"a\",\"type\":\"book\"},\n{\"id\":\"b\",\"type\":\"novel\",\"URL\":\"not a url\",\"author\":[{\"given\":\"\"}],\"issued\":{\"date-parts\":[[2025,2,30]]},\"language\":\"日本語\"}\n]";

        var result = CslJson.Read(json);

        result.Value.Should().HaveCount(2);
        var b = result.Value![1];
        b.Type.Should().Be(SourceType.Other);
        b.Url.Should().BeNull();
        b.Issued.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().BeEquivalentTo(
            ["csl-json.unknown-type", "csl-json.invalid-url", "csl-json.invalid-name", "csl-json.invalid-date", "csl-json.invalid-language"]);
        result.Diagnostics.Should().OnlyContain(d => d.Span!.Value.Line == 3 && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Read_CustomThatDisagreesWithStandardFields_IsIgnoredWithAWarning()
    {
        const string json = """[{"id":"a","type":"book","author":[{"literal":"外務省"}],"custom":{"authors":[{"literal":"経済産業省"}],"source-type":"news-article"}}]""";

        var result = CslJson.Read(json);

        result.Value![0].Authors.Should().Equal(Contributor.ForOrganization(PublisherRef.Unresolved("外務省")));
        result.Value[0].Type.Should().Be(SourceType.Book);
        result.Diagnostics.Where(d => d.Code == "csl-json.custom-ignored").Should().HaveCount(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("[")]
    [InlineData("{\"id\":")]
    [InlineData("\u0000\u0001binary")]
    public void Read_HostileInput_NeverThrows(string json)
    {
        var result = CslJson.Read(json);

        result.Value.Should().NotBeNull();
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Write_CitationsWithoutIds_GetUniqueReadableIds()
    {
        var citation = new Citation { Title = new LocalizedText("日本、ASEANとAIで協力", "ja"), Authors = [Contributor.ForOrganization(PublisherRef.Unresolved("日本経済新聞"))], Issued = CitationDate.FromParts(2025) };

        var read = CslJson.Read(CslJson.Write([citation, citation, citation with { Id = "日本経済新聞2025日本" }])).Value!;

        read.Select(c => c.Id).Should().Equal("nikkei2025", "nikkei2025a", "日本経済新聞2025日本");
    }
}
