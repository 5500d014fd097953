using System.Globalization;
using System.Text;
using AseanAi.Citations.Dates;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Dates;

public class DateScannerTests
{
    [Fact]
    public void FindAll_SeedDocument_FindsEveryDateOfBodyAndReferences()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);

        var mentions = DateScanner.FindAll(text);

        var report = new StringBuilder();
        foreach (var mention in mentions)
        {
            text.Substring(mention.Span.Offset, mention.Span.Length).Should().Be(mention.Date!.OriginalText);
            report.Append(CultureInfo.InvariantCulture, $"{mention.Span.Line}:{mention.Span.Column}\t{mention.Date.OriginalText}\t{mention.Date.ToEdtf()}");
            report.Append(mention.IsInTitle ? "\tin title\n" : "\n");
        }

        Golden.AssertMatches("dates/seed-date-mentions.tsv", report.ToString());
    }

    [Fact]
    public void FindAll_SeedBody_SpansThePhrasesAsWritten()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);

        var originals = DateScanner.FindAll(text).Select(m => m.Date!.OriginalText).ToList();

        originals.Should().Contain(["2025 年 10 月 26 日", "2025 年 9 月", "(令和7年10月26日)", "(2024年12月)"]);
    }

    [Fact]
    public void FindAll_ReferenceLine_IncludesTheBracketsAndSkipsTheAddress()
    {
        const string line = "- 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/press/2025/10/26/100927259.pdf";

        var mention = DateScanner.FindAll(line).Should().ContainSingle().Subject;

        mention.Span.Should().Be(new SourceSpan(25, 12, 1, 26));
        mention.Date!.OriginalText.Should().Be("(令和7年10月26日)");
        mention.Date.ToEdtf().Should().Be("2025-10-26");
        mention.IsInTitle.Should().BeFalse();
        mention.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void FindAll_EraYearInsideTitleMarks_IsMarkedAsInTitle()
    {
        const string line = "経済産業省「令和6年度補正予算の概要」(令和6年11月29日)";

        var mentions = DateScanner.FindAll(line);

        mentions.Should().HaveCount(2);
        mentions[0].Date!.ToEdtf().Should().Be("2024-04/2025-03");
        mentions[0].IsInTitle.Should().BeTrue();
        mentions[1].Date!.ToEdtf().Should().Be("2024-11-29");
        mentions[1].IsInTitle.Should().BeFalse();
    }

    [Fact]
    public void FindAll_UnclosedTitleMark_AffectsOnlyItsLine()
    {
        const string text = "「未完のタイトル 2024年5月\n2025年1月";

        var mentions = DateScanner.FindAll(text);

        mentions.Select(m => m.IsInTitle).Should().Equal(true, false);
    }

    [Theory]
    [InlineData("最大3年間の支援")]
    [InlineData("第28回日ASEAN首脳会議")]
    [InlineData("第 31 回")]
    [InlineData("ASEAN2025 と SEA-LION (v4)")]
    [InlineData("3年前から")]
    [InlineData("10月26日に発表")]
    [InlineData("pp. 2020-21")]
    [InlineData("version 1.2.3 and 2025.10")]
    [InlineData("令和の時代")]
    [InlineData("平成の大合併")]
    [InlineData("千年の都")]
    [InlineData("Qwen と DeepSeek")]
    [InlineData("人口は2025人")]
    [InlineData("https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf")]
    [InlineData("www.jetro.go.jp/biznews/2024/12/d21c9a6e526ae173.html")]
    [InlineData("10/26/2025")]
    [InlineData("2025/10")]
    [InlineData("HR7.10.26")]
    [InlineData("R7年")]
    [InlineData("拡大3.5.1の次")]
    [InlineData("may 2025")]
    [InlineData("二十年後")]
    public void FindAll_NumbersThatAreNotDates_FindsNothing(string text)
    {
        DateScanner.FindAll(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("会期は2025年10月26日～28日です", "2025年10月26日～28日", "2025-10-26/2025-10-28")]
    [InlineData("2025年10月から実施", "2025年10月", "2025-10")]
    [InlineData("2025年10月26日から28日まで開催", "2025年10月26日から28日まで", "2025-10-26/2025-10-28")]
    [InlineData("（2025年10月26日、外務省）", "2025年10月26日", "2025-10-26")]
    [InlineData("2025年10月26日（日）に公表", "2025年10月26日（日）", "2025-10-26")]
    [InlineData("(日本経済新聞 2025年1月)", "2025年1月", "2025-01")]
    [InlineData("published on 26 October 2025 by MOFA", "26 October 2025", "2025-10-26")]
    [InlineData("on October 26, 2025.", "October 26, 2025", "2025-10-26")]
    [InlineData("発行日 R7.10.26 です", "R7.10.26", "2025-10-26")]
    [InlineData("更新:2025/10/26 10:00", "2025/10/26", "2025-10-26")]
    [InlineData("令和6年度予算", "令和6年度", "2024-04/2025-03")]
    [InlineData("民國114年10月26日發布", "民國114年10月26日", "2025-10-26")]
    [InlineData("從 2024 年岸田內閣", "2024 年", "2024")]
    [InlineData("二〇二五年十月二十六日付", "二〇二五年十月二十六日", "2025-10-26")]
    [InlineData("㋿7年10月26日", "㋿7年10月26日", "2025-10-26")]
    [InlineData("期間：2024年12月～2025年1月。", "2024年12月～2025年1月", "2024-12/2025-01")]
    [InlineData("2025年春号", "2025年春", "2025-21")]
    public void FindAll_DateInText_FindsItWithItsText(string text, string original, string edtf)
    {
        var mention = DateScanner.FindAll(text).Should().ContainSingle().Subject;

        mention.Date!.OriginalText.Should().Be(original);
        mention.Date.ToEdtf().Should().Be(edtf);
        text.Substring(mention.Span.Offset, mention.Span.Length).Should().Be(original);
        mention.Span.Column.Should().Be(text.IndexOf(original, StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void FindAll_DayThatNeverExisted_IsReportedWithItsError()
    {
        const string text = "公表日\n平成31年5月1日に公表";

        var mention = DateScanner.FindAll(text).Should().ContainSingle().Subject;

        mention.Date.Should().BeNull();
        mention.Span.Should().Be(new SourceSpan(4, 9, 2, 1));
        var error = mention.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("date.after-era");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Span.Should().Be(new SourceSpan(4, 9, 2, 1));
        mention.ToString().Should().Contain("平成 ended on 2019-04-30");
    }

    [Fact]
    public void FindAll_WarningInText_HasSpanInTheWholeText()
    {
        const string text = "一行目\n二行目は 2025年10月26日（月） です";

        var mention = DateScanner.FindAll(text).Should().ContainSingle().Subject;

        mention.Date!.ToEdtf().Should().Be("2025-10-26");
        var warning = mention.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("date.weekday-mismatch");
        warning.Span.Should().Be(new SourceSpan(20, 3, 2, 17));
    }

    [Fact]
    public void FindAll_LineEndings_CountLinesAndColumns()
    {
        const string text = "a\r\nb 2025年1月\n\rc R7.10.26\r2025年";

        var mentions = DateScanner.FindAll(text);

        mentions.Select(m => (m.Span.Line, m.Span.Column)).Should().Equal((2, 3), (4, 3), (5, 1));
    }

    [Fact]
    public void FindAll_MalformedText_FindsNothingAndDoesNotThrow()
    {
        string[] texts =
        [
            string.Empty,
            new string('7', 10_000),
            "\uD800\uDC00\uD800 2025\uDC00年",
            new string('令', 10_000),
            string.Concat(Enumerable.Repeat("令和", 5_000)),
            new string('(', 10_000),
            new string('十', 10_000),
            string.Concat(Enumerable.Repeat("2025/", 5_000)),
            "http://" + new string('x', 10_000),
        ];

        foreach (var text in texts)
        {
            DateScanner.FindAll(text).Should().BeEmpty();
        }
    }

    [Fact]
    public void FindAll_Null_Throws()
    {
        var find = () => DateScanner.FindAll(null!);

        find.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FindAll_RepeatedDocument_FindsTheSameDatesInEveryCopy()
    {
        var seed = File.ReadAllText(RepositoryPaths.SeedDocument);
        var once = DateScanner.FindAll(seed).Length;
        var text = string.Concat(Enumerable.Repeat(seed + "\n", 50));

        var mentions = DateScanner.FindAll(text);

        mentions.Length.Should().Be(once * 50);
        mentions.Select(m => m.Span.Offset).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Mention_Equality_ComparesEveryProperty()
    {
        var first = DateScanner.FindAll("2025年10月26日（月）").Single();
        var second = DateScanner.FindAll("2025年10月26日（月）").Single();
        var other = DateScanner.FindAll("2025年10月27日（月）").Single();

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Should().NotBe(other);
    }
}
