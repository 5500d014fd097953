using System.Text;
using DocsSite;

// dotnet run --project samples/DocsSite [-- --output FOLDER] [--keys]
Console.OutputEncoding = Encoding.UTF8;
return DocsSiteRun.Run(args, Console.Out, Console.Error);
