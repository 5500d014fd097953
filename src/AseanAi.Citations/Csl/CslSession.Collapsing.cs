using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>Collapsing: cite numbers into ranges, cites by the same author, and year suffixes.</summary>
internal sealed partial class CslSession
{
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

                var wrapped = WithAffixes(cite, output);
                if (m > 0 && wrapped.IsEmpty)
                {
                    // A cite that printed only its names prints nothing once they collapse, and takes no delimiter.
                    continue;
                }

                if (m > 0)
                {
                    groupNode.Add(new OutText(groupDelimiter));
                }

                groupNode.Add(wrapped);
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
}
