using System.Buffers;
using System.Collections.Immutable;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Publishers;

public sealed partial class PublisherRegistry
{
    private const int ChunkLength = 1 << 15;

    /// <summary>
    /// Finds every mention of a known publisher in running text, in one pass over the text with an Aho–Corasick
    /// automaton over folded names: 「外務省、總務省與經濟產業省於 2025 年 10 月 26 日聯合發布」 yields MOFA, MIC and METI.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Where mentions overlap, the leftmost, then the longest wins (東亞・ASEAN 經濟研究中心 is ERIA, not ASEAN). Latin names
    /// match whole words only, and abbreviations in capitals match only in capitals (UN, not "un"). Short forms that are
    /// common inside other words (<see cref="Publisher.LookupOnlyAliases"/>) are not looked for. A government body's name
    /// right after another country's name is not that body (美国国务院 is not China's State Council); after its own
    /// country's name the mention includes it (日本外務省). Words that several publishers share give one mention with every
    /// candidate.
    /// </para>
    /// <para>Memory beyond the result is bounded by a fixed chunk, whatever the length of the text.</para>
    /// </remarks>
    /// <param name="text">Any text.</param>
    /// <returns>The mentions, in order of position; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<PublisherMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<Hit>();
        var countries = new List<Hit>();
        Scan(text, hits, countries);
        if (hits.Count == 0)
        {
            return [];
        }

