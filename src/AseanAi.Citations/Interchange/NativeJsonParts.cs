using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Writes and reads the parts of a citation that interchange formats carry in custom fields (texts with translations,
/// contributors, publishers, spans), in the shapes of the library's native JSON form (<c>docs/json-format.md</c>).
/// </summary>
internal static class NativeJsonParts
{
    /// <summary>Keeps CJK as UTF-8; escapes HTML-sensitive characters, and braces so that BibTeX values stay balanced.</summary>
    public static readonly JavaScriptEncoder Encoder = CreateEncoder();

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = Encoder, SkipValidation = true };

    public static string ToJson<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            write(writer, state);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteText(Utf8JsonWriter writer, LocalizedText text)
    {
        writer.WriteStartObject();
        writer.WriteString("text", text.Text);
        if (text.Language is not null)
        {
            writer.WriteString("lang", text.Language);
        }

        if (!text.Translations.IsEmpty)
        {
            writer.WritePropertyName("translations");
            WriteTexts(writer, text.Translations);
        }

        if (!text.Transliterations.IsEmpty)
        {
            writer.WritePropertyName("transliterations");
            WriteTexts(writer, text.Transliterations);
        }

        writer.WriteEndObject();
    }

    public static void WriteTexts(Utf8JsonWriter writer, ImmutableArray<LocalizedText> texts)
    {
        writer.WriteStartArray();
        foreach (var text in texts)
        {
            WriteText(writer, text);
        }

        writer.WriteEndArray();
    }

    public static void WriteContributors(Utf8JsonWriter writer, ImmutableArray<Contributor> contributors)
    {
        writer.WriteStartArray();
        foreach (var contributor in contributors)
        {
            writer.WriteStartObject();
            if (contributor.Person is { } person)
            {
                if (person.Literal is not null)
                {
                    writer.WriteString("literal", person.Literal);
                }
                else
                {
                    writer.WriteString("family", person.Family);
                    if (person.Suffix is not null)
                    {
                        writer.WriteString("suffix", person.Suffix);
                    }

                    if (person.Given is not null)
                    {
                        writer.WriteString("given", person.Given);
                    }
                }
            }
            else
            {
                writer.WritePropertyName("organization");
                WritePublisher(writer, contributor.Organization!);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WritePublisher(Utf8JsonWriter writer, PublisherRef publisher)
    {
        writer.WriteStartObject();
        writer.WriteString("name", publisher.Name);
        if (publisher.Id is not null)
        {
            writer.WriteString("id", publisher.Id);
        }

        if (publisher.Unit is not null)
        {
            writer.WriteString("unit", publisher.Unit);
        }

        if (publisher.IsInferred)
        {
            writer.WriteBoolean("inferred", true);
        }

        writer.WriteEndObject();
    }

    public static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("offset", span.Offset);
        writer.WriteNumber("length", span.Length);
        writer.WriteNumber("line", span.Line);
        writer.WriteNumber("column", span.Column);
        writer.WriteEndObject();
    }

    public static bool TryParse(string json, out JsonDocument? document, [NotNullWhen(false)] out string? error)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            document = null;
            error = "not JSON: " + exception.Message;
            return false;
        }
    }

    public static bool TryReadText(JsonElement element, [NotNullWhen(true)] out LocalizedText? text, [NotNullWhen(false)] out string? error)
    {
        text = null;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("text", out var value)
            || value.ValueKind != JsonValueKind.String)
        {
            error = "expected an object with a string 'text'";
            return false;
        }

        string? language = null;
        if (element.TryGetProperty("lang", out var lang) && lang.ValueKind != JsonValueKind.Null)
        {
            if (lang.ValueKind != JsonValueKind.String)
            {
                error = "'lang' must be a string";
                return false;
            }

            if (!LanguageTags.TryNormalize(lang.GetString(), out var normalized, out error))
            {
                error ??= "'lang' is not a language tag";
                return false;
            }

            language = normalized;
        }

        var translations = ImmutableArray<LocalizedText>.Empty;
        var transliterations = ImmutableArray<LocalizedText>.Empty;
        if ((element.TryGetProperty("translations", out var list) && !TryReadTexts(list, out translations, out error))
            || (element.TryGetProperty("transliterations", out list) && !TryReadTexts(list, out transliterations, out error)))
        {
            return false;
        }

        text = new LocalizedText(value.GetString()!, language) { Translations = translations, Transliterations = transliterations };
        error = null;
        return true;
    }

    public static bool TryReadTexts(JsonElement element, out ImmutableArray<LocalizedText> texts, [NotNullWhen(false)] out string? error)
    {
        texts = [];
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of texts";
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<LocalizedText>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (!TryReadText(item, out var text, out error))
            {
                return false;
            }

            builder.Add(text);
        }

        texts = builder.MoveToImmutable();
        error = null;
        return true;
    }

    public static bool TryReadContributors(JsonElement element, out ImmutableArray<Contributor> contributors, [NotNullWhen(false)] out string? error)
    {
        contributors = [];
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of contributors";
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<Contributor>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = "expected a contributor object";
                return false;
            }

            if (item.TryGetProperty("organization", out var organization))
            {
                if (!TryReadPublisher(organization, out var publisher, out error))
                {
                    return false;
                }

                builder.Add(Contributor.ForOrganization(publisher));
                continue;
            }

            var family = GetString(item, "family");
            var given = GetString(item, "given");
            var literal = GetString(item, "literal");
            if (literal is not null && family is null && given is null && !string.IsNullOrWhiteSpace(literal))
            {
                builder.Add(Contributor.ForPerson(PersonName.FromLiteral(literal)));
            }
            else if (literal is null && !string.IsNullOrWhiteSpace(family) && (given is null || !string.IsNullOrWhiteSpace(given)))
            {
                builder.Add(Contributor.ForPerson(PersonName.Create(family, given).WithSuffix(GetString(item, "suffix"))));
            }
            else
            {
                error = "a contributor needs a non-blank 'family' (with an optional 'given'), a 'literal' or an 'organization'";
                return false;
            }
        }

        contributors = builder.MoveToImmutable();
        error = null;
        return true;
    }

    public static bool TryReadPublisher(JsonElement element, [NotNullWhen(true)] out PublisherRef? publisher, [NotNullWhen(false)] out string? error)
    {
        publisher = null;
        var name = element.ValueKind == JsonValueKind.Object ? GetString(element, "name") : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = "a publisher needs a non-blank 'name'";
            return false;
        }

        var id = GetString(element, "id");
        var unit = GetString(element, "unit");
        var inferred = element.TryGetProperty("inferred", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (id is null)
        {
            if (unit is not null || inferred)
            {
                error = "a publisher's 'unit' and 'inferred' need an 'id'";
                return false;
            }

            publisher = PublisherRef.Unresolved(name);
        }
        else if (string.IsNullOrWhiteSpace(id) || (unit is not null && string.IsNullOrWhiteSpace(unit)))
        {
            error = "a publisher's 'id' and 'unit' must not be blank";
            return false;
        }
        else
        {
            publisher = PublisherRef.Known(id, name, unit, inferred);
        }

        error = null;
        return true;
    }

    public static bool TryReadSpan(JsonElement element, out SourceSpan span, [NotNullWhen(false)] out string? error)
    {
        span = default;
        if (element.ValueKind == JsonValueKind.Object
            && TryGetInt(element, "offset", out var offset) && offset >= 0
            && TryGetInt(element, "length", out var length) && length >= 0
            && TryGetInt(element, "line", out var line) && line >= 1
            && TryGetInt(element, "column", out var column) && column >= 1)
        {
            span = new SourceSpan(offset, length, line, column);
            error = null;
            return true;
        }

        error = "expected {offset, length, line, column} with offset and length >= 0 and line and column >= 1";
        return false;
    }

    private static bool TryGetInt(JsonElement element, string name, out int value)
    {
        value = 0;
        return element.TryGetProperty(name, out var property)
            && property.ValueKind == JsonValueKind.Number
            && property.TryGetInt32(out value);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    private static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('{', '}');
        return JavaScriptEncoder.Create(settings);
    }
}
