using System.Text.Encodings.Web;
using System.Text.Json;

namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// SARIF 2.1.0 (OASIS), the format code-scanning services read: one rule per verdict and warning, one result per
/// finding and occurrence, with the file, line and column of the link.
/// </summary>
internal static class SarifReportFormat
{
    public static async Task WriteAsync(LinkCheckReport report, string toolName, string? toolVersion, TextWriter writer, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", toolName);
            if (toolVersion is not null)
            {
                json.WriteString("semanticVersion", toolVersion);
            }

            json.WriteStartArray("rules");
            foreach (var (id, description) in Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var entry in report.Entries.Where(e => e.IsFinding))
            {
                foreach (var (ruleId, level) in RulesOf(entry))
                {
                    foreach (var occurrence in entry.Occurrences)
                    {
                        json.WriteStartObject();
                        json.WriteString("ruleId", ruleId);
                        json.WriteString("level", level);
                        json.WriteStartObject("message");
                        var reason = entry.Reason;
                        json.WriteString("text", $"{ruleId}: {entry.Url}" + (reason.Length > 0 ? " (" + reason + ")" : string.Empty));
                        json.WriteEndObject();
                        json.WriteStartArray("locations");
                        json.WriteStartObject();
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        json.WriteString("uri", occurrence.Source ?? "-");
                        json.WriteEndObject();
                        if (occurrence.Span is { } span)
                        {
                            json.WriteStartObject("region");
                            json.WriteNumber("startLine", span.Line);
                            json.WriteNumber("startColumn", span.Column);
                            json.WriteNumber("endColumn", span.Column + span.Length);
                            json.WriteEndObject();
                        }

                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndArray();
                        json.WriteStartObject("properties");
                        json.WriteString("url", entry.Url);
                        if (entry.HttpStatus is { } status)
                        {
                            json.WriteNumber("httpStatus", status);
                        }

                        json.WriteEndObject();
                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        await writer.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static readonly (string Id, string Description)[] Rules =
    [
        ("broken", "The link is dead (404, 410, persistent 5xx, redirect loop, or a host name that does not exist)."),
        ("soft-404", "The server answers 200 with a 'not found' page."),
        ("redirected", "The link moved permanently; cite the new URL."),
        ("blocked", "The server does not let robots verify the link (401, 403, 429, 999, bot challenge)."),
        ("timeout", "The server did not answer in time."),
        ("error", "The link could not be checked (connection refused or reset, TLS, DNS while no name resolved)."),
        ("invalid", "The text is not an http(s) URL."),
        ("title-mismatch", "The page title does not match the cited title."),
        ("content-type-mismatch", "The response's media type is not the one the citation expects."),
        ("fragment-missing", "The #fragment names no anchor in the page."),
        ("insecure-http", "The link uses plain http."),
    ];

    private static IEnumerable<(string RuleId, string Level)> RulesOf(LinkCheckReportEntry entry)
    {
        if (entry.Verdict is not (LinkVerdict.Ok or LinkVerdict.Excluded))
        {
            yield return (LinkCheckNames.Of(entry.Verdict), entry.Fails ? "error" : entry.Verdict == LinkVerdict.Redirected ? "note" : "warning");
        }

        foreach (var warning in entry.Warnings)
        {
            yield return (LinkCheckNames.Of(warning), "warning");
        }
    }
}
