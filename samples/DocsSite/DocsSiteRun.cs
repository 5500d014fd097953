using System.Net;
using System.Text;
using AseanAi.Citations;
using AseanAi.Citations.Markdig;
using Markdig;

namespace DocsSite;

/// <summary>
/// The documentation-site use: a folder of Markdown pages in three languages that cite one shared bibliography (the
/// seed article's Japanese references, read from a plain list, and a CSL-JSON file), rendered into HTML pages with
/// linked citations, back-links and the bibliography of each page.
/// </summary>
internal static class DocsSiteRun
{
    /// <summary>The sample's folder: the pages are under docs/, the bibliography under bibliography/.</summary>
    public static string SampleDirectory { get; } = FindSampleDirectory();

    /// <returns>0 when every page was written without a problem, 1 when a page has a problem (listed on <paramref name="error"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var outputDirectory = Path.Combine(SampleDirectory, "site");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--output" && i + 1 < args.Length)
            {
                outputDirectory = args[++i];
            }
        }

        // One bibliography for the whole site, read once: the seed's reference list (keys made by the parser, such as
        // mofa2025) and a CSL-JSON file.
        var bibliography = CitationBibliography.Empty;
        foreach (var file in new[] { "seed-references.txt", "more.json" })
        {
            var read = CitationBibliography.Load(Path.Combine(SampleDirectory, "bibliography", file));
            foreach (var diagnostic in read.Diagnostics)
            {
                error.WriteLine($"{file}:{diagnostic}");
            }

            bibliography = bibliography.Concat(read.GetValueOrThrow());
        }

        if (args.Contains("--keys"))
        {
            foreach (var item in bibliography.Items)
            {
                output.WriteLine($"{item.Id}\t{item.GetText("title")}");
            }

            return 0;
        }

        // One pipeline for every page: pipelines are immutable and thread-safe; each page's front matter picks its style and language.
        var pipeline = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .UseCitations(new CitationMarkdownOptions { Bibliography = bibliography })
            .Build();

        var problems = 0;
        var docs = Path.Combine(SampleDirectory, "docs");
        foreach (var source in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(docs, source);
            var result = CitationMarkdown.ToHtml(File.ReadAllText(source), pipeline, source);
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic);
                problems++;
            }

            var target = Path.Combine(outputDirectory, Path.ChangeExtension(relative, ".html"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Page(result), new UTF8Encoding(false));
            output.WriteLine(target);
        }

        return problems == 0 ? 0 : 1;
    }

    private static string Page(CitationMarkdownResult result) => $$"""
        <!DOCTYPE html>
        <html lang="{{WebUtility.HtmlEncode(result.Language ?? "en")}}">
        <head>
        <meta charset="utf-8">
        <title>{{WebUtility.HtmlEncode(result.Title ?? "DocsSite")}}</title>
        <style>
        body { max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.7; }
        .csl-entry { margin: 0.5em 0 0.5em 2em; text-indent: -2em; }
        .csl-left-margin { float: left; min-width: 3em; text-indent: 0; }
        .csl-right-inline { margin-left: 3em; text-indent: 0; }
        :target { background: #fff3b0; }
        </style>
        </head>
        <body>
        <nav><a href="../en/index.html">English</a> · <a href="../ja/index.html">日本語</a> · <a href="../zh-Hant/index.html">繁體中文</a></nav>
        {{result.Text}}</body>
        </html>

        """;

    private static string FindSampleDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "DocsSite");
            if (File.Exists(Path.Combine(candidate, "DocsSite.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/DocsSite is not above " + AppContext.BaseDirectory);
    }
}
