namespace AseanAi.Citations.Parsing;

/// <summary>The kind of source a reference list heading groups, such as 日本政府官方文件 (government) or 日本媒體報導 (media).</summary>
public enum ReferenceCategory
{
    /// <summary>No heading, or a heading that names no known category.</summary>
    Unknown = 0,

    /// <summary>Government and official documents: 政府官方文件, 官公庁資料, government sources.</summary>
    Government,

    /// <summary>News media: 媒體報導, 報道記事, news coverage.</summary>
    Media,

    /// <summary>Expert commentary and analysis: 專家評論與分析, 論考, commentary.</summary>
    ExpertCommentary,

    /// <summary>Reports of research institutes and think tanks: 研究機構報告, 調査報告, research reports.</summary>
    Research,

    /// <summary>Other sources: 其他機構資料, その他, other.</summary>
    Other,
}
