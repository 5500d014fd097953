using System.Collections.Immutable;
using System.Text.Json;

namespace AseanAi.Citations.Publishers;

/// <summary>Where an entry came from, for messages about duplicates and conflicts.</summary>
internal sealed record PublisherOrigin(string? SourceName, int? Line, int? Column, string? Field)
{
    public static PublisherOrigin Code { get; } = new(null, null, null, null);

    public override string ToString() => SourceName is null
        ? "code"
        : PublisherDataException.Describe(SourceName, Line, Column, Field, string.Empty).TrimEnd(' ', ':');
}

/// <summary>A publisher with where it came from and whether it replaces an earlier entry of the same id.</summary>
internal sealed record PublisherEntry(Publisher Publisher, PublisherOrigin Origin, bool Override);

/// <summary>The language rules of the built-in data: legal forms, country names, unit words, shared suffixes, stop phrases.</summary>
internal sealed record PublisherRules(
    ImmutableArray<string> LegalPrefixes,
    ImmutableArray<string> LegalSuffixes,
    ImmutableArray<KeyValuePair<string, string>> CountryNames,
    ImmutableArray<string> UnitSuffixes,
    ImmutableArray<string> SharedSuffixes,
    ImmutableArray<string> StopPhrases,
    ImmutableArray<string> SharedAbbreviations)
{
    public static PublisherRules Empty { get; } = new([], [], [], [], [], [], []);
}

/// <summary>
/// Reads publisher data in the registry's JSON form (docs/publishers.md) into entries, collecting every problem with
/// its file, line, column and field before throwing one <see cref="PublisherDataException"/>.
/// </summary>
internal sealed class PublisherDataReader
{
    public const string Format = "aseanai-publishers/1";

    private static readonly string[] EntryFields =
        [
            "id", "kind", "country", "names", "abbreviations", "aliases", "lookupOnlyAliases", "domains", "parent", "sources", "source",
            "validFrom", "validTo", "predecessors", "successors", "note", "override",
        ];

    private static readonly string[] RuleFields =
        ["legalPrefixes", "legalSuffixes", "countryNames", "unitSuffixes", "sharedSuffixes", "stopPhrases", "sharedAbbreviations"];

    private readonly string _sourceName;
    private readonly List<PublisherDataProblem> _problems = [];

    // The authoritative list a file's entries come from ("source" at the top of the file), added to each entry's sources.
    private Uri? _fileSource;

    private PublisherDataReader(string sourceName) => _sourceName = sourceName;

    public static (List<PublisherEntry> Entries, PublisherRules Rules) Read(ReadOnlySpan<byte> utf8, string sourceName, bool allowRules)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var root = DataNode.Parse(utf8, sourceName);
        var reader = new PublisherDataReader(sourceName);
        var result = reader.ReadRoot(root, allowRules);
        if (reader._problems.Count > 0)
        {
            throw new PublisherDataException(reader._problems);
        }

