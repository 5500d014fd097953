using System.Text.Json;
using System.Text.Json.Serialization;

namespace AseanAi.Citations.Serialization;

// The wire shapes of the native JSON form. They mirror the model one to one; CitationJson maps between them so that
// the model keeps its validating constructors and the JSON stays flat and readable. Documented in docs/json-format.md.
#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA1819 // Arrays are the wire format.

internal sealed class CitationDto
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Genre { get; set; }

    public TextDto? Title { get; set; }

    public ContributorDto[]? Authors { get; set; }

    public ContributorDto[]? Editors { get; set; }

    public ContributorDto[]? Translators { get; set; }

    public PublisherDto? Publisher { get; set; }

    public string? PublisherPlace { get; set; }

    public TextDto? ContainerTitle { get; set; }

    public DateDto? Issued { get; set; }

    public DateDto? Accessed { get; set; }

    public string? Url { get; set; }

    public string? Doi { get; set; }

    public string? Volume { get; set; }

    public string? Issue { get; set; }

    public string? Page { get; set; }

    public string? Number { get; set; }

    public string? Language { get; set; }

    public string? Category { get; set; }

    public string? Note { get; set; }

    public ExtraFieldDto[]? Extra { get; set; }

    public string? RawText { get; set; }

    public SpanDto? Span { get; set; }
}

internal sealed class ExtraFieldDto
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}

internal sealed class TextDto
{
    public string? Text { get; set; }

    [JsonPropertyName("lang")]
    public string? Language { get; set; }

    public TextDto[]? Translations { get; set; }

    public TextDto[]? Transliterations { get; set; }
}

internal sealed class ContributorDto
{
    public string? Family { get; set; }

    public string? Given { get; set; }

    public string? Suffix { get; set; }

    public string? Literal { get; set; }

    /// <summary>given-family, family-given-sorted-by-given or family-given; absent for the default order.</summary>
    public string? Order { get; set; }

    /// <summary>How the name is read (kana, romaji, pinyin), as the source gave it.</summary>
    public string? Reading { get; set; }

    public PublisherDto? Organization { get; set; }
}

internal sealed class PublisherDto
{
    public string? Name { get; set; }

    public string? Id { get; set; }

    public string? Unit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Inferred { get; set; }
}

internal sealed class DateDto
{
    public string? Edtf { get; set; }

    public string? Text { get; set; }
}

internal sealed class SpanDto
{
    public int Offset { get; set; }

    public int Length { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CitationDto))]
[JsonSerializable(typeof(CitationDto[]))]
[JsonSerializable(typeof(TextDto))]
[JsonSerializable(typeof(TextDto[]))]
[JsonSerializable(typeof(ContributorDto[]))]
[JsonSerializable(typeof(PublisherDto))]
[JsonSerializable(typeof(SpanDto))]
internal sealed partial class CitationJsonContext : JsonSerializerContext
{
}
