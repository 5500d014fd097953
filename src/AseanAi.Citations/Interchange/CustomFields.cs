namespace AseanAi.Citations.Interchange;

/// <summary>
/// The names of the fields that carry what a format's standard fields cannot: keys of CSL-JSON's <c>custom</c> object,
/// BibTeX field names and the keys of RIS <c>U1</c> lines. One set of names for all three formats, documented in
/// <c>docs/interchange.md</c>.
/// </summary>
internal static class CustomFields
{
    public const string SourceType = "source-type";
    public const string CitationId = "citation-id";
    public const string LanguageTag = "language-tag";
    public const string TitleLanguage = "title-language";
    public const string TitleTranslations = "title-translations";
    public const string TitleTransliterations = "title-transliterations";
    public const string ContainerTitleLanguage = "container-title-language";
    public const string ContainerTitleTranslations = "container-title-translations";
    public const string ContainerTitleTransliterations = "container-title-transliterations";

    /// <summary>A title with CSL-JSON's inline markup, where the format's own title cannot carry it (RIS; a no-case span in BibTeX).</summary>
    public const string TitleMarkup = "title-markup";
    public const string ContainerTitleMarkup = "container-title-markup";
    public const string Authors = "authors";
    public const string Editors = "editors";
    public const string Translators = "translators";

    /// <summary>CSL-JSON's <c>custom.name-readings</c>: for each name variable, the reading of each name (a string, or <c>{family, given}</c>), as the CSL processor sorts by it.</summary>
    public const string NameReadings = "name-readings";
    public const string Publisher = "publisher-ref";
    public const string IssuedEdtf = "issued-edtf";
    public const string IssuedText = "issued-text";
    public const string AccessedEdtf = "accessed-edtf";
    public const string AccessedText = "accessed-text";
    public const string DocumentNumber = "document-number";
    public const string Category = "category";
    public const string Note = "note";
    public const string RawText = "raw-text";
    public const string SourceSpan = "source-span";
}
