using AseanAi.Citations.Publishers;
using FluentAssertions;
using Xunit;

namespace AseanAi.Citations.Tests.Publishers;

/// <summary>
/// The registry's Aho–Corasick automaton, built from its keys in ordinal order: whatever order the keys come in, a scan
/// finds exactly the keys that end at each position of a text, as a search for every key at every position does.
/// </summary>
public sealed class KeyAutomatonTests
{
    public static TheoryData<string[], string> KeysAndTexts => new()
    {
        { ["he", "she", "his", "hers"], "ushers,and,his,shoe:hershe" },
        { ["hers", "his", "she", "he"], "ushers,and,his,shoe:hershe" },
        { ["外務省", "務省", "省", "經濟產業省", "経済産業省", "産業"], "外務省と経済産業省、經濟產業省の産業省" },
        { ["b", "ab", "abc", "a", "bc", "c", "abcd"], "abcabdabcdcba" },
        { ["UN", "UNESCO", "ESCO", "NESCO", "SCO"], "UNESCOUNUNESC" },
    };

    [Theory]
    [MemberData(nameof(KeysAndTexts))]
    public void Scan_AnyKeyOrder_FindsEveryKeyEndingAtEachPosition(string[] keys, string text)
    {
        var automaton = new KeyAutomaton(keys, PublisherKeys.IgnorableCharacters);

        Scan(automaton, keys, text).Should().Equal(Search(keys, text));
    }

    [Fact]
    public void Descend_FollowsTheTrieOnly()
    {
        var keys = new[] { "she", "he" };
        var automaton = new KeyAutomaton(keys, PublisherKeys.IgnorableCharacters);

        var state = automaton.Descend(KeyAutomaton.Root, 's');
        state = automaton.Descend(state, 'h');
        automaton.Descend(state, 'e').Should().BeGreaterThan(0).And.Match(s => automaton.KeyAt(s) == 0);
        automaton.Descend(KeyAutomaton.Root, 'e').Should().Be(-1, "no key starts with e");
        automaton.Descend(automaton.Descend(KeyAutomaton.Root, 'h'), 's').Should().Be(-1, "no key goes on from h with s");
        automaton.MaxKeyLength.Should().Be(3);
    }

    [Fact]
    public void Scan_SkipsIgnoredCharacters()
    {
        var keys = new[] { "東亞asean經濟研究中心", "asean" };
        var automaton = new KeyAutomaton(keys, PublisherKeys.IgnorableCharacters);

        Scan(automaton, keys, "東亞・asean 經濟研究中心").Should().Equal((8, "asean"), (15, "東亞asean經濟研究中心"));
    }

    [Theory]
    [InlineData(new[] { "abc", "ab", "abc" }, "occurs twice")]
    [InlineData(new[] { "ab", "" }, "cannot be empty")]
    [InlineData(new[] { "a b" }, "U+0020")]
    public void Constructor_BadKeys_Throws(string[] keys, string message)
    {
        var build = () => new KeyAutomaton(keys, PublisherKeys.IgnorableCharacters);

        build.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    /// <summary>(end, key) for every key found, in order of end, then of the key.</summary>
    private static List<(int End, string Key)> Scan(KeyAutomaton automaton, string[] keys, string text)
    {
        var found = new List<(int End, string Key)>();
        var state = KeyAutomaton.Root;
        for (var i = 0; i < text.Length; i++)
        {
            // A separator leaves the state as it is; the keys that end before it were counted there (as the registry's scan does).
            if (automaton.SymbolOf(text[i]) == KeyAutomaton.Ignored)
            {
                continue;
            }

            state = automaton.Step(state, text[i]);
            for (var output = automaton.KeyAt(state) >= 0 ? state : automaton.NextOutput(state); output >= 0; output = automaton.NextOutput(output))
            {
                found.Add((i + 1, keys[automaton.KeyAt(output)]));
            }
        }

        return [.. found.OrderBy(f => f.End).ThenBy(f => f.Key, StringComparer.Ordinal)];
    }

    private static List<(int End, string Key)> Search(string[] keys, string text) =>
        [.. Enumerable.Range(1, text.Length)
            .SelectMany(end => keys.Where(key => text.AsSpan(0, end).EndsWith(key, StringComparison.Ordinal)).Select(key => (end, key)))
            .OrderBy(f => f.end).ThenBy(f => f.key, StringComparer.Ordinal)];
}
