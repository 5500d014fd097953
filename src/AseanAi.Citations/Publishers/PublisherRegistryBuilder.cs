using System.Reflection;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// Builds a <see cref="PublisherRegistry"/>: the built-in entries (or none), plus entries added, replaced or removed
/// from code or from JSON files in the registry's format (<c>docs/publishers.md</c>), without forking the library.
/// </summary>
/// <remarks>
/// <para>
/// Adding an id that is already present is an error; replace an entry with <see cref="AddOrReplace(Publisher)"/>, or in
/// a file with <c>"override": true</c>. <see cref="Build"/> checks the whole set: every parent exists and no chain of
/// parents loops, and no domain is claimed by two organisations or is a shared suffix such as <c>go.jp</c>.
/// Problems throw <see cref="PublisherDataException"/> naming the file, line, column and field.
/// </para>
/// <para>A builder is not thread-safe; the registry it builds is immutable and thread-safe.</para>
/// </remarks>
public sealed class PublisherRegistryBuilder
{
    // One embedded file per country or kind (Publishers/Data/jp.json, news.json, …) and the language rules (rules.json).
    private const string ResourcePrefix = "AseanAi.Citations.Publishers.Data.";
    private const string RulesResource = ResourcePrefix + "rules.json";

    private static readonly Lazy<(List<PublisherEntry> Entries, PublisherRules Rules)> BuiltIn =
        new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, PublisherEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates an empty builder; call <see cref="AddBuiltIn"/> to start from the built-in entries.</summary>
    public PublisherRegistryBuilder()
    {
    }

    /// <summary>The number of entries the registry would hold now.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds the built-in entries.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="PublisherDataException">A built-in id is already present.</exception>
    public PublisherRegistryBuilder AddBuiltIn()
    {
        AddEntries(BuiltIn.Value.Entries);
        return this;
    }

    /// <summary>Adds a publisher.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    /// <exception cref="PublisherDataException">Its id is already present (use <see cref="AddOrReplace(Publisher)"/> to replace it).</exception>
    public PublisherRegistryBuilder Add(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        AddEntries([new PublisherEntry(publisher, PublisherOrigin.Code, Override: false)]);
        return this;
    }

