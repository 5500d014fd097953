using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Csl;

internal sealed partial class Renderer
{
    internal NameOptions ResolveOptions(NameElement name, RenderContext context) =>
        name.Resolved[context.Slot] ?? name.Options.Over((context.Slot == 0 ? Style.Citation?.NameOptions : Style.Bibliography?.NameOptions)?.Over(Style.NameOptions) ?? Style.NameOptions);

    private OutNode? RenderNames(NamesElement names, RenderContext context, NamesElement? inheritFrom)
    {
        var nameElement = names.HasNameChild || inheritFrom is null ? names.Name : inheritFrom.Name;
        var etAl = names.EtAl ?? inheritFrom?.EtAl;
        var label = names.Label ?? (names.HasChildren ? null : inheritFrom?.Label);
        var labelBefore = names.Label is not null ? names.LabelBeforeName : inheritFrom?.LabelBeforeName ?? false;
        var options = ResolveOptions(nameElement, context);
        if (context.SortKey is { } key)
        {
            options = options with
            {
                EtAlMin = key.NamesMin ?? options.EtAlMin,
                EtAlUseFirst = key.NamesUseFirst ?? options.EtAlUseFirst,
                EtAlUseLast = key.NamesUseLast ?? options.EtAlUseLast,
            };
        }

        var lists = new List<(string Variable, CslName[] Names)>(names.Variables.Count);
        foreach (var variable in names.Variables)
        {
            context.Called++;
            if (!context.IsSuppressed(variable) && context.Item.Names.TryGetValue(variable, out var list) && list.Length > 0)
            {
                lists.Add((variable, list));
            }
        }

        if (lists.Count == 0)
        {
            if (names.Substitute is null)
            {
                return null;
            }

            foreach (var substitute in names.Substitute)
            {
                var rendered = new List<string>();
                var outer = context.Rendered;
                context.Rendered = rendered;
                var suppressOnUse = context.SuppressOnUse;
                context.SuppressOnUse = true;
                var (called, nonEmpty) = (context.Called, context.NonEmpty);
                var output = substitute is NamesElement shorthand && !shorthand.HasChildren
                    ? RenderNames(shorthand, context, names)
                    : Render(substitute, context);
                context.Rendered = outer;
                context.SuppressOnUse = suppressOnUse;
                if (output is not null && !output.IsEmpty)
                {
                    context.Suppressed ??= new HashSet<string>(StringComparer.Ordinal);
                    foreach (var variable in rendered)
                    {
                        context.Suppressed.Add(variable);
                        outer?.Add(variable);
                    }

                    // What stands in for the names counts as output, even a term ("Anonymous").
                    context.NonEmpty++;
                    var wrapper = new OutNode(OutKind.Names) { Tag = context.Item };
                    wrapper.Decorate(names);
                    wrapper.Display = names.Display;
                    wrapper.Children.Add(output);
                    return wrapper;
                }

                // A substitute that printed nothing suppresses nothing.
                foreach (var variable in rendered)
                {
                    context.Suppressed?.Remove(variable);
                }

                context.Called = called;
                context.NonEmpty = nonEmpty;
            }

            return null;
        }

        context.NonEmpty++;
        foreach (var (variable, _) in lists)
        {
            context.Used(variable);
        }

        // Editor and translator who are the same people are named once, with the editortranslator term; not where the
        // locale leaves that term empty (each is then named with its own label, as in citeproc-js).
        string? combinedTerm = null;
        if (lists.Count >= 2 && !string.IsNullOrEmpty(Locale.Term("editortranslator", label?.Form ?? TermForm.Long)))
        {
            var editor = lists.FindIndex(l => l.Variable == "editor");
            var translator = lists.FindIndex(l => l.Variable == "translator");
            if (editor >= 0 && translator >= 0 && SameNames(lists[editor].Names, lists[translator].Names))
            {
                lists.RemoveAt(translator);
                combinedTerm = "editortranslator";
            }
        }

        if (options.Form == "count")
        {
            var total = 0;
            foreach (var (_, list) in lists)
            {
                total += ShownCount(list.Length, options, context);
            }

            if (total == 0)
            {
                return null;
            }

            var countNode = new OutNode(OutKind.Names) { Tag = context.Item };
            countNode.Decorate(names);
            countNode.Children.Add(new OutText(total.ToString(CultureInfo.InvariantCulture)));
            return countNode;
        }

        var result = new OutNode(OutKind.Names) { Tag = context.Item, Delimiter = names.Delimiter ?? options.NamesDelimiter };
        result.Decorate(names);
        result.Delimiter = names.Delimiter ?? options.NamesDelimiter;
        foreach (var (variable, list) in lists)
        {
            var nameList = RenderNameList(list, nameElement, options, etAl, context);
            var labelOut = label is null ? null : RenderNameLabel(label, combinedTerm ?? variable, list.Length, context);
            var part = new OutNode { Tag = variable };
            if (labelOut is not null && labelBefore)
            {
                part.Add(labelOut);
            }

            part.Add(nameList);
            if (labelOut is not null && !labelBefore)
            {
                part.Add(labelOut);
            }

            result.Children.Add(part);
        }

        return result;
    }

