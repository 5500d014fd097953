namespace AseanAi.Citations.Csl;

internal enum CitePosition : byte
{
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}

internal enum RenderMode : byte
{
    Citation,
    Bibliography,
    Sort,
}

/// <summary>What one rendering of an item needs besides the item: the cite's locator and position, and the choices that disambiguation made.</summary>
internal sealed class CiteState
{
    public CiteState(CslItem item) => Item = item;

    public CslItem Item { get; }

    public string? Locator { get; set; }

    public string? Label { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public bool SuppressAuthor { get; set; }

    public bool AuthorOnly { get; set; }

    public CitePosition Position { get; set; }

    public bool NearNote { get; set; }

    public int NoteIndex { get; set; }

    public int CitationNumber { get; set; }

    public int FirstNoteNumber { get; set; }

    public string? YearSuffix { get; set; }

    /// <summary>How many disambiguate="true" conditions, in the order the layout tests them, test true for the cite.</summary>
    public int Disambiguate { get; set; }

    /// <summary>Names shown before et al., raised by disambiguation (add names); 0 when unchanged.</summary>
    public int AddNames { get; set; }

    /// <summary>How much of each name's given name disambiguation shows: 1 initials, 2 the full given name.</summary>
    public Dictionary<CslName, int>? GivenLevels { get; set; }

    /// <summary>Given-name expansions decided over the whole document (givenname-disambiguation-rule other than by-cite).</summary>
    public IReadOnlyDictionary<CslName, int>? GlobalGivenLevels { get; set; }

    public int GivenLevel(CslName name)
    {
        var level = 0;
        if (GivenLevels is not null && GivenLevels.TryGetValue(name, out var local))
        {
            level = local;
        }

        if (GlobalGivenLevels is not null && GlobalGivenLevels.TryGetValue(name, out var global) && global > level)
        {
            level = global;
        }

        return level;
    }

    public CiteState Clone() => new(Item)
    {
        Locator = Locator,
        Label = Label,
        Prefix = Prefix,
        Suffix = Suffix,
        SuppressAuthor = SuppressAuthor,
        AuthorOnly = AuthorOnly,
        Position = Position,
        NearNote = NearNote,
        NoteIndex = NoteIndex,
        CitationNumber = CitationNumber,
        FirstNoteNumber = FirstNoteNumber,
        YearSuffix = YearSuffix,
        Disambiguate = Disambiguate,
        AddNames = AddNames,
        GivenLevels = GivenLevels is null ? null : new Dictionary<CslName, int>(GivenLevels),
        GlobalGivenLevels = GlobalGivenLevels,
    };
}
