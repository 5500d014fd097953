namespace AseanAi.Citations;

/// <summary>
/// A field of an interchange file that the model has no place for (<c>isbn</c>, <c>abstract</c>, <c>keywords</c>,
/// <c>yomi</c>), kept as read so that writing the citation back gives it again.
/// </summary>
/// <remarks>
/// Names are the format's own, lower case for BibTeX (<c>isbn</c>), as written for CSL-JSON (<c>ISBN</c>) and RIS
/// (<c>SN</c>); writers put a field back under the name its format uses (docs/interchange.md). Immutable, with value
/// equality; thread-safe.
/// </remarks>
public sealed record ExtraField
{
    /// <summary>Creates an extra field.</summary>
    /// <param name="name">The field's name as the format spells it.</param>
    /// <param name="value">The field's value, decoded (no TeX markup).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public ExtraField(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>The field's name as the format spells it.</summary>
    public string Name { get; }

    /// <summary>The field's value.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Value}";
}
