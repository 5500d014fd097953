using System.Text.Json;
using AseanAi.Citations.Tests.Infrastructure;
using Json.Schema;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>The CSL-JSON schema 1.0.2, read from ../shared/csl/schema (never copied into the repository).</summary>
internal static class CslSchema
{
    private static readonly Lazy<JsonSchema?> Schema = new(() =>
    {
        var shared = RepositoryPaths.Shared;
        var path = shared is null ? null : Path.Combine(shared, "csl", "schema", "csl-data.json");
        return path is not null && File.Exists(path) ? JsonSchema.FromText(File.ReadAllText(path)) : null;
    });

    public static bool IsAvailable => Schema.Value is not null;

    /// <summary>Validates CSL-JSON text; returns the schema's error messages, empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        var schema = Schema.Value ?? throw new InvalidOperationException("The CSL schema is not in ../shared/csl/schema.");
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}

/// <summary>A fact that runs only where ../shared holds the CSL schema, and says why it is skipped elsewhere.</summary>
public sealed class CslSchemaFactAttribute : FactAttribute
{
    public CslSchemaFactAttribute()
    {
        if (!CslSchema.IsAvailable)
        {
            Skip = "The CSL-JSON schema is not in ../shared/csl/schema/csl-data.json; set ASEANAI_SHARED to a folder that holds it.";
        }
    }
}
