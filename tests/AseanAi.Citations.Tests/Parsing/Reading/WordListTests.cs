using System.Reflection;
using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.Tests.Parsing.Reading;

public class WordListTests
{
    // Every word list the assembler reads types with, found by reflection so that a new one is covered too.
    private static readonly WordList[] AssemblerLists = [.. typeof(CitationAssembler)
        .GetFields(BindingFlags.NonPublic | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(WordList))
        .Select(field => (WordList)field.GetValue(null)!)
        .Append(ReadingWords.Instance.ListOf("access-before"))
        .Append(ReadingWords.Instance.ListOf("access-after"))];

    [Fact]
    public void IsIn_CorpusLinesAndTheirPieces_EqualsIsInOneByOne()
    {
        AssemblerLists.Should().HaveCountGreaterThan(10);
        var lines = ReferenceCorpus.Load().Select(e => e.Line).ToList();
        var texts = lines.Concat(lines.SelectMany(l => l.Split(' ', '.', ',', '，', '。', '、'))).Concat(AssemblerLists.SelectMany(l => l.Words)
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), "x" + w + "y", w[..^1] }));
        foreach (var text in texts)
        {
            foreach (var list in AssemblerLists)
            {
                list.IsIn(text).Should().Be(list.IsInOneByOne(text), $"{string.Join("|", list.Words)} in {text}");
            }
        }
    }

    [Theory]
    [InlineData("Journal of Asian Studies", true)]
    [InlineData("JOURNAL", true)]
    [InlineData("アジア研究", false)]
    [InlineData("", false)]
    public void IsIn_Journal_FindsAnyCase(string text, bool expected) =>
        new WordList("journal", "学報").IsIn(text).Should().Be(expected);
}
