namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// A finding about a link that otherwise works. Each value has a stable name in reports (<see cref="LinkCheckNames"/>):
/// <c>title-mismatch</c>, <c>content-type-mismatch</c>, <c>fragment-missing</c>, <c>insecure-http</c>.
/// </summary>
public enum LinkWarning
{
    /// <summary>The page's title (and first heading) does not match the cited title after script folding.</summary>
    TitleMismatch,

    /// <summary>The response's media type is not the one the citation expects (for example HTML for a PDF).</summary>
    ContentTypeMismatch,

    /// <summary>The URL's <c>#fragment</c> names no <c>id</c> or <c>&lt;a name&gt;</c> in the page.</summary>
    FragmentMissing,

    /// <summary>The link uses plain <c>http</c> to a host other than the local machine.</summary>
    InsecureHttp,
}
