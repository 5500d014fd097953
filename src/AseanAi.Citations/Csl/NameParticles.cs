namespace AseanAi.Citations.Csl;

/// <summary>
/// Splits particles and suffixes off names given only as family and given parts, as CSL-JSON producers expect
/// (citeproc-js does the same): <c>van der Berg</c> has the non-dropping particle <c>van der</c>, <c>Ludwig van</c>
/// the dropping particle <c>van</c>, and <c>John, Jr.</c> the suffix <c>Jr.</c> (<c>John,! Jr.</c> keeps the comma);
/// a family name in double quotes is kept whole, without the quotes.
/// </summary>
internal static class NameParticles
{
    /// <summary>
    /// A non-dropping particle as read: trimmed, except that one space after a final apostrophe stays ("de' ", written
    /// apart from its name, where "d'" is written joined to it); null when empty.
    /// </summary>
    public static string? CleanParticle(string? particle)
    {
        if (string.IsNullOrWhiteSpace(particle))
        {
            return null;
        }

        var trimmed = particle.Trim();
        var spaced = trimmed.Length < particle.TrimStart().Length && (trimmed.EndsWith('\'') || trimmed.EndsWith('\u2019'));
        return spaced ? trimmed + " " : trimmed;
    }

    public static void Split(ref string? family, ref string? given, ref string? dropping, ref string? nonDropping, ref string? suffix, ref bool commaSuffix)
    {
        if (given is not null && suffix is null)
        {
            var comma = given.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                var rest = given[(comma + 1)..];
                if (rest.StartsWith('!'))
                {
                    commaSuffix = true;
                    rest = rest[1..];
                }

                suffix = rest.Trim();
                given = given[..comma].Trim();
            }
        }

        if (family is { Length: > 2 } && family[0] == '"' && family[^1] == '"')
        {
            // A family name in double quotes is taken as written, without particles ("\"Van Dyke\""), as citeproc-js reads it.
            family = family[1..^1];
        }
        else if (family is not null && nonDropping is null && dropping is null && family.Length > 1)
        {
            // Leading lower-case words (or a lower-case word ending in an apostrophe) are particles.
            var index = 0;
            var particleEnd = -1;
            while (index < family.Length)
            {
                var space = family.IndexOf(' ', index);
                var word = space < 0 ? family[index..] : family[index..space];
                if (word.Length == 0 || !StartsLower(word) || space < 0)
                {
                    if (word.Length > 1 && char.IsLower(word[0]) && space < 0)
                    {
                        // "d'Alembert", "al-One": a short lower-case particle joined by an apostrophe or a hyphen to a
                        // capitalized name.
                        var apostrophe = word.IndexOfAny(['\'', '\u2019', '-']);
                        if (apostrophe > 0 && apostrophe < word.Length - 1 && IsParticleWord(word[..apostrophe])
                            && (word[apostrophe] != '-' || char.IsUpper(word[apostrophe + 1])))
                        {
                            particleEnd = index + apostrophe + 1;
                        }
                    }

                    break;
                }

                particleEnd = space + 1;
                index = space + 1;
            }

            if (particleEnd > 0 && particleEnd < family.Length)
            {
                var particle = family[..particleEnd];
                family = family[particleEnd..].Trim();
                // A particle ending in an apostrophe joins the name as written: "d'Wander" without a space, "de' Frinkle"
                // with one (kept as a single trailing space, which CleanParticle keeps).
                var trimmed = particle.TrimEnd();
                nonDropping = trimmed.EndsWith('\'') || trimmed.EndsWith('\u2019') ? (trimmed.Length < particle.Length ? trimmed + " " : trimmed) : particle.Trim();
            }
        }

        if (given is not null && dropping is null)
        {
            var end = given.Length;
            var start = end;
            while (true)
            {
                var space = given.LastIndexOf(' ', start - 1 < 0 ? 0 : start - 1);
                if (space <= 0)
                {
                    break;
                }

                var word = given[(space + 1)..start];
                if (word.Length == 0 || !char.IsLower(word[0]))
                {
                    break;
                }

                start = space;
            }

            if (start < end && start > 0)
            {
                dropping = given[(start + 1)..end].Trim();
                given = given[..start].Trim();
            }
        }
    }

    /// <summary>Whether a word starts in lower case, after an elided article's apostrophe too ("’t Hooft").</summary>
    private static bool StartsLower(string word) =>
        char.IsLower(word[0]) || (word[0] is '\'' or '\u2019' && word.Length > 1 && char.IsLower(word[1]));

    private static bool IsParticleWord(string word) => word.Length <= 3 && word.All(char.IsLower);
}
