using System.Collections.Frozen;

namespace AseanAi.Citations.Csl;

/// <summary>
/// One reference in the form a CSL processor reads: an id, a CSL item type (<c>book</c>, <c>article-newspaper</c>)
/// and its variables (titles, names, dates, numbers), as read from CSL-JSON or mapped from a <see cref="Citation"/>.
/// </summary>
/// <remarks>
/// Read items with <see cref="CslItems.Read(string)"/>. Variable names are CSL 1.0.2 names; the older
/// <c>archive_location</c> spelling is accepted as <c>archive-location</c>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class CslItem
{
    internal CslItem(
        string id,
        string type,
        IReadOnlyDictionary<string, string> text,
        IReadOnlyDictionary<string, CslName[]> names,
        IReadOnlyDictionary<string, CslDateValue> dates,
        CslItemExtras extras)
    {
        Id = id;
        Type = type;
        Text = text;
        Names = names;
        Dates = dates;
        Extras = extras;
        Language = text.TryGetValue("language", out var language) ? language : null;
    }

    /// <summary>The item's id, unique within its list.</summary>
    public string Id { get; }

    /// <summary>The CSL item type, such as <c>book</c>, <c>article-journal</c> or <c>webpage</c>.</summary>
    public string Type { get; }

    /// <summary>The item's <c>language</c> variable as given (a BCP 47 tag such as <c>ja</c>), or <see langword="null"/>.</summary>
    public string? Language { get; }

    /// <summary>The names of the ordinary, number, name and date variables that the item has, in no particular order.</summary>
    public IEnumerable<string> VariableNames => Text.Keys.Concat(Names.Keys).Concat(Dates.Keys);

    internal IReadOnlyDictionary<string, string> Text { get; }

    internal IReadOnlyDictionary<string, CslName[]> Names { get; }

    internal IReadOnlyDictionary<string, CslDateValue> Dates { get; }

    internal CslItemExtras Extras { get; }

    /// <summary>Returns the value of an ordinary or number variable, such as <c>title</c> or <c>volume</c>.</summary>
    /// <param name="variable">The CSL variable name.</param>
    /// <returns>The value as written, or <see langword="null"/> when the item does not have it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variable"/> is <see langword="null"/>.</exception>
    public string? GetText(string variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return Text.TryGetValue(CslVariables.Normalize(variable), out var value) ? value : null;
    }

    internal string? this[string variable] => Text.TryGetValue(variable, out var value) ? value : null;

    internal static readonly IReadOnlyDictionary<string, CslName[]> NoNames = FrozenDictionary<string, CslName[]>.Empty;

    internal static readonly IReadOnlyDictionary<string, CslDateValue> NoDates = FrozenDictionary<string, CslDateValue>.Empty;
}

/// <summary>Data carried beside the CSL variables: readings for sorting and bilingual titles (from CSL-JSON <c>custom</c>).</summary>
internal sealed class CslItemExtras
{
    public static readonly CslItemExtras None = new();

    /// <summary>A reading of the title (kana, pinyin) used for sorting: the first of <c>custom.title-transliterations</c>.</summary>
    public string? TitleReading { get; init; }

    /// <summary>Translations of the title (<c>custom.title-translations</c>), in order.</summary>
    public IReadOnlyList<(string Text, string? Language)> TitleTranslations { get; init; } = [];

    /// <summary>Translations of the container title (<c>custom.container-title-translations</c>), in order.</summary>
    public IReadOnlyList<(string Text, string? Language)> ContainerTitleTranslations { get; init; } = [];

    /// <summary>
    /// The translation to show in a bibliography in <paramref name="locale"/>: the first in the locale's language,
    /// else the first in English, else the first; null when there is none.
    /// </summary>
    public static string? Pick(IReadOnlyList<(string Text, string? Language)> translations, string locale)
    {
        if (translations.Count == 0)
        {
            return null;
        }

        var primary = locale.Split('-')[0];
        foreach (var (text, language) in translations)
        {
            if (language is not null && language.Split('-')[0].Equals(primary, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        foreach (var (text, language) in translations)
        {
            if (language is not null && language.Split('-')[0].Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return translations[0].Text;
    }
}

/// <summary>CSL variable names and their kinds.</summary>
internal static class CslVariables
{
    public static readonly FrozenSet<string> NameVariables = new[]
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> DateVariables = new[]
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> NumberVariables = new[]
    {
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number", "printing-number",
        "section", "supplement-number", "version", "volume",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Normalize(string name) =>
        name.Contains('_', StringComparison.Ordinal) ? name.Replace('_', '-') : name;
}
