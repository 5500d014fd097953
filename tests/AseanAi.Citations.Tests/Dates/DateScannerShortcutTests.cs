using System.Text.Json;
using AseanAi.Citations.Dates;
using AseanAi.Citations.Tests.Infrastructure;
using AseanAi.Citations.Tests.Parsing;
using CsCheck;

namespace AseanAi.Citations.Tests.Dates;

/// <summary>
/// The scanner turns capitalised words and brackets away before trying a reading when their first letters show that no
/// date can start there ((JST), [EB/OL], Science). These shortcuts must never change what is found: the scanner with them
/// and the scanner that tries a reading at every candidate give the same mentions.
/// </summary>
public sealed class DateScannerShortcutTests
{
    // Pieces of dates and of what surrounds them in reference lists, in every case and width the lexer folds.
    private static readonly string[] Pieces =
    [
        "(", ")", "[", "]", "（", "）", "［", "］", "【", "】", "〔", "〖", " ", "\u3000", "\t", ",", ".", "-", "/", "~", "～",
        "2025", "10", "26", "３", "１２", "〇", "二〇二五", "十月", "年", "月", "日", "年度", "春", "秋季",
        "令和", "令", "平成", "R", "r", "H", "Ｒ", "㋿", "民國", "中華民國", "西元", "公元", "元年",
        "October", "october", "OCTOBER", "Oct", "oct.", "Sept", "May", "Ma", "Spring", "summer", "Fall", "Winter", "Autumn",
        "circa", "Circa", "c.", "C.", "ca.", "Ca", "Sun", "(Sun)", "（日）", "n.d.",
        "JST", "EB/OL", "M", "J", "Science", "Portal", "ASEAN", "Apple", "Decide", "Nov", "Ｏｃｔ", "ＡＳＥＡＮ",
        "外務省", "「", "」", "『", "』", "《", "》", "〈", "〉", "“", "”", "\"", "http://a.jp/2025/10/26", "www.a.jp",
        ":", "：", ";", "；", "、", "。", "，", "〕", "〗", "\n", "1st", "26th", "2nd", "頃", "ごろ", "左右", "から", "まで", "至", "到", "号", "號",
    ];

    // Whole dates and non-dates as they stand in brackets, in any case.
    private static readonly string[] Bracketed =
    [
        "c. 1990", "ca. 2001", "circa 2020", "Circa 2020", "october 2025", "sept. 2024", "spring 2025", "Winter 2024", "r7.10.26",
        "h31.4.30", "2025-10-26", "令和7年10月26日", "民國114年", "中华民国114年", "西元2025年", "二〇二五年十月", "26 October 2025",
        "Oct. 26, 2025", "2025：29", "52（6）", "6-21", "2000, 2001", "3月 6, 2026", "2025年（令和7年）3月28日", "日", "Sun", "JST", "EB/OL", "M", "电子版", "n.d.", "2", "2024a", "march 3, 2026", "ＯＣＴ ２０２５",
    ];

    private static readonly string[] Opening = ["(", "[", "（", "［", "【", "〔", "〖", "( ", "（\u3000"];

    private static readonly string[] Closing = [")", "]", "）", "］", "】", "〕", "〗", ""];

    private static readonly Gen<string> ReferenceText =
        Gen.OneOf(
                Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]),
                Gen.Select(
                    Gen.Int[0, Opening.Length - 1],
                    Gen.Int[0, Bracketed.Length - 1],
                    Gen.Int[0, Closing.Length - 1],
                    (open, inside, close) => Opening[open] + Bracketed[inside] + Closing[close]))
            .List[0, 12]
            .Select(string.Concat);

    [Fact]
    public void Shortcuts_find_what_reading_every_candidate_finds() =>
        ReferenceText.Sample(text => AssertSameMentions(text), iter: 100_000);

    [Fact]
    public void Shortcuts_find_what_reading_every_candidate_finds_in_the_corpus_and_the_seed()
    {
        foreach (var entry in ReferenceCorpus.Load())
        {
            AssertSameMentions(entry.Line);
        }

        AssertSameMentions(File.ReadAllText(RepositoryPaths.SeedDocument));
    }

    private static void AssertSameMentions(string text)
    {
        var expected = DateScanner.FindAllReadingEveryCandidate(text);
        DateScanner.FindAll(text).Should().Equal(expected, "the shortcuts must not change the mentions of '{0}'", text);
    }
}
