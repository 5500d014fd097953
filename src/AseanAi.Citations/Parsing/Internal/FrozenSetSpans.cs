using System.Collections.Frozen;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>Looks up a span in a set of strings: without making a string on .NET 9 and later, with one before.</summary>
internal static class FrozenSetSpans
{
    /// <summary>Whether <paramref name="set"/> holds <paramref name="text"/>, compared as the set compares.</summary>
    public static bool ContainsSpan(this FrozenSet<string> set, ReadOnlySpan<char> text) =>
#if NET9_0_OR_GREATER
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
#else
        set.Contains(text.ToString());
#endif
}
