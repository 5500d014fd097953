using System.Collections.Concurrent;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>A publisher named in a text: where, and which registry entry.</summary>
internal readonly record struct PublisherMentionHit(int Start, int Length, string Id, string Name);

/// <summary>What kind of organisation a known publisher is, as far as choosing a source type cares.</summary>
internal enum PublisherRole
{
    Unknown = 0,
    Government,
    NewsMedia,
    Research,
    Other,
}

/// <summary>
/// The parsers' view of the publisher registry: resolve a name as written, infer a publisher from a URL, find
/// publisher names in running text. This is the one place where parsing meets <see cref="PublisherRegistry"/>; it is
/// thread-safe because the registry is immutable and the only state here is a memo of its answers.
/// </summary>
/// <remarks>
/// A reference list names the same few issuers again and again (経済産業省 on every other line), and folding and
/// resolving a name costs more than the rest of reading the line; so the answers of <see cref="Resolve"/> are kept,
/// up to <see cref="MaxRememberedNames"/> names, after which the memo starts again empty. The registry is immutable,
/// so a remembered answer is always the answer the registry would give.
/// </remarks>
internal sealed class PublisherLookup(PublisherRegistry registry)
{
    /// <summary>How many resolved names are remembered before the memo is emptied; bounds its memory to a few hundred KB.</summary>
    internal const int MaxRememberedNames = 4096;

    private readonly ConcurrentDictionary<string, PublisherRef?> _resolved = new(Environment.ProcessorCount, MaxRememberedNames, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PublisherMentionHit[]> _nameMentions = new(Environment.ProcessorCount, MaxRememberedNames, StringComparer.Ordinal);
    private int _remembered;
    private int _rememberedNameMentions;

    public static PublisherLookup Default { get; } = new(PublisherRegistry.Default);

    public PublisherRegistry Registry { get; } = registry;

    /// <summary>Resolves a name as written (with its unit); <see langword="null"/> unless exactly one entry matches.</summary>
    public PublisherRef? Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return null;
        }

        // Most names a reader asks about (titles, places, dates) cannot begin a registry name; answering them without the
        // memo keeps it for the names worth remembering and spares the locked add of every one-off title.
        if (!Registry.MayResolve(name.Trim()))
        {
            return null;
        }

        if (_resolved.TryGetValue(name, out var remembered))
        {
            return remembered;
        }

        var match = Registry.Resolve(name);
        var publisher = match.IsFound ? match.ToPublisherRef() : null;
        if (_resolved.TryAdd(name, publisher) && Interlocked.Increment(ref _remembered) > MaxRememberedNames)
        {
            // Counting is approximate under races; it only has to keep the memo from growing without bound.
            _resolved.Clear();
            Interlocked.Exchange(ref _remembered, 0);
        }

        return publisher;
    }

    /// <summary>Infers the publisher of a URL from its host; <see langword="null"/> when no entry owns the host.</summary>
    /// <param name="url">An absolute URL.</param>
    /// <param name="plainHost">Its host when read from its text by <see cref="PlainUrlHost"/> (an http or https URL), else <see langword="null"/>.</param>
    public PublisherRef? ResolveUrl(Uri url, string? plainHost = null) =>
        Registry.TryResolveUrl(url, plainHost, out var publisher) ? publisher.ToReference(isInferred: true) : null;

    /// <summary>Finds the unambiguous publisher names in text, in order.</summary>
    public IReadOnlyList<PublisherMentionHit> FindMentions(string text)
    {
        var mentions = Registry.FindMentions(text);
        var result = new List<PublisherMentionHit>(mentions.Length);
        foreach (var mention in mentions)
        {
            if (mention.Publisher is { } publisher)
            {
                result.Add(new PublisherMentionHit(mention.Span.Offset, mention.Span.Length, publisher.Id, mention.Text));
            }
        }

        return result;
    }

    /// <summary>
    /// Finds the unambiguous publisher names inside one organisation name as written (日本貿易振興機構アジア経済研究所), in
    /// order; the answers for names up to 200 characters are remembered like those of <see cref="Resolve"/>.
    /// </summary>
    public IReadOnlyList<PublisherMentionHit> FindMentionsInName(string name)
    {
        if (name.Length > 200)
        {
            return FindMentions(name);
        }

        // A name in which no registry key ends (most titles) has no mentions; answered without the memo, like Resolve.
        if (!Registry.MayMention(name))
        {
            return [];
        }

        if (_nameMentions.TryGetValue(name, out var remembered))
        {
            return remembered;
        }

        var mentions = FindMentions(name).ToArray();
        if (_nameMentions.TryAdd(name, mentions) && Interlocked.Increment(ref _rememberedNameMentions) > MaxRememberedNames)
        {
            _nameMentions.Clear();
            Interlocked.Exchange(ref _rememberedNameMentions, 0);
        }

        return mentions;
    }

    /// <summary>The role of the publisher with registry id <paramref name="id"/>.</summary>
    public PublisherRole RoleOf(string id)
    {
        if (!Registry.TryGetById(id, out var publisher))
        {
            return PublisherRole.Unknown;
        }

        return publisher.Kind switch
        {
            PublisherKind.Government or PublisherKind.GovernmentMinistry or PublisherKind.GovernmentAgency => PublisherRole.Government,
            PublisherKind.NewsMedia or PublisherKind.NewsPlatform => PublisherRole.NewsMedia,
            PublisherKind.ResearchInstitute or PublisherKind.ThinkTank or PublisherKind.IncorporatedAdministrativeAgency => PublisherRole.Research,
            _ => PublisherRole.Other,
        };
    }

    /// <summary>The registry's record of <paramref name="id"/>, for display (abbreviation and kind).</summary>
    public Publisher? Get(string id) => Registry.TryGetById(id, out var publisher) ? publisher : null;
}
