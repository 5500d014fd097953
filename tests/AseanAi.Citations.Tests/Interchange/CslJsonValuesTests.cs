using AseanAi.Citations.Csl;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The library reads a CSL-JSON value by one set of rules (<c>CslJsonValues</c>), whether it reads citations
/// (<see cref="CslJson.Read"/>) or the CSL processor's items (<see cref="CslItems.Read"/>): the same dates from
/// <c>date-parts</c>, seasons, <c>circa</c>, <c>raw</c> and <c>literal</c> (free text through the library's date
/// reader), and the same names.
/// </summary>
public class CslJsonValuesTests
{
    [Theory]
    [InlineData("""{ "date-parts": [[2025, 10, 26]] }""", "2025-10-26")]
    [InlineData("""{ "date-parts": [["2025", "10"]] }""", "2025-10")]
    [InlineData("""{ "date-parts": [[2024, 12], [2025, 1]] }""", "2024-12/2025-01")]
    [InlineData("""{ "date-parts": [[2025]], "season": 2 }""", "2025-22")]
    [InlineData("""{ "date-parts": [[2025]], "season": "Autumn" }""", "2025-23")]
    [InlineData("""{ "date-parts": [[2025]], "season": "fall" }""", "2025-23")]
    [InlineData("""{ "date-parts": [[2025, 21]] }""", "2025-21")]
    [InlineData("""{ "date-parts": [[2025, 14]] }""", "2025-22")]
    [InlineData("""{ "date-parts": [[2025]], "circa": 1 }""", "2025~")]
    [InlineData("""{ "date-parts": [[2025]], "circa": "true" }""", "2025~")]
    [InlineData("""{ "raw": "2025-10-26" }""", "2025-10-26")]
    [InlineData("""{ "raw": "October 26, 2025" }""", "2025-10-26")]
    [InlineData("""{ "raw": "26 Oct 2025" }""", "2025-10-26")]
    [InlineData("""{ "raw": "Spring 2025" }""", "2025-21")]
    [InlineData("""{ "raw": "2024-12/2025-01" }""", "2024-12/2025-01")]
    [InlineData("""{ "raw": "令和7年10月26日" }""", "2025-10-26")]
    [InlineData("""{ "raw": "民國114年3月" }""", "2025-03")]
    [InlineData("""{ "raw": "二〇二四年十二月" }""", "2024-12")]
    [InlineData("""{ "literal": "令和7年10月26日" }""", "2025-10-26")]
    [InlineData("\"2025-10-26\"", "2025-10-26")]
    public void Date_BothReaders_ReadTheSameDate(string date, string expectedEdtf)
    {
        var json = $$"""[ { "id": "a", "type": "book", "title": "T", "issued": {{date}} } ]""";

        var citation = CslJson.Read(json).Value!.Single();
        var item = CslItems.Read(json).Value!.Single();

        citation.Issued!.ToEdtf().Should().Be(expectedEdtf);
        Describe(item.Dates["issued"]).Should().Be(Describe(CslItems.FromDate(citation.Issued)));
    }

    [Theory]
    [InlineData("Bogus Date")]
    [InlineData("Spring 2025")]
    public void LatinLiteral_ItemKeepsItAsWritten(string literal)
    {
        var json = $$"""[ { "id": "a", "type": "book", "title": "T", "issued": { "literal": "{{literal}}" } } ]""";

        CslItems.Read(json).Value!.Single().Dates["issued"].Literal.Should().Be(literal);
    }

    [Fact]
    public void UnreadableRaw_ItemKeepsTheText_CitationReportsIt()
    {
        const string json = """[ { "id": "a", "type": "book", "title": "T", "issued": { "raw": "Bogus Date" } } ]""";

        CslItems.Read(json).Value!.Single().Dates["issued"].Literal.Should().Be("Bogus Date");
        var read = CslJson.Read(json);
        read.Value!.Single().Issued.Should().BeNull();
        read.Diagnostics.Should().ContainSingle(d => d.Code == "csl-json.unreadable-date");
    }

    [Theory]
    [InlineData("""{ "family": " Sato ", "given": "Jin" }""", "Sato", "Jin", null)]
    [InlineData("""{ "family": "外務省", "isInstitution": true }""", null, null, "外務省")]
    [InlineData("""{ "literal": "United Nations" }""", null, null, "United Nations")]
    [InlineData("""{ "family": "Berg", "given": "Anna", "non-dropping-particle": "van der" }""", "van der Berg", "Anna", null)]
    public void Name_BothReaders_ReadTheSameParts(string name, string? family, string? given, string? organisation)
    {
        var json = $$"""[ { "id": "a", "type": "book", "title": "T", "author": [ {{name}} ] } ]""";

        var contributor = CslJson.Read(json).Value!.Single().Authors.Single();
        var cslName = CslItems.Read(json).Value!.Single().Names["author"].Single();

        if (organisation is null)
        {
            contributor.Person!.Family.Should().Be(family);
            contributor.Person.Given.Should().Be(given);
            (cslName.NonDroppingParticle is null ? cslName.Family : cslName.NonDroppingParticle + " " + cslName.Family).Should().Be(family);
            cslName.Given.Should().Be(given);
        }
        else
        {
            contributor.Organization!.ToString().Should().Be(organisation);
            cslName.Literal.Should().Be(organisation);
        }
    }

    private static string Describe(CslDateValue date) => $"{date.Start}/{date.End}/{date.Literal}/{date.Circa}";
}
