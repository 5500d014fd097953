using System.Diagnostics.CodeAnalysis;

namespace AseanAi.Citations.Serialization;

/// <summary>The kebab-case names that the JSON form and the command line use for <see cref="SourceType"/> values.</summary>
internal static class SourceTypeNames
{
    public static string ToName(SourceType type) => type switch
    {
        SourceType.GovernmentDocument => "government-document",
        SourceType.PressRelease => "press-release",
        SourceType.NewsArticle => "news-article",
        SourceType.WebPage => "web-page",
        SourceType.ExpertCommentary => "expert-commentary",
        SourceType.ResearchReport => "research-report",
        SourceType.JournalArticle => "journal-article",
        SourceType.Book => "book",
        SourceType.Dataset => "dataset",
        _ => "other",
    };

    public static bool TryParse([NotNullWhen(true)] string? name, out SourceType type)
    {
        SourceType? found = name switch
        {
            "government-document" => SourceType.GovernmentDocument,
            "press-release" => SourceType.PressRelease,
            "news-article" => SourceType.NewsArticle,
            "web-page" => SourceType.WebPage,
            "expert-commentary" => SourceType.ExpertCommentary,
            "research-report" => SourceType.ResearchReport,
            "journal-article" => SourceType.JournalArticle,
            "book" => SourceType.Book,
            "dataset" => SourceType.Dataset,
            "other" => SourceType.Other,
            _ => null,
        };
        type = found ?? SourceType.Other;
        return found is not null;
    }
}
