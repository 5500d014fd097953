using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations;

/// <summary>
/// Writes and reads citations in the library's native JSON form: every field of <see cref="Citation"/>, lossless,
/// with dates as EDTF plus their original text. The format is documented in <c>docs/json-format.md</c>.
/// For exchange with other tools use CSL-JSON instead.
/// </summary>
/// <remarks>
/// Serialization uses source-generated System.Text.Json metadata: no reflection, safe for trimming and native AOT.
/// All members are thread-safe.
/// </remarks>
public static class CitationJson
{
    /// <summary>Writes one citation as a JSON object.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Citation citation, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return JsonSerializer.Serialize(ToDto(citation), WriterContexts.For(indented).CitationDto);
    }

    /// <summary>Writes citations as a JSON array, in order.</summary>
    /// <param name="citations">The citations.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeList(IEnumerable<Citation> citations, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var dtos = citations.Select(ToDto).ToArray();
        return JsonSerializer.Serialize(dtos, WriterContexts.For(indented).CitationDtoArray);
    }

    /// <summary>Reads one citation from a JSON object.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON, or a field holds a value the model cannot take; the message names the field.</exception>
    public static Citation Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var dto = JsonSerializer.Deserialize(json, CitationJsonContext.Default.CitationDto)
            ?? throw new JsonException("Expected a JSON object for a citation, found null.");
        return FromDto(dto, "$");
    }

    /// <summary>Reads citations from a JSON array.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The citations, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a JSON array of citations; the message names the faulty field.</exception>
    public static ImmutableArray<Citation> DeserializeList(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var dtos = JsonSerializer.Deserialize(json, CitationJsonContext.Default.CitationDtoArray)
            ?? throw new JsonException("Expected a JSON array of citations, found null.");
        var builder = ImmutableArray.CreateBuilder<Citation>(dtos.Length);
        for (var i = 0; i < dtos.Length; i++)
        {
            var path = FormattableString.Invariant($"$[{i}]");
            builder.Add(FromDto(dtos[i] ?? throw new JsonException($"Expected a citation object at {path}, found null."), path));
        }

        return builder.MoveToImmutable();
    }

    private static CitationDto ToDto(Citation citation) => new()
    {
        Id = citation.Id,
        Type = SourceTypeNames.ToName(citation.Type),
        Genre = citation.Genre,
        Title = ToDto(citation.Title),
        Authors = ToDto(citation.Authors),
        Editors = ToDto(citation.Editors),
        Translators = ToDto(citation.Translators),
        Publisher = ToDto(citation.Publisher),
        PublisherPlace = citation.PublisherPlace,
        ContainerTitle = ToDto(citation.ContainerTitle),
        Issued = ToDto(citation.Issued),
        Accessed = ToDto(citation.Accessed),
        Url = citation.Url?.OriginalString,
        Doi = citation.Doi,
        Volume = citation.Volume,
        Issue = citation.Issue,
        Page = citation.Page,
        Number = citation.Number,
        Language = citation.Language,
        Category = citation.Category,
        Note = citation.Note,
        Extra = citation.ExtraFields.IsEmpty ? null : citation.ExtraFields.Select(f => new ExtraFieldDto { Name = f.Name, Value = f.Value }).ToArray(),
        RawText = citation.RawText,
        Span = ToDto(citation.Span),
    };

    // The mappings of a citation's parts are shared with the interchange formats' custom fields (NativeJsonParts).
    internal static TextDto? ToDto(LocalizedText? text) => text is null ? null : new TextDto
    {
        Text = text.Text,
        Language = text.Language,
        Translations = text.Translations.IsEmpty ? null : text.Translations.Select(t => ToDto(t)!).ToArray(),
        Transliterations = text.Transliterations.IsEmpty ? null : text.Transliterations.Select(t => ToDto(t)!).ToArray(),
    };

    internal static ContributorDto[]? ToDto(ImmutableArray<Contributor> contributors) =>
        contributors.IsEmpty ? null : contributors.Select(c => new ContributorDto
        {
            Family = c.Person?.Family,
            Given = c.Person?.Given,
            Suffix = c.Person?.Suffix,
            Literal = c.Person?.Literal,
            Order = c.Person?.Order switch
            {
                PersonNameOrder.GivenFamily => "given-family",
                PersonNameOrder.FamilyGivenSortedByGiven => "family-given-sorted-by-given",
                PersonNameOrder.FamilyGiven => "family-given",
                _ => null,
            },
            Reading = c.Person?.Reading,
            Organization = ToDto(c.Organization),
        }).ToArray();

    internal static PublisherDto? ToDto(PublisherRef? publisher) => publisher is null ? null : new PublisherDto
    {
        Name = publisher.Name,
        Id = publisher.Id,
        Unit = publisher.Unit,
        Inferred = publisher.IsInferred,
    };

    internal static SpanDto? ToDto(SourceSpan? span) =>
        span is { } value ? new SpanDto { Offset = value.Offset, Length = value.Length, Line = value.Line, Column = value.Column } : null;

    private static DateDto? ToDto(CitationDate? date) =>
        date is null ? null : new DateDto { Edtf = date.ToEdtf(), Text = date.OriginalText };

    private static Citation FromDto(CitationDto dto, string path)
    {
        var type = SourceType.Other;
        if (dto.Type is not null && !SourceTypeNames.TryParse(dto.Type, out type))
        {
            throw new JsonException($"Unknown source type '{dto.Type}' at {path}.type; expected one of: {string.Join(", ", Enum.GetValues<SourceType>().Select(SourceTypeNames.ToName))}.");
        }

        return Guard(path, () => new Citation
        {
            Id = dto.Id,
            Type = type,
            Genre = dto.Genre,
            Title = FromDto(dto.Title, path + ".title"),
            Authors = FromDto(dto.Authors, path + ".authors"),
            Editors = FromDto(dto.Editors, path + ".editors"),
            Translators = FromDto(dto.Translators, path + ".translators"),
            Publisher = FromDto(dto.Publisher, path + ".publisher"),
            PublisherPlace = dto.PublisherPlace,
            ContainerTitle = FromDto(dto.ContainerTitle, path + ".containerTitle"),
            Issued = FromDto(dto.Issued, path + ".issued"),
            Accessed = FromDto(dto.Accessed, path + ".accessed"),
            Url = FromUrl(dto.Url, path + ".url"),
            Doi = dto.Doi,
            Volume = dto.Volume,
            Issue = dto.Issue,
            Page = dto.Page,
            Number = dto.Number,
            Language = dto.Language is null ? null : Guard(path + ".language", () => LanguageTags.Normalize(dto.Language, "language")),
            Category = dto.Category,
            Note = dto.Note,
            ExtraFields = dto.Extra is null ? [] : [.. dto.Extra.Select((f, i) => Guard(FormattableString.Invariant($"{path}.extra[{i}]"), () => new ExtraField(f?.Name!, f?.Value!)))],
            RawText = dto.RawText,
            Span = dto.Span is { } span ? FromDto(span, path + ".span") : null,
        });
    }

    internal static LocalizedText? FromDto(TextDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        if (dto.Text is null)
        {
            throw new JsonException($"Missing 'text' at {path}.");
        }

        return Guard(path, () => new LocalizedText(dto.Text, dto.Language)
        {
            Translations = FromDtos(dto.Translations, path + ".translations"),
            Transliterations = FromDtos(dto.Transliterations, path + ".transliterations"),
        });
    }

    internal static ImmutableArray<LocalizedText> FromDtos(TextDto?[]? dtos, string path)
    {
        if (dtos is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<LocalizedText>(dtos.Length);
        for (var i = 0; i < dtos.Length; i++)
        {
            var itemPath = FormattableString.Invariant($"{path}[{i}]");
            builder.Add(FromDto(dtos[i], itemPath) ?? throw new JsonException($"Expected a text object at {itemPath}, found null."));
        }

        return builder.MoveToImmutable();
    }

    internal static ImmutableArray<Contributor> FromDto(ContributorDto?[]? dtos, string path)
    {
        if (dtos is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Contributor>(dtos.Length);
        for (var i = 0; i < dtos.Length; i++)
        {
            var itemPath = FormattableString.Invariant($"{path}[{i}]");
            var dto = dtos[i] ?? throw new JsonException($"Expected a contributor object at {itemPath}, found null.");
            var isPerson = dto.Family is not null || dto.Given is not null || dto.Literal is not null;
            if (isPerson == (dto.Organization is not null))
            {
                throw new JsonException($"A contributor needs either a person's name ('family', 'given' or 'literal') or an 'organization', not both or neither, at {itemPath}.");
            }

            builder.Add(Guard(itemPath, () => dto.Organization is { } organization
                ? Contributor.ForOrganization(FromDto(organization, itemPath + ".organization")!)
                : Contributor.ForPerson(dto.Literal is not null
                    ? (dto.Family is null && dto.Given is null
                        ? PersonName.FromLiteral(dto.Literal).WithReading(dto.Reading)
                        : throw new JsonException($"A person has either a 'literal' name or 'family'/'given' parts, not both, at {itemPath}."))
                    : PersonName.Create(dto.Family ?? throw new JsonException($"Missing 'family' at {itemPath}."), dto.Given).WithSuffix(dto.Suffix).WithOrder(dto.Order switch
                    {
                        null => PersonNameOrder.Default,
                        "given-family" => PersonNameOrder.GivenFamily,
                        "family-given-sorted-by-given" => PersonNameOrder.FamilyGivenSortedByGiven,
                        "family-given" => PersonNameOrder.FamilyGiven,
                        _ => throw new JsonException($"Unknown name order '{dto.Order}' at {itemPath}.order (given-family, family-given-sorted-by-given or family-given)."),
                    }).WithReading(dto.Reading))));
        }

        return builder.MoveToImmutable();
    }

    internal static PublisherRef? FromDto(PublisherDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        if (dto.Name is null)
        {
            throw new JsonException($"Missing 'name' at {path}.");
        }

        return Guard(path, () => dto.Id is null
            ? (dto.Unit is null && !dto.Inferred
                ? PublisherRef.Unresolved(dto.Name)
                : throw new JsonException($"'unit' and 'inferred' need an 'id' at {path}."))
            : PublisherRef.Known(dto.Id, dto.Name, dto.Unit, dto.Inferred));
    }

    internal static SourceSpan FromDto(SpanDto dto, string path) =>
        Guard(path, () => new SourceSpan(dto.Offset, dto.Length, dto.Line, dto.Column));

    private static CitationDate? FromDto(DateDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        if (dto.Edtf is null)
        {
            throw new JsonException($"Missing 'edtf' at {path}.");
        }

        return Guard(path + ".edtf", () => CitationDate.ParseEdtf(dto.Edtf).WithOriginalText(dto.Text));
    }

    private static Uri? FromUrl(string? url, string path)
    {
        if (url is null)
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new JsonException($"'{url}' is not an absolute URL, at {path}.");
    }

    // Model constructors throw ArgumentException and FormatException for values they cannot hold; the JSON reader
    // reports those as JsonException with the path of the field, as System.Text.Json does for its own errors.
    private static T Guard<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            throw new JsonException($"{exception.Message} (at {path})", path, lineNumber: null, bytePositionInLine: null, exception);
        }
    }

    // Written JSON keeps CJK text as UTF-8 instead of \uXXXX escapes; characters that matter in HTML (<, >, &, ')
    // stay escaped, so the output is safe to embed.
    private static class WriterContexts
    {
        private static readonly CitationJsonContext Compact = Create(indented: false);
        private static readonly CitationJsonContext Indented = Create(indented: true);

        public static CitationJsonContext For(bool indented) => indented ? Indented : Compact;

        private static CitationJsonContext Create(bool indented) =>
            new(new JsonSerializerOptions(CitationJsonContext.Default.Options)
            {
                WriteIndented = indented,
                Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            });
    }
}
