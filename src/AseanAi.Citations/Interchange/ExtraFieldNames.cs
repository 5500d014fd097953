using System.Collections.Frozen;
using System.Text;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The names of extra fields in each format (<c>isbn</c>, <c>ISBN</c>, <c>SN</c>), loaded once from the data file
/// <c>extra-fields.tsv</c>, so that an extra field read from one format is written under the other format's name.
/// Thread-safe.
/// </summary>
internal static class ExtraFieldNames
{
    private const string ResourceName = "AseanAi.Citations.Interchange.extra-fields.tsv";
    private static readonly FrozenDictionary<string, string[]> ByName = Load();

    // BibTeX field names ignore letter case: the table's names looked up so.
    private static readonly FrozenDictionary<string, string> CanonicalIgnoringCase = ByName
        .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First().Value[0] ?? g.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The model's name for an extra field read as <paramref name="name"/>: BibTeX's (<c>ISBN</c> and <c>SN</c> are <c>isbn</c>), or the name itself.</summary>
    public static string Canonical(string name) => In(TypeFormat.BibTeX, name);

    /// <summary>
    /// The model's name for a BibTeX field written as <paramref name="written"/>: the table's name when the table knows
    /// the field in any letter case (<c>ISBN</c> is <c>isbn</c>), else the name as written, so that a name another
    /// format gave its case to (RIS's <c>AN</c>, CSL's <c>archive_location</c>) comes back as it was.
    /// </summary>
    public static string FromBibTeX(string written) => CanonicalIgnoringCase.TryGetValue(written, out var name) ? name : written;

    /// <summary>The model's name for an ISSN, which RIS writes under the same tag as an ISBN (SN).</summary>
    public const string Issn = "issn";

    /// <summary>The name that <paramref name="format"/> uses for the extra field <paramref name="name"/>; the name itself when the table does not know it.</summary>
    public static string In(TypeFormat format, string name)
    {
        if (!ByName.TryGetValue(name, out var names))
        {
            return name;
        }

        var column = format switch
        {
            TypeFormat.Csl => 1,
            TypeFormat.Ris => 2,
            _ => 0,
        };
        return names[column] ?? name;
    }

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream = typeof(ExtraFieldNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidOperationException($"{ResourceName}: bad line '{line}'.");
            }

            var names = columns.Select(c => c == "-" ? null : c).ToArray();
            foreach (var name in names)
            {
                if (name is not null)
                {
                    table.TryAdd(name, names!);
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
