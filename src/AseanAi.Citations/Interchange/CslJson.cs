using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Writes and reads CSL-JSON, the Citation Style Language's data format (schema 1.0.2), which Zotero, Pandoc,
/// citeproc-js and this library's CSL processor read.
/// </summary>
/// <remarks>
/// <para>
/// Writing maps every <see cref="Citation"/> property to its CSL variable (<c>title</c>, <c>author</c>, <c>issued</c>
/// with <c>date-parts</c>, <c>season</c> and <c>circa</c>, <c>URL</c>, <c>language</c>, <c>categories</c>, …) and puts
/// what CSL has no variable for — title translations and transliterations, publisher ids, original date texts, the
/// source span — in the item's <c>custom</c> object, so that what is written validates against the schema and reads
/// back into an equal citation. Text is written as UTF-8, never as <c>\uXXXX</c> escapes. The mapping is documented in
/// <c>docs/interchange.md</c>.
/// </para>
/// <para>
/// Reading never throws for bad input: malformed JSON, items that are not objects and fields of the wrong shape are
/// reported as diagnostics with their line and column, bad items are skipped and the rest are kept. Fields the model
/// has no place for are reported once per item as an <see cref="DiagnosticSeverity.Info"/> diagnostic.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class CslJson
{
    private static readonly JsonWriterOptions Indented = new() { Encoder = NativeJsonParts.Encoder, Indented = true };
    private static readonly JsonWriterOptions Compact = new() { Encoder = NativeJsonParts.Encoder };

    /// <summary>Writes citations as a CSL-JSON array.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <param name="options">What to write besides the standard variables (bookkeeping, Unicode ids); <see langword="null"/> for <see cref="InterchangeWriteOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citations"/> or one of its items is <see langword="null"/>.</exception>
    /// <remarks>
    /// Each item's <c>id</c> is the citation's <see cref="Citation.Id"/>; a citation without one gets a readable key made
    /// from its first author, year and title (such as <c>外務省2025日ASEAN</c>), unique within the output.
    /// </remarks>
    public static string Write(IEnumerable<Citation> citations, bool indented = true, InterchangeWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            WriteTo(writer, citations, options ?? InterchangeWriteOptions.Default);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes citations as a CSL-JSON array to a stream, in UTF-8 without a byte order mark.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(Stream utf8Json, IEnumerable<Citation> citations, bool indented)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? Indented : Compact);
        WriteTo(writer, citations);
    }

    /// <summary>Writes citations as a CSL-JSON array with a caller's JSON writer.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(Utf8JsonWriter writer, IEnumerable<Citation> citations) =>
        WriteTo(writer, citations, InterchangeWriteOptions.Default);

    /// <summary>Writes citations as a CSL-JSON array with a caller's JSON writer, with choices.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="options">What to write besides the standard variables (bookkeeping, Unicode ids).</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(Utf8JsonWriter writer, IEnumerable<Citation> citations, InterchangeWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(options);
        var keys = new CitationKeys(options.UnicodeKeys);
        var pending = new List<Citation>();
        foreach (var citation in citations)
        {
            ArgumentNullException.ThrowIfNull(citation, nameof(citations));
            pending.Add(citation);
            if (citation.Id is not null)
            {
                keys.TryReserve(citation.Id);
            }
        }

        writer.WriteStartArray();
        foreach (var citation in pending)
        {
            // An id read beside a citation-key (Zotero's number or URI) goes back as the id, the key as citation-key.
            if (citation.Id is not null && OriginalId(citation) is { } originalId)
            {
                CslJsonWriter.WriteItem(writer, citation, originalId, citation.Id, options);
            }
            else
            {
                CslJsonWriter.WriteItem(writer, citation, citation.Id ?? keys.Next(citation), null, options);
            }
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>
    /// Maps one citation to its CSL-JSON item, for callers that work with CSL variables, such as a CSL processor.
    /// </summary>
    /// <param name="citation">The citation.</param>
    /// <param name="id">The item's <c>id</c>; when <see langword="null"/>, the citation's <see cref="Citation.Id"/>, else its readable key.</param>
    /// <returns>A new, mutable JSON object that the caller owns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is <see langword="null"/>.</exception>
    public static JsonObject ToJsonObject(Citation citation, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            CslJsonWriter.WriteItem(writer, citation, id ?? citation.Id ?? new CitationKeys().Next(citation), null, InterchangeWriteOptions.Default);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    private static string? OriginalId(Citation citation)
    {
        foreach (var field in citation.ExtraFields)
        {
            if (field.Name == "id")
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>Reads CSL-JSON: an array of items, or a single item object.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is ignored, and so are comments and trailing commas.</param>
    /// <returns>
    /// The citations that could be read, in order, with diagnostics (line and column of the item, JSON path of the field)
    /// for what could not. Never throws for bad input.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ParseResult<IReadOnlyList<Citation>> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CslJsonReader.Read(json);
    }

    /// <summary>Reads one CSL-JSON item from parsed JSON.</summary>
    /// <param name="item">The item object.</param>
    /// <returns>The citation with diagnostics (without positions, since a JSON element has none); a failure when <paramref name="item"/> is not an object.</returns>
    public static ParseResult<Citation> ReadItem(JsonElement item) => CslJsonReader.ReadElement(item);
}
