using System.Diagnostics.CodeAnalysis;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Serialization;

/// <summary>The kebab-case names that the JSON form and the command line use for <see cref="SourceType"/> values.</summary>
/// <remarks>The names come from the kinds' table (<c>Interchange/item-types.tsv</c>); every name ever written is still read.</remarks>
internal static class SourceTypeNames
{
    public static string ToName(SourceType type) => Enum.IsDefined(type) ? ItemTypes.NameOf(type) : "other";

    public static bool TryParse([NotNullWhen(true)] string? name, out SourceType type) => ItemTypes.TryParseName(name, out type);
}
