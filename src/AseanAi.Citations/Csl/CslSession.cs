using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>Disambiguation choices for one item, shared by all its cites and its bibliography entry.</summary>
internal sealed class ItemState
{
    public int AddNames { get; set; }

    public Dictionary<CslName, int>? GivenLevels { get; set; }

    public bool Disambiguate { get; set; }

    public string? YearSuffix { get; set; }

    public int CitationNumber { get; set; }

    public int FirstNoteNumber { get; set; }

    public int LastNoteNumber { get; set; }
}

/// <summary>One run of a processor over a document: registry, sorting, positions, disambiguation and rendering.</summary>
internal sealed class CslSession
{
    private readonly CslProcessor _processor;
    private readonly Renderer _renderer;
    private readonly StyleDefinition _style;
    private readonly OutputFormatter _formatter;
    private readonly OutputFormatter _plain;
    private readonly Dictionary<string, CslItem> _items = new(StringComparer.Ordinal);
    private readonly List<CslItem> _inputOrder = [];
    private readonly bool _pinyinSort;
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
        _pinyinSort = processor.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
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

    private void SortBibliography()
    {
        var bibliography = _style.Bibliography;
        if (bibliography is null || bibliography.Sort.Count == 0)
        {
            _bibliographyOrder = [.. _registry];
            return;
        }

        _bibliographyOrder = SortItems(_registry, bibliography.Sort, RenderMode.Bibliography, 1);
        var usesNumber = bibliography.Sort.Any(k => k.Variable == "citation-number");
        if (!usesNumber)
        {
            for (var i = 0; i < _bibliographyOrder.Count; i++)
            {
                State(_bibliographyOrder[i]).CitationNumber = i + 1;
            }
        }
    }

    internal List<CslItem> SortItems(IReadOnlyList<CslItem> items, IReadOnlyList<SortKey> keys, RenderMode mode, int slot)
    {
        var values = new SortValue[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            values[i] = new SortValue[keys.Count];
            for (var k = 0; k < keys.Count; k++)
            {
                values[i][k] = KeyValue(items[i], keys[k], slot, null);
            }
        }

        var indices = Enumerable.Range(0, items.Count).ToArray();
        Array.Sort(indices, (a, b) =>
        {
            var c = CompareKeys(values[a], values[b], keys);
            return c != 0 ? c : a.CompareTo(b);
        });
        _ = mode;
        return [.. indices.Select(i => items[i])];
    }

    internal static int CompareKeys(SortValue[] a, SortValue[] b, IReadOnlyList<SortKey> keys)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var x = a[k];
            var y = b[k];
            if (x.IsEmpty && y.IsEmpty)
            {
                continue;
            }

            // Empty values sort last, whatever the direction.
            if (x.IsEmpty)
            {
                return 1;
            }

            if (y.IsEmpty)
            {
                return -1;
            }

