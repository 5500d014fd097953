using AseanAi.Citations.Csl;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations;

/// <summary>
/// Settings of the services that <c>AddAseanAiCitations</c> registers: which
/// publishers names are resolved against, how long a reference line may be, and the style and locale of the formatter.
/// </summary>
/// <remarks>
/// The setters take any value; <see cref="CitationsOptionsValidator"/> checks the whole set (at start-up with
/// <c>ValidateOnStart</c>, else when a service is first resolved), and each of its messages names the option (such as
/// <c>CitationsOptions.PublisherFiles[0]</c>) and says what is allowed. The properties bind from the configuration section
/// <see cref="SectionName"/> (<c>PublisherFiles</c> as an array of paths; <see cref="Publishers"/> from code only). An
/// instance is not thread-safe while it is being filled in; the services built from it copy what they need and do not
/// see later changes.
/// </remarks>
public sealed class CitationsOptions
{
    /// <summary>The configuration section the options bind from: <c>AseanAiCitations</c>.</summary>
    public const string SectionName = "AseanAiCitations";

    /// <summary>The fewest UTF-16 code units <see cref="MaxReferenceLineLength"/> may be set to.</summary>
    public const int MinReferenceLineLength = Parsing.ReferenceParserOptions.SmallestMaxLineLength;

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
    public bool KeepBodyText { get; set; } = Parsing.CitedDocumentOptions.Default.KeepBodyText;

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

    internal static bool IsBuiltInStyle(string name) =>
        CslStyle.IsBuiltIn(name);
}
