using System.Text.Json;
using System.Text.Json.Serialization;

namespace AseanAi.Citations.Cli.Configuration;

/// <summary>
/// The <c>citations.json</c> config file: one optional section per verb. Every key is the camelCase name of the verb's
/// long option; command-line options win over it. The schema is documented in docs/cli.md.
/// </summary>
internal sealed class CliConfigFile
{
    /// <summary>Lets editors find a JSON schema; <c>cite</c> ignores it.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public ParseConfig? Parse { get; init; }

    public ConvertConfig? Convert { get; init; }

    public FormatConfig? Format { get; init; }

    public CheckConfig? Check { get; init; }
}

/// <summary>The <c>parse</c> section.</summary>
internal sealed class ParseConfig
{
    public string? Format { get; init; }

    public bool? OnePerLine { get; init; }

    public string? Encoding { get; init; }
}

/// <summary>The <c>convert</c> section.</summary>
internal sealed class ConvertConfig
{
    public string? To { get; init; }

    public string? From { get; init; }

    public string? Encoding { get; init; }

    public bool? Verbose { get; init; }

    public bool? KeepSource { get; init; }

    public bool? UnicodeKeys { get; init; }
}

/// <summary>The <c>format</c> section.</summary>
internal sealed class FormatConfig
{
    public string? Style { get; init; }

    public string? Locale { get; init; }

    public string? Locales { get; init; }

    public string? Format { get; init; }

    public string? Bilingual { get; init; }

    public string? From { get; init; }

    public string? Encoding { get; init; }
}

/// <summary>The <c>check</c> section.</summary>
internal sealed class CheckConfig
{
    public string? Format { get; init; }

    public string? Output { get; init; }

    public double? Timeout { get; init; }

    public int? MaxConcurrency { get; init; }

    public int? MaxPerHost { get; init; }

    public int? Retries { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))]
    public string[]? Include { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))]
    public string[]? Exclude { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))]
    public string[]? Accept { get; init; }

    public string? Cache { get; init; }

    public bool? NoCache { get; init; }

    public string? CacheTtl { get; init; }

    public bool? AllowPrivate { get; init; }

    public bool? DenyPrivate { get; init; }

    public bool? SuggestArchive { get; init; }

    public string? ArchiveEndpoint { get; init; }

    public string? UserAgent { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))]
    public string[]? FailOn { get; init; }

    public int? FailAfterRuns { get; init; }

    /// <summary>Extra request headers per host: <c>{ "example.org": { "Authorization": "…" } }</c>.</summary>
    public Dictionary<string, Dictionary<string, string>>? Headers { get; init; }

    public string? Encoding { get; init; }

    /// <summary>GitHub Actions integration: <c>auto</c> (default: on when <c>GITHUB_ACTIONS=true</c>) or <c>off</c>.</summary>
    public string? GithubActions { get; init; }
}

/// <summary>Reads a string or an array of strings (<c>"broken"</c> or <c>["broken", "timeout"]</c>).</summary>
internal sealed class StringOrArrayConverter : JsonConverter<string[]>
{
    public override string[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException();
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException());
        }

        return [.. items];
    }

    public override void Write(Utf8JsonWriter writer, string[] value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Source-generated (reflection-free, trimming- and AOT-safe) reading of <see cref="CliConfigFile"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(CliConfigFile))]
internal sealed partial class CliConfigJsonContext : JsonSerializerContext;
