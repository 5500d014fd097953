using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing;

/// <summary>Reads the category a reference list heading names.</summary>
/// <remarks>The keywords come from a data file (Parsing/Data/category-headings.txt). All members are thread-safe.</remarks>
public static class ReferenceCategories
{
    /// <summary>
    /// Returns the category named by <paramref name="heading"/>: 日本政府官方文件 is <see cref="ReferenceCategory.Government"/>,
    /// 日本媒體報導 <see cref="ReferenceCategory.Media"/>, 專家評論與分析 <see cref="ReferenceCategory.ExpertCommentary"/>,
    /// 研究機構報告 <see cref="ReferenceCategory.Research"/>, 其他機構資料 <see cref="ReferenceCategory.Other"/>.
    /// </summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <returns>The category; <see cref="ReferenceCategory.Unknown"/> for <see langword="null"/>, blank or unrecognised headings. Never throws.</returns>
    public static ReferenceCategory FromHeading(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading) || heading.Length > 200)
        {
            return ReferenceCategory.Unknown;
        }

        var folded = heading.ToLowerInvariant();

        // "Other" wins when the heading starts with it (其他機構資料 names institutions but means "other").
        foreach (var (category, keywords) in ParsingData.Categories)
        {
            if (category != ReferenceCategory.Other)
            {
                continue;
            }

            foreach (var keyword in keywords)
            {
                if (folded.StartsWith(keyword, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }

        foreach (var (category, keywords) in ParsingData.Categories)
        {
            foreach (var keyword in keywords)
            {
                if (folded.Contains(keyword, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }

        return ReferenceCategory.Unknown;
    }
}
