using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AseanAi.Citations.Publishers;

public sealed partial class PublisherRegistry
{
    private const int MaxUnitLength = 60;

    // Title marks, quotes and sentence punctuation: text after a name that holds these is a title or a sentence, not a unit.
    private static readonly System.Buffers.SearchValues<char> NotInUnits = System.Buffers.SearchValues.Create("「」『』《》〈〉【】\"“”。、，,；;：:？?！!");
    private static readonly System.Buffers.SearchValues<char> NotInLatinUnits = System.Buffers.SearchValues.Create("「」『』《》〈〉【】\"“”。、，；;：:？?！!");

    /// <summary>
    /// Finds the publisher a name denotes, in any script or width: an official name, abbreviation or alias
    /// (外務省, MOFA, 経産省, ジェトロ, 經濟產業省, ＪＥＴＲＯ), with or without a legal form (国立研究開発法人, 株式会社,
    /// 財團法人, Inc.) or a country name before or after it (日本外務省, Ministry of Communications Malaysia; the publisher
    /// must be of that country), followed or not by its abbreviation in brackets and a sub-unit
    /// (科学技術振興機構(JST)アジア・太平洋総合研究センター is JST with the unit アジア・太平洋総合研究センター).
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="countryHint">
    /// When the name fits publishers of several countries, an ISO 3166-1 code (such as the country of the citing document)
    /// that keeps only that country's candidate, if exactly one is left; <see langword="null"/> to report every candidate.
    /// </param>
    /// <returns>The match: one publisher, several candidates, or none. Never <see langword="null"/>; a blank name finds nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PublisherMatch Resolve(string name, string? countryHint = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = ResolveCore(name);
        var narrowed = countryHint is null ? [] : match.Candidates.Where(c => string.Equals(c.Country, countryHint, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        if (match.Candidates.Length > 1 && narrowed.Length == 1)
        {
            match = new PublisherMatch(match.Input, narrowed, match.MatchedName, match.Unit);
        }

        return WithSuccessors(match, confirmed: narrowed.Length == 1);
    }

    /// <summary>
    /// Finds the one publisher a name denotes, as <see cref="Resolve(string, string?)"/> does; an ambiguous or unknown name
    /// gives <see langword="false"/>.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="publisher">The publisher, when exactly one matched.</param>
    /// <returns><see langword="true"/> when exactly one publisher matched.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryResolve(string name, [NotNullWhen(true)] out Publisher? publisher)
    {
        publisher = Resolve(name).Publisher;
        return publisher is not null;
    }

    /// <summary>
    /// Adds the successors of an ended body, and marks a lone candidate of a shared abbreviation (NBS) that no clue
    /// <paramref name="confirmed"/> as needing context.
    /// </summary>
    private PublisherMatch WithSuccessors(PublisherMatch match, bool confirmed)
    {
        if (!confirmed && match.Candidates.Length == 1 && match.Unit is null && IsSharedAbbreviation(match.Input))
        {
            match = match with { NeedsContext = true };
        }

        return SuccessorsOf(match.Candidates) is { IsEmpty: false } successors ? match with { Successors = successors } : match;
    }

    private bool IsSharedAbbreviation(string name) =>
        _sharedAbbreviationKeys.Count > 0 && _sharedAbbreviationKeys.Contains(PublisherKeys.Normalize(name.Trim()));

    private PublisherMatch ResolveCore(string name) =>
        MayResolve(name.Trim()) ? ResolveFully(name) : new PublisherMatch(name, [], null, null);

    /// <summary>
    /// Whether <see cref="ResolveFully"/> could find anything for a trimmed name, answered without allocating: every
    /// match starts either at a legal form (国立研究開発法人) or at a whole registry key, because the strippings only cut
    /// a legal form or a country key off the head and a unit follows a whole key. So a name whose key begins with neither
    /// is not found, and <see cref="ResolveCore"/> skips the key with offsets, the strippings and the unit split;
    /// <c>PublisherRegistryTests.MayResolve_False_ResolveFullyFindsNothing</c> proves it gives the same answers.
    /// </summary>
    internal bool MayResolve(string input)
    {
        if (input.Length == 0 || input.Length > 512)
        {
            return input.Length > 0;
        }

        Span<char> folded = stackalloc char[input.Length];
        var length = Text.ScriptFolding.Fold(input, folded, [], language: null);
        var state = KeyAutomaton.Root;
        var first = true;
        foreach (var c in folded[..length])
        {
            if (PublisherKeys.IsIgnorable(c))
            {
                continue;
            }

            if (first && _legalPrefixFirstCharacters.Contains(c))
            {
                return true;
            }

            first = false;
            state = _automaton.Descend(state, c);
            if (state < 0)
            {
                return false;
            }

            if (_automaton.KeyAt(state) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The resolution of a name with every form tried; <see cref="ResolveCore"/> is the same with <see cref="MayResolve"/> first.</summary>
    internal PublisherMatch ResolveFully(string name)
    {
        var input = name.Trim();
        var notFound = new PublisherMatch(name, [], null, null);
        if (input.Length == 0)
        {
            return notFound;
        }

        var key = PublisherKeys.Normalize(input, language: null, out var map);
        if (key.Length == 0)
        {
            return notFound;
        }

        var forms = Strippings(input, key, map);

        // The whole name first, bare or without its legal form and country, then a known name followed by a unit.
        foreach (var form in forms)
        {
            if (_keyIds.TryGetValue(key[form.Start..form.End], out var keyId) && Filter(_keys[keyId].Publishers, form.Country) is { IsEmpty: false } candidates)
            {
                return new PublisherMatch(name, candidates, input, null);
            }
        }

        foreach (var form in forms)
        {
            if (SplitUnit(name, input, key, map, form) is { } match)
            {
                return match;
            }
        }

        return notFound;
    }

    /// <summary>
    /// The ranges of the key to try: the whole key, then without legal forms (before or after) and without a leading or
    /// trailing country name, fewest removals first. A removal never cuts a Latin word.
    /// </summary>
    private List<KeyRange> Strippings(string input, string key, int[] map)
    {
        var ranges = new List<KeyRange> { new(0, key.Length, null) };
        for (var i = 0; i < ranges.Count && ranges.Count < 16; i++)
        {
            var range = ranges[i];
            for (var length = 1; length < range.End - range.Start && length <= _longestStrippable; length++)
            {
                var head = key.AsSpan(range.Start, length);
                var tail = key.AsSpan(range.End - length, length);
                if (IsLegalPrefix(head) && IsCut(input, map, range.Start + length))
                {
                    AddRange(ranges, new KeyRange(range.Start + length, range.End, range.Country));
                }

                if (IsLegalSuffix(tail) && IsCut(input, map, range.End - length))
                {
                    AddRange(ranges, new KeyRange(range.Start, range.End - length, range.Country));
                }

                if (range.Country is null && TryGetKeyId(head, out var keyId) && _keys[keyId].Country is { } country
                    && IsCut(input, map, range.Start + length))
                {
                    AddRange(ranges, new KeyRange(range.Start + length, range.End, country));
                }

                // A trailing country name, after a comma or "of" or nothing (Ministry of Communications Malaysia,
                // Economic Planning Unit, Malaysia, Ministry of Finance of Japan): the publisher must be of that country.
                if (range.Country is null && TryGetKeyId(tail, out var tailKeyId) && _keys[tailKeyId].Country is { } tailCountry
                    && IsCut(input, map, range.End - length)
                    && WithoutJoint(input, key, map, range.Start, range.End - length) is var end && end > range.Start)
                {
                    AddRange(ranges, new KeyRange(range.Start, end, tailCountry));
                }
            }
        }

        return ranges;

        static void AddRange(List<KeyRange> ranges, KeyRange range)
        {
            if (!ranges.Contains(range))
            {
                ranges.Add(range);
            }
        }
    }

    /// <summary>The end of a name before a trailing country name, without the comma or "of" that joins them.</summary>
    private static int WithoutJoint(string input, string key, int[] map, int start, int end)
    {
        if (end > start && key[end - 1] is ',' or '，' or '、')
        {
            return end - 1;
        }

        return end - 2 > start && key[end - 2] == 'o' && key[end - 1] == 'f' && IsCut(input, map, end - 2) ? end - 2 : end;
    }

    // The first characters of the legal-form keys that may be stripped off a name's head (see MayResolve).
    private readonly FrozenSet<char> _legalPrefixFirstCharacters;

    // The longest legal form or country key: no longer head or tail can be stripped.
    private readonly int _longestStrippable;

    // Look-ups of key pieces by span on .NET 9 and later (made once), so that trying every length of head and tail
    // makes no strings.
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legalPrefixLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legalSuffixLookup;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyIdLookup;

    private bool IsLegalPrefix(ReadOnlySpan<char> key) => _legalPrefixLookup.Contains(key);

    private bool IsLegalSuffix(ReadOnlySpan<char> key) => _legalSuffixLookup.Contains(key);

    private bool TryGetKeyId(ReadOnlySpan<char> key, out int keyId) => _keyIdLookup.TryGetValue(key, out keyId);
#else
    private bool IsLegalPrefix(ReadOnlySpan<char> key) => _legalPrefixKeys.Contains(key.ToString());

    private bool IsLegalSuffix(ReadOnlySpan<char> key) => _legalSuffixKeys.Contains(key.ToString());

    private bool TryGetKeyId(ReadOnlySpan<char> key, out int keyId) => _keyIds.TryGetValue(key.ToString(), out keyId);
#endif

    /// <summary>Looks for a known name at the start of the range followed by a sub-unit, longest name first.</summary>
    private PublisherMatch? SplitUnit(string name, string input, string key, int[] map, KeyRange form)
    {
        // Every end of a known key along the trie, from the start of the range.
        var ends = new List<(int End, int KeyId)>();
        var state = KeyAutomaton.Root;
        for (var i = form.Start; i < form.End; i++)
        {
            state = _automaton.Descend(state, key[i]);
            if (state < 0)
            {
                break;
            }

            if (_automaton.KeyAt(state) is var keyId and >= 0 && i + 1 < form.End)
            {
                ends.Add((i + 1, keyId));
            }
        }

        for (var e = ends.Count - 1; e >= 0; e--)
        {
            var (end, keyId) = ends[e];
            var candidates = Filter(_keys[keyId].Publishers, form.Country);
            if (candidates.IsEmpty || !IsCut(input, map, end))
            {
                continue;
            }

            // A bracketed abbreviation or alias after the name: 日本貿易振興機構(JETRO), JETRO(日本貿易振興機構).
            var unitStart = end;
            if (key[end] is '(' or '[' && key.IndexOfAny([')', ']'], end + 1) is var close and > 0 && close < form.End)
            {
                if (_keyIds.TryGetValue(key[(end + 1)..close], out var innerId))
                {
                    var inner = _keys[innerId].Publishers;
                    var both = candidates.Where(inner.Contains).ToImmutableArray();
                    if (both.IsEmpty)
                    {
                        // The name and its bracket disagree: report both rather than pick one.
                        return new PublisherMatch(name, [.. candidates.Concat(inner).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal)], input, null);
                    }

                    candidates = both;
                    unitStart = close + 1;
                }
            }

            var nameEnd = map[unitStart];
            var matchedName = TrimUnit(input[..nameEnd]);
            if (unitStart == form.End)
            {
                return new PublisherMatch(name, candidates, input[..map[form.End]].TrimEnd(), null);
            }

            var unit = TrimUnit(input[nameEnd..map[form.End]]);
            var unitKey = key[unitStart..form.End];
            if (unit.Length == 0)
            {
                continue;
            }

            // The unit is a registered part of the organisation (a centre of JST), or ends with a unit word (局, センター, Bureau).
            if (_keyIds.TryGetValue(unitKey, out var unitId))
            {
                var owners = candidates.Where(c => _keys[unitId].Publishers.Any(part => part != c && IsWithin(part, c.Id))).ToImmutableArray();
                if (!owners.IsEmpty)
                {
                    return new PublisherMatch(name, owners, matchedName, unit);
                }

                continue;
            }

            if (LooksLikeUnit(unit, unitKey))
            {
                return new PublisherMatch(name, candidates, matchedName, unit);
            }
        }

        return null;
    }

    private bool LooksLikeUnit(string unit, string unitKey)
    {
        // Commas belong to Latin unit names ("Directorate for Science, Technology and Innovation"), not to CJK ones.
        var latin = unit.Length > 0 && PublisherKeys.IsWordCharacter(unit[0]);
        if (unit.Length > MaxUnitLength || unit.AsSpan().IndexOfAny(latin ? NotInLatinUnits : NotInUnits) >= 0
            || unit.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var suffix in _unitSuffixKeys)
        {
            if (!unitKey.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            // A Latin unit word must be a whole word of the unit as written: "Singapore Office", not "Postoffice".
            if (!PublisherKeys.IsWordCharacter(suffix[0]))
            {
                return true;
            }

            var folded = PublisherKeys.Normalize(unit.Length > suffix.Length ? unit[^(suffix.Length + 1)..] : unit);
            if (folded.Length == suffix.Length || unit.Length == suffix.Length || !PublisherKeys.IsWordCharacter(unit[^(suffix.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimUnit(string unit)
    {
        var trimmed = unit.Trim().Trim(' ', '\u3000', '・', '･', ',', '、', '/', '／', '|', '-', '–', '—', ':', '：').Trim();
        if (trimmed.Length > 2 && (trimmed[0], trimmed[^1]) is ('(', ')') or ('（', '）') or ('[', ']'))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        return trimmed;
    }

    /// <summary>Whether a name may be cut at key position <paramref name="position"/>: never inside a Latin word.</summary>
    private static bool IsCut(string input, int[] map, int position)
    {
        if (position <= 0 || position >= map.Length - 1)
        {
            return true;
        }

        var before = map[position] - 1;
        var after = map[position];
        return before < 0 || after >= input.Length
            || !(PublisherKeys.IsWordCharacter(input[before]) && PublisherKeys.IsWordCharacter(input[after]));
    }

    private static ImmutableArray<Publisher> Filter(ImmutableArray<Publisher> publishers, string? country) =>
        country is null ? publishers : [.. publishers.Where(p => p.Country == country)];

    private readonly record struct KeyRange(int Start, int End, string? Country);
}
