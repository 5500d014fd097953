namespace AseanAi.Citations.Parsing.Internal;

/// <summary>A publisher named in a text: where, and which registry entry.</summary>
internal readonly record struct PublisherMention(int Start, int Length, string Id, string Name);

/// <summary>What kind of organisation a known publisher is, as far as the parsers care.</summary>
internal enum PublisherKind
{
    Unknown = 0,
    Government,
    NewsMedia,
    Research,
    Other,
}

/// <summary>
/// The parsers' view of the publisher registry: resolve a name as written, infer a publisher from a URL, find
/// publisher names in running text. This is the one place where parsing meets the registry.
/// </summary>
#pragma warning disable CA1822 // Instance members: the registry-backed lookup fills these bodies.
internal sealed class PublisherLookup
{
    public static PublisherLookup Default { get; } = new();

    /// <summary>Resolves a name as written; <see langword="null"/> when no registry entry matches.</summary>
    public PublisherRef? Resolve(string name) => null;

    /// <summary>Infers the publisher of a URL from its host; <see langword="null"/> when no entry owns the host.</summary>
    public PublisherRef? ResolveUrl(Uri url) => null;

    /// <summary>Finds publisher names in text, in order.</summary>
    public IReadOnlyList<PublisherMention> FindMentions(string text) => [];

    /// <summary>The kind of the publisher with registry id <paramref name="id"/>.</summary>
    public PublisherKind KindOf(string id) => PublisherKind.Unknown;
}
