using System.Collections.Immutable;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// Compares citations read back from a format with the originals, naming every property that differs. The one
/// deliberate difference: every format needs an id (CSL <c>id</c>, BibTeX key, RIS <c>ID</c>), so a citation written
/// without an <see cref="Citation.Id"/> reads back with the readable key it was given.
/// </summary>
internal static class RoundTrip
{
    /// <param name="actual">What was read back.</param>
    /// <param name="originals">What was written.</param>
    /// <param name="ignoreRegistry">Whether publishers' and organisations' registry ids, units and inference are left out of the comparison (written only with KeepSource).</param>
    public static void AssertEqual(IReadOnlyList<Citation> actual, IReadOnlyList<Citation> originals, bool ignoreRegistry = false)
    {
        actual.Should().HaveCount(originals.Count);
        var expected = new Citation[originals.Count];
        for (var i = 0; i < originals.Count; i++)
        {
            expected[i] = ignoreRegistry ? Unresolve(originals[i]) : originals[i];
            if (originals[i].Id is null)
            {
                actual[i].Id.Should().NotBeNullOrEmpty("a citation without an id is given a key on writing");
                expected[i] = expected[i] with { Id = actual[i].Id };
            }
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (Equals(actual[i], expected[i]))
            {
                continue;
            }

            var differences = typeof(Citation).GetProperties()
                .Where(p => !PropertyEquals(p.GetValue(actual[i]), p.GetValue(expected[i])))
                .Select(p => $"{p.Name}: read [{Describe(p.GetValue(actual[i]))}], wrote [{Describe(p.GetValue(expected[i]))}]");
            Assert.Fail($"Citation {i} (id {expected[i].Id}) differs after the round trip:\n" + string.Join("\n", differences));
        }
    }

    /// <summary>The properties in which two citations differ, with both values, for a failure message.</summary>
    public static string Differences(Citation expected, Citation actual) =>
        string.Join("; ", typeof(Citation).GetProperties()
            .Where(p => p.GetValue(expected) is System.Collections.IEnumerable list and not string && p.GetValue(actual) is System.Collections.IEnumerable other
                ? !list.Cast<object>().SequenceEqual(other.Cast<object>())
                : !Equals(p.GetValue(expected), p.GetValue(actual)))
            .Select(p => $"{p.Name} [{Listed(p.GetValue(actual))}] expected [{Listed(p.GetValue(expected))}]"));

    private static string? Listed(object? value) =>
        value is System.Collections.IEnumerable list and not string ? string.Join(" | ", list.Cast<object>()) : value?.ToString();

    private static Citation Unresolve(Citation c) => c with
    {
        Publisher = c.Publisher is null ? null : PublisherRef.Unresolved(c.Publisher.ToString()),
        Authors = [.. c.Authors.Select(Unresolve)],
        Editors = [.. c.Editors.Select(Unresolve)],
        Translators = [.. c.Translators.Select(Unresolve)],
    };

    private static Contributor Unresolve(Contributor c) =>
        c.Organization is { } o ? Contributor.ForOrganization(PublisherRef.Unresolved(o.ToString())) : c;

    private static bool PropertyEquals(object? a, object? b) => (a, b) switch
    {
        (ImmutableArray<Contributor> x, ImmutableArray<Contributor> y) => x.SequenceEqual(y),
        (ImmutableArray<ExtraField> x, ImmutableArray<ExtraField> y) => x.Length == y.Length && x.All(y.Contains),
        (Uri x, Uri y) => x.OriginalString == y.OriginalString,
        _ => Equals(a, b),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        ImmutableArray<Contributor> list => string.Join("; ", list.Select(Describe)),
        ImmutableArray<ExtraField> fields => string.Join("; ", fields),
        Contributor c => c.Person is { } p ? $"person family={p.Family} given={p.Given} suffix={p.Suffix} literal={p.Literal}" : $"org {c.Organization}",
        LocalizedText t => $"{t.Text} ({t.Language}) tr=[{string.Join("|", t.Translations.Select(Describe))}] tl=[{string.Join("|", t.Transliterations.Select(Describe))}]",
        CitationDate d => $"{d.ToEdtf()} text={d.OriginalText}",
        PublisherRef p => $"{p.Name} id={p.Id} unit={p.Unit} inferred={p.IsInferred}",
        _ => value.ToString() ?? "",
    };
}