            var c = SortValue.Compare(x, y);
            if (c != 0)
            {
                return keys[k].Descending ? -c : c;
            }
        }

        return 0;
    }

    internal SortValue KeyValue(CslItem item, SortKey key, int slot, CiteState? cite)
    {
        var state = cite ?? NewCiteState(item);
        var context = new RenderContext(state, RenderMode.Sort, slot) { SortKey = key };
        if (key.Variable is { } variable)
        {
            if (variable == "citation-number")
            {
                return new SortValue(null, State(item).CitationNumber);
            }

            if (CslVariables.NameVariables.Contains(variable))
            {
                if (!item.Names.ContainsKey(variable))
                {
                    return default;
                }

                var names = new NamesElement { Variables = [variable], Name = new NameElement() };
                var output = _renderer.Render(names, context);
                return output is null ? default : new SortValue(SortValue.Fold(output.ToPlain(), _pinyinSort), null);
            }

            if (item.Dates.TryGetValue(variable, out var date))
            {
                return date.IsEmpty ? default : new SortValue(Renderer.DateSortKey(date), null);
            }

            var text = variable switch
            {
                "locator" => state.Locator,
                "citation-label" => CitationLabel.Of(item),
                _ => item[variable],
            };
            if (string.IsNullOrEmpty(text))
            {
                return default;
            }

            if (CslVariables.NumberVariables.Contains(variable) && NumberVariable.TryParseFirst(text, out var number) && NumberVariable.IsNumeric(text))
            {
                return new SortValue(null, number);
            }

            if (variable == "title" && _renderer.Options.CjkSortOrder == CslCjkSortOrder.ReadingThenCodePoint && item.Extras.TitleReading is { } reading)
            {
                return new SortValue(SortValue.Fold(reading, _pinyinSort), null);
            }

            return new SortValue(SortValue.Fold(text, _pinyinSort), null);
        }

        if (key.Macro is { } macro)
        {
            var node = new OutNode();
            _renderer.RenderChildren(macro.Children, context, node);
            if (node.IsEmpty)
            {
                return default;
            }

            var plain = node.ToPlain();
            return new SortValue(SortValue.Fold(plain, _pinyinSort), null);
        }

        return default;
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
        List<CiteState>? previousCitation = null;
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
                    else if (previousCitation is { Count: 1 })
                    {
                        before = previousCitation[0];
                    }
                    else if (previousCitation is { Count: > 1 } && previousCitation.All(c => c.Item == cite.Item))
                    {
                        before = previousCitation[^1];
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

            previousCitation = list;
            result.Add(list);
        }

        return result;
    }

    // ---- Disambiguation ----

    private string AmbiguityKey(CslItem item)
    {
        var cite = NewCiteState(item);
        var citation = _style.Citation!;

        // The date a page was accessed tells no reader which work is meant: cites that differ only there are
        // ambiguous (citeproc-js leaves it out of its comparison too).
        var context = new RenderContext(cite, RenderMode.Citation, 0) { Suppressed = ["accessed"] };
        var output = _renderer.RenderLayout(citation.Layout, context);
        OutputFormatter.ApplyTextCase(output);
        return _plain.Format(output);
    }

    private void Disambiguate()
    {
        var citation = _style.Citation;
        if (citation is null || _registry.Count < 2)
        {
            return;
        }

        var addNames = citation.Flag("disambiguate-add-names");
        var addGiven = citation.Flag("disambiguate-add-givenname");
        var addYear = citation.Flag("disambiguate-add-year-suffix");
        var rule = citation.Option("givenname-disambiguation-rule") ?? "by-cite";
        if (addGiven && rule != "by-cite")
        {
            _globalGiven = GlobalGivenNames(rule);
        }

        var keys = new Dictionary<CslItem, string>(_registry.Count);
        foreach (var item in _registry)
        {
            keys[item] = AmbiguityKey(item);
        }

        var groups = AmbiguousGroups(keys);
        if (groups.Count == 0)
        {
            return;
        }

        foreach (var group in groups)
        {
            var members = group;
            if (addGiven && rule is "by-cite" or "all-names" or "primary-name")
            {
                members = ExpandGivenNames(members, keys, rule);
            }

            if (addNames && members.Count > 1)
            {
                members = AddNames(members, keys, addGiven && rule is "by-cite" or "all-names" or "primary-name" ? rule : null);
            }

            if (members.Count > 1)
            {
                foreach (var item in members)
                {
                    State(item).Disambiguate = true;
                    keys[item] = AmbiguityKey(item);
                }

                members = StillAmbiguous(members, keys);
            }

            if (addYear && members.Count > 1)
            {
                AddYearSuffixes(members, keys);
            }
        }
    }

    private static List<List<CslItem>> AmbiguousGroups(Dictionary<CslItem, string> keys)
    {
        var byKey = new Dictionary<string, List<CslItem>>(StringComparer.Ordinal);
        foreach (var (item, key) in keys)
        {
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
            }

            list.Add(item);
        }

        return [.. byKey.Values.Where(l => l.Count > 1)];
    }

    private static List<CslItem> StillAmbiguous(List<CslItem> members, Dictionary<CslItem, string> keys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in members)
        {
            counts[keys[item]] = counts.GetValueOrDefault(keys[item]) + 1;
        }

        return [.. members.Where(m => counts[keys[m]] > 1)];
    }

    private List<CslItem> AddNames(List<CslItem> members, Dictionary<CslItem, string> keys, string? givenRule)
    {
        var maxNames = members.Max(m => m.Names.Values.Select(l => l.Length).DefaultIfEmpty(0).Max());
        var ambiguous = members;
        var saved = members.ToDictionary(m => m, m => State(m).AddNames);
        for (var n = 1; n <= maxNames && ambiguous.Count > 1; n++)
        {
            foreach (var item in ambiguous)
            {
                var state = State(item);
                var before = state.AddNames;
                state.AddNames = Math.Max(before, n);
                if (state.AddNames != before && !AddedNamesShowAll(item, before))
                {
                    keys[item] = AmbiguityKey(item);
                }
            }

            var next = StillAmbiguous(members, keys);
            if (next.Count == ambiguous.Count && givenRule is not null)
            {
                // As citeproc-js does: a name added to no avail may still help once its given name shows
                // ("Smith, Brown & J. Jones" against "Smith, Brown & A. Jones").
                ExpandGivenNames(ambiguous, keys, givenRule);
                next = StillAmbiguous(members, keys);
            }

            if (next.Count < ambiguous.Count)
            {
                foreach (var item in next)
                {
                    saved[item] = State(item).AddNames;
                }
            }

            ambiguous = next;
        }

        // Names that did not help are taken away again.
        foreach (var item in ambiguous)
        {
            var state = State(item);
            var before = state.AddNames;
            state.AddNames = saved[item];
            if (state.AddNames != before && !AddedNamesShowAll(item, state.AddNames))
            {
                keys[item] = AmbiguityKey(item);
            }
        }

        if (givenRule is not null && ambiguous.Count > 1)
        {
            ambiguous = ExpandGivenNames(ambiguous, keys, givenRule);
        }

        return StillAmbiguous(members, keys);
    }

    /// <summary>
    /// Whether an item's cites already show every name at <paramref name="addNames"/> added names, so that any larger
    /// number renders the same and its ambiguity key need not be rendered again: at least one name is added and as
    /// many as its longest name list (the renderer compares added names only with zero and with the lists' lengths,
    /// through the et-al use-first it raises).
    /// </summary>
    private static bool AddedNamesShowAll(CslItem item, int addNames)
    {
        if (addNames <= 0)
        {
            return false;
        }

        foreach (var list in item.Names.Values)
        {
            if (list.Length > addNames)
            {
                return false;
            }
        }

        return true;
    }

    private List<CslItem> ExpandGivenNames(List<CslItem> members, Dictionary<CslItem, string> keys, string rule)
    {
        var ambiguous = members;
        var maxNames = members.Max(m => m.Names.Values.Select(l => l.Length).DefaultIfEmpty(0).Max());
        if (rule is "primary-name")
        {
            maxNames = Math.Min(maxNames, 1);
        }

        for (var i = 0; i < maxNames && ambiguous.Count > 1; i++)
        {
            for (var level = 1; level <= 2 && ambiguous.Count > 1; level++)
            {
                var before = ambiguous.ToDictionary(m => m, m => State(m).GivenLevels is { } g ? new Dictionary<CslName, int>(g) : null);
                foreach (var item in ambiguous)
                {
                    var state = State(item);
                    state.GivenLevels ??= [];
                    foreach (var list in item.Names.Values)
                    {
                        if (i < list.Length && state.GivenLevels.GetValueOrDefault(list[i]) < level)
                        {
                            state.GivenLevels[list[i]] = level;
                        }
                    }

                    keys[item] = AmbiguityKey(item);
                }

                var next = StillAmbiguous(members, keys);
                if (next.Count == ambiguous.Count)
                {
                    // No help: undo.
                    foreach (var item in ambiguous)
                    {
                        State(item).GivenLevels = before[item];
                        keys[item] = AmbiguityKey(item);
                    }
                }
                else
                {
                    ambiguous = next;
                }
            }
        }

        return StillAmbiguous(members, keys);
    }

    private Dictionary<CslName, int> GlobalGivenNames(string rule)
    {
        // Different people with the same family name get initials, or full given names where initials are shared too.
        var primaryOnly = rule.StartsWith("primary", StringComparison.Ordinal);
        var initialsOnly = rule.EndsWith("with-initials", StringComparison.Ordinal);
        var byFamily = new Dictionary<string, List<CslName>>(StringComparer.Ordinal);
        foreach (var item in _registry)
        {
            foreach (var list in item.Names.Values)
            {
                for (var i = 0; i < list.Length && (!primaryOnly || i == 0); i++)
                {
                    var name = list[i];
                    if (name.IsLiteral || name.Family is null)
                    {
                        continue;
                    }

                    var family = (name.NonDroppingParticle ?? string.Empty) + "|" + name.Family;
                    if (!byFamily.TryGetValue(family, out var people))
                    {
                        people = [];
                        byFamily[family] = people;
                    }

                    people.Add(name);
                }
            }
        }

        var levels = new Dictionary<CslName, int>();
        var initialsOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var people in byFamily.Values)
        {
            var distinctGiven = people.Select(p => p.Given ?? string.Empty).Distinct(StringComparer.Ordinal).Count();
            if (distinctGiven < 2)
            {
                continue;
            }

            // A person's initials are shared when another given name of the same family has the same initials: the
            // distinct given names (as written, null apart) are grouped by their initials once, not compared in pairs.
            var givenByInitials = new Dictionary<string, HashSet<string?>>(StringComparer.Ordinal);
            foreach (var person in people)
            {
                var initials = CachedInitials(person.Given, initialsOf);
                if (!givenByInitials.TryGetValue(initials, out var given))
                {
                    given = new HashSet<string?>(StringComparer.Ordinal);
                    givenByInitials[initials] = given;
                }

                given.Add(person.Given);
            }

            foreach (var person in people)
            {
                var sharedInitials = givenByInitials[CachedInitials(person.Given, initialsOf)].Count > 1;
                levels[person] = initialsOnly || !sharedInitials ? 1 : 2;
            }
        }

        return levels;
    }

    private static string CachedInitials(string? given, Dictionary<string, string> cache)
    {
        if (given is null)
        {
            return string.Empty;
        }

        if (!cache.TryGetValue(given, out var initials))
        {
            initials = InitialsOf(given);
            cache[given] = initials;
        }

        return initials;
    }

    private static string InitialsOf(string? given) =>
        given is null ? string.Empty : string.Concat(given.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));

    private void AddYearSuffixes(List<CslItem> members, Dictionary<CslItem, string> keys)
    {
        // Suffixes follow the bibliography's order: members are put in it by their positions, looked up once per run.
        if (_bibliographyPosition is null)
        {
            _bibliographyPosition = new Dictionary<CslItem, int>(_bibliographyOrder.Count);
            for (var i = 0; i < _bibliographyOrder.Count; i++)
            {
                _bibliographyPosition.TryAdd(_bibliographyOrder[i], i);
            }
        }

        var position = _bibliographyPosition;
        var ordered = members.Where(position.ContainsKey).Distinct().OrderBy(m => position[m]).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            State(ordered[i]).YearSuffix = YearSuffix(i);
            keys[ordered[i]] = AmbiguityKey(ordered[i]);
        }
    }

    internal static string YearSuffix(int index)
    {
        var builder = new StringBuilder();
        index++;
        while (index > 0)
        {
            index--;
            builder.Insert(0, (char)('a' + (index % 26)));
            index /= 26;
        }

        return builder.ToString();
    }

    // ---- Citations ----

    private OutNode RenderCite(CiteState cite)
    {
        var state = State(cite.Item);
        cite.CitationNumber = state.CitationNumber;
        cite.YearSuffix = state.YearSuffix;
        cite.AddNames = state.AddNames;
        cite.GivenLevels = state.GivenLevels;
        cite.GlobalGivenLevels = _globalGiven;
        cite.Disambiguate = state.Disambiguate;
        var context = new RenderContext(cite, RenderMode.Citation, 0);
        var output = _renderer.RenderLayout(_style.Citation!.Layout, context);
        output.Kind = OutKind.Cite;
        output.Tag = cite;
        if (cite.SuppressAuthor)
        {
            RemoveFirstNames(output);
        }
        else if (cite.AuthorOnly)
        {
            var names = FirstNames(output);
            output.Children.Clear();
            output.Add(names);
        }

        return output;
    }

    internal static OutNode? FirstNames(OutNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is OutNode inner && !inner.IsEmpty)
            {
                if (inner.Kind == OutKind.Names)
                {
                    return inner;
                }

                if (FirstNames(inner) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static void RemoveFirstNames(OutNode node)
    {
        if (FirstNames(node) is { } names)
        {
            names.Children.Clear();
        }
    }

    private string RenderCitation(List<CiteState> cites)
    {
        var section = _style.Citation;
        if (section is null)
        {
            return string.Empty;
        }

        var layout = section.Layout;
        var delimiter = layout.Delimiter ?? string.Empty;
        var outputs = new List<(CiteState Cite, OutNode Output)>(cites.Count);
        foreach (var cite in cites)
        {
            if (cite.Item.Type == "__missing")
            {
                var missing = new OutNode(OutKind.Cite) { Tag = cite };
                missing.Add(new OutText("[CSL: no item '" + cite.Item.Id + "']"));
                outputs.Add((cite, missing));
                continue;
            }

            var output = RenderCite(cite);
            if (outputs.Count == 0 && _style.Class == "note")
            {
                CapitalizeLeadingTerm(cite, output);
            }

            outputs.Add((cite, output));
        }

        var collapse = section.Option("collapse");
        var groupDelimiter = section.Option("cite-group-delimiter");
        var joined = new OutNode();
        if (collapse == "citation-number")
        {
            CollapseNumbers(outputs, delimiter, joined);
        }
        else if (collapse is "year" or "year-suffix" or "year-suffix-ranged" || groupDelimiter is not null)
        {
            CollapseGroups(outputs, section, collapse, delimiter, groupDelimiter ?? ", ", joined);
        }
        else
        {
            var first = true;
            foreach (var (cite, output) in outputs)
            {
                var wrapped = WithAffixes(cite, output);
                if (wrapped.IsEmpty)
                {
                    continue;
                }

                if (!first)
                {
                    joined.Add(new OutText(delimiter));
                }

                first = false;
                joined.Add(wrapped);
            }
        }

        if (joined.IsEmpty)
        {
            return string.Empty;
        }

        // The citation layout's formatting takes in its affixes ("<b>([1]–[3])</b>"), as citeproc-js writes it.
        var whole = new OutNode(OutKind.Layout) { Format = layout.Format };
        whole.Add(new OutNode { Prefix = layout.Prefix, Suffix = layout.Suffix }.Add(joined));
        OutputFormatter.ApplyTextCase(whole);
        return _formatter.Format(whole);
    }

    /// <summary>
    /// A note citation that begins with a term begins a sentence: "Ibid." (as citeproc-js does); not after a cite prefix
    /// that leaves the sentence open ("See ibid.").
    /// </summary>
    private static void CapitalizeLeadingTerm(CiteState cite, OutNode output)
    {
        // A prefix of one word ending in a period is an abbreviation ("Cf."), not a sentence (citeproc-js's rule).
        if (cite.Prefix is { } prefix && prefix.TrimEnd() is { Length: > 0 } open && (open[^1] is not ('.' or '!' or '?') || !open.Contains(' ', StringComparison.Ordinal)))
        {
            return;
        }

        if (FirstText(output, inTerm: false) is ({ } text, true) && text.Text.Length > 0 && char.IsLower(text.Text[0]))
        {
            text.Text = char.ToUpperInvariant(text.Text[0]) + text.Text[1..];
        }

        static (OutText? Text, bool InTerm) FirstText(OutNode node, bool inTerm)
        {
            if (!string.IsNullOrEmpty(node.Prefix))
            {
                return (null, false);
            }

            foreach (var child in node.Children)
            {
                if (child.IsEmpty)
                {
                    continue;
                }

                return child switch
                {
                    OutText text => (text, inTerm),
                    OutNode inner => FirstText(inner, inTerm || inner.Kind == OutKind.Term),
                    _ => (null, false),
                };
            }

            return (null, false);
        }
    }

    private static OutNode WithAffixes(CiteState cite, OutNode output)
    {
        if (cite.Prefix is null && cite.Suffix is null)
        {
            return output;
        }

        if (output.IsEmpty)
        {
            return output;
        }

        var node = new OutNode();
        if (cite.Prefix is { } prefix)
        {
            node.Add(new OutNode(OutKind.CiteAffix).Add(RichText.Parse(prefix)));
        }

        node.Add(output);
        if (cite.Suffix is { } suffix)
        {
            node.Add(new OutNode(OutKind.CiteAffix).Add(RichText.Parse(suffix)));
        }

        return node;
    }

    private static void CollapseNumbers(List<(CiteState Cite, OutNode Output)> outputs, string delimiter, OutNode into)
    {
        var i = 0;
        var first = true;
        while (i < outputs.Count)
        {
            var j = i;
            while (j + 1 < outputs.Count
                && Collapsible(outputs[j].Cite) && Collapsible(outputs[j + 1].Cite)
                && outputs[j + 1].Cite.CitationNumber == outputs[j].Cite.CitationNumber + 1)
            {
                j++;
            }

            if (!first)
            {
                into.Add(new OutText(delimiter));
            }

            first = false;
            if (j - i >= 2)
            {
                into.Add(WithAffixes(outputs[i].Cite, outputs[i].Output));
                into.Add(new OutText("\u2013"));
                into.Add(WithAffixes(outputs[j].Cite, outputs[j].Output));
                i = j + 1;
            }
            else
            {
                into.Add(WithAffixes(outputs[i].Cite, outputs[i].Output));
                i++;
            }
        }

        static bool Collapsible(CiteState cite) => cite.CitationNumber > 0 && string.IsNullOrEmpty(cite.Locator) && cite.Prefix is null && cite.Suffix is null;
    }

    private void CollapseGroups(List<(CiteState Cite, OutNode Output)> outputs, Section section, string? collapse, string delimiter, string groupDelimiter, OutNode into)
    {
        // Group cites with the same rendered names, keeping first-occurrence order. Cites are moved together only
        // where the citation is sorted; otherwise only neighbours group, and entry order stays (as in citeproc-js).
        var groups = new List<(string Key, List<(CiteState Cite, OutNode Output)> Members)>();
        var moveTogether = section.Sort.Count > 0;
        foreach (var entry in outputs)
        {
            var names = FirstNames(entry.Output);
            // Cites without names group with each other, as citeproc-js groups them: "(1965a,b)".
            var key = names is null ? "\u0000" : _plain.Format(names);
            var existing = moveTogether ? groups.FindIndex(g => g.Key == key) : groups.Count > 0 && groups[^1].Key == key ? groups.Count - 1 : -1;
            if (existing >= 0)
            {
                groups[existing].Members.Add(entry);
            }
            else
            {
                groups.Add((key, [entry]));
            }
        }

        var afterCollapse = section.Option("after-collapse-delimiter") ?? delimiter;
        var yearSuffixDelimiter = section.Option("year-suffix-delimiter") ?? section.Option("cite-group-delimiter") ?? delimiter;
        var firstGroup = true;
        var previousCollapsed = false;
        foreach (var (_, members) in groups)
        {
            if (!firstGroup)
            {
                into.Add(new OutText(previousCollapsed ? afterCollapse : delimiter));
            }

            firstGroup = false;
            var groupNode = new OutNode();
            var collapsedHere = members.Count > 1 && collapse is not null;
            for (var m = 0; m < members.Count; m++)
            {
                var (cite, output) = members[m];
                if (m > 0 && collapse is not null)
                {
                    RemoveFirstNames(output);
                }

                if (m > 0)
                {
                    groupNode.Add(new OutText(groupDelimiter));
                }

                groupNode.Add(WithAffixes(cite, output));
            }

            if (collapse is "year-suffix" or "year-suffix-ranged" && members.Count > 1)
            {
                groupNode = CollapseYearSuffixes(members, groupDelimiter, yearSuffixDelimiter, afterCollapse, collapse == "year-suffix-ranged");
            }

            into.Add(groupNode);
            previousCollapsed = collapsedHere;
        }
    }

    private static OutNode CollapseYearSuffixes(
        List<(CiteState Cite, OutNode Output)> members, string groupDelimiter, string yearSuffixDelimiter, string afterCollapse, bool ranged)
    {
        var node = new OutNode();
        string? previousYear = null;
        var run = new List<(CiteState Cite, OutNode Output)>();
        var first = true;
        var previousCollapsed = false;

        void FlushRun()
        {
            if (run.Count == 0)
            {
                return;
            }

            // The first of a run keeps its date; the others show only their year-suffix.
            node.Add(WithAffixes(run[0].Cite, run[0].Output));
            previousCollapsed = run.Count > 1;
            var suffixes = run.Skip(1).Select(r => r.Output.Descendants(OutKind.YearSuffix).FirstOrDefault()).ToList();
            if (ranged && run.All(r => r.Cite.YearSuffix is { Length: 1 } && string.IsNullOrEmpty(r.Cite.Locator)))
            {
                // Consecutive letters of three or more make a range: a, c, d, e is "a,c–e" (the first is in the date).
                var start = 0;
                while (start < run.Count)
                {
                    var end = start;
                    while (end + 1 < run.Count && run[end + 1].Cite.YearSuffix![0] == run[end].Cite.YearSuffix![0] + 1)
                    {
                        end++;
                    }

                    if (start > 0)
                    {
                        node.Add(new OutText(yearSuffixDelimiter));
                        node.Add(new OutText(run[start].Cite.YearSuffix!));
                    }

                    if (end - start >= 2)
                    {
                        node.Add(new OutText("\u2013"));
                        node.Add(new OutText(run[end].Cite.YearSuffix!));
                    }
                    else
                    {
                        for (var i = start + 1; i <= end; i++)
                        {
                            node.Add(new OutText(yearSuffixDelimiter));
                            node.Add(new OutText(run[i].Cite.YearSuffix!));
                        }
                    }

                    start = end + 1;
                }
            }
            else
            {
                for (var i = 1; i < run.Count; i++)
                {
                    node.Add(new OutText(yearSuffixDelimiter));
                    var suffix = suffixes[i - 1];
                    node.Add(suffix is null ? WithAffixes(run[i].Cite, run[i].Output) : new OutText(run[i].Cite.YearSuffix ?? string.Empty));
                }
            }

            run.Clear();
        }

        foreach (var member in members)
        {
            var year = member.Output.Descendants(OutKind.Date).FirstOrDefault()?.ToPlain();
            var canJoin = member.Cite.YearSuffix is not null && string.IsNullOrEmpty(member.Cite.Locator) && member.Cite.Prefix is null && member.Cite.Suffix is null;
            var yearWithoutSuffix = year is null || member.Cite.YearSuffix is null ? year : year.Replace(member.Cite.YearSuffix, string.Empty, StringComparison.Ordinal);
            if (run.Count > 0 && canJoin && yearWithoutSuffix == previousYear)
            {
                run.Add(member);
                continue;
            }

            if (run.Count > 0)
            {
                FlushRun();
            }

            if (!first)
            {
                node.Add(new OutText(previousCollapsed ? afterCollapse : groupDelimiter));
            }

            first = false;
            previousCollapsed = false;
            if (canJoin)
            {
                run.Add(member);
                previousYear = yearWithoutSuffix;
            }
            else
            {
                node.Add(WithAffixes(member.Cite, member.Output));
                previousYear = null;
            }
        }

        FlushRun();
        return node;
    }

    // ---- Bibliography ----

    /// <summary>
    /// Sorts and disambiguates the whole bibliography (which needs every item), then renders its entries one at a
    /// time as they are asked for, so that a caller can write each entry before the next is made.
    /// </summary>
    public IEnumerable<(string Id, string Entry)> EnumerateBibliography()
    {
        BuildRegistry([], includeUncited: true);
        SortBibliography();
        Disambiguate();
        return RenderBibliographyEntries();
    }

    private (ImmutableArray<string> Entries, ImmutableArray<string> Ids) RenderBibliography()
    {
        if (_style.Bibliography is null)
        {
            return ([], []);
        }

        var entries = ImmutableArray.CreateBuilder<string>(_bibliographyOrder.Count);
        var ids = ImmutableArray.CreateBuilder<string>(_bibliographyOrder.Count);
        foreach (var (id, entry) in RenderBibliographyEntries())
        {
            entries.Add(entry);
            ids.Add(id);
        }

        return (entries.MoveToImmutable(), ids.MoveToImmutable());
    }

    private IEnumerable<(string Id, string Entry)> RenderBibliographyEntries()
    {
        var section = _style.Bibliography;
        if (section is null)
        {
            yield break;
        }

        var substitute = section.Option("subsequent-author-substitute");
        var substituteRule = section.Option("subsequent-author-substitute-rule") ?? "complete-all";
        var secondFieldAlign = section.Option("second-field-align") is "flush" or "margin";
        var threads = _processor.Options.MaxDegreeOfParallelism is -1 ? Environment.ProcessorCount : _processor.Options.MaxDegreeOfParallelism;
        var count = _bibliographyOrder.Count;
        List<string>? previousNames = null;
        if (threads <= 1 || count < ParallelBatch)
        {
            foreach (var item in _bibliographyOrder)
            {
                var output = RenderEntry(item, section);
                if (substitute is not null)
                {
                    previousNames = SubstituteAuthor(output, previousNames, substitute, substituteRule);
                }

                yield return (item.Id, FinishEntry(output, section, secondFieldAlign));
            }

            yield break;
        }

        // Entries are independent of each other up to the author substitution, which compares each entry's names with
        // the entry before: a batch is rendered on several threads, then substituted (when the style asks) and handed
        // out in order, so that the caller can write a batch while the next one is not yet made.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var outputs = new OutNode[ParallelBatch];
        var texts = new string[ParallelBatch];
        for (var start = 0; start < count; start += ParallelBatch)
        {
            var length = Math.Min(ParallelBatch, count - start);
            Parallel.For(0, length, parallel, i =>
            {
                var output = RenderEntry(_bibliographyOrder[start + i], section);
                if (substitute is null)
                {
                    texts[i] = FinishEntry(output, section, secondFieldAlign);
                }
                else
                {
                    outputs[i] = output;
                }
            });
            for (var i = 0; i < length; i++)
            {
                if (substitute is not null)
                {
                    previousNames = SubstituteAuthor(outputs[i], previousNames, substitute, substituteRule);
                    texts[i] = FinishEntry(outputs[i], section, secondFieldAlign);
                    outputs[i] = null!;
                }

                yield return (_bibliographyOrder[start + i].Id, texts[i]);
            }
        }
    }

    /// <summary>Entries rendered together on several threads; also the least number of entries worth the threads.</summary>
    private const int ParallelBatch = 256;

    /// <summary>An item's bibliography entry, before author substitution. Reads the session's state only.</summary>
    private OutNode RenderEntry(CslItem item, Section section)
    {
        var cite = NewCiteState(item);
        cite.GivenLevels = null;
        cite.AddNames = 0;
        cite.Disambiguate = false;
        var context = new RenderContext(cite, RenderMode.Bibliography, 1);
        return _renderer.RenderLayout(section.Layout, context);
    }

    private string FinishEntry(OutNode output, Section section, bool secondFieldAlign)
    {
        var whole = new OutNode(OutKind.Layout) { Format = section.Layout.Format, Prefix = section.Layout.Prefix, Suffix = section.Layout.Suffix };
        if (secondFieldAlign)
        {
            // As citeproc-js writes it: the layout's prefix opens the margin and its suffix closes the right-inline
            // block, so no text is left between the blocks and the end of the entry.
            AlignSecondField(output, whole.Prefix, whole.Suffix);
            whole.Prefix = null;
            whole.Suffix = null;
        }

        whole.Add(output);
        OutputFormatter.ApplyTextCase(whole);
        return whole.IsEmpty ? "[CSL STYLE ERROR: reference with no printed form.]" : _formatter.Format(whole);
    }

    private List<string>? SubstituteAuthor(OutNode output, List<string>? previous, string substitute, string rule)
    {
        var names = FirstNames(output);
        if (names is null)
        {
            return null;
        }

        var current = names.Descendants(OutKind.Name).Select(n => _plain.Format(n)).ToList();
        var whole = _plain.Format(names);
        current.Add("\u0000" + whole);
        if (previous is null)
        {
            return current;
        }

        var previousWhole = previous[^1];
        switch (rule)
        {
            case "complete-all":
                if (previousWhole == current[^1])
                {
                    names.Children.Clear();
                    if (substitute.Length > 0)
                    {
                        names.Children.Add(new OutText(substitute));
                    }

                    names.Prefix = null;
                    names.Suffix = names.Suffix;
                }

                break;
            case "complete-each":
                if (previousWhole == current[^1])
                {
                    foreach (var name in names.Descendants(OutKind.Name).ToList())
                    {
                        name.Children.Clear();
                        name.Children.Add(new OutText(substitute));
                    }
                }

                break;
            case "partial-each":
            case "partial-first":
                var nameNodes = names.Descendants(OutKind.Name).ToList();
                for (var i = 0; i < nameNodes.Count && i < previous.Count - 1; i++)
                {
                    if (current[i] != previous[i])
                    {
                        break;
                    }

                    nameNodes[i].Children.Clear();
                    nameNodes[i].Children.Add(new OutText(substitute));
                    if (rule == "partial-first")
                    {
                        break;
                    }
                }

                break;
            default:
                break;
        }

        return current;
    }

    private static void AlignSecondField(OutNode output, string? prefix, string? suffix)
    {
        // The first rendered child goes into the left margin, the rest into the right-inline block.
        var children = output.Children.Where(c => !c.IsEmpty).ToList();
        if (children.Count == 0)
        {
            return;
        }

        var first = children[0];
        var rest = new OutNode { Display = "right-inline", Suffix = suffix };
        rest.Children.AddRange(children.Skip(1));
        var left = new OutNode { Display = "left-margin", Prefix = prefix };
        left.Children.Add(first);
        output.Children.Clear();
        output.Children.Add(left);
        if (!rest.IsEmpty)
        {
            output.Children.Add(rest);
        }
        else
        {
            left.Suffix = suffix;
        }
    }
}
