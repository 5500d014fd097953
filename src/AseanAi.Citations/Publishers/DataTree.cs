using System.Text;
using System.Text.Json;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// A JSON document read into a small tree that remembers the line and column of every value, so that the registry's
/// data reader can name the file, line and field of each mistake. Comments and trailing commas are allowed.
/// </summary>
internal sealed class DataNode
{
    private readonly List<DataProperty>? _properties;
    private readonly List<DataNode>? _items;

    private DataNode(JsonValueKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;

        // Only objects and arrays get a list: most nodes are strings.
        _properties = kind == JsonValueKind.Object ? [] : null;
        _items = kind == JsonValueKind.Array ? [] : null;
    }

    public JsonValueKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? String { get; private init; }

    /// <summary>The properties of an object, in order; empty for other values.</summary>
    public IReadOnlyList<DataProperty> Properties => _properties ?? (IReadOnlyList<DataProperty>)[];

    /// <summary>The items of an array, in order; empty for other values.</summary>
    public IReadOnlyList<DataNode> Items => _items ?? (IReadOnlyList<DataNode>)[];

    public string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Parses UTF-8 JSON; throws <see cref="PublisherDataException"/> with the position of a syntax error.</summary>
    public static DataNode Parse(ReadOnlySpan<byte> utf8, string sourceName)
    {
        var lines = new Utf8TextPositions(Encoding.UTF8.GetString(utf8), 0);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        var path = new Stack<string>();
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new PublisherDataException(sourceName, 1, 1, "$", "The file is empty; expected a JSON object with a \"publishers\" array.");
        }

        try
        {
            if (!reader.Read())
            {
                throw new PublisherDataException(sourceName, 1, 1, "$", "The file is empty; expected a JSON object with a \"publishers\" array.");
            }

            var root = ReadValue(ref reader, lines, utf8, path);
            if (reader.Read())
            {
                var (line, column) = Position(lines, utf8, reader.TokenStartIndex);
                throw new PublisherDataException(sourceName, line, column, "$", "Unexpected content after the root object.");
            }

            return root;
        }
        catch (JsonException exception)
        {
            var (line, column) = lines.SpanOf(utf8, exception) is { } span ? (span.Line, span.Column) : (1, 1);
            var field = path.Count == 0 ? "$" : string.Join(string.Empty, path.Reverse());
            throw new PublisherDataException(sourceName, line, column, field, "Invalid JSON: " + StripPosition(exception.Message), exception);
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, Utf8TextPositions lines, ReadOnlySpan<byte> utf8, Stack<string> path)
    {
        var (line, column) = Position(lines, utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new DataNode(JsonValueKind.Object, line, column);

                // A property's name stays on the path until the next one starts, so that a syntax error between two
                // properties names the one it follows.
                var named = false;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    if (named)
                    {
                        path.Pop();
                    }

                    var (nameLine, nameColumn) = Position(lines, utf8, reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    path.Push(path.Count == 0 ? name : "." + name);
                    named = true;
                    reader.Read();
                    node._properties!.Add(new DataProperty(name, nameLine, nameColumn, ReadValue(ref reader, lines, utf8, path)));
                }

                if (named)
                {
                    path.Pop();
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new DataNode(JsonValueKind.Array, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.Push(FormattableString.Invariant($"[{node._items!.Count}]"));
                    node._items.Add(ReadValue(ref reader, lines, utf8, path));
                    path.Pop();
                }

                return node;
            }

            case JsonTokenType.String:
                return new DataNode(JsonValueKind.String, line, column) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new DataNode(JsonValueKind.Number, line, column) { String = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new DataNode(JsonValueKind.True, line, column);
            case JsonTokenType.False:
                return new DataNode(JsonValueKind.False, line, column);
            default:
                return new DataNode(JsonValueKind.Null, line, column);
        }
    }

    private static string StripPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message[..index].TrimEnd();
    }

    private static (int Line, int Column) Position(Utf8TextPositions lines, ReadOnlySpan<byte> utf8, long byteOffset)
    {
        var span = lines.SpanOfBytes(utf8, byteOffset, byteOffset);
        return (span.Line, span.Column);
    }
}

/// <summary>A property of a JSON object, with the position of its name.</summary>
internal sealed record DataProperty(string Name, int Line, int Column, DataNode Value);
