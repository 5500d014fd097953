using AseanAi.Citations.Internal;

namespace AseanAi.Citations;

/// <summary>
/// A person's name, split into family and given parts when the split is known (佐藤仁 is family 佐藤 and given 仁),
/// or kept as one literal when it is not.
/// </summary>
/// <remarks>
/// Names written in Chinese, Japanese or Korean characters are displayed family-first without a space (佐藤仁);
/// other names given-first with a space (Jin Sato), unless their <see cref="Order"/> says otherwise (Thai สมชาย ใจดี and
/// Vietnamese Nguyễn Văn An are never inverted and are sorted by given name). Instances are immutable and thread-safe.
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

    /// <summary>
    /// How the name is read, written in another script, as the source gives it: the kana or romaji of a Japanese name
    /// (Japanese BibTeX's <c>yomi</c> field: 森 鷗外 read <c>Mori Ogai</c>), the pinyin of a Chinese one;
    /// <see langword="null"/> when unknown. It is kept as written, without splitting, and sorts the name
    /// (<see cref="SortKey"/>). Set it with <see cref="WithReading"/>.
    /// </summary>
    public string? Reading { get; private init; }

    /// <summary>A copy of this name with <paramref name="reading"/>, or without one for <see langword="null"/>.</summary>
    /// <param name="reading">How the name is read (<see cref="Reading"/>); blank is the same as <see langword="null"/>.</param>
    /// <returns>The changed copy.</returns>
    public PersonName WithReading(string? reading) =>
        this with { Reading = string.IsNullOrWhiteSpace(reading) ? null : reading.Trim() };

    /// <summary>
    /// How the name is displayed and sorted: <see cref="PersonNameOrder.Default"/> unless set with <see cref="WithOrder"/>
    /// or by <see cref="Parse(string, string?)"/>. Always <see cref="PersonNameOrder.Default"/> for a literal name.
    /// </summary>
    public PersonNameOrder Order { get; private init; }

    /// <summary>A copy of this name with <paramref name="order"/>.</summary>
    /// <param name="order">The order; <see cref="PersonNameOrder.Default"/> removes a set one.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The name is a literal, which has no parts to order.</exception>
    public PersonName WithOrder(PersonNameOrder order)
    {
        if (order is < PersonNameOrder.Default or > PersonNameOrder.FamilyGiven)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown name order.");
        }

        if (Literal is not null && order != PersonNameOrder.Default)
        {
            throw new InvalidOperationException("A literal name has no parts to order.");
        }

        return this with { Order = order };
    }

    /// <summary>
    /// Reads a person's name written in the natural order of <paramref name="language"/> (a BCP 47 tag):
    /// <list type="bullet">
    /// <item><c>th</c>, <c>lo</c>: given name, then family name (สมชาย ใจดี) — <see cref="PersonNameOrder.GivenFamily"/>;</item>
    /// <item><c>vi</c>: family, middle and given names (Nguyễn Văn An: family Nguyễn, given Văn An) — <see cref="PersonNameOrder.FamilyGivenSortedByGiven"/>;</item>
    /// <item><c>km</c>: family name first (Hun Sen) — <see cref="PersonNameOrder.FamilyGiven"/>;</item>
    /// <item><c>ms</c>: a literal name, never inverted (Mahathir bin Mohamad, Samy Vellu a/l Sangalimuthu, Lim Guan Eng);</item>
    /// <item><c>my</c>: a literal name; Burmese names have no family name (Aung San Suu Kyi);</item>
    /// <item><c>id</c>, <c>fil</c> and any other language: one word is a literal single name (Sukarno); more are given
    /// names and a family name, with Filipino family particles kept (Juan dela Cruz: family dela Cruz).</item>
    /// </list>
    /// </summary>
    /// <param name="name">The name as written; must not be blank.</param>
    /// <param name="language">A BCP 47 tag of the name's language, or <see langword="null"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <remarks>Culture-invariant and thread-safe.</remarks>
    public static PersonName Parse(string name, string? language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var primary = language is null ? string.Empty : language.Split('-', '_')[0].ToLowerInvariant();
        if (words.Length < 2 || primary is "ms" or "zsm" or "my")
        {
            return FromLiteral(name);
        }

        switch (primary)
        {
            case "th" or "lo":
                return Create(words[^1], string.Join(' ', words[..^1])).WithOrder(PersonNameOrder.GivenFamily);
            case "vi":
                return Create(words[0], string.Join(' ', words[1..])).WithOrder(PersonNameOrder.FamilyGivenSortedByGiven);
            case "km":
                return Create(words[0], string.Join(' ', words[1..])).WithOrder(PersonNameOrder.FamilyGiven);
            default:
                // Filipino and Spanish family names keep their particles: Juan dela Cruz, Maria de los Santos.
                var familyStart = words.Length - 1;
                while (familyStart > 1 && FamilyParticles.Contains(words[familyStart - 1].ToLowerInvariant()))
                {
                    familyStart--;
                }

                return Create(string.Join(' ', words[familyStart..]), string.Join(' ', words[..familyStart]));
        }
    }

    private static readonly HashSet<string> FamilyParticles = new(StringComparer.Ordinal) { "de", "del", "dela", "delos", "la", "los", "san", "santa", "sta.", "van", "von" };

    /// <summary>
    /// The name as it is sorted: its <see cref="Reading"/> when it has one (as Japanese bibliographies sort by reading);
    /// else given name first for <see cref="PersonNameOrder.GivenFamily"/> and
    /// <see cref="PersonNameOrder.FamilyGivenSortedByGiven"/> (ใจดี สมชาย sorts under สมชาย, Nguyễn Văn An under An);
    /// family first otherwise; the literal for a literal name.
    /// </summary>
    public string SortKey => Reading ?? Literal ?? Order switch
    {
        PersonNameOrder.GivenFamily => Given is null ? Family! : Given + " " + Family,
        PersonNameOrder.FamilyGivenSortedByGiven => Given is null ? Family! : LastWord(Given) + " " + Family + " " + Given,
        _ => Given is null ? Family! : Family + " " + Given,
    };

    private static string LastWord(string text) => text.LastIndexOf(' ') is var space and >= 0 ? text[(space + 1)..] : text;

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

        var name = Order switch
        {
            PersonNameOrder.FamilyGivenSortedByGiven or PersonNameOrder.FamilyGiven => Family + " " + Given,
            PersonNameOrder.GivenFamily => Given + " " + Family,
            _ => IsCjk ? Family + Given : Given + " " + Family,
        };
        return Suffix is null ? name : name + " " + Suffix;
    }
}
