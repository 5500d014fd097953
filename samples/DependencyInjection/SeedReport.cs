using AseanAi.Citations.Csl;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.Extensions.Hosting;

namespace DependencyInjectionSample;

/// <summary>Where the document to report on is.</summary>
internal sealed record SeedReportSettings(string Path)
{
    private const string SeedName = "000_ac0a5415ceaa11bb.txt";

    /// <summary>Finds seeds/000_ac0a5415ceaa11bb.txt in the current directory or above it.</summary>
    public static string FindSeed()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "seeds", SeedName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return System.IO.Path.Combine("seeds", SeedName);
    }
}

/// <summary>Runs once: every service it uses comes from the container.</summary>
internal sealed class SeedReport(
    SeedReportSettings settings,
    PlainTextDocumentReader reader,
    CitedDocumentOptions documentOptions,
    CslProcessor formatter,
    ILinkChecker linkChecker,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Environment.ExitCode = await RunAsync(stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Path))
        {
            Console.Error.WriteLine($"error: the document '{settings.Path}' does not exist.");
            return 2;
        }

        var text = await File.ReadAllTextAsync(settings.Path, cancellationToken);
        var document = await reader.ReadTextAsync(text, documentOptions, cancellationToken);
        Console.WriteLine($"{document.Title} ({document.Language}): {document.References.Length} references");
        foreach (var reference in document.References)
        {
            var citation = reference.Citation;
            Console.WriteLine($"  [{reference.Number}] {reference.Category,-10} {citation.Publisher?.Id ?? "-",-12} {citation.Issued?.ToEdtf() ?? "-",-10} {citation.Title?.Text}");
        }

        Console.WriteLine();
        Console.WriteLine($"Bibliography ({formatter.Locale}):");
        foreach (var entry in formatter.FormatBibliography(CslItems.FromCitations(document.References.Select(r => r.Citation))))
        {
            Console.WriteLine("  " + entry);
        }

        Console.WriteLine();
        Console.WriteLine("Links:");
        var targets = await LinkExtractor.ExtractAsync(text, settings.Path, reader, cancellationToken);
        var counts = new Dictionary<LinkVerdict, int>();
        await foreach (var result in linkChecker.CheckAsync(targets.ToAsyncEnumerable(), cancellationToken))
        {
            counts[result.Verdict] = counts.GetValueOrDefault(result.Verdict) + 1;
            Console.WriteLine($"  {LinkCheckNames.Of(result.Verdict),-10} {result.Target.Url}{(result.Detail is null ? "" : "  (" + result.Detail + ")")}");
        }

        Console.WriteLine($"{targets.Count} links: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {LinkCheckNames.Of(c.Key)}"))}");
        return 0;
    }
}
