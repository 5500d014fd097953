namespace AseanAi.Citations;

/// <summary>
/// The diagnostic codes this library raises, one nested class per area (the date reader's <c>date.*</c> codes are listed
/// in docs/diagnostics.md beside these). Compare <see cref="Diagnostic.Code"/> with them rather than with literals; every
/// code is documented in docs/diagnostics.md, and a test checks that every code raised anywhere is here and there.
/// </summary>
/// <remarks>The codes are stable: a code is never reused for another finding.</remarks>
public static class DiagnosticCodes
{
    /// <summary>Codes <c>reference.*</c>: the reference-line reader (<c>ReferenceParser</c>, and the document readers that use it).</summary>
    public static class Reference
    {
        /// <summary><c>reference.empty</c> (error): The line is empty (or only white space).</summary>
        public const string Empty = "reference.empty";

        /// <summary><c>reference.too-long</c> (warning): The line is longer than <c>ReferenceParserOptions.MaxLineLength</c>; only its start was read.</summary>
        public const string TooLong = "reference.too-long";

        /// <summary><c>reference.not-text</c> (error): The line holds control or binary characters, so it is not a reference.</summary>
        public const string NotText = "reference.not-text";

        /// <summary><c>reference.no-title</c> (error): No title was found in the reference.</summary>
        public const string NoTitle = "reference.no-title";

        /// <summary><c>reference.invalid-url</c> (warning): A URL-like part of the line is not a valid URL.</summary>
        public const string InvalidUrl = "reference.invalid-url";

        /// <summary><c>reference.unbalanced-mark</c> (warning): A title mark (such as 「 or “) is never closed.</summary>
        public const string UnbalancedMark = "reference.unbalanced-mark";

        /// <summary><c>reference.publisher-inferred</c> (info): The publisher was inferred from the URL's host, not read from the text.</summary>
        public const string PublisherInferred = "reference.publisher-inferred";
    }

    /// <summary>Codes <c>csl-json.*</c>: the CSL-JSON interchange reader (<c>CslJson.Read</c>).</summary>
    public static class CslJson
    {
        /// <summary><c>csl-json.syntax</c> (error): The JSON is malformed; the items after that point are not read.</summary>
        public const string Syntax = "csl-json.syntax";

        /// <summary><c>csl-json.empty</c> (error): The input holds no JSON value.</summary>
        public const string Empty = "csl-json.empty";

        /// <summary><c>csl-json.not-an-array</c> (error): The root is neither an array of items nor one item object.</summary>
        public const string NotAnArray = "csl-json.not-an-array";

        /// <summary><c>csl-json.item-not-object</c> (error): An array entry is not an item object; it is skipped.</summary>
        public const string ItemNotObject = "csl-json.item-not-object";

        /// <summary><c>csl-json.missing-id</c> (warning): An item has no <c>id</c>, which CSL-JSON requires.</summary>
        public const string MissingId = "csl-json.missing-id";

        /// <summary><c>csl-json.missing-type</c> (warning): An item has no <c>type</c>; it is read as <c>document</c>.</summary>
        public const string MissingType = "csl-json.missing-type";

        /// <summary><c>csl-json.unknown-type</c> (warning): <c>type</c> is not a CSL 1.0.2 item type; it is read as <c>document</c>.</summary>
        public const string UnknownType = "csl-json.unknown-type";

        /// <summary><c>csl-json.invalid-field</c> (warning): A field has the wrong JSON kind (such as a <c>custom</c> that is not an object); it is ignored.</summary>
        public const string InvalidField = "csl-json.invalid-field";

        /// <summary><c>csl-json.invalid-date</c> (warning): A date field is not a date object; it is ignored.</summary>
        public const string InvalidDate = "csl-json.invalid-date";

        /// <summary><c>csl-json.unreadable-date</c> (warning): A date's <c>raw</c> or <c>literal</c> text is not a date the reader understands; it is ignored.</summary>
        public const string UnreadableDate = "csl-json.unreadable-date";

