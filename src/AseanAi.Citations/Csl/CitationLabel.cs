using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// The <c>citation-label</c> variable where the item has none, made as citeproc-js makes it with its default
/// trigraph "Aaaa00:AaAa00:AaAaAa00:AAAA00": four letters of one author's family name, two letters each of two or
/// three authors, the first letter of each of the first four of more; then the last two digits of the year issued.
/// </summary>
internal static class CitationLabel
{
    private static readonly string[] NameVariables = ["author", "editor", "translator", "composer", "director"];

    /// <summary>The item's label: its own <c>citation-label</c>, else the trigraph; null when it has neither names nor a year.</summary>
    public static string? Of(CslItem item)
    {
        if (item["citation-label"] is { Length: > 0 } label)
        {
            return label;
        }

        var builder = new StringBuilder();
        foreach (var variable in NameVariables)
        {
            if (item.Names.TryGetValue(variable, out var names) && names.Length > 0)
            {
                var count = Math.Min(names.Length, 4);
                var letters = names.Length switch { 1 => 4, 2 or 3 => 2, _ => 1 };
                for (var i = 0; i < count; i++)
                {
                    AppendLetters(builder, FamilyCore(names[i]), letters);
                }

                break;
            }
        }

        if (item.Dates.TryGetValue("issued", out var issued) && issued.Start.HasYear)
        {
            builder.Append((Math.Abs(issued.Start.Year) % 100).ToString("00", CultureInfo.InvariantCulture));
        }

        return builder.Length > 0 ? builder.ToString() : null;
    }

    // The family name without its particles ("von Dipheria" gives "Dipheria"); a literal name as it is.
    private static string FamilyCore(CslName name)
    {
        var family = name.Family ?? name.Literal ?? string.Empty;
        var words = family.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (word.Length > 0 && !char.IsLower(word[0]))
            {
                return string.Join(' ', words.SkipWhile(w => w != word));
            }
        }

        return family;
    }

    private static void AppendLetters(StringBuilder builder, string family, int count)
    {
        var taken = 0;
        foreach (var c in family)
        {
            if (taken == count)
            {
                break;
            }

            if (char.IsLetter(c))
            {
                builder.Append(taken == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                taken++;
            }
        }
    }
}
