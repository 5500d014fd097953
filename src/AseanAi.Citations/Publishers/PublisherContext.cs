namespace AseanAi.Citations.Publishers;

/// <summary>
/// What is known around a name being resolved — the country of the citing document, the date of the cited work, the
/// language and text of the line, the URL of the reference — so that
/// <see cref="PublisherRegistry.ResolveInContext(string, PublisherContext)"/> can tell apart the bodies that share a name or an
/// abbreviation (MOFA, MOE, MIC, NBS, CNA) and pick the body of the date.
/// </summary>
/// <remarks>
/// Every property is optional; a context with none of them resolves as <see cref="PublisherRegistry.Resolve(string, string?)"/>
/// does. Context only chooses among the candidates of the name, never adds one, and a name still fitting several bodies
/// after every clue is reported as ambiguous. Instances are immutable and thread-safe.
/// </remarks>
public sealed record PublisherContext
{
    /// <summary>An empty context: no clues.</summary>
    public static PublisherContext None { get; } = new();

    /// <summary>An ISO 3166-1 alpha-2 code known to apply (the country of the citing document or of the cited work), or <see langword="null"/>.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// The date of the cited work, or <see langword="null"/>. Among candidates, those that existed on that day are kept
    /// (a 2019 reference to 科技部 is Taiwan's Ministry of Science and Technology, not today's council).
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// The BCP 47 tag of the line the name stands in (<c>ja</c>, <c>zh-Hant</c>, <c>ko</c>, <c>th</c>…), or
    /// <see langword="null"/> to tell it from <see cref="Text"/>'s script.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The line or passage the name stands in, or <see langword="null"/>: country names in it (Japan, 台灣, Việt Nam)
    /// and, unless <see cref="Language"/> is given, its script count as clues.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>The URL of the reference, or <see langword="null"/>: a registered site's country, or the country of its top-level domain, is a clue.</summary>
    public Uri? Url { get; init; }
}
