using AseanAi.Citations.Interchange;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>The kinds' table (Interchange/item-types.tsv) both ways, for every kind and every format.</summary>
public class ItemTypesTests
{
    public static TheoryData<SourceType> Kinds() => [.. Enum.GetValues<SourceType>()];

    [Fact]
    public void Table_HasEveryKind_AndEveryCslType()
    {
        ItemTypes.Rows.Select(r => r.Kind).Should().BeEquivalentTo(Enum.GetValues<SourceType>());
        CslItemTypes.All.Should().HaveCount(45).And.OnlyHaveUniqueItems();
        Enum.GetValues<SourceType>().Select(CslItemTypes.FromSourceType).Distinct().Should().BeEquivalentTo(CslItemTypes.All, "every CSL type is some kind's type");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void WriteThenRead_EveryKindWithAndWithoutGenre_GivesItBack_InEveryFormat(SourceType kind)
    {
        var citations = new[]
        {
            new Citation { Id = "a", Type = kind, Title = new LocalizedText("題名", "ja") },
            new Citation { Id = "b", Type = kind, Genre = "博士学位论文", Title = new LocalizedText("題名", "ja") },
        };

        foreach (var format in Enum.GetValues<InterchangeFormat>())
        {
            var back = CitationInterchange.Read(CitationInterchange.Write(citations, format), format).Value!;
            back.Select(c => (c.Type, c.Genre)).Should().Equal([(kind, null), (kind, "博士学位论文")], $"{kind} in {format}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Names_EveryKindHasAKebabNameThatReadsBack(SourceType kind)
    {
        var name = SourceTypeNames.ToName(kind);

        SourceTypeNames.TryParse(name, out var back).Should().BeTrue();
        back.Should().Be(kind);
        CitationJson.Deserialize(CitationJson.Serialize(new Citation { Type = kind })).Type.Should().Be(kind);
    }

    [Theory]
    [InlineData("government-document")]
    [InlineData("press-release")]
    [InlineData("news-article")]
    [InlineData("web-page")]
    [InlineData("expert-commentary")]
    [InlineData("research-report")]
    [InlineData("journal-article")]
    [InlineData("book")]
    [InlineData("dataset")]
    [InlineData("other")]
    public void Names_OldJsonTypeNames_StillRead(string name) =>
        SourceTypeNames.TryParse(name, out _).Should().BeTrue();

    [Theory]
    [InlineData(SourceType.GovernmentDocument, "report", "government document")]
    [InlineData(SourceType.PressRelease, "report", "press release")]
    [InlineData(SourceType.ExpertCommentary, "post-weblog", "commentary")]
    public void FinerKinds_AreACslTypeAndAGenre(SourceType kind, string cslType, string genre)
    {
        CslItemTypes.FromSourceType(kind).Should().Be(cslType);
        CslItemTypes.ToSourceType(cslType, genre).Should().Be((kind, (string?)null));
        CslItemTypes.ToSourceType(cslType, "white paper").Should().Be((CslItemTypes.ToSourceType(cslType), "white paper"));
    }

    [Fact]
    public void Read_EveryBibTeXAndRisNameOfTheTable_IsKnown()
    {
        foreach (var row in ItemTypes.Rows)
        {
            ItemTypes.IsKnown(TypeFormat.BibTeX, row.BibLaTeX.Split('/')[0]).Should().BeTrue(row.BibLaTeX);
            ItemTypes.IsKnown(TypeFormat.BibTeX, row.BibTeX).Should().BeTrue(row.BibTeX);
            ItemTypes.IsKnown(TypeFormat.Ris, row.Ris).Should().BeTrue(row.Ris);
        }
    }
}
