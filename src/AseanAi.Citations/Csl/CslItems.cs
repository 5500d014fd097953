using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace AseanAi.Citations.Csl;

/// <summary>Reads CSL-JSON, the item format of Zotero, Pandoc and citeproc-js, into <see cref="CslItem"/>s.</summary>
/// <remarks>
/// <para>
/// Accepts an array of items or a single item object. Unknown keys are kept as ordinary variables, numbers are kept as
/// written, and dates may be given as <c>date-parts</c>, <c>raw</c> or <c>literal</c>. Names given only as
/// <c>family</c>/<c>given</c> have their particles split off the way citeproc-js does (<c>van der Berg</c>).
/// </para>
/// <para>
/// The <c>custom</c> object may carry data beyond the CSL 1.0.2 schema, under the keys of the library's interchange
/// mapping (<c>docs/interchange.md</c>): <c>title-translations</c> and <c>container-title-translations</c> (arrays of
/// <c>{ "text": …, "lang": … }</c>), <c>title-transliterations</c> (the first is the title's reading for sorting), and
/// <c>name-readings</c> (an object mapping a name variable to an array of <c>{ "family": …, "given": … }</c> readings,
/// in the order of the names). See <c>docs/csl.md</c>.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class CslItems
{
    /// <summary>
    /// Turns citations of the library's model into CSL items directly, as their CSL-JSON (<see cref="Interchange.CslJson"/>)
    /// reads, so that a <see cref="Citation"/> renders exactly as its CSL-JSON does: translations and transliterations of
    /// titles, dates, organisations as literal names; a finer kind's marker genre is not shown.
    /// </summary>
    /// <param name="citations">The citations; an item's id is the citation's <see cref="Citation.Id"/>, else a readable key
    /// made unique within the list.</param>
    /// <returns>One item per citation, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citations"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CslItem> FromCitations(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return CslItemMapping.FromCitations(citations);
    }

    /// <summary>Reads CSL-JSON items.</summary>
    /// <param name="json">The JSON text: an array of item objects, or one item object.</param>
    /// <returns>
    /// The items in order, with a diagnostic for each problem: malformed JSON (with its line and column) is an error and
    /// gives no value; an item without an id, or a field of the wrong shape, is a warning and that item or field is
    /// skipped. Never throws for bad input.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ParseResult<IReadOnlyList<CslItem>> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            return ParseResult.Failure<IReadOnlyList<CslItem>>(
            [
                new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslItems.NotJson, "The text is not valid JSON: " + FirstSentence(exception.Message), new SourceSpan(0, 0, line, column)),
            ]);
        }

        using (document)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var items = new List<CslItem>();
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                AddItem(root, 0, items, diagnostics);
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    AddItem(element, index++, items, diagnostics);
                }
            }
            else
            {
                return ParseResult.Failure<IReadOnlyList<CslItem>>(
                [
                    new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CslItems.NotArrayOrObject, "CSL-JSON must be an array of item objects or one item object, found " + root.ValueKind + "."),
                ]);
            }

            return ParseResult.FromValue<IReadOnlyList<CslItem>>(items, diagnostics.ToImmutable());
        }
    }

    internal static CslItem ReadItem(JsonElement element) =>
        TryReadItem(element, 0, out var item, ImmutableArray.CreateBuilder<Diagnostic>())
            ? item
            : throw new FormatException("Not a CSL-JSON item.");

    private static void AddItem(JsonElement element, int index, List<CslItem> items, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (TryReadItem(element, index, out var item, diagnostics))
        {
            items.Add(item);
        }
    }

    private static bool TryReadItem(JsonElement element, int index, out CslItem item, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        item = null!;
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Warning(DiagnosticCodes.CslItems.ItemNotObject, $"Item {index} is a {element.ValueKind}, not an object; it is skipped."));
            return false;
        }

        string? id = null;
        var type = "article";
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, CslName[]>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDateValue>(StringComparer.Ordinal);
        var extras = CslItemExtras.None;
        Dictionary<string, List<(string? Family, string? Given)>>? readings = null;
        foreach (var property in element.EnumerateObject())
        {
            var key = CslVariables.Normalize(property.Name);
            var value = property.Value;
            switch (key)
            {
                case "id":
                    id = ScalarText(value);
                    continue;
                case "type":
                    type = ScalarText(value) ?? type;
                    continue;
                case "custom":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        extras = ReadExtras(value, out readings);
                    }

                    continue;
                case "shortTitle":
                    key = "title-short";
                    break;
                case "journalAbbreviation":
                    key = "container-title-short";
                    break;
                default:
                    break;
            }

            if (CslVariables.NameVariables.Contains(key) || (value.ValueKind == JsonValueKind.Array && key != "categories" && IsNameArray(value)))
            {
                if (value.ValueKind != JsonValueKind.Array)
                {
                    diagnostics.Add(Warning(DiagnosticCodes.CslItems.NamesNotArray, $"Item '{id ?? index.ToString(CultureInfo.InvariantCulture)}': '{key}' must be an array of names; it is skipped."));
                    continue;
                }

                var list = new List<CslName>();
                foreach (var name in value.EnumerateArray())
                {
                    if (ReadName(name) is { } parsed)
                    {
                        list.Add(parsed);
                    }
                }

                if (list.Count > 0)
                {
                    names[key] = [.. list];
                }
            }
            else if (CslVariables.DateVariables.Contains(key))
            {
                var date = ReadDate(value);
                if (date is null)
                {
                    diagnostics.Add(Warning(DiagnosticCodes.CslItems.InvalidDate, $"Item '{id ?? index.ToString(CultureInfo.InvariantCulture)}': '{key}' is not a CSL date; it is skipped."));
                }
                else if (!date.IsEmpty)
                {
                    dates[key] = date;
                }
            }
            else if (ScalarText(value) is { } scalar)
            {
                if (scalar.Length > 0)
                {
                    text[key] = scalar;
                }
            }
        }

        if (id is null)
        {
            diagnostics.Add(Warning(DiagnosticCodes.CslItems.MissingId, $"Item {index} has no 'id'; it is skipped."));
            return false;
        }

        if (readings is not null)
        {
            foreach (var (variable, list) in readings)
            {
                if (names.TryGetValue(variable, out var current))
                {
                    var copy = current.ToArray();
                    for (var i = 0; i < copy.Length && i < list.Count; i++)
                    {
                        copy[i] = new CslName
                        {
                            Family = copy[i].Family, Given = copy[i].Given, DroppingParticle = copy[i].DroppingParticle,
                            NonDroppingParticle = copy[i].NonDroppingParticle, Suffix = copy[i].Suffix, CommaSuffix = copy[i].CommaSuffix,
                            StaticOrdering = copy[i].StaticOrdering, Literal = copy[i].Literal, IsInstitution = copy[i].IsInstitution,
                            FamilyReading = list[i].Family, GivenReading = list[i].Given,
                        };
                    }

                    names[variable] = copy;
                }
            }
        }

        // page-first (CSL 1.0.2): the first page of "page" when the item does not give it.
        if (!text.ContainsKey("page-first") && text.TryGetValue("page", out var page) && FirstPage(page) is { } first)
        {
            text["page-first"] = first;
        }

        item = new CslItem(id, type, text, names.Count == 0 ? CslItem.NoNames : names, dates.Count == 0 ? CslItem.NoDates : dates, extras);
        return true;
    }

    private static bool IsNameArray(JsonElement value)
    {
        foreach (var element in value.EnumerateArray())
        {
            return element.ValueKind == JsonValueKind.Object && (element.TryGetProperty("family", out _) || element.TryGetProperty("literal", out _) || element.TryGetProperty("given", out _));
        }

        return false;
    }

    // The keys of the library's interchange mapping (docs/interchange.md): texts as {"text", "lang"} objects.
    private static CslItemExtras ReadExtras(JsonElement custom, out Dictionary<string, List<(string? Family, string? Given)>>? readings)
    {
        readings = null;
        string? titleReading = null;
        List<(string Text, string? Language)> titleTranslations = [], containerTranslations = [];
        foreach (var property in custom.EnumerateObject())
        {
            switch (property.Name)
            {
                case "title-transliterations":
                    titleReading = Texts(property.Value) is [var first, ..] ? first.Text : null;
                    break;
                case "title-translations":
                    titleTranslations = Texts(property.Value);
                    break;
                case "container-title-translations":
                    containerTranslations = Texts(property.Value);
                    break;
                case "name-readings" when property.Value.ValueKind == JsonValueKind.Object:
                    readings = [];
                    foreach (var variable in property.Value.EnumerateObject())
                    {
                        if (variable.Value.ValueKind != JsonValueKind.Array)
                        {
                            continue;
                        }

                        var list = new List<(string?, string?)>();
                        foreach (var reading in variable.Value.EnumerateArray())
                        {
                            list.Add(reading.ValueKind == JsonValueKind.Object
                                ? (Property(reading, "family"), Property(reading, "given"))
                                : (ScalarText(reading), null));
                        }

                        readings[variable.Name] = list;
                    }

                    break;
                default:
                    break;
            }
        }

        return titleReading is null && titleTranslations.Count == 0 && containerTranslations.Count == 0
            ? CslItemExtras.None
            : new CslItemExtras { TitleReading = titleReading, TitleTranslations = titleTranslations, ContainerTitleTranslations = containerTranslations };
    }

    /// <summary>Texts in the interchange shape: an array of <c>{"text", "lang"}</c> objects (plain strings are accepted too).</summary>
    private static List<(string Text, string? Language)> Texts(JsonElement value)
    {
        var texts = new List<(string, string?)>();
        if (value.ValueKind != JsonValueKind.Array)
        {
            return texts;
        }

        foreach (var element in value.EnumerateArray())
        {
            var text = element.ValueKind == JsonValueKind.Object ? Property(element, "text") : ScalarText(element);
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add((text, element.ValueKind == JsonValueKind.Object ? Property(element, "lang") : null));
            }
        }

        return texts;
    }

    private static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ScalarText(value) : null;

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    internal static CslName? ReadName(JsonElement element)
    {
        if (Interchange.CslJsonValues.Name(element) is not { } parts)
        {
            return null;
        }

        string? family = parts.Family, given = parts.Given, dropping = parts.DroppingParticle, nonDropping = parts.NonDroppingParticle, suffix = parts.Suffix;
        var commaSuffix = parts.CommaSuffix;
        if (parts.Literal is null && parts.ParseNames)
        {
            NameParticles.Split(ref family, ref given, ref dropping, ref nonDropping, ref suffix, ref commaSuffix);
        }

        return new CslName
        {
            Family = Clean(family), Given = Clean(given), Literal = parts.Literal, DroppingParticle = Clean(dropping),
            NonDroppingParticle = NameParticles.CleanParticle(nonDropping), Suffix = Clean(suffix), CommaSuffix = commaSuffix,
            StaticOrdering = parts.StaticOrdering, IsInstitution = parts.IsInstitution,
        };
    }

    /// <summary>The first page of a page variable: "22" of "22-45", "S12" of "S12–S15, 30"; null when it starts with none.</summary>
    internal static string? FirstPage(string page)
    {
        var trimmed = page.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !(trimmed[end] is '-' or '\u2013' or '\u2014' or ',' or '&' or ' ' or ';'))
        {
            end++;
        }

        return end > 0 ? trimmed[..end] : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static CslDateValue? ReadDate(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TextDate(value.GetString()!);
            case JsonValueKind.Object:
                break;
            default:
                return null;
        }

        var circa = Interchange.CslJsonValues.Flag(value, "circa");
        if (value.TryGetProperty("date-parts", out var partsElement) && partsElement.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<CslDatePart>();
            foreach (var part in partsElement.EnumerateArray())
            {
                if (ReadDateParts(part) is { } parsed)
                {
                    parts.Add(parsed);
                }
            }

            if (parts.Count > 0 && parts[0].HasYear)
            {
                var season = value.TryGetProperty("season", out var s) && Interchange.CslJsonValues.Season(s) is { } named ? SeasonIndex(named) : 0;
                var start = parts[0];
                if (season != 0 && start.Month == 0)
                {
                    start = start with { Season = season };
                }

                return new CslDateValue
                {
                    Start = start,
                    End = parts.Count > 1 && parts[1].HasYear ? parts[1] : null,
                    OpenEnd = parts.Count > 1 && !parts[1].HasYear,
                    Circa = circa,
                };
            }
        }

        if (value.TryGetProperty("literal", out var literal) && ScalarText(literal) is { Length: > 0 } literalText)
        {
            // A literal is shown as written (CSL), except CJK calendar dates (令和7年10月26日), which no style could show
            // or sort as written: they become dates that the style formats.
            if (Internal.CjkCharacters.ContainsCjk(literalText) && Interchange.CslJsonValues.TryReadTextDate(literalText, out var cjkDate))
            {
                var date = FromDate(cjkDate);
                return circa ? new CslDateValue { Start = date.Start, End = date.End, Circa = true } : date;
            }

            return new CslDateValue { Literal = literalText, Circa = circa };
        }

        if (value.TryGetProperty("raw", out var raw) && ScalarText(raw) is { Length: > 0 } rawText)
        {
            var parsed = TextDate(rawText);
            return circa ? new CslDateValue { Start = parsed.Start, End = parsed.End, Literal = parsed.Literal, Circa = true } : parsed;
        }

        return new CslDateValue();
    }

    /// <summary>A free-text date (<c>raw</c>, a string in place of a date object) as the library's date reader reads it; else the text as a literal.</summary>
    private static CslDateValue TextDate(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new CslDateValue();
        }

        return Interchange.CslJsonValues.TryReadTextDate(trimmed, out var date) ? FromDate(date) : new CslDateValue { Literal = trimmed };
    }

    /// <summary>A date of the model as a CSL date value: both ends with their seasons, circa for an approximate start.</summary>
    internal static CslDateValue FromDate(CitationDate date)
    {
        var circa = (date.Start.Qualifier & DateQualifier.Approximate) != 0;
        var start = Part(date.Start);
        return date.End is { } end
            ? new CslDateValue { Start = start, End = Part(end), Circa = circa }
            : new CslDateValue { Start = start, Circa = circa };

        static CslDatePart Part(PartialDate date) =>
            new(date.Year, date.Month ?? 0, date.Day ?? 0, date.Season is { } season ? SeasonIndex(season) : 0);
    }

    private static int SeasonIndex(Season season) => (int)season - (int)Season.Spring + 1;

    private static CslDatePart? ReadDateParts(JsonElement part)
    {
        Span<int> values = stackalloc int[3];
        var count = Interchange.CslJsonValues.DateParts(part, values, out _);
        if (count == 0)
        {
            return null;
        }

        var month = count > 1 ? values[1] : 0;
        var day = count > 2 ? values[2] : 0;
        var season = 0;
        if (month > 12 && Interchange.CslJsonValues.SeasonNumber(month) is { } named)
        {
            // citeproc-js numbers seasons as months 13–16 and 21–24.
            season = SeasonIndex(named);
            month = 0;
            day = 0;
        }
        else if (month is < 0 or > 12)
        {
            month = 0;
            day = 0;
        }

        if (day is < 0 or > 31)
        {
            day = 0;
        }

        return new CslDatePart(values[0], month, day, season);
    }

    private static Diagnostic Warning(string code, string message) => new(DiagnosticSeverity.Warning, code, message);

    private static string FirstSentence(string message)
    {
        var index = message.IndexOf(" Path:", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
