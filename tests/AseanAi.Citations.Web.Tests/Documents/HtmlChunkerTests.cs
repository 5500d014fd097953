using System.Text;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

public class HtmlChunkerTests
{
    private const string Reference = "経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明」(2025年9月24日) https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf";

    [Fact]
    public async Task SplitAsync_ShortDocument_IsOnePieceEqualToTheInput()
    {
        const string html = "<html><head><title>題</title></head><body><p>一</p><!-- <p>x</p> --><ul><li>二</li></ul></body></html>";

        var chunks = await SplitAsync(html);

        chunks.Should().ContainSingle().Which.Should().Be(new HtmlChunk(html, 0, 1, 1));
    }

    [Fact]
    public async Task SplitAsync_LongDocument_CutsBeforeBlockStartTagsAndLosesNothing()
    {
        var html = LongPage(sections: 400);
        html.Length.Should().BeGreaterThan(10 * 4096);

        var chunks = await SplitAsync(html, targetLength: 4096);

        chunks.Should().HaveCountGreaterThan(10);
        string.Concat(chunks.Select(c => c.Html)).Should().Be(html);
        chunks.Skip(1).Should().OnlyContain(c => c.Html.StartsWith("<h2>", StringComparison.Ordinal) || c.Html.StartsWith("<p>", StringComparison.Ordinal)
            || c.Html.StartsWith("<ul>", StringComparison.Ordinal) || c.Html.StartsWith("<li>", StringComparison.Ordinal));
        chunks.Should().OnlyContain(c => c.Html.Length < 4096 + 200, "a piece ends at the first block boundary past the target");
        foreach (var chunk in chunks)
        {
            // Each piece says where it starts in the whole document.
            html.Substring(chunk.Offset, chunk.Html.Length).Should().Be(chunk.Html);
            chunk.Line.Should().Be(html[..chunk.Offset].Count(c => c == '\n') + 1);
            chunk.Column.Should().Be(chunk.Offset - (html.LastIndexOf('\n', Math.Max(0, chunk.Offset - 1)) + 1) + 1);
        }
    }

    [Theory]
    [InlineData("<!-- <p>not a place to cut</p> -->")]
    [InlineData("<script>document.write('<p>not a place to cut</p>');</script>")]
    [InlineData("<table><tr><td><p>not a place to cut</p></td></tr></table>")]
    [InlineData("<pre>\n<p>not a place to cut</p>\n</pre>")]
    [InlineData("<p title='a > b <p>'>not a place to cut</p>")]
    public async Task SplitAsync_NeverCutsInsideCommentsScriptsTablesOrTags(string protectedMarkup)
    {
        var filler = string.Concat(Enumerable.Repeat("<p>段落。</p>\n", 200));
        var html = filler + string.Concat(Enumerable.Repeat(protectedMarkup, 200)) + filler;

        var chunks = await SplitAsync(html, targetLength: 256);

        string.Concat(chunks.Select(c => c.Html)).Should().Be(html);
        var protectedStart = filler.Length;
        var protectedEnd = html.Length - filler.Length;
        chunks.Select(c => c.Offset).Should().OnlyContain(offset => offset <= protectedStart || offset >= protectedEnd || (offset - protectedStart) % protectedMarkup.Length == 0,
            "a piece may start only between two copies of the protected markup");
    }

    [Fact]
    public async Task SplitAsync_AbruptlyClosedComment_DoesNotSwallowTheDocument()
    {
        var html = "<!--><p>一</p>" + string.Concat(Enumerable.Repeat("<p>段落。</p>", 100));

        var chunks = await SplitAsync(html, targetLength: 64, maxLength: 256);

        chunks.Should().HaveCountGreaterThan(1);
        string.Concat(chunks.Select(c => c.Html)).Should().Be(html);
    }

    [Fact]
    public async Task SplitAsync_GiantScript_IsSkippedAndPiecesStayBounded()
    {
        var html = "<p>前</p><script>" + new string('x', 100_000) + "</script><p>後</p>";

        var chunks = await SplitAsync(html, targetLength: 1024, maxLength: 4096);

        chunks.Should().OnlyContain(c => c.Html.Length <= 4096 + 1024 + 16);
        chunks.Last().Html.Should().EndWith("<p>後</p>");
        html.Substring(chunks.Last().Offset, chunks.Last().Html.Length).Should().Be(chunks.Last().Html);
    }

