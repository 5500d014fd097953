namespace AseanAi.Citations.Csl;

internal enum TextCase : byte
{
    None,
    Lowercase,
    Uppercase,
    CapitalizeFirst,
    CapitalizeAll,
    Sentence,
    Title,
}

internal enum TermForm : byte
{
    Long,
    Short,
    Verb,
    VerbShort,
    Symbol,
}

/// <summary>Font and decoration attributes of a rendering element; <see langword="null"/> fields are unset.</summary>
internal sealed record Formatting(string? FontStyle, string? FontVariant, string? FontWeight, string? TextDecoration, string? VerticalAlign)
{
    public static readonly Formatting Empty = new(null, null, null, null, null);

    public bool IsEmpty => FontStyle is null && FontVariant is null && FontWeight is null && TextDecoration is null && VerticalAlign is null;
}
