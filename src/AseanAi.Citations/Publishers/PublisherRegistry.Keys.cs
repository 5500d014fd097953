using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace AseanAi.Citations.Publishers;

public sealed partial class PublisherRegistry
{
    private readonly KeyInfo[] _keys;
    private readonly FrozenDictionary<string, int> _keyIds;
    private readonly KeyAutomaton _automaton;
    private readonly FrozenSet<string> _legalPrefixKeys;
    private readonly FrozenSet<string> _legalSuffixKeys;
    private readonly FrozenSet<string> _unitSuffixKeys;

    // Abbreviations that bodies outside the registry also use (NBS, MOD): one candidate is not enough to name it.
    private readonly FrozenSet<string> _sharedAbbreviationKeys;

    private static (KeyInfo[] Keys, FrozenDictionary<string, int> KeyIds, KeyAutomaton Automaton) BuildKeys(
        ImmutableArray<Publisher> publishers, PublisherRules rules)
    {
        // Sized for every form once: most forms have a key of their own.
        var formCount = rules.CountryNames.Length + rules.StopPhrases.Length;
        foreach (var publisher in publishers)
        {
            formCount += publisher.Names.Length + publisher.Abbreviations.Length + publisher.Aliases.Length + publisher.LookupOnlyAliases.Length;
        }

        var infos = new Dictionary<string, KeyInfo>(formCount, StringComparer.Ordinal);
        KeyInfo InfoOf(string key)
        {
            ref var info = ref CollectionsMarshal.GetValueRefOrAddDefault(infos, key, out _);
            return info ??= new KeyInfo(key);
        }

        foreach (var publisher in publishers)
        {
            foreach (var name in publisher.Names)
            {
                Add(publisher, name.Text, requiresCapitals: false, lookupOnly: false, name.Language);
            }

            foreach (var abbreviation in publisher.Abbreviations)
            {
                Add(publisher, abbreviation, requiresCapitals: IsCapitalised(abbreviation), lookupOnly: false);
            }

            foreach (var alias in publisher.Aliases)
            {
                Add(publisher, alias, requiresCapitals: false, lookupOnly: false);
            }

            foreach (var alias in publisher.LookupOnlyAliases)
            {
                Add(publisher, alias, requiresCapitals: false, lookupOnly: true);
            }
        }

        foreach (var (country, name) in rules.CountryNames)
        {
            var key = PublisherKeys.Normalize(name);
            if (key.Length > 0)
            {
                var info = InfoOf(key);
                info.Country ??= country;
                info.CountryRequiresCapitals = IsCapitalised(name) && name.Length <= 3;
            }
        }

        foreach (var phrase in rules.StopPhrases)
        {
            var key = PublisherKeys.Normalize(phrase);
            if (key.Length > 0)
            {
                InfoOf(key).IsStopPhrase = true;
            }
        }

        // Key ids in ordinal order of the keys.
        var keyTexts = new string[infos.Count];
        var keys = new KeyInfo[infos.Count];
        infos.Keys.CopyTo(keyTexts, 0);
        infos.Values.CopyTo(keys, 0);
        Array.Sort(keyTexts, keys, StringComparer.Ordinal);
        var keyIds = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i].Seal();
            keyIds.Add(keyTexts[i], i);
        }

        return (keys, keyIds.ToFrozenDictionary(StringComparer.Ordinal), new KeyAutomaton(keyTexts, PublisherKeys.IgnorableCharacters));

        // A form folds as written (Japanese when it has kana), and also as Japanese when it is a Japanese name or belongs to a
        // Japanese organisation, so that the Japan-only shinjitai of its kanji forms meet in either kind of text.
        void Add(Publisher publisher, string form, bool requiresCapitals, bool lookupOnly, string? language = null)
        {
            var key = PublisherKeys.Normalize(form);
            if (key.Length > 0)
            {
                InfoOf(key).Add(publisher, requiresCapitals, lookupOnly);
            }

            if (language == "ja" || (language is null && publisher.Country == "JP"))
            {
                // Adding the same key twice changes nothing, so the Japanese key counts only where it differs.
                var japaneseKey = PublisherKeys.Normalize(form, "ja");
                if (japaneseKey.Length > 0 && japaneseKey != key)
                {
                    InfoOf(japaneseKey).Add(publisher, requiresCapitals, lookupOnly);
                }
            }
        }
    }

    /// <summary>An abbreviation in capitals (JST, A*STAR) matches running text only in capitals, so that "un" is not the UN.</summary>
    private static bool IsCapitalised(string form)
    {
        var hasLetter = false;
        foreach (var c in form)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                hasLetter = true;
            }
        }

        return hasLetter;
    }

    /// <summary>What one folded key stands for: publishers (with how each may match), a country name, a stop phrase.</summary>
    private sealed class KeyInfo(string key)
    {
        private readonly List<KeyCandidate> _candidates = [];

        public string Key { get; } = key;

        public ImmutableArray<KeyCandidate> Candidates { get; private set; } = [];

        /// <summary>All publishers of this key, whatever their flags, ordered by id.</summary>
        public ImmutableArray<Publisher> Publishers { get; private set; } = [];

        /// <summary>The publishers that running text may mention by this key in any case, or default when it depends on the case.</summary>
        public ImmutableArray<Publisher> TextPublishers { get; private set; }

        /// <summary>The publishers that running text may mention by this key written in capitals.</summary>
        public ImmutableArray<Publisher> CapitalTextPublishers { get; private set; } = [];

        public string? Country { get; set; }

        public bool CountryRequiresCapitals { get; set; }

        public bool IsStopPhrase { get; set; }

        /// <summary>Whether the key starts with a Latin letter or digit, so that it may not start inside a word.</summary>
        public bool LatinStart { get; private set; }

        /// <summary>Whether the key ends with a Latin letter or digit, so that it may not end inside a word.</summary>
        public bool LatinEnd { get; private set; }

        public void Add(Publisher publisher, bool requiresCapitals, bool lookupOnly)
        {
            for (var i = 0; i < _candidates.Count; i++)
            {
                var existing = _candidates[i];
                if (ReferenceEquals(existing.Publisher, publisher))
                {
                    // A form that is allowed more freely wins: "Nikkei" (alias) lifts the capitals rule of "NIKKEI".
                    _candidates[i] = new KeyCandidate(publisher, existing.RequiresCapitals && requiresCapitals, existing.LookupOnly && lookupOnly);
                    return;
                }
            }

            _candidates.Add(new KeyCandidate(publisher, requiresCapitals, lookupOnly));
        }

        public void Seal()
        {
            LatinStart = PublisherKeys.IsWordCharacter(Key[0]);
            LatinEnd = PublisherKeys.IsWordCharacter(Key[^1]);
            var count = _candidates.Count;
            if (count == 0)
            {
                TextPublishers = [];
                return;
            }

            // Ids are distinct within a key, so any sort gives the one order by id.
            _candidates.Sort(static (a, b) => string.CompareOrdinal(a.Publisher.Id, b.Publisher.Id));
            var candidates = new KeyCandidate[count];
            var publishers = new Publisher[count];
            var inCapitals = 0;
            var inAnyCase = 0;
            for (var i = 0; i < count; i++)
            {
                var candidate = _candidates[i];
                candidates[i] = candidate;
                publishers[i] = candidate.Publisher;
                inCapitals += candidate.LookupOnly ? 0 : 1;
                inAnyCase += candidate.LookupOnly || candidate.RequiresCapitals ? 0 : 1;
            }

            Candidates = ImmutableCollectionsMarshal.AsImmutableArray(candidates);
            Publishers = ImmutableCollectionsMarshal.AsImmutableArray(publishers);

            // Shared with Publishers when every candidate may be mentioned that way, as is usual.
            CapitalTextPublishers = inCapitals == count ? Publishers : [.. candidates.Where(c => !c.LookupOnly).Select(c => c.Publisher)];
            TextPublishers = inAnyCase == count ? Publishers : [.. candidates.Where(c => !c.LookupOnly && !c.RequiresCapitals).Select(c => c.Publisher)];
        }
    }

    private readonly record struct KeyCandidate(Publisher Publisher, bool RequiresCapitals, bool LookupOnly);
}
