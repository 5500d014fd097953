using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// One run of a processor over a document: registry, sorting, positions, disambiguation and rendering. The work is
/// split by concern over partial files: this one (registry and cites), <c>CslSession.SortKeys.cs</c>,
/// <c>CslSession.Disambiguation.cs</c>, <c>CslSession.Citations.cs</c>, <c>CslSession.Collapsing.cs</c> and
/// <c>CslSession.Bibliography.cs</c>.
/// </summary>
internal sealed partial class CslSession
{
    private readonly CslProcessor _processor;
    private readonly Renderer _renderer;
    private readonly StyleDefinition _style;
    private readonly OutputFormatter _formatter;
    private readonly OutputFormatter _plain;
    private readonly Dictionary<string, CslItem> _items = new(StringComparer.Ordinal);
    private readonly List<CslItem> _inputOrder = [];
    private readonly SortCollation _collation;
    private readonly Dictionary<CslItem, ItemState> _state = [];
    private IReadOnlyDictionary<CslName, int>? _globalGiven;
    private readonly List<CslItem> _registry = [];
    private List<CslItem> _bibliographyOrder = [];
    private Dictionary<CslItem, int>? _bibliographyPosition;

    public CslSession(CslProcessor processor, IEnumerable<CslItem> items, CslOutputFormat format)
    {
        _processor = processor;
        _renderer = processor.Renderer;
        _style = processor.Style;
        _formatter = new OutputFormatter(_renderer.Locale, format);
        _plain = new OutputFormatter(_renderer.Locale, CslOutputFormat.Text);
        _collation = processor.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? SortCollation.Pinyin
            : processor.Locale.StartsWith("th", StringComparison.OrdinalIgnoreCase) ? SortCollation.Thai
            : processor.Locale.StartsWith("lo", StringComparison.OrdinalIgnoreCase) ? SortCollation.Lao
            : SortCollation.Default;
        foreach (var item in items)
        {
            if (item is not null && _items.TryAdd(item.Id, item))
            {
                _inputOrder.Add(item);
            }
        }
    }

    public CslRendering Run(IReadOnlyList<CslCitation> citations, bool includeUncited)
    {
        BuildRegistry(citations, includeUncited);
        SortBibliography();
        var cites = BuildCites(citations);
        Disambiguate();
        var renderedCitations = ImmutableArray.CreateBuilder<string>(citations.Count);
        foreach (var citation in cites)
        {
            renderedCitations.Add(RenderCitation(citation));
        }

        var (bibliography, ids) = RenderBibliography();
        return new CslRendering(renderedCitations.MoveToImmutable(), bibliography, ids);
    }

    internal ItemState State(CslItem item)
    {
        if (!_state.TryGetValue(item, out var state))
        {
            state = new ItemState();
            _state[item] = state;
        }

        return state;
    }

    private void BuildRegistry(IReadOnlyList<CslCitation> citations, bool includeUncited)
    {
        var seen = new HashSet<CslItem>();
        foreach (var citation in citations)
        {
            foreach (var cite in citation.Cites)
            {
                if (_items.TryGetValue(cite.ItemId, out var item) && seen.Add(item))
                {
                    _registry.Add(item);
                }
            }
        }

        if (includeUncited)
        {
            foreach (var item in _inputOrder)
            {
                if (seen.Add(item))
                {
                    _registry.Add(item);
                }
            }
        }

        for (var i = 0; i < _registry.Count; i++)
        {
            State(_registry[i]).CitationNumber = i + 1;
        }
    }

    private CiteState NewCiteState(CslItem item)
    {
        var state = State(item);
        return new CiteState(item)
        {
            CitationNumber = state.CitationNumber,
            YearSuffix = state.YearSuffix,
            AddNames = state.AddNames,
            GivenLevels = state.GivenLevels,
            GlobalGivenLevels = _globalGiven,
            Disambiguate = state.Disambiguate,
            FirstNoteNumber = state.FirstNoteNumber,
        };
    }

