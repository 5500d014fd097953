using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Tests.Dates;

/// <summary>The reader's internals that the public tests cannot see: the fast path agrees with the general grammar.</summary>
public class DateTextReaderTests
{
    // Every era, its sign and abbreviation, and 民國, with years, months and days at and around their limits: valid
    // texts, invalid ones, and ones that earn warnings.
    private static List<string> CommonForms()
    {
        string[] prefixes = ["", "令和", "平成", "昭和", "大正", "明治", "民國", "民国", "㋿", "㍻", "R"];
        int[] years = [0, 1, 5, 6, 15, 31, 32, 45, 64, 99, 114, 1900, 2024, 2025];
        int[] months = [0, 1, 4, 5, 7, 12, 13];
        int[] days = [0, 1, 7, 8, 24, 25, 29, 30, 31, 32];
        var texts = new List<string> { "２０２５年１０月２６日", "令和７年１０月２６日", "2025年10月26日 ", "2025年度", "02025年", "2025年10月26日（日）" };
        foreach (var prefix in prefixes)
        {
            foreach (var year in years)
            {
                texts.Add($"{prefix}{year}年");
                foreach (var month in months)
                {
                    texts.Add($"{prefix}{year}年{month}月");
                    foreach (var day in days)
                    {
                        texts.Add($"{prefix}{year}年{month}月{day}日");
                    }
                }
            }
        }

        return texts;
    }

    [Fact]
    public void TryReadCommonForm_AgreesWithTheGeneralGrammar()
    {
        var texts = CommonForms();
        var disagreements = new List<string>();
        var fastCount = 0;
        foreach (var text in texts)
        {
            var fast = DateTextReader.TryReadCommonForm(text, out var fastDate);
            var general = DateTextReader.ReadWhole(text);

            // The fast path takes exactly the texts of its shape that the grammar reads without findings, and reads
            // them to the same date; texts of other shapes are left to the grammar.
            var generalClean = general.Succeeded && general.NoteCount == 0 && !general.IsInterval;
            var commonShape = !text.Contains('R') && !text.EndsWith(' ') && !text.Contains('度') && !text.Contains('（');
            if (fast != (commonShape && generalClean) || (fast && fastDate != general.Start))
            {
                disagreements.Add($"{text}: fast {fast} {fastDate}, general {general.Error.Code} {general.Start}");
            }

            fastCount += fast ? 1 : 0;
        }

        texts.Count.Should().BeGreaterThan(5000);
        fastCount.Should().BeGreaterThan(1000, "the sample should hold many valid dates");
        disagreements.Should().BeEmpty();
    }
}
