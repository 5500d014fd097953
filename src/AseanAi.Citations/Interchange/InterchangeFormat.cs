namespace AseanAi.Citations.Interchange;

/// <summary>The interchange formats this library reads and writes.</summary>
public enum InterchangeFormat
{
    /// <summary>CSL-JSON (schema 1.0.2), read by Zotero, Pandoc and citeproc; see <see cref="Interchange.CslJson"/>.</summary>
    CslJson = 0,

    /// <summary>BibLaTeX <c>.bib</c>, for Biber and Pandoc; see <see cref="Interchange.BibTeX"/>.</summary>
    BibLaTeX = 1,

    /// <summary>Classic BibTeX <c>.bib</c>; see <see cref="Interchange.BibTeX"/>.</summary>
    BibTeX = 2,

    /// <summary>RIS, for Zotero, EndNote and Mendeley; see <see cref="Interchange.Ris"/>.</summary>
    Ris = 3,
}
