using System.Text.Encodings.Web;
using System.Text.Json;

namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// The JSON report documented in docs/link-checking.md:
/// <c>{"summary": {verdict: count…}, "results": [{"url", "verdict", "httpStatus", "finalUrl", "attempts", "elapsedMs",
/// "warnings", "archivedUrl", "occurrences": [{"file", "line", "column", "citedTitle"}]}]}</c>.
/// </summary>
internal static class JsonReportFormat
{
    public static async Task WriteAsync(LinkCheckReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            foreach (var (verdict, count) in report.Counts)
            {
                json.WriteNumber(LinkCheckNames.Of(verdict), count);
            }

            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var entry in report.Entries)
            {
                json.WriteStartObject();
                json.WriteString("url", entry.Url);
                json.WriteString("verdict", LinkCheckNames.Of(entry.Verdict));
                WriteNumberOrNull(json, "httpStatus", entry.HttpStatus);
                json.WriteString("finalUrl", entry.FinalUrl);
                json.WriteNumber("attempts", entry.Attempts);
                json.WriteNumber("elapsedMs", (long)Math.Round(entry.Elapsed.TotalMilliseconds));
                json.WriteStartArray("warnings");
                foreach (var warning in entry.Warnings)
                {
                    json.WriteStringValue(LinkCheckNames.Of(warning));
                }

                json.WriteEndArray();
                json.WriteString("archivedUrl", entry.ArchivedUrl);
                json.WriteStartArray("occurrences");
                foreach (var occurrence in entry.Occurrences)
                {
                    json.WriteStartObject();
                    json.WriteString("file", occurrence.Source);
                    WriteNumberOrNull(json, "line", occurrence.Span?.Line);
                    WriteNumberOrNull(json, "column", occurrence.Span?.Column);
                    json.WriteString("citedTitle", occurrence.CitedTitle);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await writer.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
