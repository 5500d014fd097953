namespace AseanAi.Citations.Parsing.Reading;

/// <summary>What an atom of a reference line is, as far as its own characters tell.</summary>
internal enum AtomKind : byte
{
    /// <summary>Plain text between separators.</summary>
    Text,

    /// <summary>「…」 or ｢…｣.</summary>
    Corner,

    /// <summary>『…』.</summary>
    WhiteCorner,

    /// <summary>《…》.</summary>
    DoubleAngle,

    /// <summary>〈…〉.</summary>
    Angle,

    /// <summary>“…”, ``…'' or "…".</summary>
    Quote,

    /// <summary>‘…’.</summary>
    SingleQuote,

    /// <summary>【…】 holding text (not a list label).</summary>
    Lenticular,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>(…) or （…）.</summary>
    Round,

    /// <summary>[…] or ［…］.</summary>
    Square,

    /// <summary>〔…〕.</summary>
    Tortoise,

    /// <summary>A GB/T 7714 type code: [M], [J], [EB/OL], [R/OL].</summary>
    TypeCode,

    /// <summary>A date standing in plain text (2000, 2025年10月26日, May 24, 2025).</summary>
    Date,

    /// <summary>A document number: 国发〔2017〕35号, 発改価格〔2021〕1093号.</summary>
    Number,
}

/// <summary>The punctuation between two atoms, as a kind.</summary>
internal enum SeparatorKind : byte
{
    /// <summary>Nothing: the atoms touch.</summary>
    None,

    /// <summary>Only spaces.</summary>
    Space,

    /// <summary>, or ，.</summary>
    Comma,

    /// <summary>、.</summary>
    EnumerationComma,

    /// <summary>. or ．.</summary>
    Period,

    /// <summary>。.</summary>
    FullStop,

    /// <summary>: or ：.</summary>
    Colon,

    /// <summary>; or ；.</summary>
    Semicolon,

    /// <summary>A dash between words: ' - ', ' – ', ' — ', —, ――.</summary>
    Dash,

    /// <summary>| or ｜.</summary>
    Pipe,

    /// <summary>// (GB/T 7714 before the containing work) or a slash between spaces.</summary>
    Slash,

    /// <summary>The start or the end of the line.</summary>
    Edge,

    /// <summary>Any other punctuation.</summary>
    Other,
}

/// <summary>
/// One atom of a reference line: the smallest stretch that a field never splits — a run of text between separators,
/// a pair of title marks with what they enclose, a bracket group, a web address, a type code or a date.
/// </summary>
internal struct Atom
{
    /// <summary>Where the atom starts in the cleaned line, marks and brackets included.</summary>
    public int Start;

    /// <summary>Where it ends (exclusive).</summary>
    public int End;

    /// <summary>Where what the marks or brackets enclose starts; <see cref="Start"/> for other atoms.</summary>
    public int ContentStart;

    /// <summary>Where what they enclose ends.</summary>
    public int ContentEnd;

    public AtomKind Kind;

    /// <summary>The separator before the atom (after the previous one).</summary>
    public SeparatorKind Before;

    /// <summary>The separator after the atom.</summary>
    public SeparatorKind After;

    /// <summary>The index of the link (in <see cref="LineSpans.Links"/>) whose text holds the atom, or -1.</summary>
    public int Link;

    /// <summary>Whether the atom stands in emphasis (italics or bold).</summary>
    public bool Emphasis;

    /// <summary>
    /// Whether the atom stands inside a bracket that was opened because it holds publication facts — place, publisher
    /// and year, as notes write them: (London: Collins, 1989), 〔香港：輔僑，1956〕.
    /// </summary>
    public bool Bracketed;

    /// <summary>The index of the first date (in <see cref="LineSpans.Dates"/>) inside the atom, or -1.</summary>
    public int Date;

    /// <summary>For a <see cref="AtomKind.Url"/> atom, the index of its address in <see cref="LineSpans.Urls"/>.</summary>
    public int Url;

    public readonly int ContentLength => ContentEnd - ContentStart;
}
