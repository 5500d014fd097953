using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>The state of one rendering pass over one cite: mode, substituted variables, and counts for group suppression.</summary>
internal sealed class RenderContext
{
    public RenderContext(CiteState cite, RenderMode mode, int slot)
    {
        Cite = cite;
        Mode = mode;
        Slot = slot;
    }

    public CiteState Cite { get; }

    public CslItem Item => Cite.Item;

    public RenderMode Mode { get; }

    /// <summary>0 under cs:citation, 1 under cs:bibliography (which inherited name options apply).</summary>
    public int Slot { get; }

    public HashSet<string>? Suppressed { get; set; }

    public List<string>? Rendered { get; set; }

    public SortKey? SortKey { get; set; }

    public int Depth { get; set; }

    public int Called { get; set; }

    public int NonEmpty { get; set; }

    /// <summary>How many disambiguate conditions this rendering has tested so far.</summary>
    public int DisambiguateTests { get; set; }

    /// <summary>Whether the implicit year-suffix has been placed after the first year of the cite.</summary>
    public bool YearSuffixPlaced { get; set; }

    public bool IsSuppressed(string variable) => Suppressed is not null && Suppressed.Contains(variable);

    /// <summary>Whether a variable is suppressed as soon as it renders: inside cs:substitute, where the spec suppresses
    /// substituted variables in the rest of the output, the rest of the substitute included.</summary>
    public bool SuppressOnUse { get; set; }

    public void Used(string variable)
    {
        Rendered?.Add(variable);
        if (SuppressOnUse)
        {
            (Suppressed ??= new HashSet<string>(StringComparer.Ordinal)).Add(variable);
        }
    }
}

/// <summary>
/// Evaluates the rendering elements of a style for one item into an output tree. Immutable and thread-safe; each call
/// carries its own <see cref="RenderContext"/>.
/// </summary>
internal sealed partial class Renderer
{
    private const int MaxDepth = 200;

    public Renderer(StyleDefinition style, LocaleChain locale, CslProcessorOptions options)
    {
        Style = style;
        Locale = locale;
        Options = options;
    }

    public StyleDefinition Style { get; }

    public LocaleChain Locale { get; }

    public CslProcessorOptions Options { get; }

    /// <summary>Whether the year-suffix goes after the first year rendered (the style never renders the variable itself).</summary>
    public bool ImplicitYearSuffix { get; set; }

    public OutNode RenderLayout(Layout layout, RenderContext context)
    {
        var node = new OutNode(OutKind.Layout);
        RenderChildren(layout.Children, context, node);
        return node;
    }

    public void RenderChildren(IReadOnlyList<StyleElement> children, RenderContext context, OutNode into)
    {
        foreach (var child in children)
        {
            into.Add(Render(child, context));
        }
    }

    /// <summary>
    /// A date counts as a non-empty variable for its group only when it prints something: a year-only date under a
    /// month date-part leaves its group empty (as citeproc-js).
    /// </summary>
    private Out? RenderDateCounted(DateElement date, RenderContext context)
    {
        var nonEmpty = context.NonEmpty;
        var output = RenderDate(date, context);
        if (output is null || output.IsEmpty)
        {
            context.NonEmpty = nonEmpty;
        }

        return output;
    }

    public Out? Render(StyleElement element, RenderContext context) => element switch
    {
        TextElement text => RenderText(text, context),
        NamesElement names => RenderNames(names, context, null),
        DateElement date => RenderDateCounted(date, context),
        NumberElement number => RenderNumber(number, context),
        LabelElement label => RenderLabel(label, context),
        GroupElement group => RenderGroup(group, context),
        ChooseElement choose => RenderChoose(choose, context),
        _ => null,
    };

