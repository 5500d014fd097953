namespace AseanAi.Citations.Csl;

/// <summary>
/// One name of a CSL-JSON name variable: a person split into family, given and particles, or a literal name
/// (an organisation, or a person whose parts are unknown).
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed class CslName
{
    public string? Family { get; init; }

    public string? Given { get; init; }

    public string? DroppingParticle { get; init; }

    public string? NonDroppingParticle { get; init; }

    public string? Suffix { get; init; }

    public bool CommaSuffix { get; init; }

    public bool StaticOrdering { get; init; }

    public string? Literal { get; init; }

    public bool IsInstitution { get; init; }

    /// <summary>A reading of the family name (yomi in kana, or pinyin), used only for sorting.</summary>
    public string? FamilyReading { get; init; }

    /// <summary>A reading of the given name, used only for sorting.</summary>
    public string? GivenReading { get; init; }

    public bool IsLiteral => Literal is not null;

    private readonly PersonNameOrder? _order;

    /// <summary>
    /// How the name is displayed and sorted: as set from the model, or, when not set, <see cref="PersonNameOrder.GivenFamily"/>
    /// for names in Thai or Lao script and <see cref="PersonNameOrder.FamilyGiven"/> for Khmer script (names that
    /// CSL-JSON, BibTeX and RIS carry without an order).
    /// </summary>
    public PersonNameOrder Order
    {
        get => _order is { } order and not PersonNameOrder.Default ? order : Infer(Family ?? Given);
        init => _order = value;
    }

    private static PersonNameOrder Infer(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return PersonNameOrder.Default;
        }

        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0EFF')
            {
                return PersonNameOrder.GivenFamily;
            }

            if (c is >= '\u1780' and <= '\u17FF')
            {
                return PersonNameOrder.FamilyGiven;
            }
        }

        return PersonNameOrder.Default;
    }

    /// <summary>
    /// Whether the name is written in a script whose names are displayed family-first without a space (Chinese,
    /// Japanese, Korean), as opposed to Latin, Greek and Cyrillic names.
    /// </summary>
    public bool IsCjk
    {
        get
        {
            var text = Family ?? Literal ?? Given;
            if (text is null)
            {
                return false;
            }

            return Internal.CjkCharacters.ContainsCjk(text) || (Given is not null && Internal.CjkCharacters.ContainsCjk(Given));
        }
    }

    /// <summary>Whether the name uses only Latin (with the IPA and spacing modifier letters of transliterations: ʿ, ʾ), Greek or Cyrillic letters (a "romanesque" name in citeproc-js terms).</summary>
    public bool IsRomanesque => !IsCjk && IsWestern(Family) && IsWestern(Given);

    private static bool IsWestern(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c) && !(c < 0x0300 || (c >= 0x0370 && c <= 0x052F) || (c >= 0x1E00 && c <= 0x1FFF)))
            {
                return false;
            }
        }

        return true;
    }
}
