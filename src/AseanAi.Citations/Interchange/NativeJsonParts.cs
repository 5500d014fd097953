using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

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

    private static readonly CitationJsonContext Context = CitationJsonContext.Default;

    public static string ToJson<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            write(writer, state);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteText(Utf8JsonWriter writer, LocalizedText text) =>
        JsonSerializer.Serialize(writer, CitationJson.ToDto(text)!, Context.TextDto);

    public static void WriteTexts(Utf8JsonWriter writer, ImmutableArray<LocalizedText> texts) =>
        JsonSerializer.Serialize(writer, [.. texts.Select(t => CitationJson.ToDto(t)!)], Context.TextDtoArray);

    public static void WriteContributors(Utf8JsonWriter writer, ImmutableArray<Contributor> contributors) =>
        JsonSerializer.Serialize(writer, CitationJson.ToDto(contributors) ?? [], Context.ContributorDtoArray);

    public static void WritePublisher(Utf8JsonWriter writer, PublisherRef publisher) =>
        JsonSerializer.Serialize(writer, CitationJson.ToDto(publisher)!, Context.PublisherDto);

    public static void WriteSpan(Utf8JsonWriter writer, SourceSpan span) =>
        JsonSerializer.Serialize(writer, CitationJson.ToDto(span)!, Context.SpanDto);

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

    public static bool TryReadText(JsonElement element, [NotNullWhen(true)] out LocalizedText? text, [NotNullWhen(false)] out string? error) =>
        TryRead(element, Context.TextDto, (dto, path) => CitationJson.FromDto(dto, path) ?? throw new JsonException("expected a text object, found null"), out text, out error);

    public static bool TryReadTexts(JsonElement element, out ImmutableArray<LocalizedText> texts, [NotNullWhen(false)] out string? error) =>
        TryRead(element, Context.TextDtoArray, (dtos, path) => CitationJson.FromDtos(dtos ?? throw new JsonException("expected an array of texts, found null"), path), out texts, out error);

    public static bool TryReadContributors(JsonElement element, out ImmutableArray<Contributor> contributors, [NotNullWhen(false)] out string? error) =>
        TryRead(element, Context.ContributorDtoArray, (dtos, path) => CitationJson.FromDto(dtos ?? throw new JsonException("expected an array of contributors, found null"), path), out contributors, out error);

    public static bool TryReadPublisher(JsonElement element, [NotNullWhen(true)] out PublisherRef? publisher, [NotNullWhen(false)] out string? error) =>
        TryRead(element, Context.PublisherDto, (dto, path) => CitationJson.FromDto(dto, path) ?? throw new JsonException("expected a publisher object, found null"), out publisher, out error);

    public static bool TryReadSpan(JsonElement element, out SourceSpan span, [NotNullWhen(false)] out string? error) =>
        TryRead(element, Context.SpanDto, (dto, path) => CitationJson.FromDto(dto ?? throw new JsonException("expected a span object, found null"), path), out span, out error);

    // One shape and one set of rules with the native JSON form: the value is read into its wire shape and mapped by
    // CitationJson, whose messages name the faulty member ($.family); a malformed value is an error, never an exception.
    private static bool TryRead<TDto, TValue>(JsonElement element, JsonTypeInfo<TDto> shape, Func<TDto?, string, TValue> map, out TValue value, [NotNullWhen(false)] out string? error)
    {
        try
        {
            value = map(element.Deserialize(shape), "$");
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            value = default!;
            error = exception.Message;
            return false;
        }
    }

    private static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('{', '}');
        return JavaScriptEncoder.Create(settings);
    }
}
