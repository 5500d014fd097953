namespace AseanAi.Citations.Csl;

/// <summary>What a node of rendered output stands for, where later stages need to find it again.</summary>
internal enum OutKind : byte
{
    Plain,
    Names,
    Name,
    Date,
    YearSuffix,
    CitationNumber,
    Locator,
    Term,

    /// <summary>A cs:label: a term too, but not one that begins a sentence ("pages 213 and 235").</summary>
    Label,
    Title,
    Variable,
    Verbatim,
    Cite,
    Layout,

    /// <summary>The output of the chosen branch of cs:choose: its children stand in the enclosing group, between its delimiters.</summary>
    Choose,

    /// <summary>A cite's prefix or suffix as the author wrote it: punctuation is not moved into its quotes.</summary>
    CiteAffix,
}

/// <summary>A piece of rendered output: a text, or a node of children with the decorations of its element.</summary>
internal abstract class Out
{
    /// <summary>Whether the output shows no text at all.</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>The output's text without markup, for comparison (disambiguation, substitution of repeated authors).</summary>
    public abstract void AppendPlain(System.Text.StringBuilder builder);

    public string ToPlain()
    {
        var builder = new System.Text.StringBuilder();
        AppendPlain(builder);
        return builder.ToString();
    }
}

internal sealed class OutText : Out
{
    public OutText(string text) => Text = text;

    public string Text { get; set; }

    public override bool IsEmpty => Text.Length == 0;

    public override void AppendPlain(System.Text.StringBuilder builder) => builder.Append(Text);
}

internal sealed class OutNode : Out
{
    public OutNode(OutKind kind = OutKind.Plain) => Kind = kind;

    public OutKind Kind { get; set; }

    public List<Out> Children { get; } = new(4);

    public Formatting Format { get; set; } = Formatting.Empty;

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public string? Delimiter { get; set; }

    public string? Display { get; set; }

    public TextCase TextCase { get; set; }

    public bool StripPeriods { get; set; }

    public bool Quotes { get; set; }

    /// <summary>Text case transformations leave this subtree alone (<c>&lt;span class="nocase"&gt;</c>).</summary>
    public bool NoCase { get; set; }

    /// <summary>The item this output belongs to (for cites and names).</summary>
    public object? Tag { get; set; }

    /// <summary>The language of the content (for <c>lang</c> attributes on CJK runs).</summary>
    public string? Language { get; set; }

    public override bool IsEmpty
    {
        get
        {
            foreach (var child in Children)
            {
                if (!child.IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public override void AppendPlain(System.Text.StringBuilder builder)
    {
        if (IsEmpty)
        {
            return;
        }

        builder.Append(Prefix);
        var first = true;
        foreach (var child in Children)
        {
            if (child.IsEmpty)
            {
                continue;
            }

            if (!first && Delimiter is not null)
            {
                builder.Append(Delimiter);
            }

            first = false;
            child.AppendPlain(builder);
        }

        builder.Append(Suffix);
    }

    public OutNode Add(Out? child)
    {
        if (child is not null)
        {
            Children.Add(child);
        }

        return this;
    }

    public void Decorate(StyleElement element)
    {
        if (!element.Format.IsEmpty)
        {
            Format = element.Format;
        }

        Prefix = element.Prefix;
        Suffix = element.Suffix;
        Display = element.Display;
        TextCase = element.TextCase;
        StripPeriods = element.StripPeriods;
        Quotes = element.Quotes;
    }

    public IEnumerable<OutNode> Descendants(OutKind kind)
    {
        foreach (var child in Children)
        {
            if (child is OutNode node)
            {
                if (node.Kind == kind)
                {
                    yield return node;
                }

                foreach (var inner in node.Descendants(kind))
                {
                    yield return inner;
                }
            }
        }
    }
}
