using System.Collections.Frozen;
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
    /// <remarks>
    /// A registry id, unit or inference is the model's own bookkeeping: it counts only with <paramref name="includeRegistry"/>
    /// (the writers' <see cref="InterchangeWriteOptions.KeepSource"/>); a literal person name always counts, since without
    /// the native form it would read back as an organisation; so does a name's reading (<see cref="PersonName.Reading"/>),
    /// unless the format wrote the list's readings in a field of its own (<paramref name="readingsWritten"/>: BibTeX's <c>yomi</c>).
    /// </remarks>
    public static bool NeedsNativeForm(ImmutableArray<Contributor> contributors, Func<PersonName, bool>? isUnwritable = null, bool includeRegistry = true, bool readingsWritten = false)
    {
        foreach (var contributor in contributors)
        {
            if (contributor.Person is { } person)
            {
                if (person.IsLiteral || (person.Reading is not null && !readingsWritten) || (isUnwritable is not null && isUnwritable(person)))
                {
                    return true;
                }
            }
            else if (includeRegistry && contributor.Organization!.IsResolved)
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
        contributor.Person is { Literal: null } person ? person.Family + "\u0001" + person.Given + "\u0001" + person.Suffix : "\u0002" + contributor;

    /// <summary>The contributors with organisations as their names only (no registry id, unit or inference), for writers without KeepSource.</summary>
    public static ImmutableArray<Contributor> WithoutRegistry(ImmutableArray<Contributor> contributors, bool keepSource) =>
        keepSource ? contributors : [.. contributors.Select(c => c.Organization is { IsResolved: true } o ? Contributor.ForOrganization(PublisherRef.Unresolved(o.ToString())) : c)];

    /// <summary>The extra field's name that keeps "and others" (et al.) of BibTeX name lists: its value lists the roles (<c>author</c>, <c>editor</c>).</summary>
    public const string EtAl = "et-al";

    /// <summary>The extra field that says which name lists ended in "and others", or <see langword="null"/> for none.</summary>
    public static ExtraField? OthersField(bool authors, bool editors, bool translators)
    {
        if (!(authors || editors || translators))
        {
            return null;
        }

        var roles = new List<string>(3);
        if (authors)
        {
            roles.Add("author");
        }

        if (editors)
        {
            roles.Add("editor");
        }

        if (translators)
        {
            roles.Add("translator");
        }

        return new ExtraField(EtAl, string.Join(",", roles));
    }

    /// <summary>Whether <paramref name="citation"/>'s list of <paramref name="role"/> ended in "and others" when read.</summary>
    public static bool HasOthers(Citation citation, string role)
    {
        foreach (var field in citation.ExtraFields)
        {
            if (field.Name == EtAl && field.Value.Split(',').Contains(role, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a one-field name (CSL <c>literal</c>) is a CJK person's name rather than an organisation's: two to four
    /// Han characters or kana (陈登原, 王力), or a transliterated Western name with a middle dot (哈里森·沃尔德伦), not
    /// ending in a word that names a body (省, 部, 局, 会, 院, 所, 社 …) and unknown to the publisher registry.
    /// </summary>
    public static bool IsPersonLiteral(string literal)
    {
        var text = literal.Trim();
        var dot = text.Contains('·', StringComparison.Ordinal) || text.Contains('・', StringComparison.Ordinal);
        if (text.Length < 2 || text.Length > (dot ? 12 : 4))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!(Internal.CjkCharacters.IsCjk(rune) || rune.Value is '·' or '・'))
            {
                return false;
            }
        }

        if (OrganisationEndings.Contains(text[^1]))
        {
            return false;
        }

        return !Publishers.PublisherRegistry.Default.TryResolve(text, out _);
    }

    private static readonly FrozenSet<char> OrganisationEndings = "省部局会會院所社庁厅委馆館府室署处處司团團校学學党黨军軍队隊组組协協馆庫库店行网網刊報报台臺站".ToFrozenSet();
}
