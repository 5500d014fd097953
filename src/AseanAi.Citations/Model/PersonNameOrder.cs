namespace AseanAi.Citations;

/// <summary>How a person's name is displayed and sorted by the conventions of its language.</summary>
/// <remarks>
/// Names without a family name (Indonesian single names such as Sukarno, Burmese names such as Aung San Suu Kyi) and
/// Malay patronymic names (Mahathir bin Mohamad, Samy Vellu a/l Sangalimuthu), which are never inverted, are literal
/// names (<see cref="PersonName.FromLiteral(string)"/>): they are displayed and sorted as written.
/// </remarks>
public enum PersonNameOrder
{
    /// <summary>
    /// Given name first (Jin Sato), inverted in a bibliography as a style asks (Sato, J.) and sorted by family name; CJK
    /// names family-first without a space (佐藤仁). Thai, Lao and Khmer-script names without an order are read as
    /// <see cref="GivenFamily"/> by the CSL processor.
    /// </summary>
    Default = 0,

    /// <summary>
    /// Thai and Lao: given name, a space, family name (สมชาย ใจดี), never inverted, sorted by the given name, as Thai
    /// references and indexes cite Thai authors.
    /// </summary>
    GivenFamily = 1,

    /// <summary>
    /// Vietnamese: family, middle and given names in natural order (Nguyễn Văn An), never inverted, sorted by the given
    /// name; <see cref="PersonName.Given"/> holds the middle and given names.
    /// </summary>
    FamilyGivenSortedByGiven = 2,

    /// <summary>Khmer: family name first with a space (Hun Sen), never inverted, sorted by the family name.</summary>
    FamilyGiven = 3,
}
