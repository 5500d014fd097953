using AseanAi.Citations.Internal;

namespace AseanAi.Citations;

/// <summary>
/// A person's name, split into family and given parts when the split is known (佐藤仁 is family 佐藤 and given 仁),
/// or kept as one literal when it is not.
/// </summary>
/// <remarks>
/// Names written in Chinese, Japanese or Korean characters are displayed family-first without a space (佐藤仁);
/// other names given-first with a space (Jin Sato). Instances are immutable and thread-safe.
/// </remarks>
public sealed record PersonName
{
    private PersonName(string? family, string? given, string? literal)
    {
        Family = family;
        Given = given;
        Literal = literal;
    }

    /// <summary>The family name (surname), or <see langword="null"/> for a literal name.</summary>
    public string? Family { get; }

    /// <summary>The given name, or <see langword="null"/> when unknown or for a literal name.</summary>
    public string? Given { get; }

    /// <summary>The whole name as one unit, used when the split into family and given names is unknown.</summary>
    public string? Literal { get; }

    /// <summary>
    /// A suffix that follows the name (Jr., III), as BibTeX's <c>von Last, Jr, First</c>, CSL's <c>suffix</c> and RIS's
    /// <c>Last, First, Suffix</c> write it; <see langword="null"/> when none. Set it with <see cref="WithSuffix"/>.
    /// </summary>
    public string? Suffix { get; private init; }

    /// <summary>A copy of this name with <paramref name="suffix"/> (Jr., III), or without one for <see langword="null"/>.</summary>
    /// <param name="suffix">The suffix; blank is the same as <see langword="null"/>.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="InvalidOperationException">The name is a literal, which has no parts.</exception>
    public PersonName WithSuffix(string? suffix)
    {
        if (Literal is not null && !string.IsNullOrWhiteSpace(suffix))
        {
            throw new InvalidOperationException("A literal name has no suffix.");
        }

        return this with { Suffix = string.IsNullOrWhiteSpace(suffix) ? null : suffix.Trim() };
    }

    /// <summary><see langword="true"/> when the name is a single literal whose parts are unknown.</summary>
    public bool IsLiteral => Literal is not null;

    /// <summary>
    /// <see langword="true"/> when the name is written in Chinese, Japanese or Korean characters, and so is
    /// displayed family-first without a space.
    /// </summary>
    public bool IsCjk =>
        CjkCharacters.ContainsCjk(Family) || CjkCharacters.ContainsCjk(Given) || CjkCharacters.ContainsCjk(Literal);

    /// <summary>Creates a name from its family and optional given parts.</summary>
    /// <param name="family">The family name; must not be blank.</param>
    /// <param name="given">The given name, or <see langword="null"/> when unknown.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException"><paramref name="family"/> is blank, or <paramref name="given"/> is empty.</exception>
    public static PersonName Create(string family, string? given = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        if (given is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(given);
        }

        return new PersonName(family.Trim(), given?.Trim(), literal: null);
    }

    /// <summary>Creates a name whose split into family and given parts is unknown.</summary>
    /// <param name="literal">The whole name as written; must not be blank.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException"><paramref name="literal"/> is blank.</exception>
    public static PersonName FromLiteral(string literal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(literal);
        return new PersonName(family: null, given: null, literal.Trim());
    }

    /// <summary>
    /// The name for display: the literal; or family and given run together for CJK names (佐藤仁);
    /// or given, a space, and family for others (Jin Sato).
    /// </summary>
    /// <returns>The display form.</returns>
    public override string ToString()
    {
        if (Literal is not null)
        {
            return Literal;
        }

        if (Given is null)
        {
            return Suffix is null ? Family! : Family + " " + Suffix;
        }

        var name = IsCjk ? Family + Given : Given + " " + Family;
        return Suffix is null ? name : name + " " + Suffix;
    }
}
