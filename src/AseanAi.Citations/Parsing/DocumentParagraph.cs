namespace AseanAi.Citations.Parsing;

/// <summary>A paragraph of a document's body: its text and where it stands.</summary>
/// <param name="Text">The paragraph as written.</param>
/// <param name="Span">Where it stands in the document.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DocumentParagraph(string Text, SourceSpan Span);
