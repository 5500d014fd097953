using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Reads CSL-JSON items into citations; see <see cref="CslJson"/>.</summary>
internal sealed class CslJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics;
    private readonly Func<SourceSpan?> _where;
    private string _path = "$";
    private CustomFieldCodec? _codec;

    private CslJsonReader(ImmutableArray<Diagnostic>.Builder diagnostics, Func<SourceSpan?> where)
    {
        _diagnostics = diagnostics;
        _where = where;
    }

    public static ParseResult<IReadOnlyList<Citation>> Read(string json)
    {
        var text = json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json;
        var bias = json.Length - text.Length;
        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new Utf8TextPositions(json, bias);
        var citations = ImmutableArray.CreateBuilder<Citation>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslJson.Empty, "The input holds no JSON value; expected an array of CSL items."));
                return ParseResult.FromValue<IReadOnlyList<Citation>>(citations.ToImmutable(), diagnostics.ToImmutable());
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadOne(ref reader, "$", citations, diagnostics, bytes, positions);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"$[{index++}]");
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadOne(ref reader, path, citations, diagnostics, bytes, positions);
                    }
                    else
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        var span = positions.SpanOfBytes(bytes, start, start + 1);
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslJson.ItemNotObject, $"Expected a CSL item object at {path}; skipped it.", span));
                    }
                }
            }
            else
            {
                var span = positions.SpanOfBytes(bytes, reader.TokenStartIndex, reader.TokenStartIndex + 1);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslJson.NotAnArray, "Expected a JSON array of CSL items (or one item object).", span));
            }
        }
        catch (JsonException exception)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                DiagnosticCodes.CslJson.Syntax,
                "The JSON is malformed; the items after this point were not read: " + FirstSentence(exception.Message),
                positions.SpanOf(bytes, exception)));
        }

        return ParseResult.FromValue<IReadOnlyList<Citation>>(citations.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Reads one CSL item from a JSON element, for callers that hold parsed JSON.</summary>
    public static ParseResult<Citation> ReadElement(JsonElement item)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (item.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslJson.ItemNotObject, "Expected a CSL item object."));
            return ParseResult.Failure<Citation>(diagnostics.ToImmutable());
        }

        var citation = new CslJsonReader(diagnostics, () => null) { _path = "$" }.ReadItem(item);
        return ParseResult.FromValue(citation, diagnostics.ToImmutable());
    }

    private static void ReadOne(
        ref Utf8JsonReader reader,
        string path,
        ImmutableArray<Citation>.Builder citations,
        ImmutableArray<Diagnostic>.Builder diagnostics,
        byte[] bytes,
        Utf8TextPositions positions)
    {
        var start = (int)reader.TokenStartIndex;
        using var document = JsonDocument.ParseValue(ref reader);
        var end = (int)reader.BytesConsumed;
        SourceSpan? span = null;
        var itemReader = new CslJsonReader(diagnostics, () =>
        {
            if (span is null)
            {
                span = positions.SpanOfBytes(bytes, start, end);
            }

            return span;
        })
        {
            _path = path,
        };
        citations.Add(itemReader.ReadItem(document.RootElement));
    }

    /// <summary>The prefix of an extra field whose value is CSL-JSON other than a string (a name list, a date).</summary>
    internal const string ExtraJsonPrefix = "json:";

    internal static bool IsCustomKey(string key) => key is CustomFields.SourceType or CustomFields.CitationId or CustomFields.LanguageTag
        or CustomFields.TitleLanguage or CustomFields.TitleTranslations or CustomFields.TitleTransliterations
        or CustomFields.ContainerTitleLanguage or CustomFields.ContainerTitleTranslations or CustomFields.ContainerTitleTransliterations
        or CustomFields.Authors or CustomFields.Editors or CustomFields.Translators or CustomFields.NameReadings or CustomFields.Publisher
        or CustomFields.IssuedEdtf or CustomFields.IssuedText or CustomFields.AccessedEdtf or CustomFields.AccessedText
        or CustomFields.DocumentNumber or CustomFields.Category or CustomFields.Note or CustomFields.RawText or CustomFields.SourceSpan;

    private Citation ReadItem(JsonElement item)
    {
        string? id = null;
        string? cslType = null;
        string? language = null;
        string? category = null;
        string? title = null;
        string? containerTitle = null;
        string? publisher = null;
        string? publisherPlace = null;
        string? url = null;
        string? doi = null;
        string? volume = null;
        string? issue = null;
        string? page = null;
        string? number = null;
        string? note = null;
        var authors = ImmutableArray<Contributor>.Empty;
        var editors = ImmutableArray<Contributor>.Empty;
        var translators = ImmutableArray<Contributor>.Empty;
        CitationDate? issued = null;
        CitationDate? accessed = null;
        string? genre = null;
        string? citationKey = null;
        JsonElement custom = default;
        List<ExtraField>? extraFields = null;
        List<string>? extraNames = null;

        foreach (var property in item.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": id = Scalar(property.Name, value); break;
                case "type": cslType = Scalar(property.Name, value); break;
                case "language": language = Scalar(property.Name, value); break;
                case "categories": category = ReadCategories(value); break;
                case "title": title = Scalar(property.Name, value); break;
                case "container-title": containerTitle = Scalar(property.Name, value); break;
                case "publisher": publisher = Scalar(property.Name, value); break;
                case "publisher-place": publisherPlace = Scalar(property.Name, value); break;
                case "URL": url = Scalar(property.Name, value); break;
                case "DOI": doi = Scalar(property.Name, value); break;
                case "volume": volume = Scalar(property.Name, value); break;
                case "issue": issue = Scalar(property.Name, value); break;
                case "page": page = Scalar(property.Name, value); break;
                case "number": number = Scalar(property.Name, value); break;
                case "note": note = Scalar(property.Name, value); break;
                case "author": authors = ReadNames(property.Name, value); break;
                case "editor": editors = ReadNames(property.Name, value); break;
                case "translator": translators = ReadNames(property.Name, value); break;
                case "issued": issued = ReadDate(property.Name, value); break;
                case "accessed": accessed = ReadDate(property.Name, value); break;
                case "citation-key": citationKey = Scalar(property.Name, value); break;
                case "genre": genre = Scalar(property.Name, value); break;
                case "custom":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        custom = value;
                    }
                    else
                    {
                        Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidField, "'custom' must be an object; ignored it.");
                    }

                    break;
                default:
                    // Strings and numbers are kept as text; names, dates and the like as their JSON.
                    (extraNames ??= []).Add(property.Name);
                    // The original work's names and date in the form the other formats write them (OriginalWorkFields).
                    (extraFields ??= []).Add(new ExtraField(ExtraFieldNames.Canonical(property.Name), value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString()!,
                        JsonValueKind.Number => value.GetRawText(),
                        _ => (property.Name switch
                        {
                            OriginalWorkFields.Author => OriginalWorkFields.NamesText(value),
                            OriginalWorkFields.Date => OriginalWorkFields.DateText(value),
                            _ => null,
                        }) ?? ExtraJsonPrefix + value.GetRawText(),
                    }));
                    break;
            }
        }

        if (custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in custom.EnumerateObject())
            {
                if (!IsCustomKey(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                {
                    (extraNames ??= []).Add("custom." + property.Name);
                    (extraFields ??= []).Add(new ExtraField(ExtraFieldNames.Canonical(property.Name), property.Value.GetString()!));
                }
            }
        }

        if (extraFields is not null)
        {
            Report(DiagnosticSeverity.Info, DiagnosticCodes.CslJson.ExtraFields, $"The model has no place for {string.Join(", ", extraNames!)}; kept them as extra fields.");
        }

        // Better BibTeX and Zotero write the key people cite by as citation-key, beside an id that is a number or a URI.
        if (citationKey is not null && !string.Equals(citationKey, id, StringComparison.Ordinal))
        {
            if (id is not null)
            {
                (extraFields ??= []).Add(new ExtraField("id", id));
            }

            id = citationKey;
        }

        if (id is null)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.MissingId, "The item has no 'id', which CSL-JSON requires.");
        }

        var type = SourceType.Other;
        if (cslType is null)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.MissingType, "The item has no 'type', which CSL-JSON requires; read it as 'document'.");
        }
        else if (!CslItemTypes.IsKnown(cslType))
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.UnknownType, $"'{cslType}' is not a CSL 1.0.2 item type; read it as 'document'.");
        }
        var (readType, readGenre) = ItemTypes.Read(TypeFormat.Csl, cslType, null, genre);
        if (cslType is not null && CslItemTypes.IsKnown(cslType))
        {
            type = readType;
        }
        else
        {
            readGenre = genre;
        }

        var normalizedLanguage = NormalizeLanguage(language, "language");
        var extras = new CustomReader(this, custom);
        var exactType = extras.SourceType(type, cslType);
        if (exactType != type || (custom.ValueKind == JsonValueKind.Object && custom.TryGetProperty(CustomFields.SourceType, out _)))
        {
            // With source-type the genre is read as written: it was not used to say the kind.
            (type, readGenre) = (exactType, genre);
        }

        authors = extras.NameReadings("author", extras.Contributors(CustomFields.Authors, authors));
        editors = extras.NameReadings("editor", extras.Contributors(CustomFields.Editors, editors));
        translators = extras.NameReadings("translator", extras.Contributors(CustomFields.Translators, translators));

        return new Citation
        {
            Id = id,
            Type = type,
            Genre = readGenre,
            Language = normalizedLanguage,
            Category = category,
            Title = title is null ? null : extras.Text(title, normalizedLanguage, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations),
            ContainerTitle = containerTitle is null ? null : extras.Text(containerTitle, normalizedLanguage, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations),
            Authors = authors,
            Editors = editors,
            Translators = translators,
            Publisher = extras.Publisher(publisher),
            PublisherPlace = publisherPlace,
            Issued = extras.Date(issued, CustomFields.IssuedEdtf, CustomFields.IssuedText),
            Accessed = extras.Date(accessed, CustomFields.AccessedEdtf, CustomFields.AccessedText),
            Url = ReadUrl(url),
            Doi = doi is null ? null : DoiText.Bare(doi),
            Volume = volume,
            Issue = issue,
            Page = page,
            Number = number,
            Note = note,
            ExtraFields = extraFields is null ? [] : [.. extraFields],
            RawText = extras.String(CustomFields.RawText),
            Span = extras.Span(),
        };
    }

    // One delegate per item, not one per custom field.
    private CustomFieldCodec Codec => _codec ??= new(IgnoreCustom);

    private void IgnoreCustom(string key, string why) =>
        Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.CustomIgnored, $"custom '{key}' {why}; ignored it.");

    internal void Report(DiagnosticSeverity severity, string code, string message) =>
        _diagnostics.Add(new Diagnostic(severity, code, _path + ": " + message, _where()));

    internal string? NormalizeLanguage(string? tag, string field)
    {
        if (tag is null)
        {
            return null;
        }

        if (LanguageTags.TryNormalize(tag, out var normalized, out var error))
        {
            return normalized;
        }

        Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidLanguage, $"'{field}': {error} Ignored it.");
        return null;
    }

    private string? Scalar(string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidField, $"'{name}' must be a string or a number, not {value.ValueKind}; ignored it.");
                return null;
        }
    }

    private string? ReadCategories(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidField, "'categories' must be an array of strings; ignored it.");
            return null;
        }

        string? first = null;
        var count = 0;
        foreach (var category in value.EnumerateArray())
        {
            if (category.ValueKind == JsonValueKind.String)
            {
                first ??= category.GetString();
                count++;
            }
        }

        if (count > 1)
        {
            Report(DiagnosticSeverity.Info, DiagnosticCodes.CslJson.ExtraCategories, $"The model holds one category; kept the first of {count}.");
        }

        return first;
    }

    private ImmutableArray<Contributor> ReadNames(string field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidField, $"'{field}' must be an array of names; ignored it.");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Contributor>(value.GetArrayLength());
        var index = 0;
        foreach (var name in value.EnumerateArray())
        {
            var contributor = ReadName(name);
            if (contributor is null)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidName, $"'{field}[{index}]' has neither a 'family' nor a 'literal' name; skipped it.");
            }
            else
            {
                builder.Add(contributor);
            }

            index++;
        }

        return builder.ToImmutable();
    }

    internal static Contributor? ReadName(JsonElement name)
    {
        if (CslJsonValues.Name(name) is not { } parts)
        {
            return null;
        }

        if (parts.Family is { } family)
        {
            // CSL particles have no place of their own in the model; they stay with the part they belong to.
            var given = parts.Given;
            if (parts.NonDroppingParticle is { } nonDropping)
            {
                family = nonDropping + " " + family;
            }

            if (parts.DroppingParticle is { } dropping)
            {
                given = given is null ? dropping : given + " " + dropping;
            }

            return Contributor.ForPerson(PersonName.Create(family, given).WithSuffix(parts.Suffix));
        }

        if (parts.Literal is { } literal)
        {
            return !parts.IsInstitution && InterchangeNames.IsPersonLiteral(literal)
                ? Contributor.ForPerson(PersonName.FromLiteral(literal))
                : Contributor.ForOrganization(PublisherRef.Unresolved(literal));
        }

        return parts.Given is { } onlyGiven ? Contributor.ForPerson(PersonName.Create(onlyGiven)) : null;
    }

    private CitationDate? ReadDate(string field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            // Not in the 1.0.2 schema, but citeproc-js and Pandoc accept an EDTF string in place of the object.
            return ReadDateText(field, value.GetString()!, keepText: false);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidDate, $"'{field}' must be a date object; ignored it.");
            return null;
        }

        string? literal = null;
        string? raw = null;
        if (value.TryGetProperty("literal", out var literalValue) && literalValue.ValueKind == JsonValueKind.String)
        {
            literal = literalValue.GetString();
        }

        if (value.TryGetProperty("raw", out var rawValue) && rawValue.ValueKind == JsonValueKind.String)
        {
            raw = rawValue.GetString();
        }

        if (!value.TryGetProperty("date-parts", out var parts))
        {
            if (raw is not null)
            {
                return ReadDateText(field, raw, keepText: false);
            }

            if (literal is not null)
            {
                return ReadDateText(field, literal, keepText: true);
            }

            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidDate, $"'{field}' has no 'date-parts', 'raw' or 'literal'; ignored it.");
            return null;
        }

        if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() is < 1 or > 2
            || !TryReadParts(parts[0], out var start, out var partSeason)
            || (parts.GetArrayLength() == 2 && !TryReadParts(parts[1], out _, out _)))
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidDate, $"'{field}.date-parts' must hold one or two arrays of year, month and day; ignored the date.");
            return null;
        }

        PartialDate? end = null;
        if (parts.GetArrayLength() == 2)
        {
            TryReadParts(parts[1], out var last, out _);
            end = last;
        }

        var season = partSeason;
        if (value.TryGetProperty("season", out var seasonValue))
        {
            season = CslJsonValues.Season(seasonValue);
            if (season is null)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidDate, $"'{field}.season' must be 1–4 or a season's name; ignored the season.");
            }
        }

        var circa = CslJsonValues.Flag(value, "circa");

        if (end is { } e && e.Year == start.Year && e.Month == start.Month && e.Day == start.Day)
        {
            end = null;
        }

        try
        {
            return InterchangeDates.FromCslParts(start, end, season, circa).WithOriginalText(literal);
        }
        catch (ArgumentException exception)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidDate, $"'{field}': {exception.Message} Ignored the date.");
            return null;
        }
    }

    private CitationDate? ReadDateText(string field, string text, bool keepText)
    {
        if (CslJsonValues.TryReadTextDate(text, out var date))
        {
            return keepText ? date.WithOriginalText(text) : date;
        }

        Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.UnreadableDate, $"'{field}' holds '{text}', which is not a date this reader understands; ignored it.");
        return null;
    }

    internal static bool TryReadParts(JsonElement parts, out PartialDate date, out Season? season)
    {
        date = default;
        season = null;
        Span<int> values = stackalloc int[3];
        var count = CslJsonValues.DateParts(parts, values, out var whole);
        if (!whole)
        {
            return false;
        }

        int? month = count > 1 ? values[1] : null;
        int? day = count > 2 ? values[2] : null;
        if (PartialDate.Validate(values[0], month, day, out _) is not null)
        {
            // citeproc-js writes seasons as months 13–16 and 21–24.
            if (month is >= 13 and <= 24 && day is null)
            {
                date = new PartialDate(values[0]);
                season = CslJsonValues.SeasonNumber(month.Value);
                return true;
            }

            return false;
        }

        date = new PartialDate(values[0], month, day);
        return true;
    }

    private Uri? ReadUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.InvalidUrl, $"'URL' holds '{url}', which is not an absolute URL; ignored it.");
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    /// <summary>Reads the <c>custom</c> object, applying each key only where it agrees with the standard fields.</summary>
    private readonly struct CustomReader(CslJsonReader owner, JsonElement custom)
    {
        private bool Has(string key, out JsonElement value)
        {
            value = default;
            return custom.ValueKind == JsonValueKind.Object && custom.TryGetProperty(key, out value);
        }

        private void Ignore(string key, string why) =>
            owner.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CslJson.CustomIgnored, $"custom '{key}' {why}; ignored it.");

        public SourceType SourceType(SourceType standard, string? cslType)
        {
            if (!Has(CustomFields.SourceType, out var value))
            {
                return standard;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Ignore(CustomFields.SourceType, "must be a string");
                return standard;
            }

            return Codec.SourceType(value.GetString(), TypeFormat.Csl, cslType, $"type '{cslType}'") ?? standard;
        }

        public string? String(string key)
        {
            if (!Has(key, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Ignore(key, "must be a string");
            return null;
        }

        private JsonElement? Get(string key) => Has(key, out var value) ? value : null;

        private CustomFieldCodec Codec => owner.Codec;

        public ImmutableArray<Contributor> Contributors(string key, ImmutableArray<Contributor> standard) =>
            Codec.Contributors(key, Get(key), standard, "the standard names");

        /// <summary>
        /// The names of <paramref name="variable"/> with their readings from <c>custom.name-readings</c> (a string, or
        /// <c>{family, given}</c> joined with a space; null or <c>{}</c> for a name without one), person by person.
        /// </summary>
        public ImmutableArray<Contributor> NameReadings(string variable, ImmutableArray<Contributor> names)
        {
            if (names.IsEmpty || !Has(CustomFields.NameReadings, out var readings) || readings.ValueKind != JsonValueKind.Object
                || !readings.TryGetProperty(variable, out var list))
            {
                return names;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                Ignore(CustomFields.NameReadings + "." + variable, "must be an array");
                return names;
            }

            var builder = names.ToBuilder();
            var i = 0;
            foreach (var entry in list.EnumerateArray())
            {
                if (i >= builder.Count)
                {
                    break;
                }

                var reading = entry.ValueKind switch
                {
                    JsonValueKind.String => entry.GetString(),
                    JsonValueKind.Object => string.Join(' ', new[] { Part(entry, "family"), Part(entry, "given") }.Where(p => !string.IsNullOrWhiteSpace(p))),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(reading) && builder[i].Person is { Reading: null } person)
                {
                    builder[i] = Contributor.ForPerson(person.WithReading(reading));
                }

                i++;
            }

            return builder.ToImmutable();

            static string? Part(JsonElement entry, string name) =>
                entry.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.String ? part.GetString() : null;
        }

        public PublisherRef? Publisher(string? standard) => Codec.Publisher(Get(CustomFields.Publisher), standard, "'publisher'");

        public LocalizedText Text(string text, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey) =>
            Codec.Text(text, itemLanguage, languageKey, CustomFieldCodec.LanguageText(Get(languageKey)), translationsKey, Get(translationsKey), transliterationsKey, Get(transliterationsKey));

        public CitationDate? Date(CitationDate? standard, string edtfKey, string textKey)
        {
            var date = standard;
            if (standard is not null && Has(edtfKey, out var value))
            {
                if (value.ValueKind != JsonValueKind.String || !CitationDate.TryParseEdtf(value.GetString(), out var exact))
                {
                    Ignore(edtfKey, "is not EDTF");
                }
                else if (!InterchangeDates.SameParts(exact, standard))
                {
                    Ignore(edtfKey, "disagrees with the date's parts");
                }
                else
                {
                    date = exact.WithOriginalText(standard.OriginalText);
                }
            }

            if (date is not null && Has(textKey, out value))
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    date = date.WithOriginalText(value.GetString());
                }
                else
                {
                    Ignore(textKey, "must be a string");
                }
            }

            return date;
        }

        public SourceSpan? Span() => Codec.Span(Get(CustomFields.SourceSpan));
    }
}
