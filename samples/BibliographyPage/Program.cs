using System.Text;
using BibliographyPage;

// dotnet run --project samples/BibliographyPage [-- DOCUMENT] [--output FILE.html] [--timeout SECONDS] [--no-check]
Console.OutputEncoding = Encoding.UTF8;
return await BibliographyPageRun.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
