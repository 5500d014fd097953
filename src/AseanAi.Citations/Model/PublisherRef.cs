namespace AseanAi.Citations;

/// <summary>
/// The organisation behind a source: either a known publisher, identified by its registry id (such as <c>jp.mofa</c>),
/// or a name as written that no registry entry matched.
/// </summary>
/// <remarks>
/// The name as written is always kept, so that output can reproduce the source. Instances are immutable and thread-safe.
/// </remarks>
public sealed record PublisherRef
{
    private PublisherRef(string name, string? id, string? unit, bool isInferred)
    {
        Name = name;
        Id = id;
        Unit = unit;
        IsInferred = isInferred;
    }

    /// <summary>The name as written in the source, for example 日本貿易振興機構(JETRO).</summary>
    public string Name { get; }

    /// <summary>The registry id of the known publisher, for example <c>jp.jetro</c>; <see langword="null"/> when unresolved.</summary>
    public string? Id { get; }

    /// <summary>A sub-unit named after the organisation, for example アジア・太平洋総合研究センター; <see langword="null"/> when none.</summary>
    public string? Unit { get; }

    /// <summary>
    /// <see langword="true"/> when the publisher was not named in the source but inferred, for example from the host of its URL.
    /// </summary>
    public bool IsInferred { get; }

    /// <summary><see langword="true"/> when <see cref="Id"/> names a known publisher.</summary>
    public bool IsResolved => Id is not null;

    /// <summary>Creates a reference to a known publisher.</summary>
    /// <param name="id">The registry id, for example <c>jp.mofa</c>.</param>
    /// <param name="name">The name as written in the source.</param>
    /// <param name="unit">A sub-unit named after the organisation, or <see langword="null"/>.</param>
    /// <param name="isInferred">Whether the publisher was inferred rather than named.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or <paramref name="unit"/> is empty.</exception>
    public static PublisherRef Known(string id, string name, string? unit = null, bool isInferred = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (unit is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        }

        return new PublisherRef(name, id, unit, isInferred);
    }

    /// <summary>Creates a reference to a publisher known only by the name written in the source.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static PublisherRef Unresolved(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new PublisherRef(name, id: null, unit: null, isInferred: false);
    }

    /// <summary>Returns the name as written, followed by the unit when one is known.</summary>
    /// <returns>The display form.</returns>
    public override string ToString() => Unit is null ? Name : Name + " " + Unit;
}
