using System.CommandLine;
using System.Net;
using System.Text;
using AseanAi.Citations.Csl;
using AseanAi.Citations.Markdig;
using Markdig;

namespace AseanAi.Citations.Cli.Commands;

/// <summary>
/// <c>cite render FILE.md... [--bibliography FILE]... [--style NAME|FILE.csl] [--locale TAG] [--format html|markdown] [-o OUT]</c>:
/// renders Markdown with Pandoc citations through the Markdig extension (AseanAi.Citations.Markdig), one standalone HTML
/// page (or Markdown with the citations resolved) per input. The documents' front matter (<c>bibliography</c>,
/// <c>csl</c>, <c>lang</c>, <c>references</c>, <c>nocite</c>) is read as Pandoc reads it; the options here are its defaults.
/// Exit codes: 0 rendered; 1 an input or a bibliography could not be read, or a document cites an unknown key or names
/// a bad bibliography or style (the page is still written, the problem listed on standard error); 3 a bad option.
/// </summary>
internal static class RenderCommand
{
    private static readonly string[] OutputFormats = ["html", "markdown"];

    public static Command Create(CliEnvironment environment)
    {
        _ = environment;
        var files = new Argument<string[]>("files")
        {
            Description = "Markdown files with Pandoc citations ([@key], @key [p. 4]).",
            Arity = ArgumentArity.OneOrMore,
        };
        var bibliography = new Option<string[]>("--bibliography", "-b")
        {
            Description = "A bibliography every input may cite: CSL-JSON (.json), BibLaTeX or BibTeX (.bib), RIS (.ris), YAML references (.yaml) or a reference list (one per line); repeat for more. Default: only those the front matter names.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var style = new Option<string?>("--style")
        {
            Description = "A built-in style (" + string.Join(", ", CslStyle.BuiltInNames) + ") or the path of a .csl file. Default: the front matter's csl, else chicago-author-date.",
            HelpName = "NAME|FILE",
        };
        var locale = new Option<string?>("--locale") { Description = "The locale to render in, such as ja-JP. Default: the front matter's lang, else the style's default locale.", HelpName = "TAG" };
        var format = new Option<string>("--format", "-f") { Description = "Output: html (a standalone page) or markdown (citations resolved in place). Default: html.", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong(OutputFormats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the page (the pages, as NAME.html or NAME.cited.md, into FILE as a folder when there are several inputs or it is one; without it several inputs are written beside themselves) to FILE instead of standard output.",
            HelpName = "FILE",
        };
        var config = CommonOptions.Config();

        var command = new Command("render", "Render Markdown with Pandoc citations to standalone HTML pages (or Markdown with citations resolved).")
        {
            files, bibliography, style, locale, format, output, config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var standardOutput = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var failed = false;

            // render has no section of its own in the config file; a broken file is still reported as on every verb.
            if (await ConfigSupport.LoadAsync(parse, config, error).ConfigureAwait(false) is null)
            {
                return ExitCodes.ConfigurationError;
            }

            CslStyle? chosenStyle = null;
            if (parse.GetValue(style) is { } styleName)
            {
                if (CslStyle.IsBuiltIn(styleName))
                {
                    chosenStyle = CslStyle.BuiltIn(styleName);
                }
                else if (!File.Exists(styleName))
                {
                    await error.WriteLineAsync($"cite: --style: '{styleName}' is neither a built-in style ({string.Join(", ", CslStyle.BuiltInNames)}) nor a file.").ConfigureAwait(false);
                    return ExitCodes.ConfigurationError;
                }
                else
                {
                    var loaded = CslStyle.Load(styleName);
                    if (loaded.Value is null)
                    {
                        await error.WriteLineAsync("cite: style: " + loaded.Diagnostics.FirstOrDefault()).ConfigureAwait(false);
                        return ExitCodes.InputError;
                    }

                    chosenStyle = loaded.Value;
                }
            }

            var entries = CitationBibliography.Empty;
            foreach (var path in parse.GetValue(bibliography) ?? [])
            {
                var read = CitationBibliography.Load(path);
                foreach (var diagnostic in read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    await error.WriteLineAsync($"cite: {path}:{diagnostic}").ConfigureAwait(false);
                }

                if (read.Value is null)
                {
                    return ExitCodes.InputError;
                }

                entries = entries.Concat(read.Value);
            }

            var options = new CitationMarkdownOptions { Style = chosenStyle, Locale = parse.GetValue(locale), Bibliography = entries };
            var markdownOutput = parse.GetValue(format) == "markdown";
            var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseCitations(options).Build();
            var inputs = parse.GetValue(files)!;
            var target = parse.GetValue(output);
            var intoFolder = target is not null && (inputs.Length > 1 || Directory.Exists(target) || target.EndsWith('/') || target.EndsWith(Path.DirectorySeparatorChar));
            foreach (var input in inputs)
            {
                string markdown;
                try
                {
                    markdown = await File.ReadAllTextAsync(input, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"cite: cannot read {input}: {exception.Message}").ConfigureAwait(false);
                    failed = true;
                    continue;
                }

                var result = markdownOutput ? CitationMarkdown.ToMarkdown(markdown, options, input) : CitationMarkdown.ToHtml(markdown, pipeline, input);
                foreach (var diagnostic in result.Diagnostics)
                {
                    await error.WriteLineAsync("cite: " + diagnostic).ConfigureAwait(false);
                }

                failed |= result.Diagnostics.Any(d => d.Diagnostic.Severity != DiagnosticSeverity.Info);
                var text = markdownOutput ? result.Text : Page(result, Path.GetFileNameWithoutExtension(input));
                var extension = markdownOutput ? ".cited.md" : ".html";
                var destination = target is null
                    ? inputs.Length == 1 ? null : Path.Combine(Path.GetDirectoryName(input) ?? ".", Path.GetFileNameWithoutExtension(input) + extension)
                    : intoFolder ? Path.Combine(target, Path.GetFileNameWithoutExtension(input) + extension) : target;
                if (destination is null)
                {
                    await standardOutput.WriteAsync(text).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    if (Path.GetDirectoryName(Path.GetFullPath(destination)) is { } folder)
                    {
                        Directory.CreateDirectory(folder);
                    }

                    await File.WriteAllTextAsync(destination, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"cite: cannot write {destination}: {exception.Message}").ConfigureAwait(false);
                    return ExitCodes.InputError;
                }
            }

            return failed ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A standalone HTML5 page around the rendered fragment: the document's language on <c>html</c> (so that browsers
    /// pick CJK glyphs for unmarked text too), its title, and a small style sheet for the bibliography's hanging indent,
    /// the number column of numeric styles and the target of a followed link.
    /// </summary>
    internal static string Page(CitationMarkdownResult result, string fallbackTitle)
    {
        var language = result.Language is { Length: > 0 } lang ? lang : "en";
        var page = new StringBuilder(result.Text.Length + 1024);
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"cite render (AseanAi.Citations)\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(result.Title ?? fallbackTitle)).Append("</title>\n")
            .Append("<style>\n")
            .Append("body { max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.6; font-family: system-ui, sans-serif; }\n")
            .Append(".csl-bib-body .csl-entry { margin: 0.5em 0 0.5em 2em; text-indent: -2em; }\n")
            .Append(".csl-left-margin { float: left; min-width: 3em; text-indent: 0; }\n")
            .Append(".csl-right-inline { margin-left: 3em; text-indent: 0; }\n")
            .Append(".citation-missing { color: #b00020; }\n")
            .Append(":target { background: #fff3b0; }\n")
            .Append("</style>\n</head>\n<body>\n")
            .Append(result.Text)
            .Append("</body>\n</html>\n");
        return page.ToString();
    }
}
