using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.Tests.Parsing.Reading;

public class AtomFeaturesTests
{
    // The reader sizes each atom's feature list with CountPerAtom, so that the list never grows while it is filled.
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 1)]
    public void Collect_AnyAtom_AddsCountPerAtomFeatures(int atoms, int a)
    {
        var facts = Enumerable.Range(0, atoms).Select(_ => new byte[AtomFeatures.FactCount]).ToArray();
        var features = new List<int>();
        AtomFeatures.Collect(facts, new byte[AtomFeatures.LineFactCount], a, features);
        features.Should().HaveCount(AtomFeatures.CountPerAtom);
    }
}