    [Fact]
    public async Task SplitAsync_GiantTable_IsCutBetweenRowsPastTheMaximum()
    {
        var html = "<table>" + string.Concat(Enumerable.Repeat("<tr><td><p>セル。</p></td></tr>", 5_000)) + "</table><p>後</p>";

        var chunks = await SplitAsync(html, targetLength: 1024, maxLength: 8192);

        chunks.Should().HaveCountGreaterThan(10).And.OnlyContain(c => c.Html.Length <= 8192 + 64);
        string.Concat(chunks.Select(c => c.Html)).Should().Be(html);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span>", "</span>")]
    [InlineData("<b><i>", "</i></b>")]
    public async Task SplitAsync_DeepNesting_EndsPiecesAtTheDepthLimitAndLosesNothing(string open, string close)
    {
        var html = string.Concat(Enumerable.Repeat(open, 5_000)) + "<p>底</p>" + string.Concat(Enumerable.Repeat(close, 5_000));

        var chunks = await SplitAsync(html);

        string.Concat(chunks.Select(c => c.Html)).Should().Be(html);
        var elementsPerRepeat = open.Count(c => c == '<');
        chunks.Should().HaveCountGreaterThanOrEqualTo(5_000 * elementsPerRepeat / HtmlChunker.MaxDepth, "a piece ends every MaxDepth open elements");
        var tagStart = open[..2];
        chunks.Should().OnlyContain(c => CountOccurrences(c.Html, tagStart) <= HtmlChunker.MaxDepth, "no piece opens more elements than the limit");
    }

    [Fact]
    public async Task SplitAsync_ListsAndTablesWithoutEndTags_AreNotTakenForDeepNesting()
    {
        var html = "<ul>" + string.Concat(Enumerable.Repeat("<li>項目", 2_000)) + "</ul><table>" + string.Concat(Enumerable.Repeat("<tr><td>セル", 2_000)) + "</table>";

        var chunks = await SplitAsync(html);

        chunks.Should().ContainSingle("the document is shorter than a piece and nothing in it nests deeply");
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<span>")]
    [InlineData("<b><i>")]
    [InlineData("<table><tr><td>")]
    public async Task ReadAsync_HostileNesting_ReadsTheParagraphInBoundedTime(string open)
    {
        var html = string.Concat(Enumerable.Repeat(open, 200_000 / open.Count(c => c == '<'))) + "<p>外務省「日ASEAN・AI共創イニシアティブ」</p>";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(html, cancellationToken: timeout.Token);

        document.Sections.SelectMany(s => s.Paragraphs).Should().Contain(p => p.Text.Contains("日ASEAN・AI共創イニシアティブ", StringComparison.Ordinal));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task ReadAsync_LongPage_GivesTheSameReferencesAndSpansAsTheWholeParse()
    {
        var html = LongPage(sections: 1_500);
        html.Length.Should().BeGreaterThan(4 * HtmlChunker.TargetLength, "the page must be cut into several pieces");

        var blocks = new List<DocumentBlock>();
        await foreach (var block in HtmlDocumentReader.Instance.ReadBlocksAsync(new StringReader(html)))
        {
            blocks.Add(block);
        }

        blocks.Should().HaveCount(1 + (1_500 * 4) + 1 + 1_500);
        blocks[0].Should().Be(new DocumentBlock(DocumentBlockKind.Heading, "長い頁", blocks[0].Span, 1));
        blocks.Count(b => b.Kind == DocumentBlockKind.ListItem).Should().Be(1_500 * 3);
        blocks.Where(b => b.Kind == DocumentBlockKind.Heading).Skip(1).Should().OnlyContain(b => b.Level == 2);
        foreach (var block in blocks.Skip(1))
        {
            // Spans point into the whole page: the element's start tag stands at the span's offset, line and column.
            html.AsSpan(block.Span.Offset).StartsWith("<").Should().BeTrue($"{block.Span} {html.Substring(Math.Max(0, block.Span.Offset - 10), 30)}");
            var lineStart = html.LastIndexOf('\n', Math.Max(0, block.Span.Offset - 1)) + 1;
            block.Span.Line.Should().Be(html.AsSpan(0, block.Span.Offset).Count('\n') + 1);
            block.Span.Column.Should().Be(block.Span.Offset - lineStart + 1);
        }

        var document = await HtmlDocumentReader.Instance.ReadTextAsync(html);
        document.References.Should().HaveCount(1_500);
        document.References.Should().OnlyContain(r => r.Citation.Publisher!.Id == "jp.meti" && r.Citation.Issued!.OriginalText == "2025年9月24日");
    }

    [Fact]
    public async Task SplitAsync_RandomTagSoup_NeverThrowsAndLosesNothingWhileNothingIsSkipped()
    {
        string[] pieces = ["<p>", "</p>", "<li>", "<div class=\"a>b\">", "<!--", "-->", "<script>", "</script>", "<table>", "</table>", "<pre>", "</pre>",
            "<title>", "</title>", "<", ">", "'", "\"", "--", "<!", "</", "<h2>", "段落。", "text ", "\r\n", "\n", "\r", "外務省「題」"];
        var random = new Random(20251026);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 400);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var html = builder.ToString();
            var chunks = await SplitAsync(html, targetLength: 32, maxLength: 1 << 20);

            string.Concat(chunks.Select(c => c.Html)).Should().Be(html, "round {0}", round);
            chunks.Should().OnlyContain(c => html.Substring(c.Offset, c.Html.Length) == c.Html);

            // With a tiny maximum, pieces are skipped or cut anywhere a tag allows; it must still never throw.
            var act = () => SplitAsync(html, targetLength: 8, maxLength: 16);
            await act.Should().NotThrowAsync();
        }
    }

    /// <summary>A long page: many sections with a paragraph and a list each, then one reference per section.</summary>
    private static string LongPage(int sections)
    {
        var builder = new StringBuilder("<!DOCTYPE html>\n<html><head><title>長い頁</title></head>\n<body>\n");
        for (var i = 0; i < sections; i++)
        {
            builder.Append("<h2>第").Append(i).Append("節</h2>\n")
                .Append("<p>経済産業省は 2025 年 9 月の会合で路線図を歓迎した。</p>\n")
                .Append("<ul>\n<li>項目一</li>\n<li>項目二</li>\n</ul>\n");
        }

        builder.Append("<h2>参考文献</h2>\n<ul>\n");
        for (var i = 0; i < sections; i++)
        {
            builder.Append("<li>").Append(Reference).Append("</li>\n");
        }

        return builder.Append("</ul>\n</body></html>\n").ToString();
    }

    private static async Task<List<HtmlChunk>> SplitAsync(string html, int targetLength = HtmlChunker.TargetLength, int maxLength = HtmlChunker.MaxLength)
    {
        var chunks = new List<HtmlChunk>();
        await foreach (var chunk in HtmlChunker.SplitAsync(new StringReader(html), CancellationToken.None, targetLength, maxLength))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }
}
