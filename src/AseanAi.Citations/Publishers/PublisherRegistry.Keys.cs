using System.Collections.Frozen;
using System.Collections.Immutable;

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
        var infos = new Dictionary<string, KeyInfo>(StringComparer.Ordinal);
        KeyInfo InfoOf(string key)
        {
            if (!infos.TryGetValue(key, out var info))
            {
                info = new KeyInfo(key);
                infos.Add(key, info);
            }

            return info;
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

        var keys = infos.Values.OrderBy(info => info.Key, StringComparer.Ordinal).ToArray();
        foreach (var info in keys)
        {
            info.Seal();
        }

        var keyIds = keys.Select((info, index) => (info.Key, index)).ToFrozenDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);
        return (keys, keyIds, new KeyAutomaton([.. keys.Select(info => info.Key)], PublisherKeys.IgnorableCharacters));

        // A form folds as written (Japanese when it has kana), and also as Japanese when it is a Japanese name or belongs to a
        // Japanese organisation, so that the Japan-only shinjitai of its kanji forms meet in either kind of text.
        void Add(Publisher publisher, string form, bool requiresCapitals, bool lookupOnly, string? language = null)
        {
            var japanese = language == "ja" || (language is null && publisher.Country == "JP");
            foreach (var key in new[] { PublisherKeys.Normalize(form), japanese ? PublisherKeys.Normalize(form, "ja") : string.Empty })
            {
                if (key.Length > 0)
                {
                    InfoOf(key).Add(publisher, requiresCapitals, lookupOnly);
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
            var index = _candidates.FindIndex(c => ReferenceEquals(c.Publisher, publisher));
            if (index < 0)
            {
                _candidates.Add(new KeyCandidate(publisher, requiresCapitals, lookupOnly));
            }
            else
            {
                // A form that is allowed more freely wins: "Nikkei" (alias) lifts the capitals rule of "NIKKEI".
                var existing = _candidates[index];
                _candidates[index] = new KeyCandidate(publisher, existing.RequiresCapitals && requiresCapitals, existing.LookupOnly && lookupOnly);
            }
        }

        public void Seal()
        {
            Candidates = [.. _candidates.OrderBy(c => c.Publisher.Id, StringComparer.Ordinal)];
            Publishers = [.. Candidates.Select(c => c.Publisher)];
            CapitalTextPublishers = [.. Candidates.Where(c => !c.LookupOnly).Select(c => c.Publisher)];
            TextPublishers = [.. Candidates.Where(c => !c.LookupOnly && !c.RequiresCapitals).Select(c => c.Publisher)];
            LatinStart = PublisherKeys.IsWordCharacter(Key[0]);
            LatinEnd = PublisherKeys.IsWordCharacter(Key[^1]);
        }
    }

    private readonly record struct KeyCandidate(Publisher Publisher, bool RequiresCapitals, bool LookupOnly);
}
