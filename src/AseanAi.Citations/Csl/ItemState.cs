namespace AseanAi.Citations.Csl;

/// <summary>Disambiguation choices for one item, shared by all its cites and its bibliography entry.</summary>
internal sealed class ItemState
{
    public int AddNames { get; set; }

    public Dictionary<CslName, int>? GivenLevels { get; set; }

    /// <summary>How many disambiguate="true" conditions, in the order the layout tests them, test true for the item.</summary>
    public int Disambiguate { get; set; }

    public string? YearSuffix { get; set; }

    public int CitationNumber { get; set; }

    public int FirstNoteNumber { get; set; }

    public int LastNoteNumber { get; set; }
}
