using System.Net;
using System.Net.Sockets;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>Runs <c>cite</c> in process, capturing what it writes to standard output and standard error.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs with both streams redirected and no environment variables, as in a pipeline.</summary>
    public static Task<Run> RunAsync(params string[] args) => RunAsync(Environment(), args);

    public static async Task<Run> RunAsync(CliEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var exitCode = await CliApplication.RunAsync(args, output, error, environment, timeout.Token);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// An environment with the given variables; both streams redirected unless said otherwise; empty standard input; and
    /// a host resolver that knows only <c>localhost</c>, as on a machine without network, so that no test asks a DNS
    /// server outside the machine (links to 127.0.0.1 need no resolver).
    /// </summary>
    public static CliEnvironment Environment(
        IReadOnlyDictionary<string, string>? variables = null, bool outputIsTerminal = false, bool errorIsTerminal = false) =>
        new(name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            isOutputRedirected: !outputIsTerminal, isErrorRedirected: !errorIsTerminal, openStandardInput: () => new MemoryStream())
        {
            HostResolver = (host, _) => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(new[] { IPAddress.Loopback })
                : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)),
        };
}
