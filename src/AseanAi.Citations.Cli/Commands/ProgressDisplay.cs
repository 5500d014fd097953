using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// A one-line progress count on standard error, shown only when standard error is a terminal, so that it never mixes
/// into redirected output or machine-readable reports.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly TextWriter _error;
    private long _lastDrawn;
    private int _dead;

    private ProgressDisplay(TextWriter error) => _error = error;

    public static ProgressDisplay? ForTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressDisplay(error) : null;

    public void Update(int checkedCount, LinkCheckResult latest)
    {
        if (LinkCheckNames.IsDead(latest.Verdict))
        {
            _dead++;
        }

        var now = Environment.TickCount64;
        if (now - _lastDrawn < 100)
        {
            return;
        }

        _lastDrawn = now;
        _error.Write($"\r\u001b[2Kchecked {checkedCount} links, {_dead} dead…");
        _error.Flush();
    }

    public void Clear()
    {
        _error.Write("\r\u001b[2K");
        _error.Flush();
    }
}
