using AseanAi.Citations.Csl;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Markdig;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Publishers;
using AseanAi.Citations.Text;
using AseanAi.Citations.Web;
using AseanAi.Citations.Web.LinkChecking;
using Markdig;
using Microsoft.Extensions.DependencyInjection;

namespace AseanAi.Citations.Samples.Tests.Readme;

/// <summary>
/// The C# examples of the README, each between the markers of its method, exactly as the README shows them (without
/// their using directives, which are at the top of this file). <see cref="ReadmeExamplesTests"/> checks that the README
/// and this file agree and runs every example.
/// </summary>
internal static class ReadmeExamples
{
    public static (Citation Citation, string Json, Citation Again, string Edtf) Model()
    {
        // README begin
        var citation = new Citation
        {
            Type = SourceType.GovernmentDocument,
            Title = new LocalizedText("日ASEAN・AI共創イニシアティブ", "ja")
                .WithTranslation(new LocalizedText("Japan-ASEAN AI Co-Creation Initiative", "en")),
            Authors = [Contributor.ForOrganization(PublisherRef.Known("jp.mofa", "外務省"))],
            Publisher = PublisherRef.Known("jp.mofa", "外務省"),
            Issued = CitationDate.FromParts(2025, 10, 26).WithOriginalText("令和7年10月26日"),
            Url = new Uri("https://www.mofa.go.jp/mofaj/files/100927259.pdf"),
            Language = "ja",
        };

        string json = CitationJson.Serialize(citation, indented: true);
        Citation again = CitationJson.Deserialize(json);                  // equal to citation
        string edtf = citation.Issued.ToEdtf();                           // "2025-10-26"
        // README end
        return (citation, json, again, edtf);
    }

    public static (CitationDate Reiwa, CitationDate Minguo, bool Same, bool Known, Publisher? Meti, bool ByHost, Publisher? Jst) DatesAndPublishers()
    {
        // README begin
        CitationDate reiwa = CitationDate.Parse("令和7年10月26日");           // 2025-10-26, original text kept
        CitationDate minguo = CitationDate.Parse("民國114年3月");             // 2025-03
        bool same = ScriptFolding.Key("經濟產業省") == ScriptFolding.Key("经济产业省");
        bool known = PublisherRegistry.Default.TryResolve("経産省", out Publisher? meti);  // meti.Id == "jp.meti"
        bool byHost = PublisherRegistry.Default.TryResolveUrl(new Uri("https://spap.jst.go.jp/"), out Publisher? jst);  // "jp.jst"
        // README end
        return (reiwa, minguo, same, known, meti, byHost, jst);
    }

    /// <summary>Runs from the repository root, as the README's relative path to the seed expects.</summary>
    public static async Task<(Citation Reference, CitedDocument Document, IReadOnlyList<string> Entries)> ParsingAndFormatting()
    {
        // README begin
        ParseResult<Citation> parsed = ReferenceParser.Default.Parse(
            "外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf");
        Citation reference = parsed.Value!;                 // publisher jp.mofa, issued 2025-10-26, a government document

        using TextReader seed = File.OpenText("seeds/000_ac0a5415ceaa11bb.txt");
        CitedDocument document = await PlainTextDocumentReader.Instance.ReadAsync(seed);
        // document.References: the 12 references and their categories; document.Links: the sentences that cite them
        // README end
        // README begin
        var processor = new CslProcessor(CslStyle.BuiltIn("gbt7714-numeric"));
        IReadOnlyList<string> entries = processor.FormatBibliography(CslItems.FromCitations(document.References.Select(r => r.Citation)));
        // [1] 外務省. 日ASEAN・AI共創イニシアティブ[R/OL]. 外務省, 2025. https://www.mofa.go.jp/mofaj/files/100927259.pdf.
        // README end
        return (reference, document, entries);
    }

    public static (string Bib, ParseResult<IReadOnlyList<Citation>> Read, string CslJson) Interchange(IReadOnlyList<Citation> citations, string risText)
    {
        // README begin
        string bib = BibTeX.Write(citations);
        ParseResult<IReadOnlyList<Citation>> read = Ris.Read(risText);     // diagnostics with line and column
        string cslJson = CslJson.Write(citations);                         // for Pandoc, Zotero, citeproc-js
        // README end
        return (bib, read, cslJson);
    }

    /// <summary>Writes one line per link to the console, as the README shows.</summary>
    public static async Task LinkChecking(string markdownText)
    {
        // README begin
        using var checker = new LinkChecker(new LinkCheckerOptions { MaxConcurrencyPerHost = 4 });
        IReadOnlyList<LinkTarget> targets = LinkExtractor.Extract(markdownText, "docs/refs.md");
        await foreach (LinkCheckResult result in checker.CheckAsync(targets.ToAsyncEnumerable()))
        {
            Console.WriteLine($"{result.Verdict} {result.Target.Url}");
        }
        // README end
    }

    public static IServiceCollection DependencyInjection(IServiceCollection services)
    {
        // README begin
        services.AddAseanAiCitations(options => options.Style = "sist02");
        services.AddCitationLinkChecker(options => options.UserAgent = "MyDocsBot/1.0 (+https://example.org/bot)");
        // README end
        return services;
    }

    public static string MarkdownCitations()
    {
        // README begin
        var options = new CitationMarkdownOptions { Style = CslStyle.BuiltIn("apa"), Bibliography = CitationBibliography.Load("refs.json").GetValueOrThrow() };
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseCitations(options).Build();
        string html = Markdown.ToHtml("日本は協力を表明した[@mofa2025, p. 2]。", pipeline);   // span.citation → div#ref-mofa2025.csl-entry
        // README end
        return html;
    }
}