    private static bool SameNames(CslName[] a, CslName[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Family != b[i].Family || a[i].Given != b[i].Given || a[i].Literal != b[i].Literal)
            {
                return false;
            }
        }

        return true;
    }

    private OutNode? RenderNameLabel(LabelElement label, string term, int count, RenderContext context)
    {
        // A sort key compares the names alone: "Doe, John ed." sorts with "Doe, John" (as citeproc-js sorts).
        if (context.Mode == RenderMode.Sort)
        {
            return null;
        }

        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => count > 1,
        };
        var text = Locale.Term(term, label.Form, plural);
        return string.IsNullOrEmpty(text) ? null : Wrap(label, new OutText(text), context, OutKind.Label);
    }

    private static (int Min, int UseFirst, bool NoneShown) EtAlLimits(NameOptions options, RenderContext context)
    {
        var min = options.EtAlMin ?? 0;
        var useFirst = options.EtAlUseFirst;
        if (context.Mode == RenderMode.Citation && context.Cite.Position != CitePosition.First)
        {
            min = options.EtAlSubsequentMin ?? min;
            useFirst = options.EtAlSubsequentUseFirst ?? useFirst;
        }

        // et-al-use-first="0" written out shows none of the names once et-al-min is reached, so the list (and its
        // "et al.") renders nothing; left out, the attribute does not truncate.
        return (min, useFirst ?? 0, useFirst == 0 && min > 0);
    }

    private static int ShownCount(int count, NameOptions options, RenderContext context)
    {
        var (min, useFirst, noneShown) = EtAlLimits(options, context);
        if (context.Cite.AddNames > useFirst && context.Mode == RenderMode.Citation)
        {
            useFirst = context.Cite.AddNames;
        }

        if (noneShown && useFirst == 0 && count >= min)
        {
            return 0;
        }

        return min > 0 && useFirst > 0 && count >= min && useFirst < count ? useFirst : count;
    }

    private OutNode RenderNameList(CslName[] names, NameElement element, NameOptions options, EtAlElement? etAl, RenderContext context)
    {
        var (min, useFirst, noneShown) = EtAlLimits(options, context);
        if (context.Cite.AddNames > 0 && context.Mode == RenderMode.Citation && min > 0 && names.Length >= min)
        {
            useFirst = Math.Max(useFirst, context.Cite.AddNames);
        }

        if (noneShown && useFirst == 0 && names.Length >= min)
        {
            return new OutNode(OutKind.Names) { Tag = context.Item };
        }

        var truncate = min > 0 && useFirst > 0 && names.Length >= min && useFirst < names.Length;
        var shown = truncate ? useFirst : names.Length;
        var delimiter = options.Delimiter ?? ", ";
        var andTerm = context.Mode == RenderMode.Sort ? null : options.And switch
        {
            "text" => Locale.Term("and") ?? "and",
            "symbol" => "&",
            _ => null,
        };
        var sortOrder = context.Mode == RenderMode.Sort ? "all" : options.NameAsSortOrder;
        var node = new OutNode(OutKind.Names) { Tag = context.Item };
        node.Format = element.Format;
        node.Prefix = element.Prefix;
        node.Suffix = element.Suffix;
        var useLast = truncate && options.EtAlUseLast == true && names.Length >= useFirst + 2;
        for (var i = 0; i < shown; i++)
        {
            var inverted = sortOrder == "all" || (sortOrder == "first" && i == 0);
            if (i > 0)
            {
                var isLast = i == shown - 1 && !truncate;
                if (isLast && andTerm is not null)
                {
                    // A name with no given name (an organisation) has nothing to invert.
                    var previousInverted = (sortOrder == "all" || (sortOrder == "first" && i - 1 == 0)) && !names[i - 1].IsLiteral && names[i - 1].Given is not null;
                    var useDelimiter = (options.DelimiterPrecedesLast ?? "contextual") switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => previousInverted,
                        _ => shown >= 3,
                    };
                    node.Children.Add(new OutText((useDelimiter ? delimiter : " ") + andTerm + " "));
                }
                else
                {
                    node.Children.Add(new OutText(delimiter));
                }
            }

            node.Children.Add(RenderName(names[i], element, options, inverted, context));
        }

        if (truncate)
        {
            if (useLast)
            {
                node.Children.Add(new OutText(delimiter + "\u2026 "));
                var last = names[^1];
                node.Children.Add(RenderName(last, element, options, sortOrder == "all", context));
            }
            else if (context.Mode != RenderMode.Sort)
            {
                // CSL 1.0.2, "Sorting": when et-al abbreviation occurs, the "et-al" and "and others" terms are excluded
                // from the sort key values.
                var termName = etAl?.Term ?? "et-al";
                var term = EtAlTerm(termName, context);
                if (!string.IsNullOrEmpty(term))
                {
                    var precedes = (options.DelimiterPrecedesEtAl ?? "contextual") switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => sortOrder == "all" || (sortOrder == "first" && shown == 1),
                        _ => shown >= 2,
                    };
                    node.Children.Add(new OutText(precedes ? delimiter : " "));
                    var etAlNode = new OutNode(OutKind.Term);
                    if (etAl is not null)
                    {
                        etAlNode.Format = etAl.Format;
                        etAlNode.Prefix = etAl.Prefix;
                        etAlNode.Suffix = etAl.Suffix;
                    }

                    etAlNode.Children.Add(new OutText(term));
                    node.Children.Add(etAlNode);
                }
            }
        }

        return node;
    }

    /// <summary>
    /// The et-al term. With per-language et-al on: "et al." for items in other languages than Chinese and Japanese
    /// under a Chinese or Japanese locale; 等 for Chinese items under any other locale than Chinese, and for Japanese
    /// items under any other locale than Japanese; else the locale's own term (ほか for Japanese items in a Japanese style).
    /// An item without a language counts as CJK when its first names are written in CJK characters.
    /// </summary>
    private string? EtAlTerm(string termName, RenderContext context)
    {
        if (Options.PerLanguageEtAl && termName == "et-al")
        {
            var language = context.Item.Language;
            var itemScript = language is not null ? CjkLanguageFamily(language)
                : context.Item.Names.Values.Any(list => list.Length > 0 && list[0].IsCjk) ? "cjk" : null;
            var localeScript = CjkLanguageFamily(Locale.Language);
            if (itemScript is null && localeScript is not null)
            {
                return "et al.";
            }

            if (itemScript is not null && itemScript != localeScript && !(itemScript == "cjk" && localeScript is not null))
            {
                return "\u7B49";
            }
        }

        return Locale.Term(termName);

        static string? CjkLanguageFamily(string tag) =>
            tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? "ja" : null;
    }

    // Thai, Lao, Vietnamese and Khmer names: in their natural order with a space in every form, never inverted or
    // initialised; Thai, Lao and Vietnamese names sort by the given name (Nguyễn Văn An under An), Khmer by the family.
    private OutNode RenderNaturalOrderName(OutNode node, CslName name, NameElement element, RenderContext context)
    {
        var family = Part(element.Family, RichText.Parse(name.Family!), context);
        var given = Part(element.Given, RichText.Parse(name.Given!), context);
        if (context.Mode == RenderMode.Sort && name.Order != PersonNameOrder.FamilyGiven)
        {
            var lastSpace = name.Given!.LastIndexOf(' ');
            if (name.Order == PersonNameOrder.FamilyGivenSortedByGiven && lastSpace >= 0)
            {
                node.Children.Add(new OutText(name.Given[(lastSpace + 1)..] + " "));
            }

            node.Children.Add(given);
            node.Children.Add(new OutText(" "));
            node.Children.Add(family);
            return node;
        }

        var (first, second) = name.Order == PersonNameOrder.GivenFamily ? (given, family) : (family, given);
        node.Children.Add(first);
        node.Children.Add(new OutText(" "));
        node.Children.Add(second);
        return node;
    }

    private OutNode RenderName(CslName name, NameElement element, NameOptions options, bool inverted, RenderContext context)
    {
        var node = new OutNode(OutKind.Name)
        {
            Tag = name,
            Language = context.Mode == RenderMode.Sort ? null : CjkLanguage(name.Literal ?? name.Family + name.Given, context.Item.Language),
        };
        if (name.IsLiteral || (name.Family is null && name.Given is null))
        {
            node.Children.Add(Part(element.Family, RichText.Parse(name.Literal ?? string.Empty), context));
            return node;
        }

        if (name.Family is null)
        {
            node.Children.Add(Part(element.Given, RichText.Parse(name.Given!), context));
            return node;
        }

        if (name.Order != PersonNameOrder.Default && name.Given is not null)
        {
            return RenderNaturalOrderName(node, name, element, context);
        }

        // Given-name disambiguation changes cites only (CSL 1.0.2, "Disambiguation"); the bibliography keeps its names.
        var level = context.Mode switch
        {
            RenderMode.Sort => 2,
            RenderMode.Citation => context.Cite.GivenLevel(name),
            _ => 0,
        };
        var form = options.Form ?? "long";
        var initializeWith = options.InitializeWith;
        var initialize = options.Initialize ?? true;
        if (level > 0)
        {
            if (form == "short")
            {
                form = "long";
                if (level >= 2 || initializeWith is null)
                {
                    initializeWith = null;
                }
            }
            else if (level >= 2)
            {
                initializeWith = null;
            }
        }

        if (context.Mode == RenderMode.Sort)
        {
            form = options.Form == "short" ? "short" : "long";
            initializeWith = options.InitializeWith;
        }

        var family = name.Family ?? string.Empty;
        var useReading = context.Mode == RenderMode.Sort && name.FamilyReading is not null && Options.CjkSortOrder == CslCjkSortOrder.ReadingThenCodePoint;
        if (useReading)
        {
            family = name.FamilyReading!;
        }

        var ndp = name.NonDroppingParticle;
        var dp = name.DroppingParticle;
        if (!name.IsRomanesque)
        {
            // Chinese, Japanese and Korean names: family first, no space, whatever the order (佐藤仁).
            var familyNode = Part(element.Family, RichText.Parse(family), context);
            if (form == "short" || name.Given is null)
            {
                node.Children.Add(familyNode);
                return node;
            }

            var givenText = useReading && name.GivenReading is not null ? name.GivenReading : name.Given;
            node.Children.Add(familyNode);
            if (useReading)
            {
                node.Children.Add(new OutText(" "));
            }

            node.Children.Add(Part(element.Given, new OutText(givenText), context));
            return node;
        }

        string? given = name.Given;
        if (given is not null && initializeWith is not null)
        {
            given = Initials.Apply(given, initializeWith, initialize, Style.InitializeWithHyphen);
        }

        if (form == "short")
        {
            // [non-dropping-particle] family
            var shortFamily = new OutNode();
            if (ndp is not null && Style.DemoteNonDroppingParticle != "display-and-sort" || ndp is not null && !inverted)
            {
                shortFamily.Children.Add(new OutText(JoinParticle(ndp!)));
            }
            else if (ndp is not null)
            {
                shortFamily.Children.Add(new OutText(JoinParticle(ndp)));
            }

            shortFamily.Children.Add(RichText.Parse(family));
            node.Children.Add(Part(element.Family, shortFamily, context));
            return node;
        }

        var sortSeparator = options.SortSeparator ?? ", ";
        if (!inverted)
        {
            // given dropping-particle non-dropping-particle family suffix; the particles go with the family part,
            // its affixes around them too, as citeproc-js renders them ("François Hédelin (d’Aubignac)").
            if (given is not null)
            {
                node.Children.Add(Part(element.Given, RichText.Parse(given), context));
                node.Children.Add(new OutText(" "));
            }

            var familyPart = PartWithParticle(element.Family, ndp, RichText.Parse(family), context);
            if (dp is not null)
            {
                // The dropping particle takes the family part's affixes but not its formatting.
                var withParticle = new OutNode();
                if (familyPart is OutNode { } formatted && element.Family is not null)
                {
                    (withParticle.Prefix, withParticle.Suffix, formatted.Prefix, formatted.Suffix) = (formatted.Prefix, formatted.Suffix, null, null);
                }

                familyPart = withParticle.Add(new OutText(JoinParticle(dp))).Add(familyPart);
            }

            node.Children.Add(familyPart);
            if (name.Suffix is not null)
            {
                // The suffix goes inside the family part's affixes: "(de La Fontaine III)", as citeproc-js writes it.
                var suffixText = new OutNode().Add(new OutText(name.CommaSuffix ? ", " : " ")).Add(RichText.Parse(name.Suffix));
                if (element.Family is { Suffix.Length: > 0 } && familyPart is OutNode affixed && affixed.Suffix is not null)
                {
                    affixed.Children.Add(suffixText);
                }
                else
                {
                    node.Children.Add(suffixText);
                }
            }

            return node;
        }

        // Inverted: family first.
        var demote = Style.DemoteNonDroppingParticle == "display-and-sort" || (context.Mode == RenderMode.Sort && Style.DemoteNonDroppingParticle == "sort-only");
        node.Children.Add(PartWithParticle(element.Family, demote ? null : ndp, RichText.Parse(family), context));
        var givenPart = new OutNode();
        if (given is not null)
        {
            givenPart.Children.Add(RichText.Parse(given));
        }

        if (dp is not null)
        {
            var droppingText = dp.Replace('\'', '\u2019');
            if (given is not null && element.Given is { Format.IsEmpty: false } givenElement)
            {
                // A formatted given part formats the particle after it on its own: "<i>Givenname</i> <i>al</i>".
                givenPart.Children.Clear();
                givenPart.Children.Add(new OutNode { Format = givenElement.Format }.Add(RichText.Parse(given)));
                givenPart.Children.Add(new OutText(" "));
                givenPart.Children.Add(new OutNode { Format = givenElement.Format }.Add(new OutText(droppingText)));
            }
            else
            {
                givenPart.Children.Add(new OutText((given is null ? string.Empty : " ") + droppingText));
            }
        }

        if (ndp is not null && demote)
        {
            // A demoted particle stays inside the given part's affixes but keeps the family's formatting.
            givenPart.Children.Add(new OutText(givenPart.Children.Count == 0 ? string.Empty : " "));
            var particle = new OutText(ndp.TrimEnd().Replace('\'', '\u2019'));
            givenPart.Children.Add(element.Family is { } familyPart && !familyPart.Format.IsEmpty ? new OutNode { Format = familyPart.Format }.Add(particle) : particle);
        }

        if (!givenPart.IsEmpty)
        {
            node.Children.Add(new OutText(sortSeparator));
            var splitGiven = dp is not null && given is not null && element.Given is { Format.IsEmpty: false };
            node.Children.Add(splitGiven ? Affixes(element.Given!, givenPart, context) : Part(element.Given, givenPart, context));
        }

        if (name.Suffix is not null)
        {
            // The suffix is text like the other parts: its apostrophes are typographic (", abbé d’").
            node.Children.Add(new OutText(sortSeparator));
            node.Children.Add(RichText.Parse(name.Suffix));
        }

        return node;
    }

    private static string JoinParticle(string particle) =>
        particle.EndsWith('\'') || particle.EndsWith('\u2019') || particle.EndsWith('-') || particle.EndsWith(' ') ? particle.Replace('\'', '\u2019') : particle.Replace('\'', '\u2019') + " ";

    /// <summary>
    /// A family part with its non-dropping particle. Where the part is formatted, the particle is formatted on its own
    /// and the space between stays plain ("<b>del</b> <b>Familyname</b>"), as citeproc-js writes it; the affixes and
    /// text case go around both.
    /// </summary>
    private Out PartWithParticle(NamePartElement? part, string? particle, Out content, RenderContext context)
    {
        if (particle is null)
        {
            return Part(part, content, context);
        }

        var joined = JoinParticle(particle);
        if (part is null || part.Format.IsEmpty)
        {
            return Part(part, new OutNode().Add(new OutText(joined)).Add(content), context);
        }

        var inner = new OutNode();
        var spaced = joined.EndsWith(' ');
        inner.Add(new OutNode { Format = part.Format }.Add(new OutText(spaced ? joined[..^1] : joined)));
        if (spaced)
        {
            inner.Add(new OutText(" "));
        }

        inner.Add(new OutNode { Format = part.Format }.Add(content));
        return Affixes(part, inner, context);
    }

    /// <summary>A name part's affixes and text case around content that carries its formatting already.</summary>
    private OutNode Affixes(NamePartElement part, Out content, RenderContext context)
    {
        var node = new OutNode
        {
            Prefix = part.Prefix,
            Suffix = part.Suffix,
            TextCase = part.TextCase is TextCase.Title or TextCase.Sentence && !IsEnglish(context) ? TextCase.None : part.TextCase,
        };
        node.Children.Add(content);
        return node;
    }

    private Out Part(NamePartElement? part, Out content, RenderContext context)
    {
        if (part is null)
        {
            return content;
        }

        var node = new OutNode();
        node.Format = part.Format;
        node.Prefix = part.Prefix;
        node.Suffix = part.Suffix;
        node.TextCase = part.TextCase is TextCase.Title or TextCase.Sentence && !IsEnglish(context) ? TextCase.None : part.TextCase;
        node.Children.Add(content);
        return node;
    }
}

