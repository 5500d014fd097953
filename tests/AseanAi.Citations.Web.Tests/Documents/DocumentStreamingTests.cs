using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;

namespace AseanAi.Citations.Web.Tests.Documents;

/// <summary>
/// Long documents stream: each reader yields a block before it has read much past it, so what it holds is bounded by
/// the largest paragraph (plus a read buffer, and for HTML a piece of about 64 K characters), not by the file. The
/// input is a generated document of many megabytes that is never held anywhere: a forward-only reader that makes
/// its text as it is read and counts how much it has handed out.
/// </summary>
public class DocumentStreamingTests
{
    private const string Reference = "経済産業省「第31回日ASEAN経済大臣会合 共同メディア声明」(2025年9月24日) https://www.meti.go.jp/press/2025/09/20250929005/20250929005-dr.pdf";

    public static TheoryData<string, DocumentReader, string, string, int> Formats() => new()
    {
        {
            "plain text", PlainTextDocumentReader.Instance,
            "長い文書\n\n", "経済産業省は 2025 年 9 月の会合で路線図を歓迎し、日本と東南亞の協力を確認した。\n\n・" + Reference + "\n\n",
            16 * 1024 * 1024
        },
        {
            "Markdown", MarkdownDocumentReader.Instance,
            "# 長い文書\n\n", "経済産業省は 2025 年 9 月の会合で路線図を**歓迎**し、日本と東南亞の協力を確認した。\n\n- " + Reference + "\n- [共同声明](https://www.meti.go.jp/)\n\n",
            16 * 1024 * 1024
        },
        {
            "HTML", HtmlDocumentReader.Instance,
            "<!DOCTYPE html><html><head><title>長い文書</title></head><body>\n", "<h2>節</h2><p>経済産業省は 2025 年 9 月の会合で路線図を<b>歓迎</b>した。</p>\n<ul><li>" + Reference + "</li></ul>\n",
            6 * 1024 * 1024
        },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ReadBlocksAsync_DocumentOfMegabytes_ReadsAheadOnlyABoundedAmount(string format, DocumentReader reader, string head, string unit, int length)
    {
        using var source = new GeneratedDocument(head, unit, length);
        var blocks = 0;
        var farthestAhead = 0L;
        await foreach (var block in reader.ReadBlocksAsync(source))
        {
            blocks++;
            farthestAhead = Math.Max(farthestAhead, source.Produced - (block.Span.Offset + block.Span.Length));
        }

        source.Produced.Should().Be(source.Length, $"the {format} reader reads the whole document");
        blocks.Should().BeGreaterThan(length / unit.Length * 2, "every paragraph and list item is a block");

        // Plain text: one read buffer (8 K) and the current line. Markdown: the first 256 K characters, read to tell
        // whether the document can be parsed whole, then one buffer and the current group. HTML: one piece of about 64 K.
        var bound = format switch
        {
            "HTML" => HtmlChunker.TargetLength + 8192 + (2 * unit.Length),
            "Markdown" => MarkdownDocumentReader.WholeDocumentLength + 8192 + (2 * unit.Length),
            _ => 8192 + (2 * unit.Length),
        };
        farthestAhead.Should().BeLessThan(bound, $"the {format} reader streams instead of reading the whole {length / (1024 * 1024)} M characters first");
    }

    /// <summary>A forward-only document made as it is read: a head, then one unit repeated up to a length.</summary>
    private sealed class GeneratedDocument(string head, string unit, long length) : TextReader
    {
        public long Length { get; } = length;

        public long Produced { get; private set; }

        public override int Peek() => Produced >= Length ? -1 : CharAt(Produced);

        public override int Read() => Produced >= Length ? -1 : CharAt(Produced++);

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = (int)Math.Min(buffer.Length, Length - Produced);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = CharAt(Produced++);
            }

            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

        private char CharAt(long position) => position < head.Length ? head[(int)position] : unit[(int)((position - head.Length) % unit.Length)];
    }
}
