using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// An organisation that publishes or issues cited works — a ministry, agency, institute, newspaper, platform or company —
/// with its names in every script, its abbreviations and short forms, and its web domains.
/// </summary>
/// <remarks>
/// <para>
/// Publishers come from a <see cref="PublisherRegistry"/> (the built-in one is <see cref="PublisherRegistry.Default"/>);
/// create them in code only to add custom entries through a <see cref="PublisherRegistryBuilder"/>.
/// Every property is validated when it is set, and a bad value throws <see cref="ArgumentException"/>.
/// </para>
/// <para>Equality compares every property, lists in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record Publisher
{
    /// <summary>Creates a publisher.</summary>
    /// <param name="id">The stable registry id: lower-case ASCII parts joined by '.' or '-', country first (<c>jp.mofa</c>, <c>tw.iii.stli</c>).</param>
    /// <param name="kind">What kind of organisation it is.</param>
    /// <param name="country">An ISO 3166-1 alpha-2 code (<c>JP</c>), or a UN M.49 area code for regional and international bodies (<c>035</c> South-eastern Asia, <c>142</c> Asia, <c>001</c> world).</param>
    /// <param name="names">The official names, one per language (BCP 47 tags such as <c>ja</c>, <c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c>); the first is the primary name.</param>
    /// <exception cref="ArgumentException">A value breaks the rules above, a name has no language, or two names share a language.</exception>
    public Publisher(string id, PublisherKind kind, string country, ImmutableArray<LocalizedText> names)
    {
        if (PublisherFields.CheckId(id) is { } idError)
        {
            throw new ArgumentException(idError, nameof(id));
        }

        if (PublisherFields.CheckCountry(country) is { } countryError)
        {
            throw new ArgumentException(countryError, nameof(country));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"{(int)kind} is not a publisher kind.", nameof(kind));
        }

        Id = id;
        Kind = kind;
        Country = country;
        Names = CheckNames(names);
    }

    /// <summary>The stable registry id, such as <c>jp.mofa</c>; the value a <see cref="PublisherRef"/> stores.</summary>
    public string Id { get; }

    /// <summary>What kind of organisation it is.</summary>
    public PublisherKind Kind { get; }

    /// <summary>An ISO 3166-1 alpha-2 code, or a UN M.49 area code (<c>035</c>, <c>142</c>, <c>001</c>) for regional and international bodies.</summary>
    public string Country { get; }

    /// <summary>The official names, one per language, the primary (native) name first.</summary>
    public ImmutableArray<LocalizedText> Names { get; }

    /// <summary>The primary name: the first of <see cref="Names"/>, such as 外務省.</summary>
    public string Name => Names[0].Text;

    /// <summary>Abbreviations, such as MOFA, METI, JETRO. Written in capitals, they match running text only in capitals.</summary>
    /// <exception cref="ArgumentException">On set: a form is blank.</exception>
    public ImmutableArray<string> Abbreviations
    {
        get;
        init => field = PublisherFields.CheckForms(value, nameof(Abbreviations));
    } = [];

    /// <summary>Other names and short forms that identify the organisation wherever they appear, such as 経産省, ジェトロ, 日經中文網.</summary>
    /// <exception cref="ArgumentException">On set: a form is blank.</exception>
    public ImmutableArray<string> Aliases
    {
        get;
        init => field = PublisherFields.CheckForms(value, nameof(Aliases));
    } = [];

    /// <summary>
    /// Short forms that identify the organisation when given as a whole name, but that are too common inside other
    /// words to be looked for in running text (理研 inside 物理研究所, 台大 inside 平台大幅).
    /// </summary>
    /// <exception cref="ArgumentException">On set: a form is blank.</exception>
    public ImmutableArray<string> LookupOnlyAliases
    {
        get;
        init => field = PublisherFields.CheckForms(value, nameof(LookupOnlyAliases));
    } = [];

    /// <summary>
    /// The organisation's sites: host names, each covering its subdomains (<c>jst.go.jp</c> covers <c>spap.jst.go.jp</c>),
    /// optionally with a path prefix for a body that lives inside another's site (<c>mlit.go.jp/kankocho</c>).
    /// Stored in lower case without a trailing slash.
    /// </summary>
    /// <exception cref="ArgumentException">On set: a value is not a host name with an optional path.</exception>
    public ImmutableArray<string> Domains
    {
        get;
        init => field = CheckDomains(value);
    } = [];

    /// <summary>The id of the organisation this one belongs to (a bureau's ministry, a centre's agency), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">On set: the value is not a well-formed id, or is this publisher's own id.</exception>
    public string? ParentId
    {
        get;
        init
        {
            if (value is not null && (PublisherFields.CheckId(value) is { } error || value == Id))
            {
                throw new ArgumentException(PublisherFields.CheckId(value) ?? $"A publisher cannot be its own parent ('{value}').", nameof(ParentId));
            }

            field = value;
        }
    }

    /// <summary>The public pages the entry's names and domains were checked against (the organisation's own site unless stated).</summary>
    /// <exception cref="ArgumentException">On set: an address is not absolute http or https.</exception>
    public ImmutableArray<Uri> Sources
    {
        get;
        init
        {
            value = SequenceEquality.OrEmpty(value);
            foreach (var source in value)
            {
                if (PublisherFields.CheckSource(source) is { } error)
                {
                    throw new ArgumentException(error, nameof(Sources));
                }
            }

            field = value;
        }
    } = [];

    /// <summary>
    /// The first day the organisation existed under this identity (its founding, or the renaming or merger that made
    /// it), or <see langword="null"/> when not recorded.
    /// </summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>
    /// The last day the organisation existed under this identity (before it was renamed, merged or dissolved), or
    /// <see langword="null"/> while it exists.
    /// </summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>The ids of the organisations this one replaced or absorbed (科技部 for 國家科學及技術委員會); empty when none.</summary>
    /// <exception cref="ArgumentException">On set: a value is not a well-formed id, or is this publisher's own id.</exception>
    public ImmutableArray<string> PredecessorIds
    {
        get;
        init => field = PublisherFields.CheckIds(value, Id, nameof(PredecessorIds));
    } = [];

    /// <summary>The ids of the organisations that took this one over when it ended (文部科学省 for 科学技術庁); empty when none.</summary>
    /// <exception cref="ArgumentException">On set: a value is not a well-formed id, or is this publisher's own id.</exception>
    public ImmutableArray<string> SuccessorIds
    {
        get;
        init => field = PublisherFields.CheckIds(value, Id, nameof(SuccessorIds));
    } = [];

    /// <summary>Whether the organisation existed under this identity on <paramref name="date"/>; unrecorded bounds are open.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within <see cref="ValidFrom"/> and <see cref="ValidTo"/>.</returns>
    public bool IsValidOn(DateOnly date) => (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <summary>
    /// Finds the name in <paramref name="language"/>, falling back along the tag as RFC 4647 lookup does
    /// (<c>zh-Hant-TW</c>, then <c>zh-Hant</c>, then <c>zh</c>); tags compare case-insensitively.
    /// </summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The name, or <see langword="null"/> when the publisher has none in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string? GetName(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var tag = language.AsSpan().Trim();
        while (!tag.IsEmpty)
        {
            foreach (var name in Names)
            {
                if (tag.Equals(name.Language, StringComparison.OrdinalIgnoreCase))
                {
                    return name.Text;
                }
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? [] : tag[..dash];
        }

        return null;
    }

    /// <summary>Creates the reference a citation stores for this publisher.</summary>
    /// <param name="nameAsWritten">The name as the source wrote it; <see langword="null"/> for the primary <see cref="Name"/>.</param>
    /// <param name="unit">A sub-unit written after the name, such as 海事局, or <see langword="null"/>.</param>
    /// <param name="isInferred">Whether the publisher was inferred (for example from a URL) rather than named.</param>
    /// <returns>A resolved <see cref="PublisherRef"/> with this publisher's <see cref="Id"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="nameAsWritten"/> or <paramref name="unit"/> is blank.</exception>
    public PublisherRef ToReference(string? nameAsWritten = null, string? unit = null, bool isInferred = false) =>
        PublisherRef.Known(Id, nameAsWritten ?? Name, unit, isInferred);

    /// <inheritdoc/>
    public bool Equals(Publisher? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && Country == other.Country
        && ParentId == other.ParentId
        && ValidFrom == other.ValidFrom
        && ValidTo == other.ValidTo
        && SequenceEquality.Equal(PredecessorIds, other.PredecessorIds)
        && SequenceEquality.Equal(SuccessorIds, other.SuccessorIds)
        && SequenceEquality.Equal(Names, other.Names)
        && SequenceEquality.Equal(Abbreviations, other.Abbreviations)
        && SequenceEquality.Equal(Aliases, other.Aliases)
        && SequenceEquality.Equal(LookupOnlyAliases, other.LookupOnlyAliases)
        && SequenceEquality.Equal(Domains, other.Domains)
        && SequenceEquality.Equal(Sources, other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Kind, Country, ParentId, SequenceEquality.Hash(Names), SequenceEquality.Hash(Aliases), SequenceEquality.Hash(Domains));

    /// <summary>Returns the id and the primary name, such as <c>jp.mofa 外務省</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " " + Name;

    private static ImmutableArray<LocalizedText> CheckNames(ImmutableArray<LocalizedText> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A publisher needs at least one name.", nameof(names));
        }

        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i] ?? throw new ArgumentException("A name cannot be null.", nameof(names));
            if (name.Language is null)
            {
                throw new ArgumentException($"The name '{name.Text}' has no language tag.", nameof(names));
            }

            if (PublisherFields.CheckName(name.Language, name.Text) is { } error)
            {
                throw new ArgumentException(error, nameof(names));
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[j].Language, name.Language, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"Two names are in '{name.Language}'; give other forms as aliases.", nameof(names));
                }
            }
        }

        return names;
    }

    private static ImmutableArray<string> CheckDomains(ImmutableArray<string> domains)
    {
        domains = SequenceEquality.OrEmpty(domains);
        var builder = ImmutableArray.CreateBuilder<string>(domains.Length);
        foreach (var domain in domains)
        {
            if (PublisherFields.CheckDomain(domain, out var normalized) is { } error)
            {
                throw new ArgumentException(error, nameof(domains));
            }

            builder.Add(normalized);
        }

        return builder.MoveToImmutable();
    }
}
