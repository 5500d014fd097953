using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>The bibliography: entries, subsequent-author substitution and second-field alignment.</summary>
internal sealed partial class CslSession
{
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

        return (entries.ToImmutable(), ids.ToImmutable());
    }

    /// <summary>The entries in order; an item whose entry prints nothing has none (as in citeproc-js).</summary>
    private IEnumerable<(string Id, string Entry)> RenderBibliographyEntries()
    {
        foreach (var (id, entry) in RenderBibliographyEntriesOrEmpty())
        {
            if (entry is not null)
            {
                yield return (id, entry);
            }
        }
    }

    private IEnumerable<(string Id, string? Entry)> RenderBibliographyEntriesOrEmpty()
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
        var texts = new string?[ParallelBatch];
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
        // The disambiguate condition keeps the item's value in the entry (CSL 1.0.2, "Choose": what tells two otherwise
        // identical cites apart), so the entry shows what its cites show; added names and given names stay cite-only.
        var context = new RenderContext(cite, RenderMode.Bibliography, 1);
        return _processor.RendererFor(item).RenderLayout(section.Layout, context);
    }

    private string? FinishEntry(OutNode output, Section section, bool secondFieldAlign)
    {
        if (output.IsEmpty)
        {
            return null;
        }

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
        return _formatter.Format(whole);
    }

    private List<string>? SubstituteAuthor(OutNode output, List<string>? previous, string substitute, string rule)
    {
        var names = FirstNames(output);
        if (names is null)
        {
            return null;
        }

        var current = names.Descendants(OutKind.Name).Select(n => _plain.Format(n)).ToList();
        // The names are compared without their labels ("Doe, John ed." repeats "Doe, John"), as citeproc-js does.
        var labels = names.Descendants(OutKind.Label).ToList();
        var labelTexts = new List<Out>[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            labelTexts[i] = [.. labels[i].Children];
            labels[i].Children.Clear();
        }

        var whole = _plain.Format(names);
        for (var i = 0; i < labels.Count; i++)
        {
            labels[i].Children.AddRange(labelTexts[i]);
        }

        current.Add("\u0000" + whole);
        if (previous is null)
        {
            return current;
        }

        var previousWhole = previous[^1];
        if (current.Count == 1 && rule is "partial-each" or "partial-first" or "complete-each")
        {
            // No names but what stands in for them (a title through cs:substitute): replaced whole when it repeats.
            rule = "complete-all";
        }

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

                    // The entry's own label stays: "--- ed.".
                    names.Children.AddRange(labels);

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
