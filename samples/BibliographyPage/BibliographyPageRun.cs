using System.Globalization;
using System.Text;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
using AseanAi.Citations.Web.LinkChecking;

namespace BibliographyPage;

/// <summary>
/// The documentation-generator use: read a document's reference list, check its links, and write an HTML page with
/// the bibliography — each title marked with its language, translations beside the originals, and a badge per link.
/// </summary>
internal static class BibliographyPageRun
{
    /// <summary>The seed article: a Traditional-Chinese text with a Japanese bibliography.</summary>
    public const string SeedRelativePath = "seeds/000_ac0a5415ceaa11bb.txt";

    /// <returns>0 when the page was written, 1 when the document cannot be read or the page cannot be written, 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? documentPath = null, pagePath = null;
        var check = true;
        var timeout = TimeSpan.FromSeconds(5);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--no-check":
                    check = false;
                    break;
                case "--output" when i + 1 < args.Length:
                    pagePath = args[++i];
                    break;
                case "--timeout" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600:
                    timeout = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && documentPath is null:
                    documentPath = arg;
                    break;
                default:
                    await error.WriteLineAsync($"BibliographyPage: cannot use '{args[i]}'. Usage: [DOCUMENT] [--output FILE.html] [--timeout SECONDS] [--no-check]").ConfigureAwait(false);
                    return 2;
            }
        }

        var root = RepositoryRoot();
        documentPath ??= root is null ? null : Path.Combine(root, SeedRelativePath);
        if (documentPath is null || !File.Exists(documentPath))
        {
            await error.WriteLineAsync($"BibliographyPage: cannot find {documentPath ?? SeedRelativePath}; pass the path of a document as the first argument.").ConfigureAwait(false);
            return 1;
        }

        pagePath ??= Path.Combine(root ?? ".", "artifacts", "bibliography", Path.GetFileNameWithoutExtension(documentPath) + ".html");

        // 1. Read the document with the reader for its format.
        DocumentReader reader = Path.GetExtension(documentPath).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => MarkdownDocumentReader.Instance,
            ".html" or ".htm" => HtmlDocumentReader.Instance,
            _ => PlainTextDocumentReader.Instance,
        };
        CitedDocument document;
        using (var text = new StreamReader(documentPath))
        {
            document = await reader.ReadAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // 2. Check each reference's link: short timeouts and no retries, so that the page is written within seconds
        //    even without a network (every link then gets an "error" badge).
        var verdicts = new Dictionary<int, LinkCheckResult>();
        if (check)
        {
            var options = new LinkCheckerOptions { RequestTimeout = timeout, LinkTimeout = timeout * 2, MaxRetries = 0 };
            using var checker = new LinkChecker(options);
            var targets = document.References
                .Where(r => r.Citation.Url is not null)
                .Select(r => new LinkTarget(r.Citation.Url!.OriginalString)
                {
                    Source = r.Number.ToString(CultureInfo.InvariantCulture),
                    CitedTitle = r.Citation.Title?.Text,
                });
            await foreach (var result in checker.CheckAsync(targets.ToAsyncEnumerable(), cancellationToken).ConfigureAwait(false))
            {
                verdicts[int.Parse(result.Target.Source!, CultureInfo.InvariantCulture)] = result;
            }
        }

        // 3. Render and write the page.
        var html = BibliographyHtml.Render(document, verdicts, check);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pagePath))!);
            await File.WriteAllTextAsync(pagePath, html, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"BibliographyPage: cannot write {pagePath}: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        var badges = check
            ? string.Join(", ", verdicts.Values.GroupBy(v => LinkCheckNames.Of(v.Verdict)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))
            : "links not checked";
        await output.WriteLineAsync($"BibliographyPage: {document.References.Length} references ({badges})").ConfigureAwait(false);
        await output.WriteLineAsync($"wrote {Path.GetFullPath(pagePath)}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The folder holding the solution, found by walking up from the program's folder; <see langword="null"/> outside the repository.</summary>
    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AseanAi.Citations.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
