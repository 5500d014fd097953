namespace AseanAi.Citations.Csl;

/// <summary>
/// The HTML document structure citeproc-js and Pandoc give a bibliography: a <c>div.csl-bib-body</c> holding one
/// <c>div.csl-entry</c> per entry.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CslHtml
{
    /// <summary>
    /// Wraps entries rendered with <see cref="CslOutputFormat.Html"/> as citeproc-js writes a bibliography: first
    /// <c>&lt;div class="csl-bib-body"&gt;</c>, then each entry in <c>  &lt;div class="csl-entry"&gt;…&lt;/div&gt;</c>
    /// (an entry of a <c>second-field-align</c> style spans lines, its <c>csl-left-margin</c> and
    /// <c>csl-right-inline</c> blocks on a line of their own), then <c>&lt;/div&gt;</c>. Entries are read as they are
    /// enumerated, so a long bibliography is never held whole.
    /// </summary>
    /// <param name="entries">Bibliography entries in HTML, as <see cref="CslProcessor"/> renders them.</param>
    /// <returns>The pieces to write one per line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static IEnumerable<string> Bibliography(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Wrap(entries);

        static IEnumerable<string> Wrap(IEnumerable<string> entries)
        {
            yield return "<div class=\"csl-bib-body\">";
            foreach (var entry in entries)
            {
                yield return "  <div class=\"csl-entry\">" + entry + "</div>";
            }

            yield return "</div>";
        }
    }
}
