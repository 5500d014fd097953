namespace AseanAi.Citations.Interchange;

/// <summary>
/// The reading and translation fields of Japanese BibTeX styles that the model has a place for. jecon.bst (Takeda
/// Shirō's economics style, "邦訳書の情報も付ける場合") and jplain-family styles describe the Japanese translation of a
/// work with <c>jtitle</c>, <c>jauthor</c>, <c>jpublisher</c> and <c>jyear</c>: <c>jtitle</c> is the title's Japanese
/// translation (<see cref="LocalizedText.Translations"/>, language <c>ja</c>); the translation's translator, publisher
/// and year describe another edition, which the model has no place for, and stay extra fields, as does <c>yomi</c>
/// (the reading of the author names that pBibTeX styles sort by: the model has no readings of names).
/// </summary>
internal static class ReadingFields
{
    public const string JTitle = "jtitle";

    /// <summary>
    /// The translation that a writer writes as <c>jtitle</c>: the title's first translation when it is in Japanese and
    /// has no translations or transliterations of its own (which <c>jtitle</c> could not carry); else <see langword="null"/>.
    /// </summary>
    public static LocalizedText? JapaneseTitle(LocalizedText? title) =>
        title is { Translations: [{ Language: "ja", Translations.IsEmpty: true, Transliterations.IsEmpty: true } first, ..] }
        && !string.IsNullOrWhiteSpace(first.Text) && first.Text.Trim() == first.Text
            ? first
            : null;
}
