using AseanAi.Citations;
using AseanAi.Citations.Web;
using DependencyInjectionSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A Generic Host wiring everything through the two registration methods: parse the seed document, format its
// bibliography, and check its links. Usage: dotnet run --project samples/DependencyInjection [-- path/to/document.txt]
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

builder.Services.AddAseanAiCitations(options =>
{
    options.Style = "sist02";
    options.Locale = "ja-JP";
});

// Short, bounded timeouts: on a machine without internet every link ends as `error` within seconds.
builder.Services.AddCitationLinkChecker(options =>
{
    options.RequestTimeout = TimeSpan.FromSeconds(5);
    options.LinkTimeout = TimeSpan.FromSeconds(10);
    options.MaxRetries = 1;
    options.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
    options.MaxConcurrencyPerHost = 2;
    options.UserAgent = "AseanAi.Citations-DependencyInjectionSample/1.0";
});

builder.Services.AddSingleton(new SeedReportSettings(args.FirstOrDefault(a => !a.StartsWith('-')) ?? SeedReportSettings.FindSeed()));
builder.Services.AddHostedService<SeedReport>();

using var host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;
