using System.Collections.Immutable;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Publishers;

public sealed partial class PublisherRegistry
{
    /// <summary>
    /// Finds the publisher a name denotes as <see cref="Resolve(string, string?)"/> does, then narrows a name shared by
    /// several bodies with the clues of <paramref name="context"/>: the given country, the URL's site or top-level
    /// domain, country names in the text, the line's language, and last the date (the body that existed then).
    /// </summary>
    /// <remarks>
    /// Each clue keeps only the candidates it fits, and is skipped when it fits none; the clues are taken in the order
    /// above, and what is left after them all is the answer, ambiguous when more than one body is left. No clue ever
    /// adds a candidate, so a shared abbreviation without context (MOFA alone) stays ambiguous.
    /// </remarks>
    /// <param name="name">The name as written.</param>
    /// <param name="context">What is known around the name; <see cref="PublisherContext.None"/> for nothing.</param>
    /// <returns>The match: one publisher, several candidates, or none. Never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PublisherMatch ResolveInContext(string name, PublisherContext context)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(context);
        var match = ResolveCore(name);
        var (candidates, confirmed) = Narrow(match.Candidates, context);
        if (candidates.Length < match.Candidates.Length)
        {
            match = new PublisherMatch(match.Input, candidates, match.MatchedName, match.Unit);
        }

        return WithSuccessors(match, confirmed);
    }

    /// <summary>The organisations that took <paramref name="publisher"/> over when it ended (文部科学省 for 科学技術庁).</summary>
    /// <param name="publisher">A publisher of this registry.</param>
    /// <returns>The successors in this registry, in the order recorded; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Publisher> GetSuccessors(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return Lookup(publisher.SuccessorIds);
    }

    /// <summary>The organisations <paramref name="publisher"/> replaced or absorbed (科技部 for 國家科學及技術委員會).</summary>
    /// <param name="publisher">A publisher of this registry.</param>
    /// <returns>The predecessors in this registry, in the order recorded; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Publisher> GetPredecessors(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return Lookup(publisher.PredecessorIds);
    }

    /// <summary>
    /// The bodies that carry on <paramref name="publisher"/>'s work today: itself while it exists, otherwise its
    /// successors, followed until bodies that have not ended (科学技術庁 → 文部科学省).
    /// </summary>
    /// <param name="publisher">A publisher of this registry.</param>
    /// <returns>The current bodies, ordered by id; <paramref name="publisher"/> itself when it has not ended or has no recorded successor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publisher"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Publisher> GetCurrent(Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var current = new SortedDictionary<string, Publisher>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Publisher>([publisher]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Id))
            {
                continue;
            }

            var successors = next.ValidTo is null ? [] : Lookup(next.SuccessorIds);
            if (successors.IsEmpty)
            {
                current[next.Id] = next;
            }

            foreach (var successor in successors)
            {
                pending.Push(successor);
            }
        }

        return [.. current.Values];
    }

    /// <summary>The successors a mention or match of one ended body reports; empty for a body that still exists.</summary>
    internal ImmutableArray<Publisher> SuccessorsOf(ImmutableArray<Publisher> candidates) =>
        candidates.Length == 1 && candidates[0].ValidTo is not null ? Lookup(candidates[0].SuccessorIds) : [];

    private ImmutableArray<Publisher> Lookup(ImmutableArray<string> ids)
    {
        if (ids.IsDefaultOrEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Publisher>(ids.Length);
        foreach (var id in ids)
        {
            if (_byId.TryGetValue(id, out var found))
            {
                builder.Add(found);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Keeps the candidates that the clues of <paramref name="context"/> fit, clue by clue; <c>Confirmed</c> tells
    /// whether a clue of place (country, URL, country names, language) fitted what is left.
    /// </summary>
    private (ImmutableArray<Publisher> Candidates, bool Confirmed) Narrow(ImmutableArray<Publisher> candidates, PublisherContext context)
    {
        var confirmed = false;
        if (candidates.IsEmpty)
        {
            return (candidates, false);
        }

        if (context.Country is { } country)
        {
            candidates = Keep(candidates, p => string.Equals(p.Country, country, StringComparison.OrdinalIgnoreCase), ref confirmed);
        }

        if (context.Url is { } url)
        {
            var countries = CountriesOfUrl(url);
            candidates = Keep(candidates, p => countries.Contains(p.Country), ref confirmed);
        }

        if (context.Text is { } text)
        {
            var named = CountriesNamedIn(text);
            candidates = Keep(candidates, p => named.Contains(p.Country), ref confirmed);
        }

        if ((context.Language ?? (context.Text is { } line ? ScriptLanguage.Detect(line) : null)) is { } language)
        {
            var countries = CountriesOfLanguage(language);
            candidates = Keep(candidates, p => countries.Contains(p.Country), ref confirmed);
        }

        if (candidates.Length > 1 && context.Date is { } date)
        {
            var ignored = false;
            candidates = Keep(candidates, p => p.IsValidOn(date), ref ignored);
        }

        return (candidates, confirmed);
    }

    /// <summary>The candidates that fit; all of them when none does (a clue that fits nobody says nothing).</summary>
    private static ImmutableArray<Publisher> Keep(ImmutableArray<Publisher> candidates, Func<Publisher, bool> fits, ref bool fitted)
    {
        var kept = candidates.Where(fits).ToImmutableArray();
        if (kept.IsEmpty)
        {
            return candidates;
        }

        fitted = true;
        return kept;
    }

    private HashSet<string> CountriesOfUrl(Uri url)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        if (TryResolveUrl(url, out var site))
        {
            countries.Add(site.Country);
        }
        else if (url.IsAbsoluteUri && url.Host.LastIndexOf('.') is var dot and > 0 && url.Host[(dot + 1)..] is { Length: 2 } topLevel)
        {
            countries.Add(topLevel.ToUpperInvariant());
        }

        return countries;
    }

    /// <summary>The countries whose names (from the rules' country names) appear in <paramref name="text"/> as whole words.</summary>
    private HashSet<string> CountriesNamedIn(string text)
    {
        // The same scan as FindMentions; its country hits are what is wanted here.
        var hits = new List<Hit>();
        var countryHits = new List<Hit>();
        Scan(text, hits, countryHits);
        return [.. countryHits.Select(hit => _keys[hit.KeyId].Country!)];
    }

    /// <summary>The countries whose documents a language points to; an empty set for languages of many countries (en).</summary>
    private static string[] CountriesOfLanguage(string language) =>
        language.ToLowerInvariant() switch
        {
            "ja" or "ja-jp" => ["JP"],
            "ko" or "ko-kr" => ["KR"],
            "zh-hant" or "zh-tw" or "zh-hant-tw" => ["TW", "HK"],
            "zh-hans" or "zh-cn" or "zh-hans-cn" => ["CN", "SG", "MY"],
            "th" => ["TH"],
            "vi" => ["VN"],
            "id" => ["ID"],
            "ms" => ["MY", "BN"],
            "fil" or "tl" => ["PH"],
            "km" => ["KH"],
            "lo" => ["LA"],
            "my" => ["MM"],
            _ => [],
        };
}
