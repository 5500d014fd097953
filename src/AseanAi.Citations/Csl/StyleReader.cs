using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace AseanAi.Citations.Csl;

/// <summary>The parsed content of a CSL style file, before locales are attached.</summary>
internal sealed class StyleDefinition
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Class { get; init; } = "in-text";

    public string? DefaultLocale { get; init; }

    public string? ParentId { get; init; }

    public string DemoteNonDroppingParticle { get; init; } = "display-and-sort";

    public bool InitializeWithHyphen { get; init; } = true;

    public string? PageRangeFormat { get; init; }

    public NameOptions NameOptions { get; init; } = new();

    public IReadOnlyDictionary<string, Macro> Macros { get; init; } = new Dictionary<string, Macro>();

    public IReadOnlyList<CslLocale> Locales { get; init; } = [];

    public Section? Citation { get; init; }

    public Section? Bibliography { get; init; }
}

/// <summary>Reads CSL 1.0.2 style XML into a <see cref="StyleDefinition"/>, reporting problems with their line.</summary>
internal sealed class StyleReader
{
    private const int MaxStyleCharacters = 4 * 1024 * 1024;

    /// <summary>How deeply elements may nest; real styles stay under 20 levels.</summary>
    internal const int MaxElementDepth = 100;

    /// <summary>How deeply macros may call macros; real styles stay under 15 levels.</summary>
    internal const int MaxMacroDepth = 100;

    /// <summary>
    /// How many rendering elements (all branches counted) a layout and its sort keys may expand to once macros are
    /// inlined: the official Chicago author-date style, the largest, expands to about 600,000 and APA to 70,000. A
    /// style of a few macros that each call the next one twice would otherwise make every entry cost 2^n steps.
    /// </summary>
    internal const long MaxExpandedElements = 10_000_000;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, Macro> _macros = new(StringComparer.Ordinal);
    private readonly List<(TextElement Text, int Line)> _macroCalls = [];
    private readonly List<SortKey> _sortMacroKeys = [];

