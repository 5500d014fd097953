using System.Text.Json;
using AseanAi.Citations.Tests.Infrastructure;
using Json.Schema;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The CSL-JSON schema 1.0.2 (csl-data.json of citation-style-language/schema, MIT licence, copied into
/// Interchange/Schema with its notice in THIRD-PARTY-NOTICES.md).
/// </summary>
internal static class CslSchema
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "AseanAi.Citations.Tests", "Interchange", "Schema", "csl-data.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path)));

    /// <summary>Validates CSL-JSON text; returns the schema's error messages, empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}