    private bool IsEnglish(RenderContext context)
    {
        var language = context.Item.Language;
        if (string.IsNullOrEmpty(language))
        {
            return Locale.IsEnglish;
        }

        return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    private OutNode Wrap(StyleElement element, Out content, RenderContext context, OutKind kind = OutKind.Plain)
    {
        var node = new OutNode(kind);
        node.Decorate(element);

        // Terms and labels are the style's words, not the item's: they take title case whatever the item's language.
        if (kind is not (OutKind.Term or OutKind.Label) && node.TextCase is TextCase.Title or TextCase.Sentence && !IsEnglish(context))
        {
            node.TextCase = TextCase.None;
        }

        node.Children.Add(content);
        return node;
    }

    private OutNode? RenderGroup(GroupElement group, RenderContext context)
    {
        var (called, nonEmpty) = (context.Called, context.NonEmpty);
        context.Called = 0;
        context.NonEmpty = 0;
        var node = new OutNode { Delimiter = group.Delimiter };
        RenderChildren(group.Children, context, node);
        if (group.Delimiter is not null)
        {
            SpliceChoices(node);
        }
        var groupCalled = context.Called;
        var groupNonEmpty = context.NonEmpty;
        var suppressed = node.IsEmpty || (groupCalled > 0 && groupNonEmpty == 0);
        context.Called = called + groupCalled;
        // A nested group that prints without calling a variable counts as content for the group around it, as in
        // citeproc-js: (title, group of "does not have title-short") keeps the second part when the title is missing.
        context.NonEmpty = nonEmpty + (suppressed ? 0 : Math.Max(groupNonEmpty, groupCalled == 0 ? 1 : 0));
        if (suppressed)
        {
            return null;
        }

        node.Decorate(group);
        node.Delimiter = group.Delimiter;
        if (node.TextCase is TextCase.Title or TextCase.Sentence && !IsEnglish(context))
        {
            node.TextCase = TextCase.None;
        }

        return node;
    }

    /// <summary>Puts the children of chosen branches in place, so that the group's delimiter goes between them.</summary>
    private static void SpliceChoices(OutNode node)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (node.Children[i] is OutNode { Kind: OutKind.Choose } choice)
            {
                node.Children.RemoveAt(i);
                node.Children.InsertRange(i, choice.Children);
                i--;
            }
        }
    }

    private OutNode? RenderChoose(ChooseElement choose, RenderContext context)
    {
        foreach (var branch in choose.Branches)
        {
            if (branch.IsElse || Evaluate(branch, context))
            {
                var node = new OutNode(OutKind.Choose);
                RenderChildren(branch.Children, context, node);
                return node;
            }
        }

        return null;
    }

    private OutNode? RenderText(TextElement text, RenderContext context)
    {
        switch (text.Source)
        {
            case TextSource.Value:
                return Wrap(text, RichText.Parse(text.Name), context);
            case TextSource.Term:
            {
                var term = Locale.Term(text.Name, text.Form, text.Plural);
                if (string.IsNullOrEmpty(term))
                {
                    return null;
                }

                // An undated item's implicit year-suffix follows "n.d." ("n.d.-a"), as in citeproc-js.
                if (text.Name == "no date" && ImplicitYearSuffix && context.Cite.YearSuffix is { } suffix && !context.YearSuffixPlaced
                    && context.Mode != RenderMode.Sort && !context.Item.Dates.ContainsKey("issued"))
                {
                    context.YearSuffixPlaced = true;
                    var node = Wrap(text, RichText.Parse(term), context, OutKind.Term);
                    return new OutNode().Add(node).Add(new OutNode(OutKind.YearSuffix).Add(new OutText("-" + suffix)));
                }

                // "n.d." stands for the missing date: like a date, it keeps its group ("2000;" or "n.d." before an
                // empty volume), as citeproc-js treats it.
                if (text.Name == "no date")
                {
                    context.Called++;
                    context.NonEmpty++;
                }

                return Wrap(text, RichText.Parse(term), context, OutKind.Term);
            }

            case TextSource.Macro:
            {
                if (text.Macro is null)
                {
                    return null;
                }

                if (++context.Depth > MaxDepth)
                {
                    throw new InvalidOperationException("Macro nesting is deeper than " + MaxDepth + " levels.");
                }

                // A macro is an implicit group, as in citeproc-js: when it calls variables and all are empty, its terms
                // and values go too ("in " before an empty container title).
                var (called, nonEmpty) = (context.Called, context.NonEmpty);
                context.Called = 0;
                context.NonEmpty = 0;
                var inner = new OutNode();
                RenderChildren(text.Macro.Children, context, inner);
                context.Depth--;
                var macroCalled = context.Called;
                var macroNonEmpty = context.NonEmpty;
                var suppressed = inner.IsEmpty || (macroCalled > 0 && macroNonEmpty == 0);
                context.Called = called + macroCalled;
                context.NonEmpty = nonEmpty + (suppressed ? 0 : macroNonEmpty);
                if (suppressed)
                {
                    return null;
                }

                return text.HasDecorations ? Wrap(text, inner, context) : inner;
            }

            default:
                return RenderTextVariable(text, context);
        }
    }

    private OutNode? RenderTextVariable(TextElement text, RenderContext context)
    {
        var name = text.Name;

        // As in citeproc-js, an empty year-suffix (decided late, by disambiguation) does not make its group empty:
        // APA's "(n.d.)" is a term and the year-suffix variable in one group.
        if (name != "year-suffix")
        {
            context.Called++;
        }

        if (context.IsSuppressed(name))
        {
            return null;
        }

        var content = VariableOutput(name, text.ShortForm, context, out var kind);
        if (content is null)
        {
            return null;
        }

        context.NonEmpty++;
        context.Used(name);
        return Wrap(text, content, context, kind);
    }

    private Out? VariableOutput(string name, bool shortForm, RenderContext context, out OutKind kind)
    {
        kind = OutKind.Variable;
        var cite = context.Cite;
        var item = context.Item;
        switch (name)
        {
            case "citation-number":
                kind = OutKind.CitationNumber;
                return cite.CitationNumber > 0 ? new OutText(cite.CitationNumber.ToString(CultureInfo.InvariantCulture)) : null;
            case "year-suffix":
                kind = OutKind.YearSuffix;
                return cite.YearSuffix is { } suffix ? new OutText(suffix) : null;
            case "citation-label":
                if (CitationLabel.Of(item) is not { } label)
                {
                    return null;
                }

                // A style that prints the label but never the year-suffix gets the suffix after the label ("Asth00a").
                if (ImplicitYearSuffix && cite.YearSuffix is { } labelSuffix && !context.YearSuffixPlaced && context.Mode != RenderMode.Sort)
                {
                    context.YearSuffixPlaced = true;
                    return new OutNode().Add(new OutText(label)).Add(new OutNode(OutKind.YearSuffix).Add(new OutText(labelSuffix)));
                }

                return new OutText(label);
            case "locator":
                kind = OutKind.Locator;
                if (cite.Locator?.Trim() is not { Length: > 0 } locator)
                {
                    return null;
                }

                // A locator is rich text like other variables: its quotes are typographic and take the punctuation in.
                return RichText.Parse(cite.Label is null or "page" ? PageRange.Format(locator, Style.PageRangeFormat, PageRangeDelimiter) : NumberVariable.Dashes(locator, PageRangeDelimiter));
            case "first-reference-note-number":
                return cite.FirstNoteNumber > 0 && cite.Position != CitePosition.First ? new OutText(cite.FirstNoteNumber.ToString(CultureInfo.InvariantCulture)) : null;
            case "page":
                return item["page"] is { } page ? RichText.Parse(PageRange.Format(page, Style.PageRangeFormat, PageRangeDelimiter)) : null;
            case "URL" or "DOI" or "PMID" or "PMCID" or "ISBN" or "ISSN":
                kind = OutKind.Verbatim;
                return item[name] is { } verbatim ? new OutNode(OutKind.Verbatim).Add(new OutText(verbatim)) : null;
            case "title" or "container-title" when shortForm:
                if (item[name + "-short"] is { } shortTitle)
                {
                    kind = OutKind.Title;
                    return InLanguage(shortTitle, context);
                }

                break;
            default:
                break;
        }

        if (item[name] is not { } value)
        {
            return null;
        }

        if (name == "title" && Options.Bilingual != CslBilingualTitles.Original && CslItemExtras.Pick(item.Extras.TitleTranslations, Locale.Language) is { } translation)
        {
            kind = OutKind.Title;
            return Options.Bilingual == CslBilingualTitles.Translation
                ? RichText.Parse(translation)
                : new OutNode().Add(InLanguage(value, context)).Add(new OutText(CjkText(value) ? "[" : " [")).Add(RichText.Parse(translation)).Add(new OutText("]"));
        }

        if (name == "container-title" && Options.Bilingual != CslBilingualTitles.Original && CslItemExtras.Pick(item.Extras.ContainerTitleTranslations, Locale.Language) is { } containerTranslation)
        {
            return Options.Bilingual == CslBilingualTitles.Translation
                ? RichText.Parse(containerTranslation)
                : new OutNode().Add(InLanguage(value, context)).Add(new OutText(CjkText(value) ? "[" : " [")).Add(RichText.Parse(containerTranslation)).Add(new OutText("]"));
        }

        if (name is "title" or "container-title" or "collection-title")
        {
            kind = OutKind.Title;
        }
        else if (CslVariables.NumberVariables.Contains(name))
        {
            // Numeric ranges take the locale's page-range-delimiter, as in citeproc-js ("2022–2"; GB/T 7714: "2022-2").
            return RichText.Parse(NumberVariable.Dashes(value, PageRangeDelimiter));
        }

        return InLanguage(value, context);
    }

    /// <summary>
    /// The text of a variable; when it has Chinese, Japanese or Korean characters, marked with the item's language,
    /// which HTML output writes as a <c>lang</c> attribute so that browsers pick the right glyphs (直 differs in
    /// Japanese and Chinese fonts).
    /// </summary>
    private static Out InLanguage(string value, RenderContext context)
    {
        var content = RichText.Parse(value);
        return CjkLanguage(value, context.Item.Language) is { } language ? new OutNode { Language = language }.Add(content) : content;
    }

    /// <summary>
    /// The language tag of a run of CJK text: the item's language when it is Chinese, Japanese or Korean; without one,
    /// <c>ja</c> for text with kana and <c>ko</c> for text with hangul (Han characters alone do not tell); else none.
    /// </summary>
    internal static string? CjkLanguage(string text, string? itemLanguage)
    {
        if (!CjkText(text))
        {
            return null;
        }

        if (itemLanguage is { Length: > 0 })
        {
            var cjk = itemLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
                || itemLanguage.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
                || itemLanguage.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
            return cjk && IsLanguageTag(itemLanguage) ? itemLanguage : null;
        }

        foreach (var c in text)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F'))
            {
                return "ja";
            }

            if (c is (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'))
            {
                return "ko";
            }
        }

        return null;
    }

    private static bool IsLanguageTag(string tag) => tag.Length <= 35 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static bool CjkText(string text) => Internal.CjkCharacters.ContainsCjk(text);

    private Out? RenderNumber(NumberElement number, RenderContext context)
    {
        context.Called++;
        if (context.IsSuppressed(number.Variable))
        {
            return null;
        }

        var value = NumberValue(number.Variable, context);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        context.NonEmpty++;
        context.Used(number.Variable);
        if (context.Mode == RenderMode.Sort && NumberVariable.TryParseFirst(value, out var sortNumber))
        {
            return new OutText(sortNumber.ToString("D8", CultureInfo.InvariantCulture));
        }

        string? gender = null;
        if (number.Form is "ordinal" or "long-ordinal")
        {
            gender = Locale.Gender(number.Variable == "locator" ? context.Cite.Label ?? "page" : number.Variable);
        }

        var rendered = NumberVariable.Render(value, number.Form, Locale, gender, number.Variable == "page" ? Style.PageRangeFormat : null);
        var kind = number.Variable == "citation-number" ? OutKind.CitationNumber : number.Variable == "locator" ? OutKind.Locator : OutKind.Variable;
        return Wrap(number, RichText.Parse(rendered), context, kind);
    }

    private static string? NumberValue(string variable, RenderContext context) => variable switch
    {
        "locator" => context.Cite.Locator,
        "citation-number" => context.Cite.CitationNumber > 0 ? context.Cite.CitationNumber.ToString(CultureInfo.InvariantCulture) : null,
        "first-reference-note-number" => context.Cite.FirstNoteNumber > 0 && context.Cite.Position != CitePosition.First ? context.Cite.FirstNoteNumber.ToString(CultureInfo.InvariantCulture) : null,
        _ => context.Item[variable],
    };

    private OutNode? RenderLabel(LabelElement label, RenderContext context)
    {
        var variable = label.Variable;
        if (context.IsSuppressed(variable))
        {
            return null;
        }

        string term;
        string? value;
        if (variable == "locator")
        {
            value = context.Cite.Locator;
            term = context.Cite.Label ?? "page";
        }
        else
        {
            value = NumberValue(variable, context);
            term = variable;
        }

        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => variable is "number-of-pages" or "number-of-volumes"
                ? NumberVariable.TryParseFirst(value, out var n) && n > 1
                : NumberVariable.IsPlural(value) || NumberVariable.IsList(value, Locale.Term("and")),
        };
        var text = Locale.Term(term, label.Form, plural);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Wrap(label, new OutText(text), context, OutKind.Label);
    }

    public static bool Evaluate(ChooseBranch branch, RenderContext context)
    {
        // Every value of every condition is one test; match says how the tests combine.
        var any = false;
        var all = true;
        foreach (var condition in branch.Conditions)
        {
            foreach (var value in condition.Values)
            {
                var result = Test(condition.Kind, value, context);
                any |= result;
                all &= result;
                if (branch.Match == MatchMode.Any && any)
                {
                    return true;
                }

                if (branch.Match == MatchMode.All && !all)
                {
                    return false;
                }

                if (branch.Match == MatchMode.None && any)
                {
                    return false;
                }
            }
        }

        return branch.Match switch
        {
            MatchMode.Any => any,
            MatchMode.None => !any,
            _ => all,
        };
    }

    private static bool Test(ConditionKind kind, string value, RenderContext context)
    {
        var cite = context.Cite;
        var item = context.Item;
        switch (kind)
        {
            case ConditionKind.Type:
                return string.Equals(item.Type, value, StringComparison.Ordinal);
            case ConditionKind.Variable:
                return HasVariable(value, context);
            case ConditionKind.IsNumeric:
            {
                var v = NumberValue(value, context);
                return v is not null && NumberVariable.IsNumeric(v);
            }

            case ConditionKind.IsUncertainDate:
                return item.Dates.TryGetValue(value, out var date) && date.Circa;
            case ConditionKind.Locator:
                return cite.Locator is not null && (cite.Label ?? "page") == value
                    || (value == "sub-verbo" && cite.Label == "sub verbo");
            case ConditionKind.Position:
                if (context.Mode == RenderMode.Bibliography)
                {
                    return false;
                }

                return value switch
                {
                    "first" => cite.Position == CitePosition.First,
                    "subsequent" => cite.Position != CitePosition.First,
                    "ibid" => cite.Position is CitePosition.Ibid or CitePosition.IbidWithLocator,
                    "ibid-with-locator" => cite.Position == CitePosition.IbidWithLocator,
                    "near-note" => cite.Position != CitePosition.First && cite.NearNote,
                    _ => false,
                };
            case ConditionKind.Disambiguate:
                // Conditions are tried one at a time (CSL 1.0.2, "Choose": content shown only where it disambiguates):
                // the n-th one tested is true when disambiguation needed n of them.
                return (value == "true") == (context.DisambiguateTests++ < cite.Disambiguate);
            default:
                return false;
        }
    }

    /// <summary>The locale's <c>page-range-delimiter</c> term (an en dash when the locale has none).</summary>
    private string PageRangeDelimiter => Locale.Term("page-range-delimiter") is { Length: > 0 } term ? term : "\u2013";

    private static bool HasVariable(string name, RenderContext context)
    {
        // Conditions see the item as it is: a variable that a substitute already used is still "there" (citeproc-js).
        var cite = context.Cite;
        var item = context.Item;
        return name switch
        {
            "locator" => !string.IsNullOrEmpty(cite.Locator),
            "citation-number" => cite.CitationNumber > 0,
            "year-suffix" => cite.YearSuffix is not null,
            "first-reference-note-number" => cite.FirstNoteNumber > 0 && cite.Position != CitePosition.First,
            _ => item.Text.ContainsKey(name) || item.Names.ContainsKey(name) || item.Dates.ContainsKey(name),
        };
    }
}
