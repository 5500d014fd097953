using System.Text.RegularExpressions;

namespace AseanAi.Citations.Csl.TestSuite;

/// <summary>One fixture of the CSL test suite: its sections (MODE, CSL, INPUT, RESULT, CITATION-ITEMS, CITATIONS).</summary>
public sealed partial class Fixture
{
    private Fixture(string name, IReadOnlyDictionary<string, string> sections)
    {
        Name = name;
        Sections = sections;
    }

    /// <summary>The file name without extension, such as <c>name_AsianGlyphs</c>.</summary>
    public string Name { get; }

    /// <summary>The category: the part of the name before the first underscore.</summary>
    public string Category => Name.Split('_')[0];

    public IReadOnlyDictionary<string, string> Sections { get; }

    public string Mode => Sections.TryGetValue("MODE", out var mode) ? mode.Trim() : "citation";

    public string Expected => Sections.TryGetValue("RESULT", out var result) ? result : string.Empty;

    public string? Section(string name) => Sections.TryGetValue(name, out var value) ? value : null;

    public static Fixture Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SectionPattern().Matches(text))
        {
            var name = match.Groups["name"].Value;
            var body = match.Groups["body"].Value;
            sections[name] = body.Trim('\n');
        }

        return new Fixture(Path.GetFileNameWithoutExtension(path), sections);
    }

    [GeneratedRegex(@">>=+ *(?<name>[A-Z-]+) *=+>>\n(?<body>.*?)\n?<<=+ *\k<name> *=+<<", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionPattern();
}