    private StyleReader(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public static StyleDefinition? Read(string xml, List<Diagnostic> diagnostics)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxStyleCharacters,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            // A first pass stops at the first element nested too deeply, before building a tree of it (which takes
            // time quadratic in the depth and recursion in the reader below).
            using (var scan = XmlReader.Create(new StringReader(xml), settings))
            {
                while (scan.Read())
                {
                    if (scan.NodeType == XmlNodeType.Element && scan.Depth >= MaxElementDepth)
                    {
                        var info = (IXmlLineInfo)scan;
                        diagnostics.Add(Error(DiagnosticCodes.Style.NestingTooDeep, $"Elements nest deeper than {MaxElementDepth} levels.", info.LineNumber, info.LinePosition));
                        return null;
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            diagnostics.Add(Error(DiagnosticCodes.Style.NotWellFormed, "The style is not well-formed XML: " + exception.Message, exception.LineNumber, exception.LinePosition));
            return null;
        }

        var root = document.Root!;
        if (root.Name.LocalName != "style")
        {
            diagnostics.Add(Error(DiagnosticCodes.Style.RootNotStyle, $"The root element is <{root.Name.LocalName}>, not <style>.", root));
            return null;
        }

        return new StyleReader(diagnostics).ReadStyle(root);
    }

    internal static Diagnostic Error(string code, string message, int line, int column) =>
        new(DiagnosticSeverity.Error, code, message, line > 0 ? new SourceSpan(0, 0, line, Math.Max(column, 1)) : null);

    internal static Diagnostic Error(string code, string message, XElement element)
    {
        var info = (IXmlLineInfo)element;
        return Error(code, message, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0);
    }

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 0;

    private StyleDefinition? ReadStyle(XElement root)
    {
        var ns = root.Name.Namespace;
        string id = string.Empty, title = string.Empty;
        string? parent = null;
        var locales = new List<CslLocale>();
        XElement? citation = null, bibliography = null;
        foreach (var child in root.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "info":
                    id = child.Element(ns + "id")?.Value.Trim() ?? string.Empty;
                    title = child.Element(ns + "title")?.Value.Trim() ?? string.Empty;
                    parent = child.Elements(ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "independent-parent")?.Attribute("href")?.Value;
                    break;
                case "locale":
                    locales.Add(CslLocale.FromElement(child, _diagnostics));
                    break;
                case "macro":
                    var name = (string?)child.Attribute("name");
                    if (string.IsNullOrEmpty(name))
                    {
                        _diagnostics.Add(Error(DiagnosticCodes.Style.MacroWithoutName, "<macro> needs a 'name' attribute.", child));
                        break;
                    }

                    if (_macros.ContainsKey(name))
                    {
                        _diagnostics.Add(Error(DiagnosticCodes.Style.MacroDefinedTwice, $"The macro '{name}' is defined twice.", child));
                        break;
                    }

                    _macros[name] = new Macro { Name = name, Line = LineOf(child), Children = ReadChildren(child) };
                    break;
                case "citation":
                    citation = child;
                    break;
                case "bibliography":
                    bibliography = child;
                    break;
                default:
                    _diagnostics.Add(Error(DiagnosticCodes.Style.ElementNotAllowedInStyle, $"<{child.Name.LocalName}> is not allowed in <style>.", child));
                    break;
            }
        }

        if (citation is null && parent is null)
        {
            _diagnostics.Add(Error(DiagnosticCodes.Style.NoCitation, "The style has no <citation> element (and no independent-parent link, so it is not a dependent style).", root));
        }

        var style = new StyleDefinition
        {
            Id = id,
            Title = title,
            ParentId = citation is null ? parent : null,
            Class = (string?)root.Attribute("class") ?? "in-text",
            DefaultLocale = (string?)root.Attribute("default-locale"),
            DemoteNonDroppingParticle = (string?)root.Attribute("demote-non-dropping-particle") ?? "display-and-sort",
            InitializeWithHyphen = (string?)root.Attribute("initialize-with-hyphen") != "false",
            PageRangeFormat = (string?)root.Attribute("page-range-format"),
            NameOptions = ReadNameOptions(root, inherited: true),
            Macros = _macros,
            Locales = locales,
            Citation = citation is null ? null : ReadSection(citation),
            Bibliography = bibliography is null ? null : ReadSection(bibliography),
        };

        foreach (var (text, line) in _macroCalls)
        {
            if (_macros.TryGetValue(text.Name, out var macro))
            {
                text.Macro = macro;
            }
            else
            {
                _diagnostics.Add(Error(DiagnosticCodes.Style.MacroNotDefined, $"The macro '{text.Name}' is called but not defined.", line, 1));
            }
        }

        foreach (var key in _sortMacroKeys)
        {
            if (_macros.TryGetValue(key.MacroName!, out var macro))
            {
                key.Macro = macro;
            }
            else
            {
                _diagnostics.Add(Error(DiagnosticCodes.Style.MacroNotDefined, $"The sort key macro '{key.MacroName}' is not defined.", 0, 0));
            }
        }

        CheckMacroCycles();
        if (_diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        CheckExpandedSize(style);
        if (_diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        ResolveNameOptions(style);
        return style;
    }

    private void CheckMacroCycles()
    {
        // Depth-first search over the macro call graph; a back edge is a cycle that would recurse for ever.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var macro in _macros.Values)
        {
            Visit(macro, []);
        }

        void Visit(Macro macro, List<string> path)
        {
            if (state.TryGetValue(macro.Name, out var s))
            {
                if (s == 1)
                {
                    var cycle = string.Join(" -> ", path.SkipWhile(p => p != macro.Name).Append(macro.Name));
                    _diagnostics.Add(Error(DiagnosticCodes.Style.MacroRecursive, $"The macro '{macro.Name}' calls itself ({cycle}); recursion is not allowed.", macro.Line, 1));
                }

                return;
            }

            if (path.Count >= MaxMacroDepth)
            {
                if (!_diagnostics.Any(d => d.Code == DiagnosticCodes.Style.MacroCallsTooDeep))
                {
                    _diagnostics.Add(Error(DiagnosticCodes.Style.MacroCallsTooDeep, $"Macros call macros more than {MaxMacroDepth} levels deep ({path[0]} -> {path[1]} -> ... -> {macro.Name}).", macro.Line, 1));
                }

                return;
            }

            state[macro.Name] = 1;
            path.Add(macro.Name);
            foreach (var called in CalledMacros(macro.Children))
            {
                Visit(called, path);
            }

            path.RemoveAt(path.Count - 1);
            state[macro.Name] = 2;
        }
    }

    /// <summary>
    /// Rejects a style whose layouts or sort keys expand to more than <see cref="MaxExpandedElements"/> elements once
    /// macros are inlined (macros are acyclic and at most <see cref="MaxMacroDepth"/> deep here, so the recursion is bounded).
    /// </summary>
    private void CheckExpandedSize(StyleDefinition style)
    {
        var sizes = new Dictionary<Macro, long>();
        foreach (var (section, name) in new[] { (style.Citation, "citation"), (style.Bibliography, "bibliography") })
        {
            if (section is null)
            {
                continue;
            }

            var size = Size(section.Layout.Children) + section.Sort.Sum(k => k.Macro is { } m ? MacroSize(m) : 1);
            if (size > MaxExpandedElements)
            {
                _diagnostics.Add(Error(DiagnosticCodes.Style.ExpansionTooLarge, $"The {name} expands to more than {MaxExpandedElements:N0} elements once its macros are inlined; the style would make every entry cost that much.", 0, 0));
            }
        }

        long MacroSize(Macro macro)
        {
            if (!sizes.TryGetValue(macro, out var size))
            {
                size = Size(macro.Children);
                sizes[macro] = size;
            }

            return size;
        }

        long Size(IEnumerable<StyleElement> elements)
        {
            long total = 0;
            foreach (var element in elements)
            {
                total += 1 + element switch
                {
                    TextElement { Macro: { } macro } => MacroSize(macro),
                    GroupElement group => Size(group.Children),
                    ChooseElement choose => choose.Branches.Sum(b => Size(b.Children)),
                    NamesElement { Substitute: { } substitute } => Size(substitute),
                    _ => 0,
                };
                total = Math.Min(total, MaxExpandedElements + 1);
            }

            return total;
        }
    }

    internal static IEnumerable<Macro> CalledMacros(IEnumerable<StyleElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case TextElement { Macro: { } macro }:
                    yield return macro;
                    break;
                case GroupElement group:
                    foreach (var m in CalledMacros(group.Children))
                    {
                        yield return m;
                    }

                    break;
                case ChooseElement choose:
                    foreach (var branch in choose.Branches)
                    {
                        foreach (var m in CalledMacros(branch.Children))
                        {
                            yield return m;
                        }
                    }

                    break;
                case NamesElement { Substitute: { } substitute }:
                    foreach (var m in CalledMacros(substitute))
                    {
                        yield return m;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static void ResolveNameOptions(StyleDefinition style)
    {
        Resolve(style.Citation, 0);
        Resolve(style.Bibliography, 1);

        void Resolve(Section? section, int slot)
        {
            if (section is null)
            {
                return;
            }

            var inherited = section.NameOptions.Over(style.NameOptions);
            var visited = new HashSet<Macro>();
            Walk(section.Layout.Children);
            foreach (var key in section.Sort)
            {
                if (key.Macro is { } macro && visited.Add(macro))
                {
                    Walk(macro.Children);
                }
            }

            void Walk(IEnumerable<StyleElement> elements)
            {
                foreach (var element in elements)
                {
                    switch (element)
                    {
                        case TextElement { Macro: { } macro }:
                            if (visited.Add(macro))
                            {
                                Walk(macro.Children);
                            }

                            break;
                        case GroupElement group:
                            Walk(group.Children);
                            break;
                        case ChooseElement choose:
                            foreach (var branch in choose.Branches)
                            {
                                Walk(branch.Children);
                            }

                            break;
                        case NamesElement names:
                            names.Name.Resolved[slot] = names.Name.Options.Over(inherited);
                            if (names.Substitute is { } substitute)
                            {
                                Walk(substitute);
                            }

                            break;
                        default:
                            break;
                    }
                }
            }
        }
    }

    private Section ReadSection(XElement element)
    {
        var ns = element.Name.Namespace;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            options[attribute.Name.LocalName] = attribute.Value;
        }

        var layoutElement = element.Element(ns + "layout");
        Layout layout;
        if (layoutElement is null)
        {
            _diagnostics.Add(Error(DiagnosticCodes.Style.LayoutMissing, $"<{element.Name.LocalName}> needs a <layout> element.", element));
            layout = new Layout();
        }
        else
        {
            layout = new Layout
            {
                Line = LineOf(layoutElement),
                Format = ReadFormatting(layoutElement),
                Prefix = (string?)layoutElement.Attribute("prefix"),
                Suffix = (string?)layoutElement.Attribute("suffix"),
                Delimiter = (string?)layoutElement.Attribute("delimiter"),
                Children = ReadChildren(layoutElement),
            };
        }

        var sort = new List<SortKey>();
        if (element.Element(ns + "sort") is { } sortElement)
        {
            foreach (var keyElement in sortElement.Elements(ns + "key"))
            {
                var key = new SortKey
                {
                    Variable = (string?)keyElement.Attribute("variable") is { } v ? CslVariables.Normalize(v) : null,
                    MacroName = (string?)keyElement.Attribute("macro"),
                    Descending = (string?)keyElement.Attribute("sort") == "descending",
                    NamesMin = IntAttribute(keyElement, "names-min"),
                    NamesUseFirst = IntAttribute(keyElement, "names-use-first"),
                    NamesUseLast = (string?)keyElement.Attribute("names-use-last") is { } nul ? nul == "true" : null,
                };
                if (key.Variable is null && key.MacroName is null)
                {
                    _diagnostics.Add(Error(DiagnosticCodes.Style.KeyWithoutVariableOrMacro, "<key> needs a 'variable' or a 'macro' attribute.", keyElement));
                    continue;
                }

                if (key.MacroName is not null)
                {
                    _sortMacroKeys.Add(key);
                }

                sort.Add(key);
            }
        }

        return new Section { Layout = layout, Sort = sort, NameOptions = ReadNameOptions(element, inherited: true), Options = options };
    }

    private static int? IntAttribute(XElement element, string name) =>
        (string?)element.Attribute(name) is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static NameOptions ReadNameOptions(XElement element, bool inherited)
    {
        string? A(string name) => (string?)element.Attribute(name);
        return new NameOptions
        {
            And = A("and"),
            Delimiter = inherited ? A("name-delimiter") : A("delimiter"),
            DelimiterPrecedesEtAl = A("delimiter-precedes-et-al"),
            DelimiterPrecedesLast = A("delimiter-precedes-last"),
            EtAlMin = IntAttribute(element, "et-al-min"),
            EtAlUseFirst = IntAttribute(element, "et-al-use-first"),
            EtAlUseLast = A("et-al-use-last") is { } eul ? eul == "true" : null,
            EtAlSubsequentMin = IntAttribute(element, "et-al-subsequent-min"),
            EtAlSubsequentUseFirst = IntAttribute(element, "et-al-subsequent-use-first"),
            Initialize = A("initialize") is { } init ? init != "false" : null,
            InitializeWith = A("initialize-with"),
            NameAsSortOrder = A("name-as-sort-order"),
            SortSeparator = A("sort-separator"),
            Form = inherited ? A("name-form") : A("form"),
            NamesDelimiter = inherited ? A("names-delimiter") : null,
        };
    }

    private static Formatting ReadFormatting(XElement element)
    {
        var style = (string?)element.Attribute("font-style");
        var variant = (string?)element.Attribute("font-variant");
        var weight = (string?)element.Attribute("font-weight");
        var decoration = (string?)element.Attribute("text-decoration");
        var align = (string?)element.Attribute("vertical-align");
        return style is null && variant is null && weight is null && decoration is null && align is null
            ? Formatting.Empty
            : new Formatting(style, variant, weight, decoration, align);
    }

    private static TextCase ReadTextCase(XElement element) => (string?)element.Attribute("text-case") switch
    {
        "lowercase" => TextCase.Lowercase,
        "uppercase" => TextCase.Uppercase,
        "capitalize-first" => TextCase.CapitalizeFirst,
        "capitalize-all" => TextCase.CapitalizeAll,
        "sentence" => TextCase.Sentence,
        "title" => TextCase.Title,
        _ => TextCase.None,
    };

    private List<StyleElement> ReadChildren(XElement parent)
    {
        var list = new List<StyleElement>();
        foreach (var child in parent.Elements())
        {
            if (ReadElement(child) is { } element)
            {
                list.Add(element);
            }
        }

        return list;
    }

    private StyleElement? ReadElement(XElement e)
    {
        var line = LineOf(e);
        var format = ReadFormatting(e);
        var prefix = (string?)e.Attribute("prefix");
        var suffix = (string?)e.Attribute("suffix");
        var display = (string?)e.Attribute("display");
        var textCase = ReadTextCase(e);
        var stripPeriods = (string?)e.Attribute("strip-periods") == "true";
        var quotes = (string?)e.Attribute("quotes") == "true";
        switch (e.Name.LocalName)
        {
            case "text":
            {
                TextSource source;
                string name;
                if ((string?)e.Attribute("variable") is { } variable)
                {
                    source = TextSource.Variable;
                    name = CslVariables.Normalize(variable);
                }
                else if ((string?)e.Attribute("macro") is { } macroName)
                {
                    source = TextSource.Macro;
                    name = macroName;
                }
                else if ((string?)e.Attribute("term") is { } term)
                {
                    source = TextSource.Term;
                    name = term;
                }
                else if ((string?)e.Attribute("value") is { } value)
                {
                    source = TextSource.Value;
                    name = value;
                }
                else
                {
                    _diagnostics.Add(Error(DiagnosticCodes.Style.TextWithoutSource, "<text> needs one of 'variable', 'macro', 'term' or 'value'.", e));
                    return null;
                }

                var text = new TextElement
                {
                    Line = line, Format = format, Prefix = prefix, Suffix = suffix, Display = display, TextCase = textCase,
                    StripPeriods = stripPeriods, Quotes = quotes, Source = source, Name = name,
                    Form = CslLocale.ParseForm((string?)e.Attribute("form")),
                    ShortForm = (string?)e.Attribute("form") == "short",
                    Plural = (string?)e.Attribute("plural") == "true",
                };
                if (source == TextSource.Macro)
                {
                    _macroCalls.Add((text, line));
                }

                return text;
            }

            case "number":
                if ((string?)e.Attribute("variable") is not { } numberVariable)
                {
                    _diagnostics.Add(Error(DiagnosticCodes.Style.NumberWithoutVariable, "<number> needs a 'variable' attribute.", e));
                    return null;
                }

                return new NumberElement
                {
                    Line = line, Format = format, Prefix = prefix, Suffix = suffix, Display = display, TextCase = textCase,
                    StripPeriods = stripPeriods, Quotes = quotes, Variable = CslVariables.Normalize(numberVariable),
                    Form = (string?)e.Attribute("form") ?? "numeric",
                };
            case "label":
                return ReadLabel(e);
            case "date":
                return ReadDate(e, _diagnostics, inLocale: false);
            case "names":
                return ReadNames(e);
            case "group":
                return new GroupElement
                {
                    Line = line, Format = format, Prefix = prefix, Suffix = suffix, Display = display, TextCase = textCase,
                    StripPeriods = stripPeriods, Quotes = quotes, Delimiter = (string?)e.Attribute("delimiter"),
                    Children = ReadChildren(e),
                };
            case "choose":
                return ReadChoose(e);
            default:
                _diagnostics.Add(Error(DiagnosticCodes.Style.UnknownRenderingElement, $"<{e.Name.LocalName}> is not a CSL rendering element.", e));
                return null;
        }
    }

    private static LabelElement ReadLabel(XElement e) => new()
    {
        Line = LineOf(e),
        Format = ReadFormatting(e),
        Prefix = (string?)e.Attribute("prefix"),
        Suffix = (string?)e.Attribute("suffix"),
        TextCase = ReadTextCase(e),
        StripPeriods = (string?)e.Attribute("strip-periods") == "true",
        Variable = CslVariables.Normalize((string?)e.Attribute("variable") ?? string.Empty),
        Form = CslLocale.ParseForm((string?)e.Attribute("form")),
        Plural = (string?)e.Attribute("plural") ?? "contextual",
    };

    internal static DateElement ReadDate(XElement e, List<Diagnostic> diagnostics, bool inLocale)
    {
        var ns = e.Name.Namespace;
        var parts = new List<DatePartElement>();
        foreach (var part in e.Elements(ns + "date-part"))
        {
            parts.Add(new DatePartElement
            {
                Line = LineOf(part),
                Format = ReadFormatting(part),
                Prefix = (string?)part.Attribute("prefix"),
                Suffix = (string?)part.Attribute("suffix"),
                TextCase = ReadTextCase(part),
                StripPeriods = (string?)part.Attribute("strip-periods") == "true",
                Name = (string?)part.Attribute("name") ?? "year",
                Form = (string?)part.Attribute("form"),
                RangeDelimiter = (string?)part.Attribute("range-delimiter"),
            });
        }

        var variable = (string?)e.Attribute("variable");
        if (!inLocale && variable is null)
        {
            diagnostics.Add(Error(DiagnosticCodes.Style.DateWithoutVariable, "<date> needs a 'variable' attribute.", e));
        }

        return new DateElement
        {
            Line = LineOf(e),
            Format = ReadFormatting(e),
            Prefix = (string?)e.Attribute("prefix"),
            Suffix = (string?)e.Attribute("suffix"),
            Display = (string?)e.Attribute("display"),
            TextCase = ReadTextCase(e),
            Variable = variable ?? string.Empty,
            Form = inLocale ? null : (string?)e.Attribute("form"),
            DatePartsShown = (string?)e.Attribute("date-parts") ?? "year-month-day",
            Parts = parts,
            Delimiter = (string?)e.Attribute("delimiter"),
        };
    }

    private NamesElement ReadNames(XElement e)
    {
        var ns = e.Name.Namespace;
        NameElement? name = null;
        EtAlElement? etAl = null;
        LabelElement? label = null;
        var labelBefore = false;
        List<StyleElement>? substitute = null;
        foreach (var child in e.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "name":
                    NamePartElement? family = null, given = null;
                    foreach (var part in child.Elements(ns + "name-part"))
                    {
                        var partElement = new NamePartElement
                        {
                            Line = LineOf(part),
                            Format = ReadFormatting(part),
                            Prefix = (string?)part.Attribute("prefix"),
                            Suffix = (string?)part.Attribute("suffix"),
                            TextCase = ReadTextCase(part),
                            Name = (string?)part.Attribute("name") ?? "family",
                        };
                        if (partElement.Name == "given")
                        {
                            given = partElement;
                        }
                        else
                        {
                            family = partElement;
                        }
                    }

                    name = new NameElement
                    {
                        Line = LineOf(child),
                        Format = ReadFormatting(child),
                        Prefix = (string?)child.Attribute("prefix"),
                        Suffix = (string?)child.Attribute("suffix"),
                        Options = ReadNameOptions(child, inherited: false),
                        Family = family,
                        Given = given,
                    };
                    labelBefore = label is not null;
                    break;
                case "et-al":
                    etAl = new EtAlElement
                    {
                        Line = LineOf(child),
                        Format = ReadFormatting(child),
                        Prefix = (string?)child.Attribute("prefix"),
                        Suffix = (string?)child.Attribute("suffix"),
                        Term = (string?)child.Attribute("term") ?? "et-al",
                    };
                    break;
                case "label":
                    label = ReadLabel(child);
                    break;
                case "substitute":
                    substitute = ReadChildren(child);
                    break;
                default:
                    _diagnostics.Add(Error(DiagnosticCodes.Style.ElementNotAllowedInNames, $"<{child.Name.LocalName}> is not allowed in <names>.", child));
                    break;
            }
        }

        var variables = ((string?)e.Attribute("variable") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(CslVariables.Normalize)
            .ToArray();
        return new NamesElement
        {
            Line = LineOf(e),
            Format = ReadFormatting(e),
            Prefix = (string?)e.Attribute("prefix"),
            Suffix = (string?)e.Attribute("suffix"),
            Display = (string?)e.Attribute("display"),
            TextCase = ReadTextCase(e),
            Variables = variables,
            Name = name ?? new NameElement(),
            HasNameChild = name is not null,
            EtAl = etAl,
            Label = label,
            LabelBeforeName = labelBefore || (label is not null && name is null && false),
            Substitute = substitute,
            Delimiter = (string?)e.Attribute("delimiter"),
        };
    }

    private ChooseElement ReadChoose(XElement e)
    {
        var branches = new List<ChooseBranch>();
        foreach (var child in e.Elements())
        {
            var kind = child.Name.LocalName;
            if (kind is not ("if" or "else-if" or "else"))
            {
                _diagnostics.Add(Error(DiagnosticCodes.Style.ElementNotAllowedInChoose, $"<{kind}> is not allowed in <choose>.", child));
                continue;
            }

            var conditions = new List<Condition>();
            if (kind != "else")
            {
                foreach (var attribute in child.Attributes())
                {
                    var values = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    ConditionKind? conditionKind = attribute.Name.LocalName switch
                    {
                        "type" => ConditionKind.Type,
                        "variable" => ConditionKind.Variable,
                        "is-numeric" => ConditionKind.IsNumeric,
                        "is-uncertain-date" => ConditionKind.IsUncertainDate,
                        "locator" => ConditionKind.Locator,
                        "position" => ConditionKind.Position,
                        "disambiguate" => ConditionKind.Disambiguate,
                        _ => null,
                    };
                    if (conditionKind is { } ck)
                    {
                        if (ck is ConditionKind.Variable or ConditionKind.IsNumeric or ConditionKind.IsUncertainDate)
                        {
                            values = [.. values.Select(CslVariables.Normalize)];
                        }

                        conditions.Add(new Condition(ck, values));
                    }
                }

                if (conditions.Count == 0)
                {
                    _diagnostics.Add(Error(DiagnosticCodes.Style.ConditionMissing, $"<{kind}> needs at least one condition.", child));
                    continue;
                }
            }

            branches.Add(new ChooseBranch
            {
                Conditions = conditions,
                Match = (string?)child.Attribute("match") switch
                {
                    "any" => MatchMode.Any,
                    "none" => MatchMode.None,
                    _ => MatchMode.All,
                },
                Children = ReadChildren(child),
            });
        }

        return new ChooseElement { Line = LineOf(e), Branches = branches };
    }
}
