using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Csl;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AseanAi.Citations.Markdig;

/// <summary>
/// The citation settings of a document's YAML front matter, as Pandoc reads them: <c>bibliography</c> (one file or a
/// list), <c>csl</c>, <c>lang</c>, <c>references</c> (CSL items in YAML), <c>nocite</c> (<c>@key</c>s, <c>@*</c> for
/// all), <c>link-citations</c>, <c>reference-section-title</c>. Read with YamlDotNet's representation model (no
/// reflection). Bad YAML gives a diagnostic and no settings.
/// </summary>
internal sealed record FrontMatter
{
    public ImmutableArray<string> Bibliography { get; init; } = [];

    public string? Csl { get; init; }

    public string? Lang { get; init; }

    public ImmutableArray<CslItem> References { get; init; } = [];

    public ImmutableArray<string> Nocite { get; init; } = [];

    public bool? LinkCitations { get; init; }

    public string? ReferenceSectionTitle { get; init; }

    public string? Title { get; init; }

    public static FrontMatter Empty { get; } = new();

    /// <summary>Reads front matter (the YAML between the <c>---</c> lines); <paramref name="firstLine"/> is the 1-based line of the YAML's first line in the document.</summary>
    public static (FrontMatter Settings, ImmutableArray<Diagnostic> Diagnostics) Read(string yaml, int firstLine)
    {
        if (Load(yaml, firstLine, out var diagnostic) is not YamlMappingNode root)
        {
            return (Empty, diagnostic is null ? [] : [diagnostic]);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var settings = Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "bibliography":
                    settings = settings with { Bibliography = Strings(value) };
                    break;
                case "csl" or "citation-style":
                    settings = settings with { Csl = Scalar(value) };
                    break;
                case "lang":
                    settings = settings with { Lang = Scalar(value) };
                    break;
                case "link-citations":
                    settings = settings with { LinkCitations = Scalar(value) is { } flag ? flag is "true" or "yes" or "True" or "on" : null };
                    break;
                case "title":
                    settings = settings with { Title = Scalar(value) };
                    break;
                case "reference-section-title":
                    settings = settings with { ReferenceSectionTitle = Scalar(value) };
                    break;
                case "nocite":
                    settings = settings with { Nocite = NociteKeys(string.Join(' ', Strings(value))) };
                    break;
                case "references":
                    var read = CslItems.Read(ToJson(value));
                    foreach (var problem in read.Diagnostics)
                    {
                        diagnostics.Add(new Diagnostic(problem.Severity, problem.Code, "references: " + problem.Message, Position(value)));
                    }

                    settings = settings with { References = [.. read.Value ?? []] };
                    break;
            }
        }

        return (settings, diagnostics.ToImmutable());

        SourceSpan Position(YamlNode node) => new(0, 0, firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);
    }

    /// <summary>Reads a YAML bibliography file: a mapping with <c>references:</c>, or a list of items.</summary>
    public static ParseResult<IReadOnlyList<CslItem>> ReadReferencesYaml(string yaml)
    {
        var node = Load(yaml, 1, out var diagnostic);
        if (node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("references"), out var references))
        {
            node = references;
        }

        if (node is not YamlSequenceNode)
        {
            return ParseResult.Failure<IReadOnlyList<CslItem>>([diagnostic ?? new Diagnostic(DiagnosticSeverity.Error, "bibliography.yaml-shape", "A YAML bibliography is a list of items, or a mapping with a 'references' list.")]);
        }

        return CslItems.Read(ToJson(node));
    }

    /// <summary>The keys of a <c>nocite</c> value (<c>@a, @b</c>, <c>[@a; @b]</c>, <c>@*</c>).</summary>
    public static ImmutableArray<string> NociteKeys(string text)
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '@' || (i > 0 && !Syntax.CitationSyntax.MayPrecedeAt(text[i - 1])))
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '*')
            {
                keys.Add("*");
                i++;
            }
            else if (Syntax.CitationSyntax.ReadKey(text, i) is { } key)
            {
                keys.Add(key.Key);
                i = key.End - 1;
            }
        }

        return keys.ToImmutable();
    }

    private static YamlNode? Load(string yaml, int firstLine, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException exception)
        {
            diagnostic = new Diagnostic(DiagnosticSeverity.Error, "front-matter.yaml", "The YAML cannot be read: " + exception.Message,
                new SourceSpan(0, 0, firstLine + Math.Max(0, (int)exception.Start.Line - 1), Math.Max(1, (int)exception.Start.Column)));
            return null;
        }
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static ImmutableArray<string> Strings(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } value } => [value],
        YamlSequenceNode sequence => [.. sequence.Children.Select(Scalar).OfType<string>()],
        _ => [],
    };

    /// <summary>YAML to JSON: mappings, sequences, plain integers as numbers (date-parts), other scalars as strings.</summary>
    private static string ToJson(YamlNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, 0);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);

        static void Write(Utf8JsonWriter writer, YamlNode node, int depth)
        {
            if (depth > 32)
            {
                writer.WriteNullValue();
                return;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    writer.WriteStartObject();
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                        writer.WritePropertyName(name);
                        if (name == "id" && value is YamlScalarNode id)
                        {
                            // Keys are text even when they look like numbers.
                            writer.WriteStringValue(id.Value ?? string.Empty);
                        }
                        else
                        {
                            Write(writer, value, depth + 1);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case YamlSequenceNode sequence:
                    writer.WriteStartArray();
                    foreach (var child in sequence.Children)
                    {
                        Write(writer, child, depth + 1);
                    }

                    writer.WriteEndArray();
                    break;
                case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain
                    && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    writer.WriteNumberValue(number);
                    break;
                case YamlScalarNode scalar:
                    writer.WriteStringValue(scalar.Value ?? string.Empty);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }
}
