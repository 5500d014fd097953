namespace AseanAi.Citations.Parsing;

/// <summary>Settings of a <see cref="ReferenceParser"/>.</summary>
/// <remarks>Instances are immutable and thread-safe; values are checked when set.</remarks>
public sealed record ReferenceParserOptions
{
    /// <summary>The default settings.</summary>
    public static ReferenceParserOptions Default { get; } = new();

    /// <summary>
    /// The longest line read in full, in UTF-16 code units (default 4,096; at least 64). Longer lines are read up to this
    /// length and reported with a <c>reference.too-long</c> warning, so that hostile input costs bounded time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 64.</exception>
    public int MaxLineLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 64);
            field = value;
        }
    } = 4096;
}
