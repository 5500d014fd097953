namespace AseanAi.Citations.Csl;

/// <summary>
/// What happens where two pieces of output meet with punctuation on both sides of the join, as CSL processors do:
/// a suffix "." after a title ending in "?" is dropped, ", ." becomes ".", and doubled spaces collapse (a space after
/// a no-break space too).
/// </summary>
internal static class Punctuation
{
    private enum Keep : byte
    {
        Both,
        First,
        Second,
    }

    private static Keep Rule(char left, char right) => (left, right) switch
    {
        ('!', '.') or ('!', ':') or ('!', '!') => Keep.First,
        ('?', '.') or ('?', ':') or ('?', '?') => Keep.First,
        ('.', '.') => Keep.First,
        (':', '.') or (':', ':') => Keep.First,
        (':', '!') or (':', '?') => Keep.Second,
        (';', '.') or (';', ':') or (';', ';') => Keep.First,
        (';', '!') or (';', '?') => Keep.Second,
        (',', ',') => Keep.First,
        (' ', ' ') or ('\u00A0', ' ') => Keep.First,
        _ => Keep.Both,
    };

    /// <summary>Returns the two pieces after merging the punctuation that meets at their join.</summary>
    public static (string Left, string Right) Join(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return (left, right);
        }

        var l = left[^1];
        var r = right[0];
        if (!IsMergeable(l) || !IsMergeable(r))
        {
            return (left, right);
        }

        // A space before the punctuation on the right: ". " + ". " keeps one.
        switch (Rule(l, r))
        {
            case Keep.First:
                return (left, right[1..]);
            case Keep.Second:
                return (left[..^1], right);
            default:
                return (left, right);
        }
    }

    private static bool IsMergeable(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ' ' or '\u00A0';
}
