using System.Collections.Immutable;

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
        var lines = new LineCounter(text);
        var lastEnd = -1;
        foreach (var hit in hits)
        {
            if (hit.Start < lastEnd)
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
            if (CountryBefore(text, countries, hit.Start) is { } country)
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

            builder.Add(new PublisherMention(lines.SpanOf(start, hit.End - start), text[start..hit.End], candidates));
        }

        return builder.ToImmutable();
    }

    private void Scan(string text, List<Hit> hits, List<Hit> countries)
    {
        var automaton = _automaton;
        var window = new int[Math.Max(1, automaton.MaxKeyLength)];
        var seen = 0L;
        var state = KeyAutomaton.Root;
        var chunkStart = 0;
        while (chunkStart < text.Length)
        {
            var chunkEnd = Math.Min(text.Length, chunkStart + ChunkLength);
            while (chunkEnd < text.Length && PublisherKeys.IsCombiningMark(text[chunkEnd]))
            {
                chunkEnd++;
            }

            var folded = PublisherKeys.Fold(text.AsSpan(chunkStart, chunkEnd - chunkStart));
            var chars = folded.Text;
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                if (PublisherKeys.IsIgnorable(c))
                {
                    continue;
                }

                var offset = chunkStart + folded.OriginalOffset(i);
                window[seen % window.Length] = offset;
                seen++;
                state = automaton.Step(state, c);
                if (!automaton.HasOutput(state))
                {
                    continue;
                }

                var end = OriginalEnd(folded, i, chunkStart, chunkEnd);
                for (var output = automaton.KeyAt(state) >= 0 ? state : automaton.NextOutput(state); output >= 0; output = automaton.NextOutput(output))
                {
                    var keyId = automaton.KeyAt(output);
                    var start = window[(seen - automaton.KeyLength(keyId)) % window.Length];
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

            chunkStart = chunkEnd;
        }
    }

    private static int OriginalEnd(FoldedText folded, int index, int chunkStart, int chunkEnd)
    {
        var offset = folded.OriginalOffset(index);
        for (var j = index + 1; j < folded.Text.Length; j++)
        {
            var next = folded.OriginalOffset(j);
            if (next > offset)
            {
                return chunkStart + next;
            }
        }

        return chunkEnd;
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

    private static ImmutableArray<Publisher> CandidatesAt(string text, KeyInfo info, int start, int end)
    {
        var capitals = AllCapitals(text, start, end);
        return [.. info.Candidates.Where(c => !c.LookupOnly && (!c.RequiresCapitals || capitals)).Select(c => c.Publisher)];
    }

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

    private readonly record struct Hit(int Start, int End, int KeyId);

    /// <summary>Turns offsets, asked in increasing order, into spans with their line and column, in one pass.</summary>
    private sealed class LineCounter(string text)
    {
        private int _position;
        private int _line = 1;
        private int _lineStart;

        public SourceSpan SpanOf(int offset, int length)
        {
            while (_position < offset)
            {
                var next = text.AsSpan(_position, offset - _position).IndexOfAny('\r', '\n');
                if (next < 0)
                {
                    _position = offset;
                    break;
                }

                var index = _position + next;
                _position = index + 1;
                if (text[index] == '\r' && _position < text.Length && text[_position] == '\n')
                {
                    _position++;
                }

                _line++;
                _lineStart = _position;
            }

            return new SourceSpan(offset, length, _line, offset - _lineStart + 1);
        }
    }
}
