using AseanAi.Citations.Csl;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Tests.Model;

/// <summary>Southeast Asian names (issue 21): natural order, sorting by given name, names never inverted.</summary>
public class PersonNameOrderTests
{
    [Theory]
    [InlineData("สมชาย ใจดี", "th", "ใจดี", "สมชาย", PersonNameOrder.GivenFamily, "สมชาย ใจดี", "สมชาย ใจดี")]
    [InlineData("ສົມພອນ ແກ້ວມະນີ", "lo", "ແກ້ວມະນີ", "ສົມພອນ", PersonNameOrder.GivenFamily, "ສົມພອນ ແກ້ວມະນີ", "ສົມພອນ ແກ້ວມະນີ")]
    [InlineData("Nguyễn Văn An", "vi", "Nguyễn", "Văn An", PersonNameOrder.FamilyGivenSortedByGiven, "Nguyễn Văn An", "An Nguyễn Văn An")]
    [InlineData("Hun Sen", "km", "Hun", "Sen", PersonNameOrder.FamilyGiven, "Hun Sen", "Hun Sen")]
    [InlineData("Juan dela Cruz", "fil", "dela Cruz", "Juan", PersonNameOrder.Default, "Juan dela Cruz", "dela Cruz Juan")]
    [InlineData("Joko Widodo", "id", "Widodo", "Joko", PersonNameOrder.Default, "Joko Widodo", "Widodo Joko")]
    public void Parse_NameInItsLanguage_SplitsAndOrdersIt(string text, string language, string family, string given, PersonNameOrder order, string display, string sortKey)
    {
        var name = PersonName.Parse(text, language);

        (name.Family, name.Given, name.Order).Should().Be((family, given, order));
        name.ToString().Should().Be(display);
        name.SortKey.Should().Be(sortKey);
    }

    [Theory]
    [InlineData("Mahathir bin Mohamad", "ms")]
    [InlineData("Siti Hasmah binti Mohamad Ali", "ms")]
    [InlineData("Samy Vellu a/l Sangalimuthu", "ms-MY")]
    [InlineData("Aung San Suu Kyi", "my")]
    [InlineData("Sukarno", "id")]
    [InlineData("สุนทรภู่", "th")]
    public void Parse_PatronymicSingleOrBurmeseName_IsNeverInverted(string text, string language)
    {
        var name = PersonName.Parse(text, language);

        name.IsLiteral.Should().BeTrue();
        name.ToString().Should().Be(text);
        name.SortKey.Should().Be(text);
    }

    [Fact]
    public void WithOrder_LiteralOrUndefined_Throws()
    {
        var literal = () => PersonName.FromLiteral("Sukarno").WithOrder(PersonNameOrder.GivenFamily);
        var undefined = () => PersonName.Create("ใจดี", "สมชาย").WithOrder((PersonNameOrder)9);

        literal.Should().Throw<InvalidOperationException>();
        undefined.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitationJson_NameOrder_RoundTrips()
    {
        var citation = new Citation
        {
            Id = "a",
            Title = new LocalizedText("ทดสอบ", "th"),
            Authors = [Contributor.ForPerson(PersonName.Parse("Nguyễn Văn An", "vi")), Contributor.ForPerson(PersonName.Create("Sato", "Jin"))],
        };

        var json = CitationJson.Serialize(citation);
        var back = CitationJson.Deserialize(json);

        json.Should().Contain("\"order\":\"family-given-sorted-by-given\"").And.NotContain("\"order\":null");
        back.Should().Be(citation);
    }

    [Fact]
    public void Bibliography_SoutheastAsianNames_NaturalOrderNeverInvertedSortedByGivenName()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
              <info><title>test</title><id>test</id><updated>2025-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <sort><key variable="author"/></sort>
                <layout><group delimiter=". "><names variable="author"><name name-as-sort-order="all" initialize-with=". "/></names><text variable="title"/></group></layout>
              </bibliography>
            </style>
            """).GetValueOrThrow();
        Citation Item(string id, PersonName name) => new() { Id = id, Title = new LocalizedText(id), Authors = [Contributor.ForPerson(name)] };
        var items = CslItems.FromCitations(
        [
            Item("somchai", PersonName.Parse("สมชาย ใจดี", "th")),
            Item("an", PersonName.Parse("Nguyễn Văn An", "vi")),
            Item("binh", PersonName.Parse("Trần Thị Bình", "vi")),
            Item("mahathir", PersonName.Parse("Mahathir bin Mohamad", "ms")),
            Item("adams", PersonName.Create("Adams", "John")),
            Item("thai-from-bibtex", PersonName.Create("กล้าหาญ", "อนันต์")),
        ]);

        var rendering = new CslProcessor(style).Render(items, [], includeUncited: true);
        var byId = rendering.BibliographyItemIds.Zip(rendering.Bibliography).ToDictionary(p => p.First, p => p.Second);

        rendering.BibliographyItemIds.Should().Equal("adams", "an", "binh", "mahathir", "somchai", "thai-from-bibtex");
        byId["somchai"].Should().StartWith("สมชาย ใจดี.");
        byId["an"].Should().StartWith("Nguyễn Văn An.");
        byId["mahathir"].Should().StartWith("Mahathir bin Mohamad.");
        byId["thai-from-bibtex"].Should().StartWith("อนันต์ กล้าหาญ.");
        byId["adams"].Should().StartWith("Adams, J.");
    }
}
