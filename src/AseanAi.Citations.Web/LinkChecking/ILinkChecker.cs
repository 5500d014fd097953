namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>Checks links for rot.</summary>
public interface ILinkChecker
{
    /// <summary>
    /// Checks <paramref name="targets"/> and streams one result per target as soon as it is known (not in input order).
    /// Each unique normalised URL is fetched at most once per call; its outcome fans out to every target that names it.
    /// </summary>
    /// <param name="targets">The links to check; read once, while results are already streaming.</param>
    /// <param name="cancellationToken">Stops the run: pending requests are cancelled and enumeration throws
    /// <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results. Network failures and bad URLs are verdicts, never exceptions.</returns>
    /// <remarks>Implementations are thread-safe: several runs may share one checker.</remarks>
    IAsyncEnumerable<LinkCheckResult> CheckAsync(IAsyncEnumerable<LinkTarget> targets, CancellationToken cancellationToken = default);
}
