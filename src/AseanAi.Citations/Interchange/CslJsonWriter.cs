using System.Collections.Immutable;
using System.Text.Json;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Writes citations as CSL-JSON items; see <see cref="CslJson"/>.</summary>
internal static class CslJsonWriter
{
    public static void WriteItem(Utf8JsonWriter writer, Citation citation, string id, string? citationKey)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        var cslType = CslItemTypes.FromSourceType(citation.Type);
        writer.WriteString("type", cslType);
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
        WriteCustom(writer, citation, cslType, issuedNeedsEdtf, accessedNeedsEdtf);
        writer.WriteEndObject();
    }

    private static void WriteCustom(Utf8JsonWriter writer, Citation citation, string cslType, bool issuedNeedsEdtf, bool accessedNeedsEdtf)
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

        if (CslItemTypes.ToSourceType(cslType) != citation.Type)
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

        WriteContributorExtras(writer, Start, CustomFields.Authors, citation.Authors);
        WriteContributorExtras(writer, Start, CustomFields.Editors, citation.Editors);
        WriteContributorExtras(writer, Start, CustomFields.Translators, citation.Translators);
        if (citation.Publisher is { IsResolved: true } publisher)
        {
            Start();
            writer.WritePropertyName(CustomFields.Publisher);
            NativeJsonParts.WritePublisher(writer, publisher);
        }

        WriteDateExtras(writer, Start, citation.Issued, issuedNeedsEdtf, CustomFields.IssuedEdtf, CustomFields.IssuedText);
        WriteDateExtras(writer, Start, citation.Accessed, accessedNeedsEdtf, CustomFields.AccessedEdtf, CustomFields.AccessedText);
        if (citation.RawText is not null)
        {
            Start();
            writer.WriteString(CustomFields.RawText, citation.RawText);
        }

        if (citation.Span is { } span)
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

    private static void WriteContributorExtras(Utf8JsonWriter writer, Action start, string key, ImmutableArray<Contributor> contributors)
    {
        if (InterchangeNames.NeedsNativeForm(contributors))
        {
            start();
            writer.WritePropertyName(key);
            NativeJsonParts.WriteContributors(writer, contributors);
        }
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

        writer.WriteStartArray(name);
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
    private static bool WriteDate(Utf8JsonWriter writer, string name, CitationDate? date)
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
        return !Equals(InterchangeDates.FromCslParts(date.Start, date.End, season, circa), date.WithOriginalText(null));
    }

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
