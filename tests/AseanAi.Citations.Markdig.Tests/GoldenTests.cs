using AseanAi.Citations.Testing;
using Markdig;

namespace AseanAi.Citations.Markdig.Tests;

/// <summary>Whole documents rendered with the advanced extensions and citations, pinned in golden HTML files.</summary>
public sealed class GoldenTests
{
    private static string GoldenDirectory { get; } = Path.Combine(FindRoot(), "tests", "AseanAi.Citations.Markdig.Tests", "Golden");

    public static TheoryData<string> Documents() => [.. Directory.GetFiles(GoldenDirectory, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void ToHtml_Document_MatchesGolden(string name)
    {
        var source = Path.Combine(GoldenDirectory, name + ".md");
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions()
            .UseCitations(new CitationMarkdownOptions { Bibliography = Render.Bibliography }).Build();

        var result = CitationMarkdown.ToHtml(File.ReadAllText(source), pipeline, "Golden/" + name + ".md");
        var text = result.Text + "<!-- diagnostics:\n" + string.Concat(result.Diagnostics.Select(d => d + "\n")) + "-->\n";

        GoldenText.Compare(Path.Combine(GoldenDirectory, name + ".html"), name, text).Should().BeNull();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (AseanAi.Citations.sln) is not above " + AppContext.BaseDirectory);
    }
}
