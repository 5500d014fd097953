using System.Diagnostics.CodeAnalysis;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// One entry point for the interchange formats: names them as the command line does (<c>csl-json</c>, <c>biblatex</c>,
/// <c>bibtex</c>, <c>ris</c>), tells which one a text is in, and reads and writes any of them.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class CitationInterchange
{
    /// <summary>The formats' names, in the order of <see cref="InterchangeFormat"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csl-json", "biblatex", "bibtex", "ris"];

    /// <summary>The name of a format: <c>csl-json</c>, <c>biblatex</c>, <c>bibtex</c> or <c>ris</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string NameOf(InterchangeFormat format) =>
        Enum.IsDefined(format) ? Names[(int)format] : throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown interchange format.");

    /// <summary>Reads a format's name, ignoring case.</summary>
    /// <param name="name">A name such as <c>csl-json</c>, <c>bib</c> or <c>RIS</c>.</param>
    /// <param name="format">The format when the name is known.</param>
    /// <returns><see langword="true"/> for a known name.</returns>
    public static bool TryParseName([NotNullWhen(true)] string? name, out InterchangeFormat format)
    {
        InterchangeFormat? found = name?.Trim().ToUpperInvariant() switch
        {
            "CSL-JSON" or "CSLJSON" or "CSL" or "JSON" => InterchangeFormat.CslJson,
            "BIBLATEX" or "BIB" => InterchangeFormat.BibLaTeX,
            "BIBTEX" => InterchangeFormat.BibTeX,
            "RIS" => InterchangeFormat.Ris,
            _ => null,
        };
        format = found ?? default;
        return found is not null;
    }

    /// <summary>
    /// Tells which interchange format a text is in: a JSON array of objects or a JSON object is CSL-JSON, a line starting
    /// <c>TY  - </c> is RIS, a line starting with <c>@type{</c> is BibTeX (reported as <see cref="InterchangeFormat.BibLaTeX"/>,
    /// since one reader reads both).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The format, or <see langword="null"/> when the text is in none of them (a reference list or document, say).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <remarks>Looks at the start of the text only (the first 64 KiB), so that it is cheap on large files.</remarks>
    public static InterchangeFormat? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 65536)).TrimStart("\uFEFF \t\r\n");
        if (head.IsEmpty)
        {
            return null;
        }

        // A JSON array of objects, or an object: "[1] 王小明. …" is a numbered reference, not JSON.
        if (head[0] is '[' or '{')
        {
            var next = head[1..].TrimStart(" \t\r\n");
            if (!next.IsEmpty && ((head[0] == '[' && next[0] is '{' or ']') || (head[0] == '{' && next[0] is '"' or '}')))
            {
                return InterchangeFormat.CslJson;
            }
        }

        while (!head.IsEmpty)
        {
            var newline = head.IndexOf('\n');
            var line = (newline < 0 ? head : head[..newline]).TrimEnd('\r');
            head = newline < 0 ? [] : head[(newline + 1)..];
            if (line.StartsWith("TY  -", StringComparison.Ordinal) || line.StartsWith("TY - ", StringComparison.Ordinal))
            {
                return InterchangeFormat.Ris;
            }

            var trimmed = line.TrimStart();
            if (trimmed.Length > 1 && trimmed[0] == '@' && char.IsAsciiLetter(trimmed[1]))
            {
                var i = 1;
                while (i < trimmed.Length && char.IsAsciiLetter(trimmed[i]))
                {
                    i++;
                }

                var rest = trimmed[i..].TrimStart();
                if (!rest.IsEmpty && rest[0] is '{' or '(')
                {
                    return InterchangeFormat.BibLaTeX;
                }
            }
        }

        return null;
    }

    /// <summary>Reads a text in a format.</summary>
    /// <param name="text">The text.</param>
    /// <param name="format">Its format; <see cref="InterchangeFormat.BibTeX"/> and <see cref="InterchangeFormat.BibLaTeX"/> read alike.</param>
    /// <returns>The citations with diagnostics; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static ParseResult<IReadOnlyList<Citation>> Read(string text, InterchangeFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format switch
        {
            InterchangeFormat.CslJson => CslJson.Read(text),
            InterchangeFormat.BibLaTeX or InterchangeFormat.BibTeX => BibTeX.Read(text),
            InterchangeFormat.Ris => Ris.Read(text),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown interchange format."),
        };
    }

    /// <summary>Writes citations in a format.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations, InterchangeFormat format) =>
        WriteTo(output, citations, format, InterchangeWriteOptions.Default);

    /// <summary>Writes citations in a format, with choices.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">What to write besides the standard fields (bookkeeping, Unicode keys).</param>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void WriteTo(TextWriter output, IEnumerable<Citation> citations, InterchangeFormat format, InterchangeWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case InterchangeFormat.CslJson:
                output.Write(CslJson.Write(citations, indented: true, options));
                output.Write('\n');
                break;
            case InterchangeFormat.BibLaTeX:
                BibTeX.WriteTo(output, citations, BibTeXDialect.BibLaTeX, options);
                break;
            case InterchangeFormat.BibTeX:
                BibTeX.WriteTo(output, citations, BibTeXDialect.BibTeX, options);
                break;
            case InterchangeFormat.Ris:
                Ris.WriteTo(output, citations, options);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown interchange format.");
        }
    }

    /// <summary>Writes citations in a format.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citations"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Write(IEnumerable<Citation> citations, InterchangeFormat format) =>
        Write(citations, format, InterchangeWriteOptions.Default);

    /// <summary>Writes citations in a format, with choices.</summary>
    /// <param name="citations">The citations, in order.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">What to write besides the standard fields (bookkeeping, Unicode keys).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the citations is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Write(IEnumerable<Citation> citations, InterchangeFormat format, InterchangeWriteOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer, citations, format, options);
        return writer.ToString();
    }
}
