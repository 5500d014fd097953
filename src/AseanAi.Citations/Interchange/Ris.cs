namespace AseanAi.Citations.Interchange;

/// <summary>
/// Writes and reads RIS, the tagged format of Zotero, EndNote, Mendeley and most library catalogues.
/// </summary>
/// <remarks>
/// <para>
/// Writing follows the RIS specification as Zotero writes it: <c>TY</c> (<c>GOVDOC</c>, <c>NEWS</c>, <c>ELEC</c>,
/// <c>RPRT</c>, <c>BLOG</c>, <c>JOUR</c>, <c>BOOK</c>, <c>DATA</c>, <c>GEN</c>), <c>AU</c> as <c>family, given</c> for
/// persons and the name for organisations, <c>A2</c> editors, <c>A4</c> translators, <c>PB</c>, <c>CY</c>,
/// <c>PY</c> (year) with <c>DA</c> (<c>2025/10/26/</c>), <c>Y2</c> (accessed), <c>UR</c>, <c>DO</c>, <c>LA</c>,
/// <c>T2</c>, <c>SP</c>/<c>EP</c>, lines ending in CR LF. What RIS has no tag for goes on <c>U1</c> lines as
/// <c>key: JSON</c>, with the keys of CSL-JSON's custom object, so that the file reads back into equal citations.
/// </para>
/// <para>
/// Reading takes files as Zotero and EndNote write them: old and new tags (<c>T1</c>, <c>A1</c>, <c>Y1</c>, <c>JF</c>),
/// dates in every RIS form (<c>2025/01/14/</c>, <c>2025///</c>, <c>2025</c>, <c>2025/11/01/12:00:00</c>, EndNote's
/// <c>October 26</c> with <c>PY</c>), multi-line values, a byte order mark, CR LF or LF. It never throws for bad input:
/// problems are reported with their line and column, a record without a type is skipped, and the rest are kept.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class Ris
{
    /// <summary>Writes citations as an RIS file.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citations"/> or one of its items is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer, citations);
        return writer.ToString();
    }

    /// <summary>Writes citations as an RIS file to a text writer.</summary>
    /// <param name="output">Where to write; UTF-8 is what Zotero and EndNote read.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        new RisWriter(InterchangeWriteOptions.Default).Write(output, citations);
    }

    /// <summary>Writes citations as an RIS file, with choices.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="options">What to write besides the standard tags (bookkeeping, Unicode ids).</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<Citation> citations, InterchangeWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(citations);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer, citations, options);
        return writer.ToString();
    }

    /// <summary>Writes citations as an RIS file to a text writer, with choices.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="options">What to write besides the standard tags (bookkeeping, Unicode ids).</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations, InterchangeWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(options);
        new RisWriter(options).Write(output, citations);
    }

    /// <summary>Reads an RIS file.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The citations of the file's records, in order, with diagnostics (line and column). Never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ParseResult<IReadOnlyList<Citation>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RisReader.Read(text);
    }
}
