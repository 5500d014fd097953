using System.Buffers;
using System.Text;

namespace AseanAi.Citations.Text;

/// <summary>
/// Word-level equivalences (東アジア ↔ 東亞 ↔ 东亚) applied to a folded key, read once from the embedded resource
/// <c>ScriptFoldingAliases.txt</c>. Immutable once built and shared by all threads.
/// </summary>
internal sealed class ScriptFoldingAliases
{
    private const string ResourceName = "AseanAi.Citations.Text.ScriptFoldingAliases.txt";

    // First character of a folded word → the words starting with it, longest first, with their key forms.
    private readonly Dictionary<char, (string Word, string Key)[]> _byFirstChar;
    private readonly SearchValues<char> _firstChars;

    private ScriptFoldingAliases(Dictionary<char, (string Word, string Key)[]> byFirstChar)
    {
        _byFirstChar = byFirstChar;
        _firstChars = SearchValues.Create([.. byFirstChar.Keys]);
    }

    /// <summary>The alias list, loaded on first use (after the character table, whose keys it uses).</summary>
    public static ScriptFoldingAliases Instance => Holder.Value;

    /// <summary>The folded words and their key forms, for tests.</summary>
    internal IEnumerable<(string Word, string Key)> Entries => _byFirstChar.Values.SelectMany(entries => entries);

    /// <summary>
    /// Replaces the aliases in <paramref name="key"/>[..<paramref name="length"/>] by their key forms, in place, moving
    /// <paramref name="sourceOffsets"/> along when it is not empty.
    /// </summary>
    /// <returns>The new length, never more than <paramref name="length"/>.</returns>
    public int Apply(Span<char> key, Span<int> sourceOffsets, int length)
    {
        var record = !sourceOffsets.IsEmpty;
        var write = 0;
        var read = 0;
        while (true)
        {
            // Runs without a word start are moved in one block (nothing moves until the first replacement).
            var next = key[read..length].IndexOfAny(_firstChars);
            var runEnd = next < 0 ? length : read + next;
            if (write != read)
            {
                key[read..runEnd].CopyTo(key[write..]);
                if (record)
                {
                    sourceOffsets[read..runEnd].CopyTo(sourceOffsets[write..]);
                }
            }

            write += runEnd - read;
            read = runEnd;
            if (next < 0)
            {
                return write;
            }

            if (TryMatch(key[..length], read, write == 0 ? '\0' : key[write - 1], out var matched, out var replacement))
            {
                // The replacement is no longer than the word, so writing never overtakes reading.
                for (var j = 0; j < replacement.Length; j++)
                {
                    key[write + j] = replacement[j];
                    if (record)
                    {
                        sourceOffsets[write + j] = sourceOffsets[read + j];
                    }
                }

                write += replacement.Length;
                read += matched;
                continue;
            }

            key[write] = key[read];
            if (record)
            {
                sourceOffsets[write] = sourceOffsets[read];
            }

            write++;
            read++;
        }
    }

    private bool TryMatch(ReadOnlySpan<char> key, int start, char previous, out int matched, out string replacement)
    {
        foreach (var (word, form) in _byFirstChar[key[start]])
        {
            var end = start + word.Length;
            if (key[start..].StartsWith(word, StringComparison.Ordinal)
                && !(SameScript(previous, word[0]) || (end < key.Length && SameScript(word[^1], key[end]))))
            {
                matched = word.Length;
                replacement = form;
                return true;
            }
        }

        matched = 0;
        replacement = string.Empty;
        return false;
    }

    // Scripts whose words run on without a break: a match inside such a run is part of a longer word.
    private static bool SameScript(char a, char b) =>
        (char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b)) || (IsKatakana(a) && IsKatakana(b));

    private static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or '\u30FC';

    internal static ScriptFoldingAliases Load()
    {
        using var stream = typeof(ScriptFoldingAliases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, ScriptFoldingTable.Instance.JapaneseWords);
    }

    /// <summary>Reads the alias list, and adds the words of the character table in which a Japan-only shinjitai
    /// stands for another kyūjitai (予算: its Japanese key 豫算 becomes 预算, the key of 預算).</summary>
    internal static ScriptFoldingAliases Parse(TextReader reader, IEnumerable<(string Shinjitai, string Kyujitai)> japaneseWords)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var form = fields[0];
            if (fields.Length < 2 || ScriptFolding.CharacterKey(form, japanese: false) != form)
            {
                throw new InvalidOperationException($"{ResourceName} line {lineNumber}: '{form}' is not a key form followed by its words.");
            }

            foreach (var written in fields.AsSpan(1))
            {
                // Words hold no character whose fold depends on the language, so one fold serves all text.
                var word = ScriptFolding.CharacterKey(written, japanese: true);
                if (word != ScriptFolding.CharacterKey(written, japanese: false) || word.Length < form.Length || !words.TryAdd(word, form))
                {
                    throw new InvalidOperationException($"{ResourceName} line {lineNumber}: '{written}' is ambiguous, shorter than '{form}' or listed twice.");
                }
            }
        }

        // These words hold a Japan-only shinjitai, so their keys come from Japanese text only: the Japanese key of the
        // shinjitai form becomes the key of the kyūjitai form.
        foreach (var (shinjitai, kyujitai) in japaneseWords)
        {
            var word = ScriptFolding.CharacterKey(shinjitai, japanese: true);
            var form = ScriptFolding.CharacterKey(kyujitai, japanese: false);
            if (word != form && (form.Length > word.Length || !words.TryAdd(word, form)))
            {
                throw new InvalidOperationException($"The Japanese word {shinjitai} ({kyujitai}) is longer in its key form or listed twice.");
            }
        }

        var byFirstChar = words
            .GroupBy(pair => pair.Key[0])
            .ToDictionary(group => group.Key, group => group.OrderByDescending(pair => pair.Key.Length).Select(pair => (pair.Key, pair.Value)).ToArray());
        return new ScriptFoldingAliases(byFirstChar);
    }

    private static class Holder
    {
        internal static readonly ScriptFoldingAliases Value = Load();
    }
}
