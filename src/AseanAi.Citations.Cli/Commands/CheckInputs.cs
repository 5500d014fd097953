using System.Runtime.CompilerServices;
using System.Text;
using AseanAi.Citations.Web.LinkChecking;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>An input that cannot be found or read; <c>cite check</c> exits with <see cref="ExitCodes.InputError"/>.</summary>
internal sealed class CheckInputException(string message) : Exception(message);

/// <summary>Turns <c>FILE|DIR|GLOB|-</c> arguments into documents and their links.</summary>
internal static class CheckInputs
{
    /// <summary>The files a folder contributes: documents that hold links.</summary>
    private static readonly string[] DocumentExtensions = [".md", ".markdown", ".txt", ".html", ".htm", ".xhtml", ".rst", ".adoc"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Resolves every argument to files (or <c>-</c>) before any request is made, so that a typo fails at once.</summary>
    /// <exception cref="CheckInputException">An argument names nothing.</exception>
    public static List<string> Resolve(IReadOnlyList<string> arguments, string workingDirectory)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add("-");
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" || part.StartsWith('.')))
                    .Order(StringComparer.Ordinal));
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                var rooted = Path.IsPathRooted(argument);
                var root = rooted ? Path.GetPathRoot(argument)! : workingDirectory;
                matcher.AddInclude(rooted ? argument[root.Length..] : argument);
                var matches = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
                if (matches.Count == 0)
                {
                    throw new CheckInputException($"no file matches '{argument}'");
                }

                files.AddRange(matches.Select(m => rooted ? m : Path.GetRelativePath(workingDirectory, m)));
            }
            else
            {
                throw new CheckInputException($"no such file or directory: {argument}");
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Reads the files one by one and streams their links.</summary>
    public static async IAsyncEnumerable<LinkTarget> ReadTargetsAsync(IReadOnlyList<string> files, TextReader standardInput, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var text = file == "-" ? await standardInput.ReadToEndAsync(cancellationToken).ConfigureAwait(false) : await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            foreach (var target in LinkExtractor.Extract(text, ReportPath(file)))
            {
                yield return target;
            }
        }
    }

    /// <summary>The path as reports show it: relative to the working directory when inside it, with forward slashes.</summary>
    public static string ReportPath(string file)
    {
        if (file == "-")
        {
            return "-";
        }

        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    private static async Task<string> ReadAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CheckInputException($"cannot read {file}: {exception.Message}");
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            throw new CheckInputException($"{file} is not UTF-8 text (invalid byte at offset {exception.Index + start}); convert it to UTF-8 first");
        }
    }
}
