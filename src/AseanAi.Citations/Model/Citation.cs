using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations;

/// <summary>
/// One cited source: what it is, who made and published it, when, where it lives, and where the citation was found.
/// </summary>
/// <remarks>
/// <para>
/// Create instances with an object initializer and derive changed copies with <c>with</c>:
/// <c>citation with { Url = new Uri("https://…") }</c>. Every property is optional except <see cref="Type"/>, which
/// defaults to <see cref="SourceType.Other"/>. Collections are never default: unset, they read as empty.
/// </para>
/// <para>
/// Equality is by value, comparing every property, collections element by element and URLs by their original string.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record Citation
{
    /// <summary>An identifier for the citation within its list, such as a CSL item id or a line number; <see langword="null"/> when none.</summary>
    public string? Id { get; init; }

    /// <summary>What kind of source this is.</summary>
    public SourceType Type
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown source type.");
    }

    /// <summary>
    /// The genre: the type, class or subtype of the work as its source says it (PhD thesis, 博士学位论文, white paper);
    /// CSL <c>genre</c>, BibTeX <c>type</c>, RIS <c>M3</c>. <see langword="null"/> when not given.
    /// </summary>
    public string? Genre { get; init; }

    /// <summary>The title of the work, in its language, with any translations and transliterations.</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>The authors: people and organisations, in the order the source gives them.</summary>
    public ImmutableArray<Contributor> Authors
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The editors, in order.</summary>
    public ImmutableArray<Contributor> Editors
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The translators, in order.</summary>
    public ImmutableArray<Contributor> Translators
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The organisation that published or issued the work.</summary>
    public PublisherRef? Publisher { get; init; }

    /// <summary>Where the publisher is, as written (東京, 北京); <see langword="null"/> when not given.</summary>
    public string? PublisherPlace { get; init; }

    /// <summary>The title of what holds the work: a newspaper (日本経済新聞), a site (Science Portal ASEAN), a journal or a book.</summary>
    public LocalizedText? ContainerTitle { get; init; }

    /// <summary>When the work was issued or published.</summary>
    public CitationDate? Issued { get; init; }

    /// <summary>When the citing author last accessed the work online (閲覧日, accessed).</summary>
    public CitationDate? Accessed { get; init; }

    /// <summary>Where the work can be found online.</summary>
    public Uri? Url { get; init; }

    /// <summary>The Digital Object Identifier, without a resolver prefix (for example <c>10.1000/xyz123</c>).</summary>
    public string? Doi { get; init; }

    /// <summary>The volume of a journal or multi-volume work.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue of a journal or magazine.</summary>
    public string? Issue { get; init; }

    /// <summary>The page or page range (31, 31–35, 31面).</summary>
    public string? Page { get; init; }

    /// <summary>A document or report number, as written (国发〔2017〕35号).</summary>
    public string? Number { get; init; }

    /// <summary>The BCP 47 language tag of the work (<c>ja</c>, <c>zh-Hant</c>), or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentException">The value is not a well-formed BCP 47 tag.</exception>
    public string? Language
    {
        get;
        init => field = value is null ? null : LanguageTags.Normalize(value, nameof(value));
    }

    /// <summary>The section or category heading the citation stood under in its source document (日本政府官方文件).</summary>
    public string? Category { get; init; }

    /// <summary>Any further note, as written.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Fields of an interchange file that the model has no place for, in the order read (<c>isbn</c>, <c>abstract</c>);
    /// written back by every writer under its format's name. Empty when none. Equality compares them as a set of
    /// name–value pairs.
    /// </summary>
    public ImmutableArray<ExtraField> ExtraFields
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The text the citation was read from, exactly as written; <see langword="null"/> when not read from text.</summary>
    public string? RawText { get; init; }

    /// <summary>Where <see cref="RawText"/> stands in its source document.</summary>
    public SourceSpan? Span { get; init; }

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Type == other.Type
        && string.Equals(Genre, other.Genre, StringComparison.Ordinal)
        && Equals(Title, other.Title)
        && SequenceEquality.Equal(Authors, other.Authors)
        && SequenceEquality.Equal(Editors, other.Editors)
        && SequenceEquality.Equal(Translators, other.Translators)
        && Equals(Publisher, other.Publisher)
        && string.Equals(PublisherPlace, other.PublisherPlace, StringComparison.Ordinal)
        && Equals(ContainerTitle, other.ContainerTitle)
        && Equals(Issued, other.Issued)
        && Equals(Accessed, other.Accessed)
        && string.Equals(Url?.OriginalString, other.Url?.OriginalString, StringComparison.Ordinal)
        && string.Equals(Doi, other.Doi, StringComparison.Ordinal)
        && string.Equals(Volume, other.Volume, StringComparison.Ordinal)
        && string.Equals(Issue, other.Issue, StringComparison.Ordinal)
        && string.Equals(Page, other.Page, StringComparison.Ordinal)
        && string.Equals(Number, other.Number, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && string.Equals(Category, other.Category, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && SameFields(ExtraFields, other.ExtraFields)
        && string.Equals(RawText, other.RawText, StringComparison.Ordinal)
        && Nullable.Equals(Span, other.Span);

    // Extra fields compare as a set of name–value pairs: formats keep some in one place and some in another (CSL-JSON's
    // variables and its custom object), so their order may change on a round trip.
    private static bool SameFields(ImmutableArray<ExtraField> a, ImmutableArray<ExtraField> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        if (SequenceEquality.Equal(a, b))
        {
            return true;
        }

        var remaining = b.ToList();
        foreach (var field in a)
        {
            if (!remaining.Remove(field))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Type);
        hash.Add(Title);
        hash.Add(SequenceEquality.Hash(Authors));
        hash.Add(Publisher);
        hash.Add(ContainerTitle);
        hash.Add(Issued);
        hash.Add(Url?.OriginalString);
        hash.Add(RawText);
        return hash.ToHashCode();
    }
}
