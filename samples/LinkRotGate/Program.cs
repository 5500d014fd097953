using System.Text;
using LinkRotGate;

// dotnet run --project samples/LinkRotGate [-- DOCS_FOLDER] [--fail-after N] [--out DIR] [--cache FILE] [--cache-ttl HOURS] [--timeout SECONDS]
Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await LinkRotGateRun.RunAsync(args, Console.Out, Console.Error, cancel.Token);
