namespace AseanAi.Citations.Parsing;

/// <summary>What ties a place in a document's body to a reference.</summary>
[Flags]
public enum LinkEvidence
{
    /// <summary>No evidence.</summary>
    None = 0,

    /// <summary>The body gives a date that agrees with the reference's date (2025 年 10 月 26 日 and 令和7年10月26日).</summary>
    Date = 1,

    /// <summary>The body names the reference's publisher or issuer, in any script (經濟產業省 and 経済産業省).</summary>
    Publisher = 2,

    /// <summary>The body repeats words of the reference's title (第 31 回日 ASEAN 經濟大臣會合).</summary>
    Title = 4,
}

/// <summary>A sentence of a document's body that points at one of its references.</summary>
/// <param name="ReferenceNumber">The <see cref="CitedReference.Number"/> of the reference.</param>
/// <param name="Text">The sentence of the body, as written.</param>
/// <param name="Span">Where the sentence stands in the document.</param>
/// <param name="Evidence">What ties the sentence to the reference.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReferenceLink(int ReferenceNumber, string Text, SourceSpan Span, LinkEvidence Evidence);

/// <summary>A publisher that the body names but that no reference backs (no reference is issued or published by it).</summary>
/// <param name="PublisherId">The registry id of the publisher (<c>jp.mic</c>).</param>
/// <param name="Text">The name as written in the body (總務省).</param>
/// <param name="Span">Where the name stands in the document.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record UnbackedMention(string PublisherId, string Text, SourceSpan Span);