/// <summary>
/// Initials of given names: <c>John Quincy</c> with <c>". "</c> is <c>J. Q.</c>; <c>Jean-Luc</c> is <c>J.-L.</c>;
/// initials already written (<c>M.E</c>) are normalized to the style's form; with initialize off, full names stay;
/// lower-case particles stay whole (<c>J.B. de C.M.</c>).
/// </summary>
internal static class Initials
{
    public static string Apply(string given, string initializeWith, bool initialize, bool hyphen)
    {
        var builder = new StringBuilder(given.Length + 4);
        var i = 0;
        var pendingHyphen = false;
        while (i < given.Length)
        {
            var c = given[i];
            if (c is ' ' or '.')
            {
                i++;
                continue;
            }

            if (c == '-')
            {
                pendingHyphen = true;
                i++;
                continue;
            }

            var start = i;
            while (i < given.Length && given[i] is not (' ' or '.' or '-'))
            {
                i++;
            }

            var word = given[start..i];
            var followedByPeriod = i < given.Length && given[i] == '.';
            if (pendingHyphen)
            {
                pendingHyphen = false;
                if (char.IsLower(word[0]))
                {
                    continue;
                }

                TrimEndSpace(builder);
                if (hyphen)
                {
                    builder.Append('-');
                }
            }

            var isInitial = word.Length == 1 && char.IsLetter(word[0]);
            if (!isInitial && char.IsLower(word[0]) && !followedByPeriod)
            {
                // A lower-case word is a particle within the given names ("John Bertrand de Cusance" is "J.B. de C."):
                // written whole, set off by spaces, as citeproc-js writes it.
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                builder.Append(word).Append(' ');
            }
            else if (isInitial)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(initializeWith);
            }
            else if (followedByPeriod && word.Length <= 3)
            {
                // An abbreviation such as "Ts." or "Ph." stays as written, its period replaced by the style's (as citeproc-js).
                builder.Append(word).Append(initializeWith);
            }
            else if (initialize)
            {
                // Capitals that run into lower case stand for one sound (Mongolian "TSerendorjiin" is "Ts.").
                var capitals = 0;
                while (capitals < word.Length && char.IsUpper(word[capitals]))
                {
                    capitals++;
                }

                if (capitals >= 2 && capitals < word.Length && char.IsLower(word[capitals]))
                {
                    builder.Append(word[0]).Append(word[1..capitals].ToLowerInvariant()).Append(initializeWith);
                }
                else
                {
                    var length = char.IsSurrogate(word[0]) && word.Length > 1 ? 2 : 1;
                    builder.Append(word, 0, length).Append(initializeWith);
                }
            }
            else
            {
                builder.Append(word).Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static void TrimEndSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
