namespace AseanAi.Citations.Csl;

/// <summary>A rendering element of a style: its formatting, affixes and the other attributes every element may carry.</summary>
internal abstract class StyleElement
{
    public int Line { get; init; }

    public Formatting Format { get; init; } = Formatting.Empty;

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public string? Display { get; init; }

    public TextCase TextCase { get; init; }

    public bool StripPeriods { get; init; }

    public bool Quotes { get; init; }

    /// <summary>Whether any formatting, affix or decoration must wrap the element's output.</summary>
    public bool HasDecorations => !Format.IsEmpty || Prefix is not null || Suffix is not null || Display is not null
        || TextCase != TextCase.None || StripPeriods || Quotes;
}

internal enum TextSource : byte
{
    Variable,
    Macro,
    Term,
    Value,
}

internal sealed class TextElement : StyleElement
{
    public TextSource Source { get; init; }

    /// <summary>The variable, macro or term name, or the literal value.</summary>
    public string Name { get; init; } = string.Empty;

    public TermForm Form { get; init; }

    public bool Plural { get; init; }

    public bool ShortForm { get; init; }

    public Macro? Macro { get; set; }
}

internal sealed class NumberElement : StyleElement
{
    public string Variable { get; init; } = string.Empty;

    public string Form { get; init; } = "numeric";
}

internal sealed class LabelElement : StyleElement
{
    public string Variable { get; init; } = string.Empty;

    public TermForm Form { get; init; }

    public string Plural { get; init; } = "contextual";
}

internal sealed class DatePartElement : StyleElement
{
    public string Name { get; init; } = "year";

    public string? Form { get; init; }

    public string? RangeDelimiter { get; init; }
}

internal sealed class DateElement : StyleElement
{
    public string Variable { get; init; } = string.Empty;

    /// <summary><c>text</c> or <c>numeric</c> for a localized date; <see langword="null"/> for a date defined in the style.</summary>
    public string? Form { get; init; }

    /// <summary>Which parts to show: <c>year-month-day</c>, <c>year-month</c> or <c>year</c>.</summary>
    public string DatePartsShown { get; init; } = "year-month-day";

    public IReadOnlyList<DatePartElement> Parts { get; init; } = [];

    public string? Delimiter { get; init; }
}

/// <summary>Name options that cascade from the style, the citation or bibliography, down to each cs:name.</summary>
internal sealed record NameOptions
{
    public string? And { get; init; }

    public string? Delimiter { get; init; }

    public string? DelimiterPrecedesEtAl { get; init; }

    public string? DelimiterPrecedesLast { get; init; }

    public int? EtAlMin { get; init; }

    public int? EtAlUseFirst { get; init; }

    public bool? EtAlUseLast { get; init; }

    public int? EtAlSubsequentMin { get; init; }

    public int? EtAlSubsequentUseFirst { get; init; }

    public bool? Initialize { get; init; }

    public string? InitializeWith { get; init; }

    public string? NameAsSortOrder { get; init; }

    public string? SortSeparator { get; init; }

    public string? Form { get; init; }

    public string? NamesDelimiter { get; init; }

    public NameOptions Over(NameOptions? parent) => parent is null
        ? this
        : new NameOptions
        {
            And = And ?? parent.And,
            Delimiter = Delimiter ?? parent.Delimiter,
            DelimiterPrecedesEtAl = DelimiterPrecedesEtAl ?? parent.DelimiterPrecedesEtAl,
            DelimiterPrecedesLast = DelimiterPrecedesLast ?? parent.DelimiterPrecedesLast,
            EtAlMin = EtAlMin ?? parent.EtAlMin,
            EtAlUseFirst = EtAlUseFirst ?? parent.EtAlUseFirst,
            EtAlUseLast = EtAlUseLast ?? parent.EtAlUseLast,
            EtAlSubsequentMin = EtAlSubsequentMin ?? parent.EtAlSubsequentMin,
            EtAlSubsequentUseFirst = EtAlSubsequentUseFirst ?? parent.EtAlSubsequentUseFirst,
            Initialize = Initialize ?? parent.Initialize,
            InitializeWith = InitializeWith ?? parent.InitializeWith,
            NameAsSortOrder = NameAsSortOrder ?? parent.NameAsSortOrder,
            SortSeparator = SortSeparator ?? parent.SortSeparator,
            Form = Form ?? parent.Form,
            NamesDelimiter = NamesDelimiter ?? parent.NamesDelimiter,
        };
}

internal sealed class NamePartElement : StyleElement
{
    public string Name { get; init; } = "family";
}

internal sealed class NameElement : StyleElement
{
    public NameOptions Options { get; init; } = new();

    public NamePartElement? Family { get; init; }

    public NamePartElement? Given { get; init; }

    /// <summary>The options after inheritance, for use under cs:citation (index 0) and cs:bibliography (index 1).</summary>
    public NameOptions[] Resolved { get; } = new NameOptions[2];
}

internal sealed class EtAlElement : StyleElement
{
    public string Term { get; init; } = "et-al";
}

internal sealed class NamesElement : StyleElement
{
    public IReadOnlyList<string> Variables { get; init; } = [];

    public NameElement Name { get; init; } = new();

    public bool HasNameChild { get; init; }

    public EtAlElement? EtAl { get; init; }

    public LabelElement? Label { get; init; }

    public bool LabelBeforeName { get; init; }

    public IReadOnlyList<StyleElement>? Substitute { get; init; }

    /// <summary>The delimiter between the variables, from the element or inherited (<c>names-delimiter</c>).</summary>
    public string? Delimiter { get; init; }

    public bool HasChildren => HasNameChild || EtAl is not null || Label is not null || Substitute is not null;
}

internal sealed class GroupElement : StyleElement
{
    public IReadOnlyList<StyleElement> Children { get; init; } = [];

    public string? Delimiter { get; init; }
}

internal enum ConditionKind : byte
{
    Type,
    Variable,
    IsNumeric,
    IsUncertainDate,
    Locator,
    Position,
    Disambiguate,
}

internal enum MatchMode : byte
{
    All,
    Any,
    None,
}

internal sealed record Condition(ConditionKind Kind, string[] Values);

internal sealed class ChooseBranch
{
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    public MatchMode Match { get; init; }

    public IReadOnlyList<StyleElement> Children { get; init; } = [];

    public bool IsElse => Conditions.Count == 0;
}

internal sealed class ChooseElement : StyleElement
{
    public IReadOnlyList<ChooseBranch> Branches { get; init; } = [];
}

internal sealed class Macro
{
    public string Name { get; init; } = string.Empty;

    public int Line { get; init; }

    public IReadOnlyList<StyleElement> Children { get; init; } = [];
}

internal sealed class Layout : StyleElement
{
    public IReadOnlyList<StyleElement> Children { get; init; } = [];

    public string? Delimiter { get; init; }
}

internal sealed class SortKey
{
    public string? Variable { get; init; }

    public Macro? Macro { get; set; }

    public string? MacroName { get; init; }

    public bool Descending { get; init; }

    public int? NamesMin { get; init; }

    public int? NamesUseFirst { get; init; }

    public bool? NamesUseLast { get; init; }
}

internal sealed class Section
{
    public Layout Layout { get; init; } = new();

    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    public NameOptions NameOptions { get; init; } = new();

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => Option(name) == "true";

    public int Int(string name, int fallback) =>
        Option(name) is { } value && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : fallback;
}
