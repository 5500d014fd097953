using AseanAi.Citations.Csl;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations;

/// <summary>
/// Settings of the services that <see cref="CitationsServiceCollectionExtensions.AddAseanAiCitations"/> registers: which
/// publishers names are resolved against, how long a reference line may be, and the style and locale of the formatter.
/// </summary>
/// <remarks>
/// The setters take any value; the whole set is checked when the services are first resolved, and a bad value then
/// throws an <see cref="InvalidOperationException"/> whose message names the option (such as
/// <c>CitationsOptions.PublisherFiles[0]</c>) and says what is allowed. An instance is not thread-safe while it is being
/// filled in; the services built from it copy what they need and do not see later changes.
/// </remarks>
public sealed class CitationsOptions
{
    /// <summary>The fewest UTF-16 code units <see cref="MaxReferenceLineLength"/> may be set to.</summary>
    public const int MinReferenceLineLength = 64;

    /// <summary>Whether the registry starts from the built-in publishers (<see cref="PublisherRegistry.Default"/>). Default <see langword="true"/>.</summary>
    public bool IncludeBuiltInPublishers { get; set; } = true;

    /// <summary>
    /// JSON files of publishers in the registry's format (<c>docs/publishers.md</c>), added in order after the built-in
    /// entries; an entry replaces a built-in one of the same id only with <c>"override": true</c>. Relative paths are
    /// resolved against the current directory.
    /// </summary>
    public IList<string> PublisherFiles { get; } = [];

    /// <summary>Publishers added after <see cref="PublisherFiles"/>, each replacing an entry of the same id.</summary>
    public IList<Publisher> Publishers { get; } = [];

    /// <summary>
    /// The longest reference line read in full, in UTF-16 code units (default 4,096; at least
    /// <see cref="MinReferenceLineLength"/>); see <see cref="Parsing.ReferenceParserOptions.MaxLineLength"/>.
    /// </summary>
    public int MaxReferenceLineLength { get; set; } = Parsing.ReferenceParserOptions.Default.MaxLineLength;

    /// <summary>Whether documents keep their body paragraphs (see <see cref="Parsing.CitedDocumentOptions.KeepBodyText"/>). Default <see langword="true"/>.</summary>
    public bool KeepBodyText { get; set; } = true;

    /// <summary>
    /// The style of the registered <see cref="CslProcessor"/>: one of <see cref="CslStyle.BuiltInNames"/> (default
    /// <c>sist02</c>) or the path of a <c>.csl</c> file.
    /// </summary>
    public string Style { get; set; } = "sist02";

    /// <summary>The locale to render in (such as <c>ja-JP</c>), or <see langword="null"/> (the default) for the style's own.</summary>
    public string? Locale { get; set; }

    /// <summary>A directory of <c>locales-xx-XX.xml</c> files added to the built-in CSL locales, or <see langword="null"/> (the default) for none.</summary>
    public string? LocalesDirectory { get; set; }

    /// <summary>How titles with translations are shown by the registered <see cref="CslProcessor"/>.</summary>
    public CslBilingualTitles Bilingual { get; set; }

    /// <summary>How Chinese and Japanese names and titles are ordered when the registered <see cref="CslProcessor"/> sorts.</summary>
    public CslCjkSortOrder CjkSortOrder { get; set; }

    /// <summary>Checks every option and returns one message per problem, each naming the option; empty when all are valid.</summary>
    internal List<string> Validate()
    {
        var problems = new List<string>();
        for (var i = 0; i < PublisherFiles.Count; i++)
        {
            var path = PublisherFiles[i];
            if (string.IsNullOrWhiteSpace(path))
            {
                problems.Add($"CitationsOptions.PublisherFiles[{i}] is empty; give the path of a publisher JSON file.");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"CitationsOptions.PublisherFiles[{i}]: the file '{Path.GetFullPath(path)}' does not exist.");
            }
        }

        for (var i = 0; i < Publishers.Count; i++)
        {
            if (Publishers[i] is null)
            {
                problems.Add($"CitationsOptions.Publishers[{i}] is null.");
            }
        }

        if (MaxReferenceLineLength < MinReferenceLineLength)
        {
            problems.Add($"CitationsOptions.MaxReferenceLineLength is {MaxReferenceLineLength}; it must be at least {MinReferenceLineLength}.");
        }

        if (string.IsNullOrWhiteSpace(Style))
        {
            problems.Add($"CitationsOptions.Style is empty; give one of {string.Join(", ", CslStyle.BuiltInNames)} or the path of a .csl file.");
        }
        else if (!IsBuiltInStyle(Style) && !File.Exists(Style))
        {
            problems.Add($"CitationsOptions.Style '{Style}' is neither a built-in style ({string.Join(", ", CslStyle.BuiltInNames)}) nor an existing .csl file.");
        }

        if (Locale is not null && (Locale.Length == 0 || !Locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            problems.Add($"CitationsOptions.Locale '{Locale}' is not a language tag such as ja-JP.");
        }

        if (LocalesDirectory is not null && !Directory.Exists(LocalesDirectory))
        {
            problems.Add($"CitationsOptions.LocalesDirectory: the directory '{(LocalesDirectory.Length == 0 ? LocalesDirectory : Path.GetFullPath(LocalesDirectory))}' does not exist.");
        }

        if (!Enum.IsDefined(Bilingual))
        {
            problems.Add($"CitationsOptions.Bilingual has the undefined value {(int)Bilingual}.");
        }

        if (!Enum.IsDefined(CjkSortOrder))
        {
            problems.Add($"CitationsOptions.CjkSortOrder has the undefined value {(int)CjkSortOrder}.");
        }

        return problems;
    }

    internal static bool IsBuiltInStyle(string name) =>
        CslStyle.IsBuiltIn(name);
}
