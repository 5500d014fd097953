using AseanAi.Citations.Csl;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Tests.Interchange;
using CsCheck;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// The direct Citation → CSL item mapping (<c>CslItems.FromCitations</c>) equals reading the citations' CSL-JSON
/// (written as the processor needs it: no marker genre) with <c>CslItems.Read</c>, on random lists of every kind.
/// </summary>
public class CslItemMappingTests
{
    [Fact]
    public void FromCitations_EqualsReadingTheirCslJson() =>
        CitationGenerators.CitationLists.Sample(
            citations =>
            {
                var direct = CslItems.FromCitations(citations);
                var viaJson = CslItems.Read(CslJson.Write(citations, indented: false, InterchangeWriteOptions.ForRendering)).Value!;

                direct.Select(Describe).Should().Equal(viaJson.Select(Describe));
            },
            iter: 300);

    [Fact]
    public void FromCitations_SeedReferences_EqualReadingTheirCslJson() =>
        CslItems.FromCitations(SeedReferences.All()).Select(Describe).Should().Equal(
            CslItems.Read(CslJson.Write(SeedReferences.All(), indented: false, InterchangeWriteOptions.ForRendering)).Value!.Select(Describe));

    private static string Describe(CslItem item)
    {
        var text = string.Join("|", item.Text.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var names = string.Join("|", item.Names.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join(";", p.Value.Select(n =>
            $"{n.Family}/{n.Given}/{n.DroppingParticle}/{n.NonDroppingParticle}/{n.Suffix}/{n.CommaSuffix}/{n.Literal}/{n.IsInstitution}/{n.FamilyReading}/{n.GivenReading}"))));
        var dates = string.Join("|", item.Dates.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Start}/{p.Value.End}/{p.Value.Literal}/{p.Value.Circa}"));
        var extras = $"{item.Extras.TitleReading}/{string.Join(";", item.Extras.TitleTranslations)}/{string.Join(";", item.Extras.ContainerTitleTranslations)}";
        return $"{item.Id} {item.Type} {item.Language} [{text}] [{names}] [{dates}] [{extras}]";
    }
}