    private List<List<CiteState>> BuildCites(IReadOnlyList<CslCitation> citations)
    {
        var result = new List<List<CiteState>>(citations.Count);
        var citationSection = _style.Citation;
        var nearNoteDistance = citationSection?.Int("near-note-distance", 5) ?? 5;
        // "ibid" looks at the previous citation (CSL 1.0.2, "Position"): the text and the notes are read apart, so a
        // citation in the text follows the previous one in the text even with a footnote between them; and citations
        // that share a footnote are that note's one citation, so a note citing two works gives the next note no ibid.
        List<CiteState>? previousInText = null;
        List<CiteState>? previousInNote = null;
        var noteCites = new List<CiteState>();
        var noteIndex = 0;
        var lastNote = new Dictionary<CslItem, int>();
        var cited = new HashSet<CslItem>();
        foreach (var citation in citations)
        {
            var list = new List<CiteState>(citation.Cites.Length);
            foreach (var cite in citation.Cites)
            {
                if (!_items.TryGetValue(cite.ItemId, out var item))
                {
                    list.Add(new CiteState(new CslItem(cite.ItemId, "__missing", new Dictionary<string, string>(), CslItem.NoNames, CslItem.NoDates, CslItemExtras.None)));
                    continue;
                }

                list.Add(new CiteState(item)
                {
                    Locator = cite.Locator,
                    Label = cite.Label,
                    Prefix = cite.Prefix,
                    Suffix = cite.Suffix,
                    SuppressAuthor = cite.SuppressAuthor,
                    AuthorOnly = cite.AuthorOnly,
                    NoteIndex = citation.NoteIndex,
                });
            }

            if (citationSection is { Sort.Count: > 0 } && list.Count > 1)
            {
                var sortKeys = citationSection.Sort;
                var values = list.Select(c => sortKeys.Select(k => KeyValue(c.Item, k, 0, c)).ToArray()).ToArray();
                var indices = Enumerable.Range(0, list.Count).ToArray();
                Array.Sort(indices, (a, b) =>
                {
                    var c = CompareKeys(values[a], values[b], sortKeys);
                    return c != 0 ? c : a.CompareTo(b);
                });
                list = [.. indices.Select(i => list[i])];
            }

            // Positions.
            var previous = citation.NoteIndex <= 0 ? previousInText : citation.NoteIndex != noteIndex && noteIndex > 0 ? noteCites : previousInNote;

            for (var i = 0; i < list.Count; i++)
            {
                var cite = list[i];
                if (cite.Item.Type == "__missing")
                {
                    continue;
                }

                var state = State(cite.Item);
                if (cited.Add(cite.Item))
                {
                    cite.Position = CitePosition.First;
                    state.FirstNoteNumber = citation.NoteIndex;
                }
                else
                {
                    CiteState? before = null;
                    if (i > 0)
                    {
                        before = list[i - 1];
                    }
                    else if (previous is { Count: 1 })
                    {
                        before = previous[0];
                    }
                    else if (previous is { Count: > 1 } && previous.All(c => c.Item == cite.Item))
                    {
                        before = previous[^1];
                    }

                    if (before is not null && before.Item == cite.Item)
                    {
                        if (string.IsNullOrEmpty(before.Locator))
                        {
                            cite.Position = string.IsNullOrEmpty(cite.Locator) ? CitePosition.Ibid : CitePosition.IbidWithLocator;
                        }
                        else if (string.IsNullOrEmpty(cite.Locator))
                        {
                            cite.Position = CitePosition.Subsequent;
                        }
                        else
                        {
                            cite.Position = before.Locator == cite.Locator && before.Label == cite.Label ? CitePosition.Ibid : CitePosition.IbidWithLocator;
                        }
                    }
                    else
                    {
                        cite.Position = CitePosition.Subsequent;
                    }

                    if (lastNote.TryGetValue(cite.Item, out var note))
                    {
                        cite.NearNote = citation.NoteIndex > 0 && note > 0 && citation.NoteIndex - note <= nearNoteDistance;
                    }
                }

                cite.FirstNoteNumber = state.FirstNoteNumber;
                lastNote[cite.Item] = citation.NoteIndex;
            }

            if (citation.NoteIndex <= 0)
            {
                previousInText = list;
            }
            else
            {
                previousInNote = list;
                if (citation.NoteIndex != noteIndex)
                {
                    noteCites = [];
                    noteIndex = citation.NoteIndex;
                }

                noteCites.AddRange(list);
            }
            result.Add(list);
        }

        return result;
    }
}