        /// <summary><c>csl-json.invalid-name</c> (warning): A name has neither <c>family</c> nor <c>literal</c>; it is skipped.</summary>
        public const string InvalidName = "csl-json.invalid-name";

        /// <summary><c>csl-json.invalid-language</c> (warning): <c>language</c> is not a language tag; it is ignored.</summary>
        public const string InvalidLanguage = "csl-json.invalid-language";

        /// <summary><c>csl-json.invalid-url</c> (warning): <c>URL</c> is not an absolute URL; it is ignored.</summary>
        public const string InvalidUrl = "csl-json.invalid-url";

        /// <summary><c>csl-json.custom-ignored</c> (warning): An entry of <c>custom</c> cannot be used; it is ignored.</summary>
        public const string CustomIgnored = "csl-json.custom-ignored";

        /// <summary><c>csl-json.extra-categories</c> (info): The item has several categories; the model keeps the first.</summary>
        public const string ExtraCategories = "csl-json.extra-categories";

        /// <summary><c>csl-json.extra-fields</c> (info): Fields the model has no place for; they are kept as extra fields.</summary>
        public const string ExtraFields = "csl-json.extra-fields";
    }

    /// <summary>Codes <c>bibtex.*</c>: the BibTeX/BibLaTeX reader (<c>BibTeX.Read</c>).</summary>
    public static class BibTeX
    {
        /// <summary><c>bibtex.syntax</c> (error): An entry is malformed (such as no <c>{</c> or <c>(</c> after <c>@type</c>); the reader skips to the next entry.</summary>
        public const string Syntax = "bibtex.syntax";

        /// <summary><c>bibtex.missing-key</c> (warning): An entry has no citation key.</summary>
        public const string MissingKey = "bibtex.missing-key";

        /// <summary><c>bibtex.duplicate-key</c> (warning): A key is used by an earlier entry too.</summary>
        public const string DuplicateKey = "bibtex.duplicate-key";

        /// <summary><c>bibtex.duplicate-field</c> (warning): A field appears twice in an entry; the first is kept.</summary>
        public const string DuplicateField = "bibtex.duplicate-field";

        /// <summary><c>bibtex.undefined-macro</c> (warning): A name is not a defined <c>@string</c>; it is read as empty.</summary>
        public const string UndefinedMacro = "bibtex.undefined-macro";

        /// <summary><c>bibtex.unknown-type</c> (info): The entry type is not a BibTeX or BibLaTeX type; it is read as <c>@misc</c>.</summary>
        public const string UnknownType = "bibtex.unknown-type";

        /// <summary><c>bibtex.invalid-date</c> (warning): <c>year</c> or <c>date</c> is not a date; it is ignored.</summary>
        public const string InvalidDate = "bibtex.invalid-date";

        /// <summary><c>bibtex.invalid-language</c> (warning): <c>langid</c>/<c>language</c> is neither a babel language nor a language tag; it is ignored.</summary>
        public const string InvalidLanguage = "bibtex.invalid-language";

        /// <summary><c>bibtex.invalid-url</c> (warning): <c>url</c> is not an absolute URL; it is ignored.</summary>
        public const string InvalidUrl = "bibtex.invalid-url";

        /// <summary><c>bibtex.name</c> (info): A name in <c>author</c>/<c>editor</c> was read with doubt (the message says how).</summary>
        public const string Name = "bibtex.name";

        /// <summary><c>bibtex.custom-ignored</c> (warning): A custom field of this library cannot be used; it is ignored.</summary>
        public const string CustomIgnored = "bibtex.custom-ignored";

        /// <summary><c>bibtex.extra-fields</c> (info): Fields the model has no place for; they are kept as extra fields.</summary>
        public const string ExtraFields = "bibtex.extra-fields";
    }

    /// <summary>Codes <c>ris.*</c>: the RIS reader (<c>Ris.Read</c>).</summary>
    public static class Ris
    {
        /// <summary><c>ris.outside-record</c> (error): A tag stands outside a record (no <c>TY</c> before it); lines up to the next <c>TY</c> are skipped.</summary>
        public const string OutsideRecord = "ris.outside-record";

