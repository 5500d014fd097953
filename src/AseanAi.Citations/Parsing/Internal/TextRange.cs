namespace AseanAi.Citations.Parsing.Internal;

/// <summary>What a claimed part of a reference line was read as.</summary>
internal enum ClaimKind
{
    Syntax,
    Url,
    Doi,
    Accessed,
    Issued,
    Number,
    TypeCode,
    Page,
}

/// <summary>A part of a reference line that has been read, so that later steps skip it.</summary>
internal readonly record struct Claim(int Start, int End, ClaimKind Kind);

/// <summary>A top-level pair of title marks: the open mark at <see cref="Open"/>, the close mark at <see cref="Close"/>.</summary>
internal readonly record struct MarkSpan(int Open, int Close, MarkKind Kind)
{
    public int ContentStart => Open + 1;

    public int ContentEnd => Close;

    public int End => Close + 1;
}

/// <summary>The title marks a reference line can use.</summary>
internal enum MarkKind
{
    /// <summary>「」 and ｢｣: a Japanese article or document title.</summary>
    Corner,

    /// <summary>『』: a book or newspaper, or a title inside a title.</summary>
    WhiteCorner,

    /// <summary>《》: a Chinese book, journal or document title.</summary>
    DoubleAngle,

    /// <summary>〈〉: a Chinese article or chapter title.</summary>
    Angle,

    /// <summary>“”, ‘’ and ASCII double quotes: an article or web page title.</summary>
    Quote,
}