        return result;
    }

    private (List<PublisherEntry>, PublisherRules) ReadRoot(DataNode root, bool allowRules)
    {
        var entries = new List<PublisherEntry>();
        var rules = PublisherRules.Empty;
        if (root.Kind != JsonValueKind.Object)
        {
            Report(root, "$", $"Expected a JSON object with a \"publishers\" array, found {root.KindName}.");
            return (entries, rules);
        }

        var seenPublishers = false;
        foreach (var property in root.Properties)
        {
            var field = property.Name;
            switch (field)
            {
                case "format":
                    if (ReadString(property.Value, field) is { } format && format != Format)
                    {
                        Report(property.Value, field, $"Unknown format '{format}'; this version reads '{Format}'.");
                    }

                    break;
                case "about":
                    ReadString(property.Value, field);
                    break;
                case "source":
                    _fileSource = ReadSource(property.Value, field);
                    break;
                case "publishers":
                    seenPublishers = true;
                    ReadPublishers(property.Value, entries);
                    break;
                default:
                    if (allowRules && RuleFields.Contains(field))
                    {
                        rules = ReadRule(rules, property);
                    }
                    else
                    {
                        Report(property, field, allowRules || !RuleFields.Contains(field)
                            ? $"Unknown field '{field}'{Suggest(field, ["format", "about", "source", "publishers"])}."
                            : $"'{field}' belongs to the built-in data only (rules.json); a data file holds 'format', 'about', 'source' and 'publishers'.");
                    }

                    break;
            }
        }

        if (!seenPublishers)
        {
            Report(root, "$", "Missing the \"publishers\" array.");
        }

        return (entries, rules);
    }

    private void ReadPublishers(DataNode node, List<PublisherEntry> entries)
    {
        if (node.Kind != JsonValueKind.Array)
        {
            Report(node, "publishers", $"Expected an array of publisher objects, found {node.KindName}.");
            return;
        }

        for (var i = 0; i < node.Items.Count; i++)
        {
            var path = FormattableString.Invariant($"publishers[{i}]");
            if (ReadPublisher(node.Items[i], path) is { } entry)
            {
                entries.Add(entry);
            }
        }
    }

    private PublisherEntry? ReadPublisher(DataNode node, string path)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            Report(node, path, $"Expected a publisher object, found {node.KindName}.");
            return null;
        }

        var before = _problems.Count;
        string? id = null, country = null, parent = null;
        var kind = PublisherKind.Other;
        var isOverride = false;
        ImmutableArray<LocalizedText> names = [];
        ImmutableArray<string> abbreviations = [], aliases = [], lookupOnly = [], domains = [], predecessors = [], successors = [];
        ImmutableArray<Uri> sources = [];
        Uri? listSource = null;
        DateOnly? validFrom = null, validTo = null;
        bool hasId = false, hasKind = false, hasCountry = false, hasNames = false;
        foreach (var property in node.Properties)
        {
            var field = path + "." + property.Name;
            var value = property.Value;
            switch (property.Name)
            {
                case "id":
                    hasId = true;
                    id = ReadString(value, field);
                    CheckValue(value, field, id is null ? null : PublisherFields.CheckId(id));
                    break;
                case "kind":
                    hasKind = true;
                    if (ReadString(value, field) is { } kindName && !PublisherFields.TryParseKind(kindName, out kind))
                    {
                        Report(value, field, $"'{kindName}' is not a publisher kind; expected one of {PublisherFields.KindNames()}.");
                    }

                    break;
                case "country":
                    hasCountry = true;
                    country = ReadString(value, field);
                    CheckValue(value, field, country is null ? null : PublisherFields.CheckCountry(country));
                    break;
                case "names":
                    hasNames = true;
                    names = ReadNames(value, field);
                    break;
                case "abbreviations":
                    abbreviations = ReadForms(value, field);
                    break;
                case "aliases":
                    aliases = ReadForms(value, field);
                    break;
                case "lookupOnlyAliases":
                    lookupOnly = ReadForms(value, field);
                    break;
                case "domains":
                    domains = ReadDomains(value, field);
                    break;
                case "sources":
                    sources = ReadSources(value, field);
                    break;
                case "source":
                    listSource = ReadSource(value, field);
                    break;
                case "validFrom":
                    validFrom = ReadDate(value, field, end: false);
                    break;
                case "validTo":
                    validTo = ReadDate(value, field, end: true);
                    break;
                case "predecessors":
                    predecessors = ReadIds(value, field, id);
                    break;
                case "successors":
                    successors = ReadIds(value, field, id);
                    break;
                case "parent":
                    if (value.Kind != JsonValueKind.Null)
                    {
                        parent = ReadString(value, field);
                        CheckValue(value, field, parent is null ? null : PublisherFields.CheckId(parent) ?? (parent == id ? "A publisher cannot be its own parent." : null));
                    }

                    break;
                case "note":
                    ReadString(value, field);
                    break;
                case "override":
                    if (value.Kind is JsonValueKind.True or JsonValueKind.False)
                    {
                        isOverride = value.Kind == JsonValueKind.True;
                    }
                    else
                    {
                        Report(value, field, $"Expected true or false, found {value.KindName}.");
                    }

                    break;
                default:
                    Report(property, field, $"Unknown field '{property.Name}'{Suggest(property.Name, EntryFields)}; a publisher has {string.Join(", ", EntryFields)}.");
                    break;
            }
        }

        // The expected values are spelled out only for a field that is missing.
        MissingField(hasId, node, path, "id", static () => "a stable id such as \"jp.mofa\"");
        MissingField(hasKind, node, path, "kind", static () => "one of " + PublisherFields.KindNames());
        MissingField(hasCountry, node, path, "country", static () => "an ISO 3166-1 alpha-2 code or a UN M.49 area code");
        MissingField(hasNames, node, path, "names", static () => "an object of names by language, such as { \"ja\": \"外務省\", \"en\": \"Ministry of Foreign Affairs of Japan\" }");
        if (hasNames && names.IsEmpty && _problems.Count == before)
        {
            Report(node, path + ".names", "A publisher needs at least one name.");
        }

        if (validFrom is { } from && validTo is { } to && from > to)
        {
            Report(node, path + ".validTo", FormattableString.Invariant($"The end of validity {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}."));
        }

        if (_problems.Count > before)
        {
            return null;
        }

        if ((listSource ?? _fileSource) is { } list && !sources.Contains(list))
        {
            sources = sources.Add(list);
        }

        var publisher = new Publisher(id!, kind, country!, names)
        {
            ValidFrom = validFrom,
            ValidTo = validTo,
            PredecessorIds = predecessors,
            SuccessorIds = successors,
            Abbreviations = abbreviations,
            Aliases = aliases,
            LookupOnlyAliases = lookupOnly,
            Domains = domains,
            ParentId = parent,
            Sources = sources,
        };
        return new PublisherEntry(publisher, new PublisherOrigin(_sourceName, node.Line, node.Column, path), isOverride);
    }

    private ImmutableArray<LocalizedText> ReadNames(DataNode node, string path)
    {
        if (node.Kind != JsonValueKind.Object)
        {
            Report(node, path, $"Expected an object of names by language tag, found {node.KindName}.");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<LocalizedText>();
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in node.Properties)
        {
            var field = path + "." + property.Name;
            var text = ReadString(property.Value, field);
            if (text is null)
            {
                continue;
            }

            if (PublisherFields.CheckName(property.Name, text) is { } error)
            {
                Report(property, field, error);
            }
            else if (!languages.Add(property.Name))
            {
                Report(property, field, $"A second name in '{property.Name}'; give other forms as aliases.");
            }
            else
            {
                builder.Add(new LocalizedText(text, property.Name));
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<string> ReadForms(DataNode node, string path) =>
        ReadStrings(node, path, (value, field, text) => CheckValue(value, field, PublisherFields.CheckForm(text)) ? text : null);

    private ImmutableArray<string> ReadDomains(DataNode node, string path) =>
        ReadStrings(node, path, (value, field, text) => CheckValue(value, field, PublisherFields.CheckDomain(text, out var normalized)) ? normalized : null);

    private ImmutableArray<Uri> ReadSources(DataNode node, string path)
    {
        var texts = ReadStrings(node, path, (value, field, text) =>
            CheckValue(value, field, Uri.TryCreate(text, UriKind.Absolute, out var uri) ? PublisherFields.CheckSource(uri) : $"'{text}' is not an absolute address.") ? text : null);
        return [.. texts.Select(text => new Uri(text, UriKind.Absolute))];
    }

    private Uri? ReadSource(DataNode node, string field)
    {
        if (ReadString(node, field) is not { } text)
        {
            return null;
        }

        var uri = Uri.TryCreate(text, UriKind.Absolute, out var parsed) ? parsed : null;
        return CheckValue(node, field, uri is null ? $"'{text}' is not an absolute address." : PublisherFields.CheckSource(uri)) ? uri : null;
    }

    private ImmutableArray<string> ReadIds(DataNode node, string path, string? ownId) =>
        ReadStrings(node, path, (value, field, text) =>
            CheckValue(value, field, PublisherFields.CheckId(text) ?? (text == ownId ? "A publisher cannot be its own predecessor or successor." : null)) ? text : null);

    /// <summary>Reads a date written yyyy, yyyy-MM or yyyy-MM-dd; a partial date stands for its first day, or its last when it ends a period.</summary>
    private DateOnly? ReadDate(DataNode node, string field, bool end)
    {
        if (ReadString(node, field) is not { } text)
        {
            return null;
        }

        var date = PublisherFields.ParseDate(text, end);
        CheckValue(node, field, date is null ? $"'{text}' is not a date written yyyy-MM-dd (or yyyy-MM, yyyy)." : null);
        return date;
    }

    private ImmutableArray<string> ReadStrings(DataNode node, string path, Func<DataNode, string, string, string?> check)
    {
        if (node.Kind != JsonValueKind.Array)
        {
            Report(node, path, $"Expected an array of strings, found {node.KindName}.");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(node.Items.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            var field = FormattableString.Invariant($"{path}[{i}]");
            if (ReadString(node.Items[i], field) is { } text && check(node.Items[i], field, text) is { } accepted)
            {
                builder.Add(accepted);
            }
        }

        return builder.ToImmutable();
    }

    private PublisherRules ReadRule(PublisherRules rules, DataProperty property)
    {
        var field = property.Name;
        if (field == "countryNames")
        {
            var pairs = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            if (property.Value.Kind != JsonValueKind.Object)
            {
                Report(property.Value, field, $"Expected an object of name lists by country code, found {property.Value.KindName}.");
                return rules;
            }

            foreach (var country in property.Value.Properties)
            {
                CheckValue(country.Value, field + "." + country.Name, PublisherFields.CheckCountry(country.Name));
                foreach (var name in ReadForms(country.Value, field + "." + country.Name))
                {
                    pairs.Add(new(country.Name, name));
                }
            }

            return rules with { CountryNames = pairs.ToImmutable() };
        }

        var forms = ReadForms(property.Value, field);
        return field switch
        {
            "legalPrefixes" => rules with { LegalPrefixes = forms },
            "legalSuffixes" => rules with { LegalSuffixes = forms },
            "unitSuffixes" => rules with { UnitSuffixes = forms },
            "sharedSuffixes" => rules with { SharedSuffixes = [.. forms.Select(f => f.ToLowerInvariant())] },
            "sharedAbbreviations" => rules with { SharedAbbreviations = forms },
            _ => rules with { StopPhrases = forms },
        };
    }

    private string? ReadString(DataNode node, string field)
    {
        if (node.Kind == JsonValueKind.String)
        {
            return node.String;
        }

        Report(node, field, $"Expected a string, found {node.KindName}.");
        return null;
    }

    private bool CheckValue(DataNode node, string field, string? error)
    {
        if (error is not null)
        {
            Report(node, field, error);
        }

        return error is null;
    }

    private void MissingField(bool present, DataNode node, string path, string name, Func<string> expected)
    {
        if (!present)
        {
            Report(node, path + "." + name, $"Missing the required field '{name}': {expected()}.");
        }
    }

    private void Report(DataNode node, string field, string problem) =>
        _problems.Add(new PublisherDataProblem(_sourceName, node.Line, node.Column, field, problem));

    private void Report(DataProperty property, string field, string problem) =>
        _problems.Add(new PublisherDataProblem(_sourceName, property.Line, property.Column, field, problem));

    private static string Suggest(string field, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (candidate, distance: EditDistance(field.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.distance)
            .First();
        return best.distance <= 2 ? $" (did you mean '{best.candidate}'?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
