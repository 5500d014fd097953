using System.Collections.Immutable;

namespace AseanAi.Citations.Interchange;

/// <summary>What the name fields of the interchange formats can carry, shared by their writers and readers.</summary>
internal static class InterchangeNames
{
    /// <summary>
    /// Whether the formats' name fields fall short of <paramref name="contributors"/>: a person known only as a literal
    /// reads back as an organisation, and a known publisher's id, unit and inference have no standard field. Then the
    /// writers add the contributors in their native JSON form as a custom field.
    /// </summary>
    public static bool NeedsNativeForm(ImmutableArray<Contributor> contributors, Func<PersonName, bool>? isUnwritable = null)
    {
        foreach (var contributor in contributors)
        {
            if (contributor.Person is { } person)
            {
                if (person.IsLiteral || (isUnwritable is not null && isUnwritable(person)))
                {
                    return true;
                }
            }
            else if (contributor.Organization!.IsResolved)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the custom contributors agree with those read from the standard field: the same number, and each written
    /// the same way in the format (<paramref name="writtenForm"/>; by default the CSL form: family and given, or one
    /// literal). Custom fields refine the standard ones; they never override an edit that another tool made to them.
    /// </summary>
    public static bool Agree(ImmutableArray<Contributor> custom, ImmutableArray<Contributor> standard, Func<Contributor, string>? writtenForm = null)
    {
        writtenForm ??= CslForm;
        if (custom.Length != standard.Length)
        {
            return false;
        }

        for (var i = 0; i < custom.Length; i++)
        {
            if (!string.Equals(writtenForm(custom[i]), writtenForm(standard[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string CslForm(Contributor contributor) =>
        contributor.Person is { Literal: null } person ? person.Family + "\u0001" + person.Given : "\u0002" + contributor;
}
