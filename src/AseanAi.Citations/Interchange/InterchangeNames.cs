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
    /// Whether the custom contributors agree with those read from the standard field: the same number, and each the
    /// same kind with the same display text. Custom fields refine the standard ones; they never override an edit made
    /// to the standard field by another tool.
    /// </summary>
    public static bool Agree(ImmutableArray<Contributor> custom, ImmutableArray<Contributor> standard)
    {
        if (custom.Length != standard.Length)
        {
            return false;
        }

        for (var i = 0; i < custom.Length; i++)
        {
            var a = custom[i];
            var b = standard[i];
            if (a.Person is { Literal: null } && !Equals(a, b))
            {
                return false;
            }

            if (!string.Equals(a.ToString(), b.ToString(), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
