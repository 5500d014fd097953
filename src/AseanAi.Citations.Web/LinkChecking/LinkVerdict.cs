namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// What a link check concluded about a URL. Each value has a stable name in reports (<see cref="LinkCheckNames"/>):
/// <c>ok</c>, <c>redirected</c>, <c>broken</c>, <c>soft-404</c>, <c>blocked</c>, <c>timeout</c>, <c>error</c>,
/// <c>excluded</c>, <c>invalid</c>.
/// </summary>
/// <remarks>
/// Only <see cref="Broken"/> and <see cref="Soft404"/> say that a link is dead. <see cref="Blocked"/>,
/// <see cref="Timeout"/> and <see cref="Error"/> say that it could not be verified, which is not the same thing.
/// </remarks>
public enum LinkVerdict
{
    /// <summary>The page answered with an accepted status (by default 2xx), directly or after temporary redirects.</summary>
    Ok,

    /// <summary>A permanent redirect (301 or 308) led to a working page; the result carries the new URL.</summary>
    Redirected,

    /// <summary>
    /// The link is dead: 404, 410 or another client error, a 5xx that persisted through retries, a redirect loop or
    /// too many hops, or a host name that does not exist while other names resolved in the same run.
    /// </summary>
    Broken,

    /// <summary>
    /// The server answered 200 but the page is a "not found" page, a deep URL was redirected to the site's home page,
    /// or a <c>.pdf</c> URL was answered with an HTML page.
    /// </summary>
    Soft404,

    /// <summary>The server refused to let a robot verify the link (401, 403 bot walls, 429 past its retries, 999).</summary>
    Blocked,

    /// <summary>The server did not answer within the request or link timeout, through every retry.</summary>
    Timeout,

    /// <summary>
    /// The link could not be checked: connection refused or reset, TLS failure, a name that did not resolve while no
    /// other name resolved either (a dead domain and a missing network look alike).
    /// </summary>
    Error,

    /// <summary>The link was not checked because an include, exclude or private-address rule left it out.</summary>
    Excluded,

    /// <summary>The text is not an absolute URL, or its scheme is not <c>http</c> or <c>https</c>.</summary>
    Invalid,
}
