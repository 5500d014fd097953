using System.Collections.Immutable;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The reading and translation fields of Japanese BibTeX styles that the model has a place for. jecon.bst (Takeda
/// Shirō's economics style, "邦訳書の情報も付ける場合") and jplain-family styles describe the Japanese translation of a
/// work with <c>jtitle</c>, <c>jauthor</c>, <c>jpublisher</c> and <c>jyear</c>: <c>jtitle</c> is the title's Japanese
/// translation (<see cref="LocalizedText.Translations"/>, language <c>ja</c>); the translation's translator, publisher
/// and year describe another edition, which the model has no place for, and stay extra fields. <c>yomi</c> is how the
/// names of the entry's first name list are read (pBibTeX styles sort by it: <c>author = {森 鷗外}</c>,
/// <c>yomi = {Mori Ogai}</c>), one name for each, separated by <c>and</c> as names are: it maps to
/// <see cref="PersonName.Reading"/> when it names as many people as the list (the author list, else the editors);
/// otherwise it stays an extra field.
/// </summary>
internal static class ReadingFields
{
    public const string JTitle = "jtitle";

    public const string Yomi = "yomi";

    /// <summary>
    /// The names with their readings from <paramref name="readings"/> (a <c>yomi</c> name list as written, split like
    /// <c>author</c>), or <see langword="null"/> when the counts differ or a name is an organisation's.
    /// </summary>
    public static ImmutableArray<Contributor>? WithReadings(ImmutableArray<Contributor> names, IReadOnlyList<string> readings)
    {
        var count = readings.Count > 0 && readings[^1].Equals("others", StringComparison.OrdinalIgnoreCase) ? readings.Count - 1 : readings.Count;
        if (names.IsEmpty || count != names.Length)
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<Contributor>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Person is not { } person)
            {
                return null;
            }

            builder.Add(Contributor.ForPerson(person.WithReading(readings[i])));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The list whose readings a writer writes as <c>yomi</c> (the authors, else the editors), when every name in it is
    /// a person with a reading; else <see langword="null"/>.
    /// </summary>
    public static IEnumerable<string>? Readings(Citation citation)
    {
        var names = citation.Authors.IsEmpty ? citation.Editors : citation.Authors;
        return !names.IsEmpty && names.All(n => n.Person?.Reading is not null) ? names.Select(n => n.Person!.Reading!) : null;
    }

    /// <summary>
    /// The translation that a writer writes as <c>jtitle</c>: the title's first translation when it is in Japanese and
    /// has no translations or transliterations of its own (which <c>jtitle</c> could not carry); else <see langword="null"/>.
    /// </summary>
    public static LocalizedText? JapaneseTitle(LocalizedText? title) =>
        title is { Translations: [{ Language: "ja", Translations.IsEmpty: true, Transliterations.IsEmpty: true } first, ..] }
        && !string.IsNullOrWhiteSpace(first.Text) && first.Text.Trim() == first.Text
            ? first
            : null;
}