        // Leftmost, then longest; stop phrases take part so that they can block the shorter names inside them.
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var builder = ImmutableArray.CreateBuilder<PublisherMention>();
        var lines = new LineIndex(text);
        var urls = UrlRanges(text);
        var url = 0;
        var lastEnd = -1;
        var lineClues = new LineClues(this, text, countries, urls);
        foreach (var hit in hits)
        {
            if (hit.Start < lastEnd)
            {
                continue;
            }

            // A name inside a URL (www.nikkei.com/…) is part of an address, not a mention.
            while (url < urls.Count && urls[url].End <= hit.Start)
            {
                url++;
            }

            if (url < urls.Count && urls[url].Start <= hit.Start)
            {
                continue;
            }

            lastEnd = hit.End;
            var info = _keys[hit.KeyId];
            if (info.IsStopPhrase && info.Candidates.IsEmpty)
            {
                continue;
            }

            var candidates = CandidatesAt(text, info, hit.Start, hit.End);
            var start = hit.Start;
            if (countries.Count > 0 && CountryBefore(text, countries, hit.Start) is { } country && candidates.Any(IsGovernmentBody))
            {
                var governmentBodies = candidates.Where(IsGovernmentBody).ToList();
                var sameCountry = governmentBodies.Where(p => p.Country == country.Country).ToList();
                if (governmentBodies.Count > 0 && sameCountry.Count == governmentBodies.Count && governmentBodies.Count == candidates.Length)
                {
                    start = country.Start;
                }

                candidates = [.. candidates.Where(p => !IsGovernmentBody(p) || p.Country == country.Country)];
            }

            if (candidates.IsEmpty)
            {
                continue;
            }

            var needsContext = false;
            if (candidates.Length > 1 || (_sharedAbbreviationKeys.Count > 0 && _sharedAbbreviationKeys.Contains(info.Key)))
            {
                (candidates, var confirmed) = lineClues.Narrow(candidates, hit.Start);
                needsContext = !confirmed && start == hit.Start;
            }

            builder.Add(new PublisherMention(lines.SpanOf(start, hit.End - start), text[start..hit.End], candidates, SuccessorsOf(candidates), needsContext));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Whether <see cref="FindMentions"/> could find anything in a text, answered by the same fold and walk as its scan but
    /// without recording where keys end: a text in which no registry key ends has no mentions.
    /// <c>PublisherRegistryTests.MayMention_False_FindMentionsFindsNothing</c> proves it.
    /// </summary>
    internal bool MayMention(string text)
    {
        var automaton = _automaton;
        var state = KeyAutomaton.Root;
        var folded = ArrayPool<char>.Shared.Rent(ChunkLength * 2);
        try
        {
            var chunkStart = 0;
            while (chunkStart < text.Length)
            {
                var chunk = NextChunk(text, chunkStart);
                var length = ScriptFolding.Fold(chunk, folded, [], language: null);
                for (var i = 0; i < length; i++)
                {
                    var symbol = automaton.SymbolOf(folded[i]);
                    if (symbol == KeyAutomaton.Ignored)
                    {
                        continue;
                    }

                    if (symbol == 0)
                    {
                        state = KeyAutomaton.Root;
                        continue;
                    }

                    state = automaton.StepSymbol(state, symbol);
                    if (automaton.HasOutput(state))
                    {
                        return true;
                    }
                }

                chunkStart += chunk.Length;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }

        return false;
    }

    private void Scan(string text, List<Hit> hits, List<Hit> countries)
    {
        var automaton = _automaton;
        var window = new int[Math.Max(1, automaton.MaxKeyLength)];
        var position = 0;
        var state = KeyAutomaton.Root;
        var folded = ArrayPool<char>.Shared.Rent(ChunkLength * 2);
        var offsets = ArrayPool<int>.Shared.Rent(ChunkLength * 2);
        try
        {
            var chunkStart = 0;
            while (chunkStart < text.Length)
            {
                var chunk = NextChunk(text, chunkStart);
                var length = ScriptFolding.Fold(chunk, folded, offsets, language: null);
                for (var i = 0; i < length; i++)
                {
                    var symbol = automaton.SymbolOf(folded[i]);
                    if (symbol == KeyAutomaton.Ignored)
                    {
                        continue;
                    }

                    window[position] = chunkStart + offsets[i];
                    position = position + 1 == window.Length ? 0 : position + 1;
                    if (symbol == 0)
                    {
                        state = KeyAutomaton.Root;
                        continue;
                    }

                    state = automaton.StepSymbol(state, symbol);
                    if (automaton.HasOutput(state))
                    {
                        var end = chunkStart + ScriptFolding.SourceRange(chunk, offsets.AsSpan(0, length), i, i + 1).End.Value;
                        Report(text, state, end, window, position, hits, countries);
                    }
                }

                chunkStart += chunk.Length;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(offsets);
        }
    }

    /// <summary>
    /// The next piece of text to fold, about <see cref="ChunkLength"/> long, cut after a line break where there is one
    /// (the fold decides per line whether text is Japanese) and never before a mark that composes with what precedes it.
    /// </summary>
    private static ReadOnlySpan<char> NextChunk(string text, int start)
    {
        if (text.Length - start <= ChunkLength)
        {
            return text.AsSpan(start);
        }

        var limit = start + ChunkLength;
        var lineBreak = text.AsSpan(start + (ChunkLength / 2), ChunkLength / 2).LastIndexOf('\n');
        var end = lineBreak >= 0 ? start + (ChunkLength / 2) + lineBreak + 1 : limit;
        while (end < text.Length && end - start < ChunkLength * 2 && (PublisherKeys.IsCombiningMark(text[end]) || char.IsWhiteSpace(text[end])))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private void Report(string text, int state, int end, int[] window, int position, List<Hit> hits, List<Hit> countries)
    {
        var automaton = _automaton;
        for (var output = automaton.KeyAt(state) >= 0 ? state : automaton.NextOutput(state); output >= 0; output = automaton.NextOutput(output))
        {
            var keyId = automaton.KeyAt(output);
            var start = window[(position - automaton.KeyLength(keyId) + window.Length) % window.Length];
            var info = _keys[keyId];
            if (info.LatinStart && start > 0 && PublisherKeys.IsWordCharacter(text[start - 1]))
            {
                continue;
            }

            if (info.LatinEnd && end < text.Length && PublisherKeys.IsWordCharacter(text[end]))
            {
                continue;
            }

            if (info.Country is not null && (!info.CountryRequiresCapitals || AllCapitals(text, start, end)))
            {
                countries.Add(new Hit(start, end, keyId));
            }

            if (info.IsStopPhrase || HasTextCandidate(text, info, start, end))
            {
                hits.Add(new Hit(start, end, keyId));
            }
        }
    }

    private static bool HasTextCandidate(string text, KeyInfo info, int start, int end)
    {
        foreach (var candidate in info.Candidates)
        {
            if (!candidate.LookupOnly && (!candidate.RequiresCapitals || AllCapitals(text, start, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<Publisher> CandidatesAt(string text, KeyInfo info, int start, int end) =>
        info.TextPublishers.Length == info.CapitalTextPublishers.Length || !AllCapitals(text, start, end)
            ? info.TextPublishers
            : info.CapitalTextPublishers;

    private static bool AllCapitals(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i]) && text[i] < '\u3000')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGovernmentBody(Publisher publisher) =>
        publisher.Kind is PublisherKind.Government or PublisherKind.GovernmentMinistry or PublisherKind.GovernmentAgency
        && publisher.Country.Length == 2;

    /// <summary>The country whose name ends right before <paramref name="start"/> (only separators between), longest name first.</summary>
    private (string Country, int Start)? CountryBefore(string text, List<Hit> countries, int start)
    {
        var boundary = start;
        while (boundary > 0 && PublisherKeys.IsIgnorable(text[boundary - 1]))
        {
            boundary--;
        }

        // Country hits are in order of their ends: find the last one that ends at or before the boundary.
        int low = 0, high = countries.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (countries[middle].End <= boundary)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        (string Country, int Start)? best = null;
        for (var i = last; i >= 0 && countries[i].End == boundary; i--)
        {
            var country = countries[i];
            if (country.Start < start && (best is null || country.Start < best.Value.Start))
            {
                best = (_keys[country.KeyId].Country!, country.Start);
            }
        }

        return best;
    }

    /// <summary>The ranges of the URLs written in the text, as <see cref="UrlScanner"/> finds them.</summary>
    private static List<(int Start, int End)> UrlRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var from = 0;
        while (UrlScanner.TryFind(text, from, out var start, out var end))
        {
            ranges.Add((start, end));
            from = end;
        }

        return ranges;
    }

    private readonly record struct Hit(int Start, int End, int KeyId);

    /// <summary>
    /// The clues of a line for a mention that fits several bodies, as <see cref="ResolveInContext(string, PublisherContext)"/>
    /// takes them from a context: the sites and top-level domains of the line's URLs, the country names in the line, and
    /// its script. Worked out once per line that holds such a mention.
    /// </summary>
    private sealed class LineClues(PublisherRegistry registry, string text, List<Hit> countries, List<(int Start, int End)> urls)
    {
        private int _lineStart = -1;
        private PublisherContext _context = PublisherContext.None;
        private HashSet<string> _named = [];

        public (ImmutableArray<Publisher> Candidates, bool Confirmed) Narrow(ImmutableArray<Publisher> candidates, int position)
        {
            var lineStart = position == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], position - 1) + 1;
            if (lineStart != _lineStart)
            {
                _lineStart = lineStart;
                var lineEnd = text.IndexOfAny(['\n', '\r'], position) is var end and >= 0 ? end : text.Length;
                _named = [.. countries.Where(c => c.Start >= lineStart && c.End <= lineEnd).Select(c => registry._keys[c.KeyId].Country!)];
                var url = urls.FirstOrDefault(u => u.Start >= lineStart && u.End <= lineEnd);
                _context = new PublisherContext
                {
                    Url = url.End > url.Start && Uri.TryCreate(text[url.Start..url.End], UriKind.Absolute, out var uri) ? uri : null,
                    Language = Parsing.Internal.ScriptLanguage.Detect(text.AsSpan(lineStart, lineEnd - lineStart)),
                };
            }

            // Country names in the line were found in the same pass as the mentions; the rest is ResolveInContext's narrowing.
            var named = _named;
            var confirmed = false;
            if (named.Count > 0 && candidates.Where(p => named.Contains(p.Country)).ToImmutableArray() is { IsEmpty: false } kept)
            {
                candidates = kept;
                confirmed = true;
            }

            var (narrowed, fitted) = registry.Narrow(candidates, _context);
            return (narrowed, confirmed || fitted);
        }
    }
}
