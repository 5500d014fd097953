namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// What the cache remembers of a URL across runs: since when it has been dead and for how many checks in a row, so
/// that a pipeline can fail only on links that stayed broken for several runs.
/// </summary>
/// <param name="FirstSeenBroken">When the current streak of <c>broken</c>/<c>soft-404</c> verdicts began; <see langword="null"/> when the link is not dead.</param>
/// <param name="ConsecutiveFailures">How many checks in a row found the link dead; 0 when the last check found it working.</param>
/// <remarks>
/// Verdicts that verify nothing (<c>blocked</c>, <c>timeout</c>, <c>error</c>) neither extend nor end a streak.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed record LinkHistory(DateTimeOffset? FirstSeenBroken, int ConsecutiveFailures);