        /// <summary><c>ris.missing-type</c> (error): <c>TY</c> has no reference type; the record is skipped.</summary>
        public const string MissingType = "ris.missing-type";

        /// <summary><c>ris.missing-er</c> (warning): A record does not end with <c>ER  - </c>; it is kept.</summary>
        public const string MissingEr = "ris.missing-er";

        /// <summary><c>ris.stray-er</c> (warning): <c>ER</c> without a record before it.</summary>
        public const string StrayEr = "ris.stray-er";

        /// <summary><c>ris.not-a-tag</c> (warning): A line is not a tag line and continues no field; it is skipped.</summary>
        public const string NotATag = "ris.not-a-tag";

        /// <summary><c>ris.unknown-type</c> (info): The reference type is not an RIS type; it is read as <c>GEN</c>.</summary>
        public const string UnknownType = "ris.unknown-type";

        /// <summary><c>ris.invalid-date</c> (warning): <c>PY</c>/<c>Y1</c>/<c>DA</c> is not a date; it is ignored.</summary>
        public const string InvalidDate = "ris.invalid-date";

        /// <summary><c>ris.conflicting-dates</c> (warning): <c>DA</c> and <c>PY</c> give different years; <c>DA</c> is kept.</summary>
        public const string ConflictingDates = "ris.conflicting-dates";

        /// <summary><c>ris.invalid-language</c> (warning): <c>LA</c> is not a language the reader knows; it is ignored.</summary>
        public const string InvalidLanguage = "ris.invalid-language";

        /// <summary><c>ris.invalid-url</c> (warning): <c>UR</c> is not an absolute URL; it is ignored.</summary>
        public const string InvalidUrl = "ris.invalid-url";

        /// <summary><c>ris.custom-ignored</c> (warning): A <c>U1</c> custom field cannot be used; it is ignored.</summary>
        public const string CustomIgnored = "ris.custom-ignored";

        /// <summary><c>ris.extra-fields</c> (info): Tags the model has no place for; they are kept as extra fields.</summary>
        public const string ExtraFields = "ris.extra-fields";
    }

    /// <summary>Codes <c>CSL0xx</c>: cSL style files (<c>CslStyle.Parse</c>, <c>CslStyle.Load</c>).</summary>
    public static class Style
    {
        /// <summary><c>CSL001</c> (error): The style is not well-formed XML.</summary>
        public const string NotWellFormed = "CSL001";

        /// <summary><c>CSL002</c> (error): The root element is not <c>&lt;style&gt;</c>.</summary>
        public const string RootNotStyle = "CSL002";

        /// <summary><c>CSL003</c> (error): A <c>&lt;macro&gt;</c> has no <c>name</c>.</summary>
        public const string MacroWithoutName = "CSL003";

        /// <summary><c>CSL004</c> (error): A macro is defined twice.</summary>
        public const string MacroDefinedTwice = "CSL004";

        /// <summary><c>CSL005</c> (error): An element is not allowed directly in <c>&lt;style&gt;</c>.</summary>
        public const string ElementNotAllowedInStyle = "CSL005";

        /// <summary><c>CSL006</c> (error): The style has no <c>&lt;citation&gt;</c> and is not a dependent style.</summary>
        public const string NoCitation = "CSL006";

        /// <summary><c>CSL007</c> (error): A macro (or a sort key's macro) is called but not defined.</summary>
        public const string MacroNotDefined = "CSL007";

        /// <summary><c>CSL008</c> (error): A macro calls itself, directly or through others.</summary>
        public const string MacroRecursive = "CSL008";

        /// <summary><c>CSL009</c> (error): <c>&lt;citation&gt;</c> or <c>&lt;bibliography&gt;</c> has no <c>&lt;layout&gt;</c>.</summary>
        public const string LayoutMissing = "CSL009";

        /// <summary><c>CSL010</c> (error): A sort <c>&lt;key&gt;</c> has neither <c>variable</c> nor <c>macro</c>.</summary>
        public const string KeyWithoutVariableOrMacro = "CSL010";

