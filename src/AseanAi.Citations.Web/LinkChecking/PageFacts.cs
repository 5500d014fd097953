namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>What the checks need to know of a fetched page; kept in the cache so that cached links get the same warnings.</summary>
internal sealed record PageFacts
{
    /// <summary>The media type of the response, lower case, without parameters (<c>text/html</c>).</summary>
    public string? MediaType { get; init; }

    /// <summary>Whether the body is HTML (by media type, or by its first bytes when the type is missing or generic).</summary>
    public bool IsHtml { get; init; }

    /// <summary>Whether the body starts with <c>%PDF-</c>.</summary>
    public bool IsPdf { get; init; }

    /// <summary>Whether only part of the body was read: anchors beyond the cut-off are unknown.</summary>
    public bool Truncated { get; init; }

    public string? Title { get; init; }

    public string? Heading { get; init; }

    public string? OpenGraphTitle { get; init; }

    /// <summary>The <c>id</c>s and <c>&lt;a name&gt;</c>s of the page; empty for non-HTML bodies.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Why the page reads as "not found", or <see langword="null"/>.</summary>
    public string? NotFoundSignal { get; init; }
}
