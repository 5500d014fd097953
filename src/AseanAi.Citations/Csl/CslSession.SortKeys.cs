using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>Sorting: sort keys of items and the order of the bibliography and of cites.</summary>
internal sealed partial class CslSession
{
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
                var output = _processor.RendererFor(item).Render(names, context);
                return output is null ? default : new SortValue(SortValue.Fold(output.ToPlain(), _collation), null);
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
                return new SortValue(SortValue.Fold(reading, _collation), null);
            }

            return new SortValue(SortValue.Fold(text, _collation), null);
        }

        if (key.Macro is { } macro)
        {
            var node = new OutNode();
            _processor.RendererFor(item).RenderChildren(macro.Children, context, node);
            if (node.IsEmpty)
            {
                return default;
            }

            var plain = node.ToPlain();
            return new SortValue(SortValue.Fold(plain, _collation), null);
        }

        return default;
    }
}
