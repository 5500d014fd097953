using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The 45 item types of CSL 1.0.2 (the <c>type</c> of a CSL-JSON item) and how they map to and from <see cref="SourceType"/>.
/// </summary>
/// <remarks>
/// The names and their order are those of the CSL-JSON schema 1.0.2 (<c>csl-data.json</c>, citation-style-language/schema).
/// Reading maps every CSL type to the closest <see cref="SourceType"/>; writing maps every source type to one CSL type.
/// The mapping is documented in <c>docs/interchange.md</c>. All members are thread-safe.
/// </remarks>
public static class CslItemTypes
{
    // Each CSL type with the source type it reads as. The first row for a source type is the type it is written as.
    private static readonly (string Name, SourceType Type)[] Table =
    [
        ("article", SourceType.Other),
        ("article-journal", SourceType.JournalArticle),
        ("article-magazine", SourceType.NewsArticle),
        ("article-newspaper", SourceType.NewsArticle),
        ("bill", SourceType.GovernmentDocument),
        ("book", SourceType.Book),
        ("broadcast", SourceType.Other),
        ("chapter", SourceType.Book),
        ("classic", SourceType.Book),
        ("collection", SourceType.Book),
        ("dataset", SourceType.Dataset),
        ("document", SourceType.Other),
        ("entry", SourceType.Other),
        ("entry-dictionary", SourceType.Other),
        ("entry-encyclopedia", SourceType.Other),
        ("event", SourceType.Other),
        ("figure", SourceType.Other),
        ("graphic", SourceType.Other),
        ("hearing", SourceType.GovernmentDocument),
        ("interview", SourceType.Other),
        ("legal_case", SourceType.Other),
        ("legislation", SourceType.GovernmentDocument),
        ("manuscript", SourceType.Other),
        ("map", SourceType.Other),
        ("motion_picture", SourceType.Other),
        ("musical_score", SourceType.Other),
        ("pamphlet", SourceType.Other),
        ("paper-conference", SourceType.JournalArticle),
        ("patent", SourceType.Other),
        ("performance", SourceType.Other),
        ("periodical", SourceType.Other),
        ("personal_communication", SourceType.Other),
        ("post", SourceType.WebPage),
        ("post-weblog", SourceType.ExpertCommentary),
        ("regulation", SourceType.GovernmentDocument),
        ("report", SourceType.ResearchReport),
        ("review", SourceType.ExpertCommentary),
        ("review-book", SourceType.ExpertCommentary),
        ("software", SourceType.Other),
        ("song", SourceType.Other),
        ("speech", SourceType.Other),
        ("standard", SourceType.Other),
        ("thesis", SourceType.Other),
        ("treaty", SourceType.GovernmentDocument),
        ("webpage", SourceType.WebPage),
    ];

    private static readonly FrozenDictionary<string, SourceType> ByName =
        Table.ToFrozenDictionary(row => row.Name, row => row.Type, StringComparer.Ordinal);

    /// <summary>The 45 CSL 1.0.2 item type names, in the schema's order.</summary>
    public static ImmutableArray<string> All { get; } = [.. Table.Select(row => row.Name)];

    /// <summary>Whether <paramref name="cslType"/> is one of the 45 CSL 1.0.2 item types (compared exactly, as CSL does).</summary>
    /// <param name="cslType">A CSL type name, such as <c>article-newspaper</c>.</param>
    /// <returns><see langword="true"/> for a known type.</returns>
    public static bool IsKnown(string? cslType) => cslType is not null && ByName.ContainsKey(cslType);

    /// <summary>The CSL type a citation of <paramref name="type"/> is written as.</summary>
    /// <param name="type">The source type.</param>
    /// <returns>
    /// <c>report</c> for government documents, press releases and research reports; <c>article-newspaper</c>,
    /// <c>webpage</c>, <c>article-journal</c>, <c>book</c>, <c>dataset</c>; <c>post-weblog</c> for expert commentary;
    /// <c>document</c> for <see cref="SourceType.Other"/> and undefined values.
    /// </returns>
    public static string FromSourceType(SourceType type) => type switch
    {
        SourceType.GovernmentDocument or SourceType.PressRelease or SourceType.ResearchReport => "report",
        SourceType.NewsArticle => "article-newspaper",
        SourceType.WebPage => "webpage",
        SourceType.ExpertCommentary => "post-weblog",
        SourceType.JournalArticle => "article-journal",
        SourceType.Book => "book",
        SourceType.Dataset => "dataset",
        _ => "document",
    };

    /// <summary>The source type that a CSL item of <paramref name="cslType"/> reads as.</summary>
    /// <param name="cslType">A CSL type name.</param>
    /// <returns>The closest source type; <see cref="SourceType.Other"/> for types without one and for unknown names.</returns>
    public static SourceType ToSourceType(string? cslType) =>
        cslType is not null && ByName.TryGetValue(cslType, out var type) ? type : SourceType.Other;
}
