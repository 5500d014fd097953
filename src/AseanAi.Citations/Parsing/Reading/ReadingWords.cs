using System.Collections.Frozen;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// The word lists of the line reader, loaded once from Parsing/Data/reading-words.txt (its sections name their
/// sources). Entries are case-folded; the lists are frozen, so sharing them between threads is safe.
/// </summary>
internal sealed class ReadingWords
{
    private static readonly Lazy<ReadingWords> Loaded = new(Load);

    private readonly FrozenDictionary<string, string[]> _sections;
    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;
    private readonly FrozenDictionary<string, WordList> _lists;

    private ReadingWords(Dictionary<string, List<string>> sections)
    {
        // Longest first, so that a phrase is matched before the word it starts with (最終閲覧日 before 最終閲覧).
        _sections = sections.ToFrozenDictionary(s => s.Key, s => s.Value.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _sets = sections.ToFrozenDictionary(s => s.Key, s => s.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _lists = _sections.ToFrozenDictionary(s => s.Key, s => new WordList(s.Value), StringComparer.Ordinal);
    }

    public static ReadingWords Instance => Loaded.Value;

    /// <summary>The entries of a section, longest first.</summary>
    public string[] this[string section] => _sections.TryGetValue(section, out var words) ? words : throw new KeyNotFoundException("No section [" + section + "] in reading-words.txt.");

    /// <summary>The entries of a section as a <see cref="WordList"/>, to find any of them inside a text in one search.</summary>
    public WordList ListOf(string section) => _lists.TryGetValue(section, out var list) ? list : throw new KeyNotFoundException("No section [" + section + "] in reading-words.txt.");

    /// <summary>The case-folded entries of a section as a set (look spans up with <c>ContainsSpan</c>).</summary>
    public FrozenSet<string> SetOf(string section) => _sets.TryGetValue(section, out var set) ? set : throw new KeyNotFoundException("No section [" + section + "] in reading-words.txt.");

    /// <summary>Whether <paramref name="text"/>, case-folded, is an entry of <paramref name="section"/>.</summary>
    public bool Contains(string section, string text) => _sets[section].Contains(InvariantCase.ToLower(text));

    /// <summary>The length of the longest entry of <paramref name="section"/> that <paramref name="text"/> ends with (case-insensitive), or 0.</summary>
    public int EndingLength(string section, ReadOnlySpan<char> text)
    {
        foreach (var word in this[section])
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest entry of <paramref name="section"/> that <paramref name="text"/> starts with (case-insensitive), or 0.</summary>
    public int StartingLength(string section, ReadOnlySpan<char> text)
    {
        foreach (var word in this[section])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static ReadingWords Load()
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in ParsingData.Lines("reading-words.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']') && line.Length > 2 && !line.Contains(' ', StringComparison.Ordinal))
            {
                current = [];
                sections[line[1..^1]] = current;
                continue;
            }

            current?.Add(line.ToLowerInvariant());
        }

        return new ReadingWords(sections);
    }
}
