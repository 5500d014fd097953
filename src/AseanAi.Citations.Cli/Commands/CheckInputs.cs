using System.Runtime.CompilerServices;
using AseanAi.Citations.Cli.Input;
using AseanAi.Citations.Parsing;
using AseanAi.Citations.Web.Documents;
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

    /// <summary>
    /// Reads the files one by one (decoded as <c>cite parse</c> decodes them: BOM, else <paramref name="encoding"/> when
    /// given, else UTF-8 or a detected CJK legacy encoding) and streams their links, found through the document reader for the file's format so that links in
    /// reference lists carry the title they cite.
    /// </summary>
    public static async IAsyncEnumerable<LinkTarget> ReadTargetsAsync(IReadOnlyList<string> files, System.Text.Encoding? encoding, Stream standardInput, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            InputText input;
            try
            {
                input = await InputDecoder.ReadAsync(file, encoding, standardInput, cancellationToken).ConfigureAwait(false);
            }
            catch (InputException exception)
            {
                throw new CheckInputException(exception.Message);
            }

            foreach (var target in await LinkExtractor.ExtractAsync(input.Text, ReportPath(file), DocumentInput.ReaderFor(file), cancellationToken).ConfigureAwait(false))
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
}
