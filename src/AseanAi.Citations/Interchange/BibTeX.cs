namespace AseanAi.Citations.Interchange;

/// <summary>
/// Writes and reads BibTeX and BibLaTeX (<c>.bib</c>) files, for LaTeX, Biber, Pandoc and the reference managers that
/// import them.
/// </summary>
/// <remarks>
/// <para>
/// Writing keeps UTF-8 as it is — CJK is never folded to ASCII — and escapes only LaTeX's special characters. Persons are
/// written <c>family, given</c> (<c>佐藤, 仁</c>), which BibTeX, Biber, Pandoc and citation.js split right; organisations
/// are braced (<c>{外務省}</c>) so that none of them splits them; CJK titles are braced whole and Latin titles' acronyms
/// word by word, so that styles do not change their case. Keys are the citations' ids where those are valid keys, and
/// readable keys such as <c>外務省2025日ASEAN</c> otherwise, unique within the file. BibLaTeX gets <c>date</c> and
/// <c>urldate</c> in EDTF and <c>langid</c>; BibTeX gets <c>year</c>, <c>month</c> and <c>language</c>. What neither
/// dialect has a field for (title translations, publisher ids, original date texts, the source span) is written in
/// extra fields named like CSL-JSON's custom keys (<c>title-translations</c>, <c>issued-text</c>, …), which BibTeX,
/// Biber and Pandoc ignore, so that the file reads back into equal citations. The mapping is documented in
/// <c>docs/interchange.md</c>.
/// </para>
/// <para>
/// Reading takes both dialects, <c>@string</c> macros, <c>#</c> concatenation, <c>@comment</c> and <c>@preamble</c>,
/// and LaTeX accents. It never throws for bad input: a syntax error is reported with its line and column, the entry is
/// skipped and reading goes on with the next one.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class BibTeX
{
    /// <summary>Writes citations as a <c>.bib</c> file.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="dialect">BibLaTeX (the default) or classic BibTeX.</param>
    /// <param name="options">What to write besides the standard fields (bookkeeping, Unicode keys); <see langword="null"/> for <see cref="InterchangeWriteOptions.Default"/>.</param>
    /// <returns>The file's text: one entry per citation, separated by blank lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citations"/> or one of its items is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<Citation> citations, BibTeXDialect dialect = BibTeXDialect.BibLaTeX, InterchangeWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(citations);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer, citations, dialect, options ?? InterchangeWriteOptions.Default);
        return writer.ToString();
    }

    /// <summary>Writes citations as a <c>.bib</c> file to a text writer.</summary>
    /// <param name="output">Where to write; the caller chooses the encoding (UTF-8 is what Biber and Pandoc expect).</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="dialect">BibLaTeX or classic BibTeX.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations, BibTeXDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown BibTeX dialect.");
        }

        new BibTeXWriter(dialect, InterchangeWriteOptions.Default).Write(output, citations);
    }

    /// <summary>Writes citations as a <c>.bib</c> file to a text writer, with choices.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="dialect">BibLaTeX or classic BibTeX.</param>
    /// <param name="options">What to write besides the standard fields (bookkeeping, Unicode keys).</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations, BibTeXDialect dialect, InterchangeWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown BibTeX dialect.");
        }

        new BibTeXWriter(dialect, options).Write(output, citations);
    }

    /// <summary>Reads a BibTeX or BibLaTeX file.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>
    /// The citations of the file's entries, in order, with diagnostics (line and column) for what could not be read;
    /// entries with syntax errors are skipped. Never throws for bad input.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<IReadOnlyList<Citation>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BibTeXReader.Read(text);
    }
}
