using System.Collections.Immutable;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The 45 item types of CSL 1.0.2 (the <c>type</c> of a CSL-JSON item) and how they map to and from <see cref="SourceType"/>.
/// </summary>
/// <remarks>
/// The names and their order are those of the CSL-JSON schema 1.0.2 (<c>csl-data.json</c>, citation-style-language/schema).
/// Every CSL type has a <see cref="SourceType"/> of its own, so CSL-JSON to CSL-JSON keeps every type; the finer kinds
/// are a CSL type plus a <c>genre</c>. The table is the data file <c>Interchange/item-types.tsv</c>.
/// The mapping is documented in <c>docs/interchange.md</c>. All members are thread-safe.
/// </remarks>
public static class CslItemTypes
{
    /// <summary>The 45 CSL 1.0.2 item type names, in the schema's order.</summary>
    public static ImmutableArray<string> All { get; } = [.. ItemTypes.CslNames.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="cslType"/> is one of the 45 CSL 1.0.2 item types (compared exactly, as CSL does).</summary>
    /// <param name="cslType">A CSL type name, such as <c>article-newspaper</c>.</param>
    /// <returns><see langword="true"/> for a known type.</returns>
    public static bool IsKnown(string? cslType) => ItemTypes.IsCsl(cslType);

    /// <summary>The CSL type a citation of <paramref name="type"/> is written as.</summary>
    /// <param name="type">The source type.</param>
    /// <returns>
    /// The CSL type of the kind: one CSL type per kind, <c>report</c> for government documents and press releases (with a
    /// <c>genre</c>), <c>post-weblog</c> for expert commentary, <c>document</c> for <see cref="SourceType.Other"/> and
    /// undefined values.
    /// </returns>
    public static string FromSourceType(SourceType type) => ItemTypes.CslOf(type);

    /// <summary>The source type that a CSL item of <paramref name="cslType"/> reads as.</summary>
    /// <param name="cslType">A CSL type name.</param>
    /// <returns>The kind of that CSL type (each CSL type has its own); <see cref="SourceType.Other"/> for unknown names.</returns>
    public static SourceType ToSourceType(string? cslType) => ItemTypes.Read(TypeFormat.Csl, cslType, null, null).Kind;

    /// <summary>The source type that a CSL item of <paramref name="cslType"/> and <paramref name="genre"/> reads as, and the genre left for it.</summary>
    /// <param name="cslType">A CSL type name.</param>
    /// <param name="genre">The item's <c>genre</c>, or <see langword="null"/>.</param>
    /// <returns>
    /// The kind, and the genre; a genre that marks one of the finer kinds (<c>report</c> + "government document",
    /// "press release"; <c>post-weblog</c> + "commentary") gives that kind and no genre.
    /// </returns>
    public static (SourceType Type, string? Genre) ToSourceType(string? cslType, string? genre) => ItemTypes.Read(TypeFormat.Csl, cslType, null, genre);
}
