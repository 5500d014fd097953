using System.Collections.Frozen;
using System.Text;

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

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = typeof(Superscripts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, string>(160);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // "code point<TAB>plain form"
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var codePoint = int.Parse(line.AsSpan(0, tab), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            table[(char)codePoint] = line[(tab + 1)..];
        }

        return table.ToFrozenDictionary();
    }
}
