using System.Collections.Frozen;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Superscript characters (ª, ², ᵉ, ™) and their plain forms, read once from the embedded resource
/// <c>Superscripts.txt</c> (from the Unicode Character Database's <c>&lt;super&gt;</c> decompositions). HTML output
/// writes each as <c>&lt;sup&gt;</c> around its plain form, as citeproc-js does. Immutable once built and shared by
/// all threads.
/// </summary>
internal static class Superscripts
{
    private const string ResourceName = "AseanAi.Citations.Csl.Superscripts.txt";
    private static readonly Lazy<FrozenDictionary<char, string>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The plain form of a superscript character, or <see langword="null"/> for any other character.</summary>
    public static string? PlainForm(char c) => c < '\u00AA' ? null : Table.Value.GetValueOrDefault(c);

    private static FrozenDictionary<char, string> Load() =>
        CodePointTable.Read(ResourceName).ToFrozenDictionary(row => row.CodePoint, row => row.Value);
}