        /// <summary><c>CSL011</c> (error): A <c>&lt;text&gt;</c> has none of <c>variable</c>, <c>macro</c>, <c>term</c> or <c>value</c>.</summary>
        public const string TextWithoutSource = "CSL011";

        /// <summary><c>CSL012</c> (error): A <c>&lt;number&gt;</c> has no <c>variable</c>.</summary>
        public const string NumberWithoutVariable = "CSL012";

        /// <summary><c>CSL013</c> (error): An element is not a CSL rendering element.</summary>
        public const string UnknownRenderingElement = "CSL013";

        /// <summary><c>CSL014</c> (error): A <c>&lt;date&gt;</c> has no <c>variable</c>.</summary>
        public const string DateWithoutVariable = "CSL014";

        /// <summary><c>CSL015</c> (error): An element is not allowed in <c>&lt;names&gt;</c>.</summary>
        public const string ElementNotAllowedInNames = "CSL015";

        /// <summary><c>CSL016</c> (error): An element is not allowed in <c>&lt;choose&gt;</c>.</summary>
        public const string ElementNotAllowedInChoose = "CSL016";

        /// <summary><c>CSL017</c> (error): An <c>&lt;if&gt;</c> or <c>&lt;else-if&gt;</c> has no condition.</summary>
        public const string ConditionMissing = "CSL017";

        /// <summary><c>CSL020</c> (error): A dependent style's parent is itself a dependent style.</summary>
        public const string ParentIsDependent = "CSL020";

        /// <summary><c>CSL021</c> (error): A dependent style's parent was not found.</summary>
        public const string ParentNotFound = "CSL021";

        /// <summary><c>CSL022</c> (error): Elements nest deeper than the reader's limit.</summary>
        public const string NestingTooDeep = "CSL022";

        /// <summary><c>CSL023</c> (error): Macros call macros deeper than the reader's limit.</summary>
        public const string MacroCallsTooDeep = "CSL023";

        /// <summary><c>CSL024</c> (error): Once macros are inlined, the style expands beyond the reader's limit of elements.</summary>
        public const string ExpansionTooLarge = "CSL024";
    }

    /// <summary>Codes <c>CSL1xx</c>: cSL locale files (<c>CslLocales.WithDirectory</c>, <c>CslLocales.Parse</c>).</summary>
    public static class Locale
    {
        /// <summary><c>CSL101</c> (error): The root element is not <c>&lt;locale&gt;</c>.</summary>
        public const string RootNotLocale = "CSL101";

        /// <summary><c>CSL102</c> (error): The locale is not well-formed XML.</summary>
        public const string NotWellFormed = "CSL102";

        /// <summary><c>CSL103</c> (warning): An extension attribute of the library on <c>&lt;style-options&gt;</c> (such as <c>year-era</c>) has an unknown value; it is ignored.</summary>
        public const string UnknownExtensionValue = "CSL103";
    }

    /// <summary>Codes <c>CSLJSON0xx</c>: the formatter's CSL-JSON input (<c>CslItems.Parse</c>).</summary>
    public static class CslItems
    {
        /// <summary><c>CSLJSON001</c> (error): The text is not valid JSON.</summary>
        public const string NotJson = "CSLJSON001";

        /// <summary><c>CSLJSON002</c> (error): The root is neither an array of items nor one item object.</summary>
        public const string NotArrayOrObject = "CSLJSON002";

        /// <summary><c>CSLJSON003</c> (warning): An array entry is not an object; it is skipped.</summary>
        public const string ItemNotObject = "CSLJSON003";

        /// <summary><c>CSLJSON004</c> (warning): A name variable is not an array of names; it is skipped.</summary>
        public const string NamesNotArray = "CSLJSON004";

        /// <summary><c>CSLJSON005</c> (warning): A date variable is not a CSL date; it is skipped.</summary>
        public const string InvalidDate = "CSLJSON005";

        /// <summary><c>CSLJSON006</c> (warning): An item has no <c>id</c>; it is skipped.</summary>
        public const string MissingId = "CSLJSON006";
    }
}
