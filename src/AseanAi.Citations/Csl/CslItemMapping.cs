using System.Text.Json;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Maps citations of the model straight to CSL items, as their CSL-JSON (<see cref="CslJson"/>) reads: the same
/// variables, names (particles split as citeproc-js splits them), dates, translations and readings, with no JSON text in
/// between. A test holds it equal to reading the written CSL-JSON. Thread-safe.
/// </summary>
internal static class CslItemMapping
{
    public static IReadOnlyList<CslItem> FromCitations(IEnumerable<Citation> citations)
    {
        var keys = new CitationKeys();
        var list = new List<Citation>();
        foreach (var citation in citations)
        {
            ArgumentNullException.ThrowIfNull(citation, nameof(citations));
            list.Add(citation);
            if (citation.Id is not null)
            {
                keys.TryReserve(citation.Id);
            }
        }

        var items = new CslItem[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var citation = list[i];
            items[i] = FromCitation(citation, citation.Id ?? keys.Next(citation));
        }

        return items;
    }

    private static CslItem FromCitation(Citation c, string id)
    {
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, CslName[]>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDateValue>(StringComparer.Ordinal);
        var written = ItemTypes.Write(TypeFormat.Csl, c.Type, c.Genre);
        if (c.Id is not null && OriginalId(c) is { } originalId)
        {
            text["citation-key"] = c.Id;
            id = originalId;
        }

        Add("genre", c.Genre is null ? null : written.Genre);
        Add("language", c.Language);
        Names("author", c.Authors);
        Names("editor", c.Editors);
        Names("translator", c.Translators);
        Add("title", c.Title?.Text);
        Add("container-title", c.ContainerTitle?.Text);
        Add("publisher", c.Publisher?.ToString());
        Add("publisher-place", c.PublisherPlace);
        Date("issued", c.Issued);
        Date("accessed", c.Accessed);
        Add("URL", c.Url?.OriginalString);
        Add("DOI", c.Doi);
        Add("volume", c.Volume);
        Add("issue", c.Issue);
        Add("page", c.Page);
        Add("number", c.Number);
        Add("note", c.Note);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extra in c.ExtraFields)
        {
            var name = ExtraFieldNames.In(TypeFormat.Csl, extra.Name);
            if (name == "id" || !seen.Add(name))
            {
                continue;
            }

            if (extra.Value.StartsWith(CslJsonReader.ExtraJsonPrefix, StringComparison.Ordinal))
            {
                ExtraJson(name, extra.Value[CslJsonReader.ExtraJsonPrefix.Length..]);
            }
            else if (CslJsonWriter.IsStringVariable(name))
            {
                Add(CslVariables.Normalize(name), extra.Value);
            }
        }

        if (!text.ContainsKey("page-first") && text.TryGetValue("page", out var page) && CslItems.FirstPage(page) is { } first)
        {
            text["page-first"] = first;
        }

        var extras = Extras(c);
        return new CslItem(id, written.Name, text, names.Count == 0 ? CslItem.NoNames : names, dates.Count == 0 ? CslItem.NoDates : dates, extras);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text[name] = value;
            }
        }

        void Names(string variable, System.Collections.Immutable.ImmutableArray<Contributor> contributors)
        {
            if (contributors.IsEmpty)
            {
                return;
            }

            var list = new CslName[contributors.Length];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = Name(contributors[i]);
            }

            names[variable] = list;
        }

        void Date(string variable, CitationDate? date)
        {
            if (date is not null)
            {
                dates[variable] = DateValue(date);
            }
        }

        void ExtraJson(string name, string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                var key = CslVariables.Normalize(name);
                if (root.ValueKind == JsonValueKind.Array && CslVariables.NameVariables.Contains(key))
                {
                    var list = root.EnumerateArray().Select(CslItems.ReadName).OfType<CslName>().ToArray();
                    if (list.Length > 0)
                    {
                        names[key] = list;
                    }
                }
                else if (CslVariables.DateVariables.Contains(key) && CslItems.ReadDate(root) is { IsEmpty: false } date)
                {
                    dates[key] = date;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: the writer would not write it either.
            }
        }
    }

    private static CslName Name(Contributor contributor)
    {
        if (contributor.Person is { Literal: null } person)
        {
            string? family = person.Family, given = person.Given, dropping = null, nonDropping = null, suffix = person.Suffix;
            var commaSuffix = false;
            NameParticles.Split(ref family, ref given, ref dropping, ref nonDropping, ref suffix, ref commaSuffix);
            return new CslName
            {
                Family = Clean(family), Given = Clean(given), DroppingParticle = Clean(dropping), NonDroppingParticle = NameParticles.CleanParticle(nonDropping),
                Suffix = Clean(suffix), CommaSuffix = commaSuffix, Order = person.Order,

                // The name's reading (Japanese BibTeX's yomi) sorts it, as custom.name-readings does for CSL-JSON items.
                FamilyReading = person.Reading,
            };
        }

        return new CslName { Literal = Clean(contributor.ToString()) };
    }

    // As CSL-JSON carries a date: date-parts of the start and end, the start's season, circa for an approximate date.
    private static CslDateValue DateValue(CitationDate date)
    {
        var start = Part(date.Start);
        if (date.Start.Season is { } season && start.Month == 0)
        {
            start = start with { Season = (int)season - (int)Season.Spring + 1 };
        }

        CslDatePart? end = date.End is { } e && Part(e) is { HasYear: true } last ? last : null;
        return new CslDateValue { Start = start, End = end, Circa = (date.Start.Qualifier & DateQualifier.Approximate) != 0 };

        static CslDatePart Part(PartialDate part) =>
            new(part.Year, part.Month ?? 0, part.Month is null ? 0 : part.Day ?? 0, 0);
    }

    private static CslItemExtras Extras(Citation c)
    {
        var reading = c.Title is { Transliterations: [var first, ..] } ? first.Text : null;
        List<(string Text, string? Language)> titles = c.Title is null ? [] : Texts(c.Title.Translations);
        List<(string Text, string? Language)> containers = c.ContainerTitle is null ? [] : Texts(c.ContainerTitle.Translations);
        return reading is null && titles.Count == 0 && containers.Count == 0
            ? CslItemExtras.None
            : new CslItemExtras { TitleReading = reading, TitleTranslations = titles, ContainerTitleTranslations = containers };

        static List<(string Text, string? Language)> Texts(System.Collections.Immutable.ImmutableArray<LocalizedText> texts) =>
            [.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => (t.Text, t.Language))];
    }

    private static string? OriginalId(Citation citation)
    {
        foreach (var field in citation.ExtraFields)
        {
            if (field.Name == "id")
            {
                return field.Value;
            }
        }

        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
