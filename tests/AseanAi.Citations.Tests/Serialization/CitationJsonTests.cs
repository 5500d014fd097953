using System.Text.Json;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Serialization;

public class CitationJsonTests
{
    public static TheoryData<string> SampleNames() => ["mofa", "sato", "jst", "every-field"];

    private static Citation Sample(string name) => name switch
    {
        "mofa" => SampleCitations.MofaInitiative(),
        "sato" => SampleCitations.SatoColumn(),
        "jst" => SampleCitations.JstReport(),
        _ => SampleCitations.EveryField(),
    };

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Serialize_ThenDeserialize_GivesEqualCitation(string name)
    {
        var citation = Sample(name);

        var json = CitationJson.Serialize(citation);
        var back = CitationJson.Deserialize(json);

        back.Should().Be(citation);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SerializeIndented_ThenDeserialize_GivesEqualCitation(string name)
    {
        var citation = Sample(name);

        CitationJson.Deserialize(CitationJson.Serialize(citation, indented: true)).Should().Be(citation);
    }

    [Fact]
    public void SerializeList_ThenDeserializeList_KeepsOrder()
    {
        var citations = SampleCitations.All();

        var back = CitationJson.DeserializeList(CitationJson.SerializeList(citations));

        back.Should().Equal(citations);
    }

    [Fact]
    public void Serialize_KeepsCjkAsUtf8AndEscapesHtml()
    {
        var json = CitationJson.Serialize(SampleCitations.EveryField());

        json.Should().Contain("人工智能治理研究");
        json.Should().NotContain("\\u4EBA");
        json.Should().NotContain("<治理>");
        json.Should().Contain("\\u003C治理\\u003E");
    }

    [Fact]
    public void Serialize_MofaInitiative_MatchesDocumentedForm()
    {
        var json = CitationJson.Serialize(SampleCitations.MofaInitiative(), indented: true);

        Golden.AssertMatches("citation-json/mofa-initiative.json", json);
    }

    [Fact]
    public void Serialize_OmitsEmptyAndNullFields()
    {
        var json = CitationJson.Serialize(new Citation { Title = new LocalizedText("題名") });

        json.Should().Be("""{"type":"other","title":{"text":"題名"}}""");
    }

    [Fact]
    public void Deserialize_WritesTypeNamesInKebabCase()
    {
        var citation = CitationJson.Deserialize("""{"type":"expert-commentary","issued":{"edtf":"2025-10","text":"2025年10月"}}""");

        citation.Type.Should().Be(SourceType.ExpertCommentary);
        citation.Issued!.ToEdtf().Should().Be("2025-10");
        citation.Issued.OriginalText.Should().Be("2025年10月");
    }

    [Theory]
    [InlineData("""{"type":"newspaper"}""", "Unknown source type 'newspaper' at $.type")]
    [InlineData("""{"issued":{"edtf":"2025-13"}}""", "month 13 is out of range")]
    [InlineData("""{"issued":{"text":"令和7年"}}""", "Missing 'edtf' at $.issued")]
    [InlineData("""{"url":"not a url"}""", "'not a url' is not an absolute URL, at $.url")]
    [InlineData("""{"language":"日本語"}""", "at $.language")]
    [InlineData("""{"title":{"lang":"ja"}}""", "Missing 'text' at $.title")]
    [InlineData("""{"title":{"text":"x","lang":"??"}}""", "at $.title")]
    [InlineData("""{"authors":[{"family":"佐藤","organization":{"name":"外務省"}}]}""", "not both or neither, at $.authors[0]")]
    [InlineData("""{"authors":[{}]}""", "not both or neither, at $.authors[0]")]
    [InlineData("""{"authors":[{"literal":"佐藤仁","family":"佐藤"}]}""", "not both, at $.authors[0]")]
    [InlineData("""{"authors":[{"given":"仁"}]}""", "Missing 'family' at $.authors[0]")]
    [InlineData("""{"publisher":{"id":"jp.mofa"}}""", "Missing 'name' at $.publisher")]
    [InlineData("""{"publisher":{"name":"x","inferred":true}}""", "need an 'id' at $.publisher")]
    [InlineData("""{"span":{"offset":-1,"length":0,"line":1,"column":1}}""", "at $.span")]
    public void Deserialize_InvalidField_ThrowsJsonExceptionNamingTheField(string json, string expected)
    {
        var read = () => CitationJson.Deserialize(json);

        read.Should().Throw<JsonException>().Which.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"title\": 5}")]
    public void Deserialize_MalformedJson_ThrowsJsonException(string json)
    {
        var read = () => CitationJson.Deserialize(json);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Deserialize_Null_ThrowsJsonException()
    {
        var read = () => CitationJson.Deserialize("null");

        read.Should().Throw<JsonException>().WithMessage("*found null*");
    }

    [Fact]
    public void DeserializeList_NullElement_NamesItsIndex()
    {
        var read = () => CitationJson.DeserializeList("""[{"type":"book"}, null]""");

        read.Should().Throw<JsonException>().WithMessage("*$[1]*");
    }

    [Fact]
    public void Deserialize_UnknownPropertiesAndComments_AreTolerated()
    {
        var citation = CitationJson.Deserialize("""
            {
              // written by a newer version
              "type": "book",
              "futureField": {"nested": [1, 2]},
            }
            """);

        citation.Type.Should().Be(SourceType.Book);
    }
}
