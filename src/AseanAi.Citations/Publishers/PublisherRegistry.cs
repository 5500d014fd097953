using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// The organisations that CJK and ASEAN references cite, with lookups by name in any script or width
/// (<see cref="Resolve(string, string?)"/>), by URL (<see cref="TryResolveUrl(Uri, out Publisher)"/>) and in running
/// text (<see cref="FindMentions(string)"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds the built-in entries (documented in <c>docs/publishers.md</c>); build a registry with
/// custom entries through <see cref="CreateBuilder"/>. Names are compared through <see cref="Text.ScriptFolding"/>,
/// so 經濟產業省, 经济产业省 and 経済産業省 meet, and ＪＥＴＲＯ is JETRO.
/// </para>
/// <para>A registry is immutable once built: every member is thread-safe and can be called concurrently.</para>
/// </remarks>
public sealed partial class PublisherRegistry
{
    private static readonly Lazy<PublisherRegistry> DefaultRegistry =
        new(() => new PublisherRegistryBuilder().AddBuiltIn().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Publisher> _byId;
    private readonly PublisherRules _rules;

    internal PublisherRegistry(IEnumerable<Publisher> publishers, PublisherRules rules)
    {
        Publishers = [.. publishers.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _byId = Publishers.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _rules = rules;
        (_keys, _keyIds, _automaton) = BuildKeys(Publishers, rules);
        _legalPrefixKeys = NormalizeAll(rules.LegalPrefixes);
        _legalSuffixKeys = NormalizeAll(rules.LegalSuffixes);
        _legalPrefixFirstCharacters = _legalPrefixKeys.Where(key => key.Length > 0).Select(key => key[0]).ToFrozenSet();
        _unitSuffixKeys = NormalizeAll(rules.UnitSuffixes);
        _sharedAbbreviationKeys = NormalizeAll(rules.SharedAbbreviations);
        _domains = BuildDomainIndex(Publishers);

        // Strippings tries every length of a name's head and tail up to the longest key that could match it.
        _longestStrippable = Math.Max(
            Math.Max(LongestKey(_legalPrefixKeys), LongestKey(_legalSuffixKeys)),
            _keys.Where(info => info.Country is not null).Select(info => info.Key.Length).DefaultIfEmpty(0).Max());
#if NET9_0_OR_GREATER
        _legalPrefixLookup = _legalPrefixKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        _legalSuffixLookup = _legalSuffixKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyIdLookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    private static int LongestKey(FrozenSet<string> keys) => keys.Count == 0 ? 0 : keys.Max(key => key.Length);

    /// <summary>The built-in registry: at least 1,000 organisations of Japan, Taiwan, China, Korea, South-East Asia and international bodies, with their history, built once on first use.</summary>
    public static PublisherRegistry Default => DefaultRegistry.Value;

    /// <summary>Every publisher, ordered by id.</summary>
    public ImmutableArray<Publisher> Publishers { get; }

    /// <summary>The number of publishers.</summary>
    public int Count => Publishers.Length;

    /// <summary>Starts a builder that holds the built-in entries, to add, replace or remove entries from code or JSON files.</summary>
    /// <returns>A new builder; call <see cref="PublisherRegistryBuilder.Build"/> when done.</returns>
    public static PublisherRegistryBuilder CreateBuilder() => new PublisherRegistryBuilder().AddBuiltIn();

    /// <summary>Finds a publisher by its registry id, such as <c>jp.mofa</c>.</summary>
    /// <param name="id">The id; compared exactly.</param>
    /// <param name="publisher">The publisher, when found.</param>
    /// <returns><see langword="true"/> when the id is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetById(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Publisher? publisher)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out publisher);
    }

    /// <summary>Returns the organisation <paramref name="publisher"/> belongs to (a bureau's ministry, a centre's agency).</summary>
    /// <param name="publisher">A publisher of this registry.</param>
    /// <returns>The parent, or <see langword="null"/> when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    public Publisher? GetParent(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return publisher.ParentId is { } parentId && _byId.TryGetValue(parentId, out var parent) ? parent : null;
    }

    /// <summary>
    /// Whether <paramref name="publisher"/> is the organisation <paramref name="ancestorId"/> or belongs to it, directly
    /// or through its parents (日經中文網's site belongs to Nikkei; 特許庁 belongs to 経済産業省).
    /// </summary>
    /// <param name="publisher">A publisher of this registry.</param>
    /// <param name="ancestorId">The id of the possible ancestor.</param>
    /// <returns><see langword="true"/> when it is the same organisation or one of its parts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public bool IsWithin(Publisher publisher, string ancestorId)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(ancestorId);
        for (Publisher? current = publisher; current is not null; current = GetParent(current))
        {
            if (current.Id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> NormalizeAll(ImmutableArray<string> forms) =>
        forms.Select(PublisherKeys.Normalize).Where(key => key.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
