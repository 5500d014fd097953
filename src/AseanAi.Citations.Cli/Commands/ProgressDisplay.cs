using System.Globalization;
using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// A one-line progress count on standard error, shown only when standard error is a terminal, so that it never mixes
/// into redirected output or machine-readable reports. With NO_COLOR (or TERM=dumb) the line is redrawn with a carriage
/// return and spaces only, without escape sequences.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly TextWriter _error;
    private readonly bool _escapes;
    private long _lastDrawn;
    private int _dead;
    private int _drawnLength;

    private ProgressDisplay(TextWriter error, bool escapes)
    {
        _error = error;
        _escapes = escapes;
    }

    /// <summary>A display on <paramref name="error"/> when the environment's standard error is a terminal; else null.</summary>
    public static ProgressDisplay? ForTerminal(TextWriter error, CliEnvironment environment) =>
        environment.ShowsProgress ? new ProgressDisplay(error, environment.ErrorUsesEscapes) : null;

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
        var text = string.Create(CultureInfo.InvariantCulture, $"checked {checkedCount} links, {_dead} dead…");
        Draw(text);
    }

    public void Clear() => Draw(string.Empty);

    private void Draw(string text)
    {
        if (_escapes)
        {
            // Carriage return, erase the line (CSI 2 K), then the text.
            _error.Write("\r\u001b[2K" + text);
        }
        else
        {
            _error.Write("\r" + text.PadRight(_drawnLength) + (text.Length < _drawnLength ? "\r" + text : string.Empty));
        }

        _drawnLength = text.Length;
        _error.Flush();
    }
}
