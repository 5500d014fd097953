using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// Reads the processor's character tables embedded beside this code (<c>Superscripts.txt</c>, <c>BaseLetters.txt</c>):
/// lines of a hexadecimal code point, a tab and a value; <c>#</c> comments and blank lines skipped.
/// </summary>
internal static class CodePointTable
{
    /// <summary>The rows of the embedded resource <paramref name="resourceName"/>, in order.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static IEnumerable<(char CodePoint, string Value)> Read(string resourceName)
    {
        using var stream = typeof(CodePointTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return ((char)int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture), line[(tab + 1)..]);
        }
    }
}
