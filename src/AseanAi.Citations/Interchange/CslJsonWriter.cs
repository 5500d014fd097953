using System.Collections.Immutable;
using System.Text.Json;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Writes citations as CSL-JSON items; see <see cref="CslJson"/>.</summary>
internal static class CslJsonWriter
{
    // The CSL 1.0.2 variables (CSL-JSON schema 1.0.2) that the model has no field for and that take a string or number;
    // an extra field under one of these names is written as the variable itself, any other in "custom".
    private static readonly HashSet<string> StringVariables = new(StringComparer.Ordinal)
    {
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority", "call-number",
        "chapter-number", "citation-label", "collection-number", "collection-title", "container-title-short", "dimensions",
        "division", "edition", "event", "event-title", "event-place", "ISBN", "ISSN", "jurisdiction", "keyword", "medium",
        "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "part",
        "part-title", "PMCID", "PMID", "printing", "references", "reviewed-genre", "reviewed-title", "scale", "section",
        "source", "status", "supplement", "title-short", "version", "volume-title", "year-suffix",
    };

    /// <summary>Whether <paramref name="name"/> is a CSL string variable that the model has no field for (ISBN, edition).</summary>
    public static bool IsStringVariable(string name) => StringVariables.Contains(name);

    public static void WriteItem(Utf8JsonWriter writer, Citation citation, string id, string? citationKey, InterchangeWriteOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        var written = ItemTypes.Write(TypeFormat.Csl, citation.Type, citation.Genre);
        var cslType = written.Name;
        writer.WriteString("type", cslType);
        WriteString(writer, "genre", options.MarkFinerKinds || citation.Genre is not null ? written.Genre : null);
        if (citationKey is not null && !string.Equals(citationKey, id, StringComparison.Ordinal))
        {
            writer.WriteString("citation-key", citationKey);
        }

        if (citation.Language is not null)
        {
            writer.WriteString("language", citation.Language);
        }

        if (citation.Category is not null)
        {
            writer.WriteStartArray("categories");
            writer.WriteStringValue(citation.Category);
            writer.WriteEndArray();
        }

        WriteNames(writer, "author", citation.Authors);
        WriteNames(writer, "editor", citation.Editors);
        WriteNames(writer, "translator", citation.Translators);
        WriteString(writer, "title", citation.Title?.Text);
        WriteString(writer, "container-title", citation.ContainerTitle?.Text);
        WriteString(writer, "publisher", citation.Publisher?.ToString());
        WriteString(writer, "publisher-place", citation.PublisherPlace);
        var issuedNeedsEdtf = WriteDate(writer, "issued", citation.Issued);
        var accessedNeedsEdtf = WriteDate(writer, "accessed", citation.Accessed);
        WriteString(writer, "URL", citation.Url?.OriginalString);
        WriteString(writer, "DOI", citation.Doi);
        WriteString(writer, "volume", citation.Volume);
        WriteString(writer, "issue", citation.Issue);
        WriteString(writer, "page", citation.Page);
        WriteString(writer, "number", citation.Number);
        WriteString(writer, "note", citation.Note);
        List<ExtraField>? customExtras = null;
        HashSet<string>? seen = null;
        foreach (var extra in citation.ExtraFields)
        {
            var name = ExtraFieldNames.In(TypeFormat.Csl, extra.Name);
            if (name == "id" || !(seen ??= new(StringComparer.Ordinal)).Add(name))
            {
                continue;
            }

            if (extra.Value.StartsWith(CslJsonReader.ExtraJsonPrefix, StringComparison.Ordinal) && IsJson(extra.Value.AsSpan(CslJsonReader.ExtraJsonPrefix.Length)))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(extra.Value.AsSpan(CslJsonReader.ExtraJsonPrefix.Length));
            }
            else if (name == OriginalWorkFields.Date)
            {
                OriginalWorkFields.WriteDate(writer, name, extra.Value);
            }
            else if (name == OriginalWorkFields.Author && OriginalWorkFields.NamesJsonIfExact(extra.Value) is { } names)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(names);
            }
            else if (StringVariables.Contains(name))
            {
                writer.WriteString(name, extra.Value);
            }
            else
            {
                (customExtras ??= []).Add(new ExtraField(name, extra.Value));
            }
        }

        WriteCustom(writer, citation, written.NeedsSourceType, issuedNeedsEdtf, accessedNeedsEdtf, options, customExtras);
        writer.WriteEndObject();
    }

    private static bool IsJson(ReadOnlySpan<char> text)
    {
        try
        {
            using var document = JsonDocument.Parse(text.ToString());
            return document.RootElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void WriteCustom(Utf8JsonWriter writer, Citation citation, bool needsSourceType, bool issuedNeedsEdtf, bool accessedNeedsEdtf, InterchangeWriteOptions options, List<ExtraField>? extras)
    {
        var started = false;
        void Start()
        {
            if (!started)
            {
                writer.WriteStartObject("custom");
                started = true;
            }
        }

        if (needsSourceType)
        {
            Start();
            writer.WriteString(CustomFields.SourceType, SourceTypeNames.ToName(citation.Type));
        }

        if (citation.Title is { } title)
        {
            WriteTextExtras(writer, Start, title, citation.Language, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations);
        }

        if (citation.ContainerTitle is { } container)
        {
            WriteTextExtras(writer, Start, container, citation.Language, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations);
        }

        WriteContributorExtras(writer, Start, CustomFields.Authors, citation.Authors, options.KeepSource);
        WriteContributorExtras(writer, Start, CustomFields.Editors, citation.Editors, options.KeepSource);
        WriteContributorExtras(writer, Start, CustomFields.Translators, citation.Translators, options.KeepSource);
        WriteNameReadings(writer, Start, citation);
        if (options.KeepSource && citation.Publisher is { IsResolved: true } publisher)
        {
            Start();
            writer.WritePropertyName(CustomFields.Publisher);
            NativeJsonParts.WritePublisher(writer, publisher);
        }

        WriteDateExtras(writer, Start, citation.Issued, issuedNeedsEdtf, CustomFields.IssuedEdtf, CustomFields.IssuedText);
        WriteDateExtras(writer, Start, citation.Accessed, accessedNeedsEdtf, CustomFields.AccessedEdtf, CustomFields.AccessedText);
        foreach (var extra in extras ?? [])
        {
            if (!CslJsonReader.IsCustomKey(extra.Name))
            {
                Start();
                writer.WriteString(extra.Name, extra.Value);
            }
        }

        if (options.KeepSource && citation.RawText is not null)
        {
            Start();
            writer.WriteString(CustomFields.RawText, citation.RawText);
        }

        if (options.KeepSource && citation.Span is { } span)
        {
            Start();
            writer.WritePropertyName(CustomFields.SourceSpan);
            NativeJsonParts.WriteSpan(writer, span);
        }

        if (started)
        {
            writer.WriteEndObject();
        }
    }

    private static void WriteTextExtras(Utf8JsonWriter writer, Action start, LocalizedText text, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey)
    {
        if (!string.Equals(text.Language, itemLanguage, StringComparison.Ordinal))
        {
            start();
            if (text.Language is null)
            {
                writer.WriteNull(languageKey);
            }
            else
            {
                writer.WriteString(languageKey, text.Language);
            }
        }

        if (!text.Translations.IsEmpty)
        {
            start();
            writer.WritePropertyName(translationsKey);
            NativeJsonParts.WriteTexts(writer, text.Translations);
        }

        if (!text.Transliterations.IsEmpty)
        {
            start();
            writer.WritePropertyName(transliterationsKey);
            NativeJsonParts.WriteTexts(writer, text.Transliterations);
        }
    }

    // Names' readings go where the CSL processor reads them: custom.name-readings, one entry per name (null for none).
    private static void WriteNameReadings(Utf8JsonWriter writer, Action start, Citation citation)
    {
        ReadOnlySpan<(string Variable, ImmutableArray<Contributor> Names)> lists =
            [("author", citation.Authors), ("editor", citation.Editors), ("translator", citation.Translators)];
        var started = false;
        foreach (var (variable, names) in lists)
        {
            if (!names.Any(n => n.Person?.Reading is not null))
            {
                continue;
            }

            if (!started)
            {
                start();
                writer.WritePropertyName(CustomFields.NameReadings);
                writer.WriteStartObject();
                started = true;
            }

            writer.WritePropertyName(variable);
            writer.WriteStartArray();
            foreach (var name in names)
            {
                if (name.Person?.Reading is { } reading)
                {
                    writer.WriteStringValue(reading);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
        }

        if (started)
        {
            writer.WriteEndObject();
        }
    }

    private static void WriteContributorExtras(Utf8JsonWriter writer, Action start, string key, ImmutableArray<Contributor> contributors, bool keepSource)
    {
        if (InterchangeNames.NeedsNativeForm(contributors, isUnwritable: null, includeRegistry: keepSource, readingsWritten: true) || HasUnreadableLiteral(contributors))
        {
            start();
            writer.WritePropertyName(key);
            NativeJsonParts.WriteContributors(writer, InterchangeNames.WithoutRegistry(contributors, keepSource));
        }
    }

    // An organisation whose literal would read back as a person (陳登 as a body), which only the native form keeps.
    private static bool HasUnreadableLiteral(ImmutableArray<Contributor> contributors)
    {
        foreach (var contributor in contributors)
        {
            if (contributor.Organization is { } organization && InterchangeNames.IsPersonLiteral(organization.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteDateExtras(Utf8JsonWriter writer, Action start, CitationDate? date, bool needsEdtf, string edtfKey, string textKey)
    {
        if (date is null)
        {
            return;
        }

        if (needsEdtf)
        {
            start();
            writer.WriteString(edtfKey, date.ToEdtf());
        }

        if (date.OriginalText is not null)
        {
            start();
            writer.WriteString(textKey, date.OriginalText);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, ImmutableArray<Contributor> contributors)
    {
        if (contributors.IsEmpty)
        {
            return;
        }

        writer.WritePropertyName(name);
        WriteNamesValue(writer, contributors);
    }

    /// <summary>Writes a CSL name list: <c>{"family","given","suffix"}</c> for persons, <c>{"literal"}</c> for others.</summary>
    internal static void WriteNamesValue(Utf8JsonWriter writer, ImmutableArray<Contributor> contributors)
    {
        writer.WriteStartArray();
        foreach (var contributor in contributors)
        {
            writer.WriteStartObject();
            if (contributor.Person is { Literal: null } person)
            {
                writer.WriteString("family", person.Family);
                if (person.Given is not null)
                {
                    writer.WriteString("given", person.Given);
                }

                if (person.Suffix is not null)
                {
                    writer.WriteString("suffix", person.Suffix);
                }
            }
            else
            {
                writer.WriteString("literal", contributor.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>date-parts</c>, <c>season</c> and <c>circa</c>; returns whether they fall short of the date, so that its EDTF must go in <c>custom</c>.</summary>
    internal static bool WriteDate(Utf8JsonWriter writer, string name, CitationDate? date)
    {
        if (date is null)
        {
            return false;
        }

        writer.WriteStartObject(name);
        writer.WriteStartArray("date-parts");
        WriteParts(writer, date.Start);
        if (date.End is { } end)
        {
            WriteParts(writer, end);
        }

        writer.WriteEndArray();
        var season = date.Start.Season;
        if (season is not null)
        {
            writer.WriteNumber("season", (int)season.Value - (int)Season.Spring + 1);
        }

        var circa = (date.Start.Qualifier & DateQualifier.Approximate) != 0;
        if (circa)
        {
            writer.WriteBoolean("circa", true);
        }

        writer.WriteEndObject();
        return !FitsDateParts(date);
    }

    /// <summary>Whether CSL's <c>date-parts</c>, <c>season</c> and <c>circa</c> hold <paramref name="date"/> (its original text aside).</summary>
    internal static bool FitsDateParts(CitationDate date) =>
        Equals(
            InterchangeDates.FromCslParts(date.Start, date.End, date.Start.Season, (date.Start.Qualifier & DateQualifier.Approximate) != 0),
            date.WithOriginalText(null));

    private static void WriteParts(Utf8JsonWriter writer, PartialDate date)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(date.Year);
        if (date.Month is { } month)
        {
            writer.WriteNumberValue(month);
            if (date.Day is { } day)
            {
                writer.WriteNumberValue(day);
            }
        }

        writer.WriteEndArray();
    }
}
