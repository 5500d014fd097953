using System.Text;
using SeedBibliography;

// dotnet run --project samples/SeedBibliography [-- path/to/document.txt]
Console.OutputEncoding = Encoding.UTF8;
return await SeedBibliographyReport.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
