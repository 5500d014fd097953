namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// One occurrence of a link to check: the URL as written and, when known, where it was found and what the citation
/// it belongs to says about it (cited title, expected media type).
/// </summary>
/// <remarks>
/// The URL is kept as written, even when it is not a URL at all: the checker reports such text as
/// <see cref="LinkVerdict.Invalid"/> instead of rejecting it. Instances are immutable and thread-safe.
/// </remarks>
public sealed record LinkTarget
{
    /// <summary>Creates a target for <paramref name="url"/>.</summary>
    /// <param name="url">The URL as written in the source; any text is accepted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    public LinkTarget(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
    }

    /// <summary>The URL as written in the source.</summary>
    public string Url { get; }

    /// <summary>The file (or other source name, such as <c>-</c> for standard input) the link was found in.</summary>
    public string? Source { get; init; }

    /// <summary>Where in <see cref="Source"/> the link was found, with 1-based line and column.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>The title the citation gives the linked page; compared with the page's own title.</summary>
    public string? CitedTitle { get; init; }

    /// <summary>
    /// The media type the citation expects, such as <c>application/pdf</c>; a different media type in the response is
    /// reported as <see cref="LinkWarning.ContentTypeMismatch"/>.
    /// </summary>
    public string? ExpectedMediaType { get; init; }
}
