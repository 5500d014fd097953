namespace AseanAi.Citations;

/// <summary>The written forms that <see cref="CitationDate.ToString(DateNotation)"/> can produce.</summary>
/// <remarks>
/// Every form except <see cref="Edtf"/> is one that <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads
/// back to the same dates (the Southeast Asian forms with their language given to
/// <see cref="CitationDate.TryParse(string?, string?, out CitationDate?)"/>); seasons and approximate or uncertain dates
/// are written in EDTF in the Southeast Asian notations. Ranges elide what both ends share (2025年10月26日～28日, 26–28 October 2025).
/// </remarks>
public enum DateNotation
{
    /// <summary>Library of Congress EDTF: <c>2025-10-26</c>, <c>2024-12/2025-01</c>, <c>2025-21</c>.</summary>
    Edtf = 0,

    /// <summary>English, day before month: 26 October 2025, October 2025, Spring 2025, 26–28 October 2025, c. 2025.</summary>
    English = 1,

    /// <summary>Japanese with Gregorian years: 2025年10月26日, 2025年春, 2024年12月～2025年1月, 2024年度, 2025年頃.</summary>
    Japanese = 2,

    /// <summary>
    /// Japanese with era years: 令和7年10月26日, 令和元年5月1日, 令和6年度. A date before Meiji 6 (1873) that has a month
    /// or a day, or a year before 1868, is written with its Gregorian year, since those eras used a lunisolar calendar.
    /// A month, season or year that spans two eras takes the era in force at its middle (1989年 is 平成元年).
    /// </summary>
    JapaneseEra = 3,

    /// <summary>Traditional Chinese with Gregorian years: 2025年10月26日, 2025年春季, 2024年12月至2025年1月, 2025年左右.</summary>
    TraditionalChinese = 4,

    /// <summary>Traditional Chinese with years of the Republic of China: 民國114年10月26日, 民國元年; years before 1912 stay Gregorian.</summary>
    TraditionalChineseMinguo = 5,

    /// <summary>Simplified Chinese with Gregorian years: 2025年10月26日, 2025年春季, 2024年12月至2025年1月.</summary>
    /// <remarks>Dates use no character that differs between the two scripts, so the text equals <see cref="TraditionalChinese"/>.</remarks>
    SimplifiedChinese = 6,

    /// <summary>
    /// Thai with Buddhist Era years: 26 ตุลาคม 2568, ตุลาคม 2568, 2568, 26–28 ตุลาคม 2568, ปีงบประมาณ 2568 (October to
    /// September). Years from 1941 are CE + 543; January to March before 1941 are CE + 542 (the Thai year then began on
    /// 1 April); a year alone before 1941 is written ค.ศ. 1939, and one before 1889 (lunar months) too.
    /// </summary>
    Thai = 7,

    /// <summary>Vietnamese: ngày 26 tháng 10 năm 2025, tháng 10 năm 2025, năm 2025, Quý III/2025, ngày 26–28 tháng 10 năm 2025.</summary>
    Vietnamese = 8,

    /// <summary>Indonesian: 26 Oktober 2025, Agustus 2025, 2025, 26–28 Oktober 2025.</summary>
    Indonesian = 9,

    /// <summary>Malay: 26 Oktober 2025, Ogos 2025, 2025, 26–28 Oktober 2025.</summary>
    Malay = 10,

    /// <summary>Filipino: Oktubre 26, 2025, Oktubre 2025, 2025.</summary>
    Filipino = 11,
}
