using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// A set of HTTP status codes written as ranges and single codes, such as <c>200..299,403</c>: the statuses a link
/// check accepts as working.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class StatusCodeSet : IEquatable<StatusCodeSet>
{
    private readonly (int Low, int High)[] _ranges;

    private StatusCodeSet((int Low, int High)[] ranges) => _ranges = ranges;

    /// <summary>The default: every 2xx status.</summary>
    public static StatusCodeSet Success { get; } = new([(200, 299)]);

    /// <summary>Whether <paramref name="status"/> is in the set.</summary>
    /// <param name="status">An HTTP status code; values outside 100–999 are never in a set.</param>
    /// <returns><see langword="true"/> when a range holds the code.</returns>
    public bool Contains(int status)
    {
        foreach (var (low, high) in _ranges)
        {
            if (status >= low && status <= high)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a set such as <c>200..299,403</c> (also <c>200-299</c>; spaces are ignored).</summary>
    /// <param name="text">Comma-separated codes and ranges of codes between 100 and 999.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a list of codes and ranges; the message says which part.</exception>
    public static StatusCodeSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var set, out var error) ? set : throw new FormatException(error);
    }

    /// <summary>Reads a set such as <c>200..299,403</c> without throwing.</summary>
    /// <param name="text">Comma-separated codes and ranges; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="set">The set, when the text is valid.</param>
    /// <param name="error">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StatusCodeSet? set, out string? error)
    {
        set = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The list of status codes is empty; write codes and ranges such as 200..299,403.";
            return false;
        }

        var ranges = new List<(int, int)>();
        foreach (var rawPart in text.Split(','))
        {
            var part = rawPart.Trim();
            var separator = part.IndexOf("..", StringComparison.Ordinal);
            var separatorLength = 2;
            if (separator < 0)
            {
                separator = part.IndexOf('-', StringComparison.Ordinal);
                separatorLength = 1;
            }

            var lowText = separator < 0 ? part : part[..separator].Trim();
            var highText = separator < 0 ? part : part[(separator + separatorLength)..].Trim();
            if (!TryReadCode(lowText, out var low) || !TryReadCode(highText, out var high) || low > high)
            {
                error = $"'{part}' is not a status code or a range of codes between 100 and 999 (write 200..299,403).";
                return false;
            }

            ranges.Add((low, high));
        }

        set = new StatusCodeSet([.. ranges]);
        return true;
    }

    private static bool TryReadCode(string text, out int code) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code) && code is >= 100 and <= 999;

    /// <summary>Writes the set as it is parsed, such as <c>200..299,403</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (low, high) in _ranges)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(low.ToString(CultureInfo.InvariantCulture));
            if (high != low)
            {
                builder.Append("..").Append(high.ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(StatusCodeSet? other) => other is not null && _ranges.AsSpan().SequenceEqual(other._ranges);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusCodeSet);

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
