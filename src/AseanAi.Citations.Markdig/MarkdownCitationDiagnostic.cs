namespace AseanAi.Citations.Markdig;

/// <summary>A finding about a document's citations (an unknown key, an unreadable bibliography) with the file it is in.</summary>
/// <param name="File">The document's or the bibliography's path, when known.</param>
/// <param name="Diagnostic">What was found, and where (1-based line and column).</param>
public sealed record MarkdownCitationDiagnostic(string? File, Diagnostic Diagnostic)
{
    /// <summary>Writes the finding as compilers do: <c>file:line:column: severity code: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => File is null ? Diagnostic.ToString() : File + ":" + Diagnostic;
}