    /// <summary>Adds a publisher, replacing the entry of the same id if there is one.</summary>
    /// <param name="publisher">The publisher.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    public PublisherRegistryBuilder AddOrReplace(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        _entries[publisher.Id] = new PublisherEntry(publisher, PublisherOrigin.Code, Override: true);
        return this;
    }

    /// <summary>Removes the entry with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entry has that id.</exception>
    public PublisherRegistryBuilder Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_entries.Remove(id))
        {
            throw new KeyNotFoundException($"No publisher has the id '{id}'.");
        }

        return this;
    }

    /// <summary>Adds the entries of a JSON file in the registry's format.</summary>
    /// <param name="path">The file path; the path is named in every error message.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PublisherDataException">The file is not valid JSON, a field is wrong, or an id is already present without <c>"override": true</c>.</exception>
    public PublisherRegistryBuilder AddJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return AddJson(File.ReadAllBytes(path), path);
    }

    /// <summary>Adds the entries of JSON text in the registry's format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for the text in error messages, such as its file name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PublisherDataException">The text is not valid JSON, a field is wrong, or an id is already present without <c>"override": true</c>.</exception>
    public PublisherRegistryBuilder AddJson(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return AddJson(System.Text.Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Adds the entries of UTF-8 JSON in the registry's format, read to the end of <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="sourceName">A name for the stream in error messages, such as its file name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PublisherDataException">The data is not valid JSON, a field is wrong, or an id is already present without <c>"override": true</c>.</exception>
    public PublisherRegistryBuilder AddJson(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return AddJson(buffer.ToArray(), sourceName);
    }

    /// <summary>Checks the entries and builds the registry.</summary>
    /// <returns>The registry: immutable and thread-safe.</returns>
    /// <exception cref="PublisherDataException">A parent is unknown, parents loop, or a domain is claimed twice or is a shared suffix; every problem is listed.</exception>
    public PublisherRegistry Build()
    {
        var rules = BuiltIn.Value.Rules;
        var problems = new List<PublisherDataProblem>();
        // In the order the entries were added, so that a conflict is reported on the later entry.
        var entries = _entries.Values.ToList();
        var sharedSuffixes = rules.SharedSuffixes.ToHashSet(StringComparer.Ordinal);
        var claims = new Dictionary<string, PublisherEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var publisher = entry.Publisher;
            if (publisher.ParentId is { } parentId)
            {
                if (!_entries.ContainsKey(parentId))
                {
                    problems.Add(Problem(entry, "parent", $"The parent '{parentId}' of '{publisher.Id}' is not in the registry."));
                }
                else if (HasLoop(publisher))
                {
                    problems.Add(Problem(entry, "parent", $"The parents of '{publisher.Id}' lead back to it."));
                }
            }

            foreach (var (field, ids) in (ReadOnlySpan<(string, System.Collections.Immutable.ImmutableArray<string>)>)[("predecessors", publisher.PredecessorIds), ("successors", publisher.SuccessorIds)])
            {
                foreach (var id in ids)
                {
                    if (!_entries.ContainsKey(id))
                    {
                        problems.Add(Problem(entry, field, $"The {field[..^1]} '{id}' of '{publisher.Id}' is not in the registry."));
                    }
                }
            }

            if (publisher.ValidFrom is { } from && publisher.ValidTo is { } to && from > to)
            {
                problems.Add(Problem(entry, "validTo", FormattableString.Invariant($"The end of validity of '{publisher.Id}' ({to:yyyy-MM-dd}) is before its start ({from:yyyy-MM-dd}).")));
            }

            foreach (var domain in publisher.Domains)
            {
                if (sharedSuffixes.Contains(domain))
                {
                    problems.Add(Problem(entry, "domains", $"'{domain}' is a suffix that many organisations share; register '{publisher.Id}''s own host instead."));
                }
                else if (claims.TryGetValue(domain, out var other))
                {
                    problems.Add(Problem(entry, "domains", $"The domain '{domain}' of '{publisher.Id}' is already claimed by '{other.Publisher.Id}' ({other.Origin}); a domain belongs to one organisation."));
                }
                else
                {
                    claims.Add(domain, entry);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new PublisherDataException(problems);
        }

        return new PublisherRegistry(entries.Select(e => e.Publisher), rules);
    }

    private PublisherRegistryBuilder AddJson(byte[] utf8, string sourceName)
    {
        var (entries, _) = PublisherDataReader.Read(utf8, sourceName, allowRules: false);
        AddEntries(entries);
        return this;
    }

    private void AddEntries(IEnumerable<PublisherEntry> entries)
    {
        var problems = new List<PublisherDataProblem>();
        var added = new Dictionary<string, PublisherEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = entry.Publisher.Id;
            if (added.TryGetValue(id, out var twin))
            {
                problems.Add(Problem(entry, "id", $"The id '{id}' is defined twice, also at {twin.Origin}."));
            }
            else if (_entries.TryGetValue(id, out var existing) && !entry.Override)
            {
                problems.Add(Problem(entry, "id", $"The id '{id}' is already defined ({existing.Origin}); set \"override\": true (or call AddOrReplace) to replace that entry."));
            }
            else if (!_entries.ContainsKey(id) && entry.Override && entry.Origin.SourceName is not null)
            {
                problems.Add(Problem(entry, "override", $"\"override\" is set, but no entry has the id '{id}' to replace."));
            }
            else
            {
                added.Add(id, entry);
            }
        }

        if (problems.Count > 0)
        {
            throw new PublisherDataException(problems);
        }

        foreach (var (id, entry) in added)
        {
            _entries[id] = entry;
        }
    }

    private bool HasLoop(Publisher publisher)
    {
        // A chain of parents longer than the number of entries repeats one of them.
        var steps = 0;
        for (var parentId = publisher.ParentId; parentId is not null; parentId = _entries.TryGetValue(parentId, out var parent) ? parent.Publisher.ParentId : null)
        {
            if (++steps > _entries.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static PublisherDataProblem Problem(PublisherEntry entry, string field, string problem) =>
        new(entry.Origin.SourceName, entry.Origin.Line, entry.Origin.Column, entry.Origin.Field is { } path ? path + "." + field : field, problem);

    /// <summary>The names of the built-in data files (jp.json, news.json, …), in ordinal order; rules.json is not among them.</summary>
    internal static IEnumerable<string> BuiltInFileNames() =>
        typeof(PublisherRegistryBuilder).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name != RulesResource)
            .Select(name => name[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>Reads one built-in file; its name in messages is "built-in jp.json".</summary>
    internal static (List<PublisherEntry> Entries, PublisherRules Rules) ReadBuiltInFile(string fileName)
    {
        var resource = ResourcePrefix + fileName;
        using var stream = typeof(PublisherRegistryBuilder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from {typeof(PublisherRegistryBuilder).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PublisherDataReader.Read(buffer.ToArray(), "built-in " + fileName, allowRules: resource == RulesResource);
    }

    private static (List<PublisherEntry> Entries, PublisherRules Rules) LoadBuiltIn()
    {
        var rules = ReadBuiltInFile(RulesResource[ResourcePrefix.Length..]).Rules;
        var entries = new List<PublisherEntry>();
        foreach (var fileName in BuiltInFileNames())
        {
            entries.AddRange(ReadBuiltInFile(fileName).Entries);
        }

        return (entries, rules);
    }
}
