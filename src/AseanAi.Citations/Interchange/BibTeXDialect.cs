namespace AseanAi.Citations.Interchange;

/// <summary>Which flavour of <c>.bib</c> file to write.</summary>
public enum BibTeXDialect
{
    /// <summary>
    /// BibLaTeX with Biber, the flavour for UTF-8 and CJK: <c>@online</c>, <c>@report</c>, <c>journaltitle</c>,
    /// <c>date</c> in EDTF, <c>urldate</c>, <c>langid</c>.
    /// </summary>
    BibLaTeX = 0,

    /// <summary>
    /// Classic BibTeX: <c>@misc</c>, <c>@techreport</c>, <c>journal</c>, <c>year</c> and <c>month</c>, <c>address</c>,
    /// <c>language</c>.
    /// </summary>
    BibTeX = 1,
}
