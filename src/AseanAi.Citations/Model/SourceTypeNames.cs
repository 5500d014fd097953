using System.Diagnostics.CodeAnalysis;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations;

/// <summary>
/// The kebab-case names of the <see cref="SourceType"/> values (<c>government-document</c>, <c>web-page</c>), as the JSON
/// form, the interchange formats' custom fields and the command line write them: the one table of names.
/// </summary>
/// <remarks>The names come from the kinds' table (<c>Interchange/item-types.tsv</c>); every name ever written is still
/// read. Thread-safe.</remarks>
public static class SourceTypeNames
{
    /// <summary>The name of <paramref name="type"/>; <c>other</c> for a value that is not defined.</summary>
    /// <param name="type">The kind of source.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToName(SourceType type) => Enum.IsDefined(type) ? ItemTypes.NameOf(type) : "other";

    /// <summary>Reads a name that <see cref="ToName"/> writes, or the CSL spelling of a type (<c>legal_case</c>).</summary>
    /// <param name="name">The name; <see langword="null"/> or an unknown name is not read.</param>
    /// <param name="type">The kind named, or <see cref="SourceType.Other"/>.</param>
    /// <returns>Whether the name was known. Case matters.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out SourceType type) => ItemTypes.TryParseName(name, out type);
}
