using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// CSL's variables of the original work of a translation or reprint whose CSL-JSON value is not a string:
/// <c>original-author</c> (names) and <c>original-date</c> (a date). The model has no field for them (as for
/// <c>original-title</c>, <c>original-publisher</c>, <c>original-publisher-place</c>, which are strings), so they are
/// extra fields, kept in the text form the other formats write: the names as BibTeX writes a name list
/// (<c>Krugman, Paul R. and {外務省}</c>), the date as EDTF, as biblatex's <c>origdate</c> has it. CSL-JSON reads them
/// into that form only when writing it back gives the same names or date; otherwise the value stays its JSON.
/// Stateless and thread-safe.
/// </summary>
internal static class OriginalWorkFields
{
    public const string Author = "original-author";
    public const string Date = "original-date";

    /// <summary>The names of a CSL name list as BibTeX text, or <see langword="null"/> when that text would not give them back exactly.</summary>
    public static string? NamesText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<Contributor>(value.GetArrayLength());
        foreach (var name in value.EnumerateArray())
        {
            if (CslJsonReader.ReadName(name) is not { } contributor)
            {
                return null;
            }

            builder.Add(contributor);
        }

        var text = new StringBuilder();
        BibTeXNames.Write(text, builder.ToImmutable());
        var written = text.ToString();
        return JsonNode.DeepEquals(JsonNode.Parse(value.GetRawText()), JsonNode.Parse(NamesJson(written))) ? written : null;
    }

    /// <summary>
    /// A BibTeX name list as a CSL name list (JSON), or <see langword="null"/> when reading that list would not give
    /// <paramref name="text"/> back (no name, or a text not written as BibTeX writes names: <c>Paul Krugman</c>).
    /// </summary>
    public static string? NamesJsonIfExact(string text)
    {
        var json = NamesJson(text);
        using var document = JsonDocument.Parse(json);
        return string.Equals(NamesText(document.RootElement), text, StringComparison.Ordinal) ? json : null;
    }

    private static string NamesJson(string text)
    {
        var names = BibTeXNames.Read(text, static _ => { }, out _);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = NativeJsonParts.Encoder }))
        {
            CslJsonWriter.WriteNamesValue(writer, names);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// A CSL date object as text: a <c>literal</c> alone as it is, date parts (with <c>season</c>, <c>circa</c>) as EDTF
    /// when CSL's date parts give that date back; else <see langword="null"/>.
    /// </summary>
    public static string? DateText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            if (property.Name is not ("date-parts" or "season" or "circa" or "literal"))
            {
                return null;
            }
        }

        if (value.TryGetProperty("literal", out var literal))
        {
            return count == 1 && literal.ValueKind == JsonValueKind.String && literal.GetString() is { Length: > 0 } text ? text : null;
        }

        if (!value.TryGetProperty("date-parts", out var parts) || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() is < 1 or > 2
            || !CslJsonReader.TryReadParts(parts[0], out var start, out var partSeason))
        {
            return null;
        }

        PartialDate? end = null;
        if (parts.GetArrayLength() == 2)
        {
            if (!CslJsonReader.TryReadParts(parts[1], out var last, out _))
            {
                return null;
            }

            end = last;
        }

        var season = partSeason;
        if (value.TryGetProperty("season", out var seasonValue) && (season = CslJsonValues.Season(seasonValue)) is null)
        {
            return null;
        }

        try
        {
            var date = InterchangeDates.FromCslParts(start, end, season, CslJsonValues.Flag(value, "circa"));
            return CslJsonWriter.FitsDateParts(date) ? date.ToEdtf() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes a date's text as a CSL date object: date parts when it is EDTF that they hold exactly, else a <c>literal</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, string text)
    {
        if (CitationDate.TryParseEdtf(text, out var date) && string.Equals(date.ToEdtf(), text, StringComparison.Ordinal) && CslJsonWriter.FitsDateParts(date))
        {
            CslJsonWriter.WriteDate(writer, name, date);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("literal", text);
        writer.WriteEndObject();
    }
}
