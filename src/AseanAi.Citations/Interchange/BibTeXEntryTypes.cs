using System.Collections.Frozen;

namespace AseanAi.Citations.Interchange;

/// <summary>How source types map to BibTeX and BibLaTeX entry types, both ways.</summary>
internal static class BibTeXEntryTypes
{
    // Entry types (BibLaTeX manual §2.1, BibTeX's standard styles) and the source types they read as.
    private static readonly FrozenDictionary<string, SourceType> ByName = new Dictionary<string, SourceType>(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = SourceType.JournalArticle,
        ["inproceedings"] = SourceType.JournalArticle,
        ["conference"] = SourceType.JournalArticle,
        ["book"] = SourceType.Book,
        ["mvbook"] = SourceType.Book,
        ["inbook"] = SourceType.Book,
        ["bookinbook"] = SourceType.Book,
        ["suppbook"] = SourceType.Book,
        ["booklet"] = SourceType.Book,
        ["collection"] = SourceType.Book,
        ["mvcollection"] = SourceType.Book,
        ["incollection"] = SourceType.Book,
        ["suppcollection"] = SourceType.Book,
        ["reference"] = SourceType.Book,
        ["mvreference"] = SourceType.Book,
        ["inreference"] = SourceType.Book,
        ["online"] = SourceType.WebPage,
        ["www"] = SourceType.WebPage,
        ["electronic"] = SourceType.WebPage,
        ["report"] = SourceType.ResearchReport,
        ["techreport"] = SourceType.ResearchReport,
        ["dataset"] = SourceType.Dataset,
        ["legislation"] = SourceType.GovernmentDocument,
        ["legal"] = SourceType.GovernmentDocument,
        ["jurisdiction"] = SourceType.GovernmentDocument,
        ["misc"] = SourceType.Other,
        ["unpublished"] = SourceType.Other,
        ["manual"] = SourceType.Other,
        ["thesis"] = SourceType.Other,
        ["phdthesis"] = SourceType.Other,
        ["mastersthesis"] = SourceType.Other,
        ["proceedings"] = SourceType.Other,
        ["mvproceedings"] = SourceType.Other,
        ["periodical"] = SourceType.Other,
        ["suppperiodical"] = SourceType.Other,
        ["patent"] = SourceType.Other,
        ["software"] = SourceType.Other,
        ["set"] = SourceType.Other,
        ["xdata"] = SourceType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Write(SourceType type, BibTeXDialect dialect) => (type, dialect) switch
    {
        (SourceType.NewsArticle or SourceType.JournalArticle, _) => "article",
        (SourceType.Book, _) => "book",
        (SourceType.GovernmentDocument or SourceType.PressRelease or SourceType.ResearchReport, BibTeXDialect.BibLaTeX) => "report",
        (SourceType.GovernmentDocument or SourceType.PressRelease or SourceType.ResearchReport, _) => "techreport",
        (SourceType.WebPage or SourceType.ExpertCommentary, BibTeXDialect.BibLaTeX) => "online",
        (SourceType.Dataset, BibTeXDialect.BibLaTeX) => "dataset",
        _ => "misc",
    };

    /// <summary>The entry subtype written for a source type (BibLaTeX marks newspaper articles so).</summary>
    public static string? Subtype(SourceType type, BibTeXDialect dialect) =>
        type == SourceType.NewsArticle && dialect == BibTeXDialect.BibLaTeX ? "newspaper" : null;

    public static bool IsKnown(string entryType) => ByName.ContainsKey(entryType);

    public static SourceType Read(string entryType, string? subtype)
    {
        var type = ByName.GetValueOrDefault(entryType, SourceType.Other);
        return type == SourceType.JournalArticle && subtype is not null
            && (subtype.Equals("newspaper", StringComparison.OrdinalIgnoreCase) || subtype.Equals("magazine", StringComparison.OrdinalIgnoreCase))
            ? SourceType.NewsArticle
            : type;
    }

    /// <summary>Whether a writer of either dialect writes <paramref name="type"/> as <paramref name="entryType"/>.</summary>
    public static bool Writes(SourceType type, string entryType) =>
        entryType.Equals(Write(type, BibTeXDialect.BibLaTeX), StringComparison.OrdinalIgnoreCase)
        || entryType.Equals(Write(type, BibTeXDialect.BibTeX), StringComparison.OrdinalIgnoreCase);
}
