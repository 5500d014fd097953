using System.Collections.Frozen;

namespace AseanAi.Citations.Interchange;

/// <summary>RIS reference types (<c>TY</c>, from the RIS format specification) and how they map to source types.</summary>
internal static class RisTypes
{
    private static readonly FrozenDictionary<string, SourceType> ByName = new Dictionary<string, SourceType>(StringComparer.OrdinalIgnoreCase)
    {
        ["NEWS"] = SourceType.NewsArticle,
        ["MGZN"] = SourceType.NewsArticle,
        ["GOVDOC"] = SourceType.GovernmentDocument,
        ["BILL"] = SourceType.GovernmentDocument,
        ["UNBILL"] = SourceType.GovernmentDocument,
        ["STAT"] = SourceType.GovernmentDocument,
        ["HEAR"] = SourceType.GovernmentDocument,
        ["LEGAL"] = SourceType.GovernmentDocument,
        ["ELEC"] = SourceType.WebPage,
        ["WEB"] = SourceType.WebPage,
        ["BLOG"] = SourceType.ExpertCommentary,
        ["RPRT"] = SourceType.ResearchReport,
        ["JOUR"] = SourceType.JournalArticle,
        ["JFULL"] = SourceType.JournalArticle,
        ["EJOUR"] = SourceType.JournalArticle,
        ["INPR"] = SourceType.JournalArticle,
        ["ABST"] = SourceType.JournalArticle,
        ["CONF"] = SourceType.JournalArticle,
        ["CPAPER"] = SourceType.JournalArticle,
        ["BOOK"] = SourceType.Book,
        ["EBOOK"] = SourceType.Book,
        ["EDBOOK"] = SourceType.Book,
        ["CHAP"] = SourceType.Book,
        ["ECHAP"] = SourceType.Book,
        ["CLSWK"] = SourceType.Book,
        ["ANCIENT"] = SourceType.Book,
        ["DICT"] = SourceType.Book,
        ["ENCYC"] = SourceType.Book,
        ["DATA"] = SourceType.Dataset,
        ["DBASE"] = SourceType.Dataset,
        ["AGGR"] = SourceType.Dataset,
        ["GEN"] = SourceType.Other,
        ["ADVS"] = SourceType.Other,
        ["ART"] = SourceType.Other,
        ["CASE"] = SourceType.Other,
        ["CHART"] = SourceType.Other,
        ["COMP"] = SourceType.Other,
        ["CTLG"] = SourceType.Other,
        ["EQUA"] = SourceType.Other,
        ["FIGURE"] = SourceType.Other,
        ["GRANT"] = SourceType.Other,
        ["ICOMM"] = SourceType.Other,
        ["MANSCPT"] = SourceType.Other,
        ["MAP"] = SourceType.Other,
        ["MPCT"] = SourceType.Other,
        ["MULTI"] = SourceType.Other,
        ["MUSIC"] = SourceType.Other,
        ["PAMP"] = SourceType.Other,
        ["PAT"] = SourceType.Other,
        ["PCOMM"] = SourceType.Other,
        ["SER"] = SourceType.Other,
        ["SLIDE"] = SourceType.Other,
        ["SOUND"] = SourceType.Other,
        ["STAND"] = SourceType.Other,
        ["THES"] = SourceType.Other,
        ["UNPB"] = SourceType.Other,
        ["VIDEO"] = SourceType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Write(SourceType type) => type switch
    {
        SourceType.GovernmentDocument => "GOVDOC",
        SourceType.PressRelease or SourceType.ResearchReport => "RPRT",
        SourceType.NewsArticle => "NEWS",
        SourceType.WebPage => "ELEC",
        SourceType.ExpertCommentary => "BLOG",
        SourceType.JournalArticle => "JOUR",
        SourceType.Book => "BOOK",
        SourceType.Dataset => "DATA",
        _ => "GEN",
    };

    public static bool IsKnown(string type) => ByName.ContainsKey(type);

    public static SourceType Read(string type) => ByName.GetValueOrDefault(type, SourceType.Other);
}
