namespace AseanAi.Citations.Parsing.Reading;

/// <summary>The field an atom of a reference line belongs to.</summary>
internal enum FieldRole : byte
{
    /// <summary>None of the fields below: labels, places, pages, volume and issue, notes, type codes.</summary>
    Other,

    /// <summary>The creators: persons or organisations.</summary>
    Author,

    /// <summary>The work's own title.</summary>
    Title,

    /// <summary>The larger work it is part of: journal, newspaper, book, proceedings, website.</summary>
    Container,

    /// <summary>The organisation that issues or publishes it.</summary>
    Publisher,

    /// <summary>The work's date.</summary>
    Issued,

    /// <summary>The date it was looked at.</summary>
    Accessed,

    /// <summary>A web address of the work.</summary>
    Url,
}

/// <summary>The roles, for loops and tables.</summary>
internal static class FieldRoles
{
    public const int Count = 8;

    public static readonly string[] Names = ["other", "author", "title", "container", "publisher", "issued", "accessed", "url"];

    public static FieldRole Parse(string name) => (FieldRole)Array.IndexOf(Names, name);
}
