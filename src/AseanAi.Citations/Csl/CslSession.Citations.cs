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
            if (output.IsEmpty && !cite.AuthorOnly)
            {
                // A cite that prints nothing is flagged in the text, as citeproc-js flags it, rather than lost. An
                // author-only cite may print nothing: a numeric style names no author in its citations.
                output.Add(new OutText("[CSL STYLE ERROR: reference with no printed form.]"));
            }

            if (_style.Class == "note" && (outputs.Count == 0 || EndsSentence(cite.Prefix)))
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
            // CSL 1.0.2, "Cite Grouping": the ", " default of cite-group-delimiter is for in-text citations; a note
            // style that collapses without naming one keeps the layout delimiter between the cites of a group.
            CollapseGroups(outputs, section, collapse, delimiter, groupDelimiter ?? (_style.Class == "note" ? delimiter : ", "), joined);
        }
        else
        {
            CiteState? previous = null;
            foreach (var (cite, output) in outputs)
            {
                var wrapped = WithAffixes(cite, output);
                if (wrapped.IsEmpty)
                {
                    continue;
                }

                if (previous is not null)
                {
                    joined.Add(new OutText(DelimiterBetween(previous, cite, delimiter)));
                }

                previous = cite;
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
    /// The layout delimiter between two cites yields to the punctuation of their own affixes, as citeproc-js does: none
    /// before a prefix that begins with punctuation (", cited in"), and only its spaces after a suffix that ends with
    /// punctuation ("is one source," then " ").
    /// </summary>
    private static string DelimiterBetween(CiteState before, CiteState after, string delimiter)
    {
        if (delimiter.Length == 0)
        {
            return delimiter;
        }

        if (after.Prefix is { Length: > 0 } prefix && IsJoinPunctuation(prefix[0]))
        {
            return string.Empty;
        }

        if (before.Suffix is { } suffix && suffix.TrimEnd() is { Length: > 0 } closed && IsJoinPunctuation(closed[^1]))
        {
            var start = 0;
            while (start < delimiter.Length && IsJoinPunctuation(delimiter[start]))
            {
                start++;
            }

            return delimiter[start..];
        }

        return delimiter;

        static bool IsJoinPunctuation(char c) => c is ',' or ';' or '.' or ':' or '!' or '?';
    }

    /// <summary>Whether a cite prefix ends a sentence ("He said “Please work.”"), so that a term after it is capitalized.</summary>
    private static bool EndsSentence(string? prefix)
    {
        if (prefix is null)
        {
            return false;
        }

        var text = prefix.AsSpan().TrimEnd().TrimEnd("”’\"'");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' && text.Contains(' ');
    }

    /// <summary>
    /// A note citation that begins with a term begins a sentence: "Ibid." (as citeproc-js does); not after a cite prefix
    /// that leaves the sentence open ("See ibid.").
    /// </summary>
    private static void CapitalizeLeadingTerm(CiteState cite, OutNode output)
    {
        // A prefix of one word ending in a period is an abbreviation ("Cf."), not a sentence (citeproc-js's rule).
        if (cite.Prefix is { } prefix && prefix.TrimEnd() is { Length: > 0 } && !EndsSentence(prefix))
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
