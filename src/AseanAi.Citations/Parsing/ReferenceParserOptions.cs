using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Parsing;

/// <summary>Settings of a <see cref="ReferenceParser"/>.</summary>
/// <remarks>Instances are immutable and thread-safe; values are checked when set.</remarks>
public sealed record ReferenceParserOptions
{
    /// <summary>The default settings.</summary>
    public static ReferenceParserOptions Default { get; } = new();

    /// <summary>The fewest UTF-16 code units <see cref="MaxLineLength"/> may be set to: 64.</summary>
    public const int SmallestMaxLineLength = 64;

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
            ArgumentOutOfRangeException.ThrowIfLessThan(value, SmallestMaxLineLength);
            field = value;
        }
    } = 4096;

    /// <summary>
    /// The publishers that names and URLs are resolved against (also used for publisher mentions in documents read with
    /// this parser). Default <see cref="PublisherRegistry.Default"/>, the built-in entries.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public PublisherRegistry Publishers
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = PublisherRegistry.Default;
}
