namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// The stable report names of <see cref="LinkVerdict"/> and <see cref="LinkWarning"/> values (<c>soft-404</c>,
/// <c>title-mismatch</c>, …), as written in every report format. Thread-safe.
/// </summary>
public static class LinkCheckNames
{
    /// <summary>Returns the report name of <paramref name="verdict"/>, such as <c>ok</c> or <c>soft-404</c>.</summary>
    /// <param name="verdict">A verdict.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined value.</exception>
    public static string Of(LinkVerdict verdict) => verdict switch
    {
        LinkVerdict.Ok => "ok",
        LinkVerdict.Redirected => "redirected",
        LinkVerdict.Broken => "broken",
        LinkVerdict.Soft404 => "soft-404",
        LinkVerdict.Blocked => "blocked",
        LinkVerdict.Timeout => "timeout",
        LinkVerdict.Error => "error",
        LinkVerdict.Excluded => "excluded",
        LinkVerdict.Invalid => "invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a defined link verdict."),
    };

    /// <summary>Returns the report name of <paramref name="warning"/>, such as <c>title-mismatch</c>.</summary>
    /// <param name="warning">A warning.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warning"/> is not a defined value.</exception>
    public static string Of(LinkWarning warning) => warning switch
    {
        LinkWarning.TitleMismatch => "title-mismatch",
        LinkWarning.ContentTypeMismatch => "content-type-mismatch",
        LinkWarning.FragmentMissing => "fragment-missing",
        LinkWarning.InsecureHttp => "insecure-http",
        _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, "Not a defined link warning."),
    };

    /// <summary>Reads a verdict from its report name (ordinal, case-insensitive).</summary>
    /// <param name="name">A name such as <c>soft-404</c>; <see langword="null"/> or unknown names give <see langword="false"/>.</param>
    /// <param name="verdict">The verdict when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseVerdict(string? name, out LinkVerdict verdict)
    {
        foreach (var candidate in Enum.GetValues<LinkVerdict>())
        {
            if (string.Equals(Of(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                verdict = candidate;
                return true;
            }
        }

        verdict = default;
        return false;
    }

    /// <summary>Whether <paramref name="verdict"/> says the link is dead (<c>broken</c> or <c>soft-404</c>).</summary>
    /// <param name="verdict">A verdict.</param>
    /// <returns><see langword="true"/> for <see cref="LinkVerdict.Broken"/> and <see cref="LinkVerdict.Soft404"/>.</returns>
    public static bool IsDead(LinkVerdict verdict) => verdict is LinkVerdict.Broken or LinkVerdict.Soft404;
}
