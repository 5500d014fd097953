using System.Collections.Frozen;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Letters with marks and the letter they are built on (À → A, ặ → a), read once from the embedded resource
/// <c>BaseLetters.txt</c> (from the Unicode Character Database's canonical decompositions). Sort keys fold accents with
/// it rather than with <see cref="string.Normalize()"/>, which does nothing in invariant-globalization mode, so that a
/// bibliography sorts the same on every machine. Immutable once built and shared by all threads.
/// </summary>
internal static class BaseLetters
{
    private const string ResourceName = "AseanAi.Citations.Csl.BaseLetters.txt";
    private static readonly Lazy<FrozenDictionary<char, char>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The letter <paramref name="c"/> is built on, or <paramref name="c"/> itself when it has no marks.</summary>
    public static char Of(char c) => c < '\u00C0' ? c : Table.Value.GetValueOrDefault(c, c);

    private static FrozenDictionary<char, char> Load() =>
        CodePointTable.Read(ResourceName).ToFrozenDictionary(row => row.CodePoint, row => row.Value[0]);
}
