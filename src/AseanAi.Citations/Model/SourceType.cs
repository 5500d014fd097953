namespace AseanAi.Citations;

/// <summary>What kind of source a citation points to.</summary>
/// <remarks>The JSON form writes these in kebab case, for example <c>government-document</c>.</remarks>
public enum SourceType
{
    /// <summary>A source that fits none of the other kinds, or whose kind is unknown.</summary>
    Other = 0,

    /// <summary>A document issued by a government body: a policy paper, a white paper, a statement, an initiative.</summary>
    GovernmentDocument,

    /// <summary>A press release or announcement by an organisation.</summary>
    PressRelease,

    /// <summary>An article in a newspaper or news site.</summary>
    NewsArticle,

    /// <summary>A web page that is none of the more specific kinds.</summary>
    WebPage,

    /// <summary>An expert's column, commentary or analysis.</summary>
    ExpertCommentary,

    /// <summary>A report by a research institute, think tank or agency.</summary>
    ResearchReport,

    /// <summary>An article in a scholarly journal.</summary>
    JournalArticle,

    /// <summary>A book or monograph.</summary>
    Book,

    /// <summary>A dataset.</summary>
    Dataset,
}
