using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>Disambiguation: added names, expanded given names and year suffixes.</summary>
internal sealed partial class CslSession
{
    /// <summary>How many disambiguate conditions the item's cite tests with all of them true (each macro call counts).</summary>
    private int DisambiguateTests(CslItem item)
    {
        var cite = NewCiteState(item);
        cite.Disambiguate = int.MaxValue;
        var context = new RenderContext(cite, RenderMode.Citation, 0);
        _processor.RendererFor(item).RenderLayout(_style.Citation!.Layout, context);
        return context.DisambiguateTests;
    }

    private string AmbiguityKey(CslItem item)
    {
        var cite = NewCiteState(item);
        var citation = _style.Citation!;

        // The date a page was accessed tells no reader which work is meant: cites that differ only there are
        // ambiguous (citeproc-js leaves it out of its comparison too).
        var context = new RenderContext(cite, RenderMode.Citation, 0) { Suppressed = ["accessed"] };
        var output = _processor.RendererFor(item).RenderLayout(citation.Layout, context);
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

            // The disambiguate conditions are turned on one at a time, in the order the layout tests them, for the
            // cites still ambiguous: a title that tells two cites apart spares them the edition after it.
            var tests = members.Count > 1 ? members.Max(DisambiguateTests) : 0;
            for (var level = 1; level <= tests && members.Count > 1; level++)
            {
                foreach (var item in members)
                {
                    State(item).Disambiguate = level;
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
            var distinctBefore = ambiguous.Select(m => keys[m]).Distinct(StringComparer.Ordinal).Count();
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

            // A name helps when it disambiguates a cite or splits the set into smaller sets ("Smith, Jones & Brown"
            // against "Smith, Jones, Brown, et al."), which year suffixes then tell apart one set at a time.
            var distinctAfter = ambiguous.Select(m => keys[m]).Distinct(StringComparer.Ordinal).Count();
            if (next.Count < ambiguous.Count || distinctAfter > distinctBefore)
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
            var distinctGiven = people.Select(p => SameGiven(p.Given) ?? string.Empty).Distinct(StringComparer.Ordinal).Count();
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

                given.Add(SameGiven(person.Given));
            }

            // CSL 1.0.2, "givenname-disambiguation-rule": names that cannot be disambiguated remain in their original
            // form, so under the "-with-initials" rules a person whose initials every other given name of the family
            // shares (Cecil and Charles Smith, both C.) gets none.
            foreach (var person in people)
            {
                var sameInitials = givenByInitials[CachedInitials(person.Given, initialsOf)].Count;
                if (sameInitials == 1)
                {
                    levels[person] = 1;
                }
                else if (!initialsOnly)
                {
                    levels[person] = 2;
                }
                else if (sameInitials < distinctGiven)
                {
                    levels[person] = 1;
                }
            }
        }

        return levels;
    }

    /// <summary>A given name as compared between people: initials that differ only in spacing ("J. J.", "J.J.") are one name.</summary>
    private static string? SameGiven(string? given)
    {
        if (given is null || !given.Contains(". ", StringComparison.Ordinal))
        {
            return given;
        }

        var builder = new System.Text.StringBuilder(given.Length);
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] == ' ' && i > 0 && given[i - 1] == '.')
            {
                continue;
            }

            builder.Append(given[i]);
        }

        return builder.ToString();
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
        // Each set of cites that render alike is lettered from "a" on its own.
        var ordered = members.Where(position.ContainsKey).Distinct().OrderBy(m => position[m]).ToList();
        foreach (var set in ordered.GroupBy(m => keys[m], StringComparer.Ordinal).ToList())
        {
            var i = 0;
            foreach (var item in set)
            {
                State(item).YearSuffix = YearSuffix(i++);
                keys[item] = AmbiguityKey(item);
            }
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
}
