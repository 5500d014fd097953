using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AseanAi.Citations.Cli.Configuration;

/// <summary>A config file that cannot be used; the message is one line naming the file, line, column and key.</summary>
internal sealed class ConfigFileException(string message) : Exception(message);

/// <summary>
/// A <c>citations.json</c> that was read (or none): its sections, and where each key stands in it, so that a bad value
/// is reported as <c>FILE:LINE:COLUMN: section.key: problem</c>. Relative paths inside it are relative to its folder.
/// </summary>
internal sealed class LoadedConfig
{
    public const string DefaultFileName = "citations.json";

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly byte[] _bytes;

    private LoadedConfig(string? path, byte[] bytes, CliConfigFile file)
    {
        Path = path;
        _bytes = bytes;
        File = file;
    }

    /// <summary>No config file: every section is absent.</summary>
    public static LoadedConfig None { get; } = new(null, [], new CliConfigFile());

    /// <summary>The file read, or <see langword="null"/> when there is none.</summary>
    public string? Path { get; }

    public CliConfigFile File { get; }

    /// <summary>
    /// Reads <paramref name="explicitPath"/> (from <c>--config</c>; it must exist), else <c>citations.json</c> in
    /// <paramref name="workingDirectory"/> when present, else <see cref="None"/>.
    /// </summary>
    /// <exception cref="ConfigFileException">The file is missing, unreadable, not JSON, or holds an unknown key or a value of the wrong kind.</exception>
    public static LoadedConfig Load(string? explicitPath, string workingDirectory)
    {
        string path;
        if (explicitPath is not null)
        {
            if (!System.IO.File.Exists(explicitPath))
            {
                throw new ConfigFileException($"--config: {explicitPath}: no such file.");
            }

            path = explicitPath;
        }
        else
        {
            var candidate = System.IO.Path.Combine(workingDirectory, DefaultFileName);
            if (!System.IO.File.Exists(candidate))
            {
                return None;
            }

            path = DefaultFileName;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(explicitPath is null ? System.IO.Path.Combine(workingDirectory, DefaultFileName) : path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException($"{path}: cannot read the config file: {exception.Message}");
        }

        return Parse(path, bytes);
    }

    /// <summary>Reads config text; <paramref name="path"/> names it in messages and anchors its relative paths.</summary>
    /// <exception cref="ConfigFileException">See <see cref="Load"/>.</exception>
    public static LoadedConfig Parse(string path, byte[] bytes)
    {
        ReadOnlySpan<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
        try
        {
            var file = JsonSerializer.Deserialize(json, CliConfigJsonContext.Default.CliConfigFile)
                ?? throw new ConfigFileException($"{path}:1:1: the file must hold a JSON object, not null.");
            return new LoadedConfig(path, json.ToArray(), file);
        }
        catch (JsonException exception)
        {
            throw new ConfigFileException(Explain(path, json, exception));
        }
    }

    /// <summary><c>FILE:LINE:COLUMN: section.key</c> for a key of the file, to begin a one-line message about its value.</summary>
    public string Where(string section, string key)
    {
        var (line, column) = Locate(_bytes, [section, key]) ?? (1, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}:{column}: {section}.{key}");
    }

    /// <summary>A path written in the file, made relative to the file's folder (the working directory for the default file).</summary>
    public string ResolvePath(string value)
    {
        if (Path is null || System.IO.Path.IsPathRooted(value))
        {
            return value;
        }

        var folder = System.IO.Path.GetDirectoryName(Path);
        return string.IsNullOrEmpty(folder) ? value : System.IO.Path.Combine(folder, value);
    }

    private static string Explain(string path, ReadOnlySpan<byte> json, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var column = Column(json, line, (int)(exception.BytePositionInLine ?? 0));
        var where = string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}");
        var keys = Keys(exception.Path);
        if (exception.InnerException is not JsonException && exception.Path == "$")
        {
            return $"{where}: the file must hold a JSON object of sections (parse, convert, format, check).";
        }

        if (exception.InnerException is JsonException || keys is null)
        {
            return $"{where}: not valid JSON: {Reason(exception)}";
        }

        // Walk the path through the source-generated metadata: the last key is either unknown or of the wrong kind.
        JsonTypeInfo type = CliConfigJsonContext.Default.CliConfigFile;
        for (var i = 0; i < keys.Count; i++)
        {
            var property = type.Properties.FirstOrDefault(p => p.Name == keys[i]);
            var dotted = string.Join('.', keys.Take(i + 1));
            if (i < 2 && Locate(json.ToArray(), [.. keys.Take(i + 1)]) is var (keyLine, keyColumn))
            {
                // Point at the key itself rather than where the reader stopped.
                where = string.Create(CultureInfo.InvariantCulture, $"{path}:{keyLine}:{keyColumn}");
            }

            if (property is null)
            {
                var known = string.Join(", ", type.Properties.Select(p => p.Name));
                return i == 0
                    ? $"{where}: '{keys[i]}' is not a section (use {known})."
                    : $"{where}: {dotted}: unknown setting (known: {known}).";
            }

            if (i == keys.Count - 1 || property.PropertyType == typeof(Dictionary<string, Dictionary<string, string>>))
            {
                return $"{where}: {dotted}: must be {Kind(property.PropertyType)}.";
            }

            type = CliConfigJsonContext.Default.GetTypeInfo(property.PropertyType)!;
        }

        return $"{where}: {Reason(exception)}";
    }

    private static string Kind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "a string"
            : type == typeof(int) ? "a whole number"
            : type == typeof(double) ? "a number"
            : type == typeof(bool) ? "true or false"
            : type == typeof(string[]) ? "a string or an array of strings"
            : type == typeof(Dictionary<string, Dictionary<string, string>>) ? "an object of host names to objects of header names and string values"
            : "an object";
    }

    /// <summary>The property names of a path such as <c>$.check.maxPerHost</c>; <see langword="null"/> when there is none.</summary>
    private static List<string>? Keys(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$" || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var keys = new List<string>();
        foreach (var part in path[2..].Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            keys.Add(bracket >= 0 ? part[..bracket] : part);
            if (bracket >= 0)
            {
                break;
            }
        }

        return keys;
    }

    /// <summary>The first sentence of the reader's message, without the path and position that the prefix already gives.</summary>
    private static string Reason(JsonException exception)
    {
        var message = (exception.InnerException as JsonException)?.Message ?? exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.') + ".";
    }

    /// <summary>Finds the name of a top-level key (one name) or of a key inside a top-level object (two names).</summary>
    private static (int Line, int Column)? Locate(byte[] bytes, string[] keys)
    {
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var inSection = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1)
                {
                    inSection = reader.ValueTextEquals(keys[0]);
                    if (inSection && keys.Length == 1)
                    {
                        return Position(bytes, (int)reader.TokenStartIndex);
                    }
                }
                else if (inSection && keys.Length == 2 && reader.CurrentDepth == 2 && reader.ValueTextEquals(keys[1]))
                {
                    return Position(bytes, (int)reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // A key before a syntax error is still found; one after it is not, and the caller keeps the reader's position.
        }

        return null;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>A 1-based column in characters from a 0-based byte position in a 1-based line.</summary>
    private static int Column(ReadOnlySpan<byte> bytes, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = bytes[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return bytePosition + 1;
            }

            start += next + 1;
        }

        var length = Math.Min(bytePosition, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes.Slice(start, Math.Max(0, length))) + 1;
    }
}
