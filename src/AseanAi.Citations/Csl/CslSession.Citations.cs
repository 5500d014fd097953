using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>Rendering citations: each cite, its affixes, and the cites of one citation together.</summary>
internal sealed partial class CslSession
{
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
        var output = _processor.RendererFor(cite.Item).RenderLayout(_style.Citation!.Layout, context);
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
}
