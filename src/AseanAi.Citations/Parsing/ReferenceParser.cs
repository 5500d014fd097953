using System.Collections.Immutable;
using AseanAi.Citations.Parsing.Internal;
using AseanAi.Citations.Publishers;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Reads one reference line, as people write them in Japanese, Chinese and English reference lists, into a
/// <see cref="Citation"/>: the Japanese 「」 style (外務省「題名」(令和7年10月26日) URL), Japanese Wikipedia's 『』 newspaper
/// style, Chinese title marks 《》〈〉, GB/T 7714-2015 with type codes ([M], [J], [EB/OL]), SIST 02, author–date forms,
/// Markdown links, footnote definitions and list markers.
/// </summary>
/// <remarks>
/// <para>
/// Parsing never throws for bad input: the result always holds a citation with what could be read (at least
/// <see cref="Citation.RawText"/>), and diagnostics say what was not understood, with line and column. Binary data,
/// unbalanced title marks and over-long lines give diagnostics; the time taken grows linearly with the line's length
/// and is capped by <see cref="ReferenceParserOptions.MaxLineLength"/>.
/// </para>
/// <para>Instances are immutable and thread-safe; create one and reuse it.</para>
/// </remarks>
public sealed class ReferenceParser
{
    private readonly PublisherLookup _publishers;
    private readonly Reading.LineReader _lineReader;

    /// <summary>Creates a parser with the default options.</summary>
    public ReferenceParser()
        : this(ReferenceParserOptions.Default)
    {
    }

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ReferenceParser(ReferenceParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _publishers = ReferenceEquals(options.Publishers, PublisherRegistry.Default) ? PublisherLookup.Default : new PublisherLookup(options.Publishers);
        _lineReader = ReferenceEquals(_publishers, PublisherLookup.Default) ? Reading.LineReader.Default : new Reading.LineReader(_publishers, Reading.RoleModel.Default);
    }

    /// <summary>A parser with the default options, shared.</summary>
    public static ReferenceParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public ReferenceParserOptions Options { get; }

    /// <summary>The publisher lookup of <see cref="ReferenceParserOptions.Publishers"/>, shared with the document builder.</summary>
    internal PublisherLookup Publishers => _publishers;

    /// <summary>Reads one reference line that stands alone.</summary>
    /// <param name="line">The line as written, with or without a list marker.</param>
    /// <returns>The citation with the diagnostics found; never a failure without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public ParseResult<Citation> Parse(string line) => Parse(line, ReferenceContext.None);

    /// <summary>Reads one reference line in its context: its place in a document and the heading it stands under.</summary>
    /// <param name="line">The line as written, with or without a list marker.</param>
    /// <param name="context">Where the line stands.</param>
    /// <returns>The citation with the diagnostics found; never a failure without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    public ParseResult<Citation> Parse(string line, ReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(context);

        // The citation is built once, by the reader; only a line it never sees gets this bare one.
        Citation Bare() => new()
        {
            Id = context.Id,
            RawText = line,
            Category = context.Category,
            Span = context.Span is { } span ? new SourceSpan(span.Offset, line.Length, span.Line, span.Column) : null,
        };

        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return ParseResult.FromValue(Bare(), [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Reference.Empty, "The line is empty.", context.SpanAt(0, 0))]);
        }

        Diagnostic? tooLong = null;
        if (end > Options.MaxLineLength)
        {
            tooLong = new Diagnostic(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.Reference.TooLong,
                FormattableString.Invariant($"The line is {end} characters long; only the first {Options.MaxLineLength} were read."),
                context.SpanAt(Options.MaxLineLength, end - Options.MaxLineLength));
            end = Options.MaxLineLength;
            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }
        }

        if (LooksBinary(line.AsSpan(0, end)) is { } binaryAt)
        {
            var notText = new Diagnostic(
                DiagnosticSeverity.Error,
                DiagnosticCodes.Reference.NotText,
                "The line holds control characters or undecodable bytes; it is not text.",
                context.SpanAt(binaryAt, 1));
            return ParseResult.FromValue(Bare(), tooLong is null ? [notText] : [tooLong, notText]);
        }

        var (citation, diagnostics) = _lineReader.Read(line, end, context);
        return ParseResult.FromValue(citation, tooLong is null ? diagnostics : diagnostics.Insert(0, tooLong));
    }

    /// <summary>Returns the offset of the first sign of binary data, or <see langword="null"/> for text.</summary>
    private static int? LooksBinary(ReadOnlySpan<char> text)
    {
        // Almost every line is clean: three vectorised searches settle it (no control character at all, no DEL or C1
        // control, no replacement character), faster than one search for the set. Only a line with a control character
        // (a tab counts) or one of the others is looked at closely.
        if (!text.ContainsAnyInRange('\u0000', '\u001F') && !text.ContainsAnyInRange('\u007F', '\u009F') && !text.Contains('\uFFFD'))
        {
            return null;
        }

        var suspicious = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\uFFFD' || c is >= '\u007F' and < '\u00A0')
            {
                suspicious++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        return suspicious > 0 && (suspicious * 20 >= text.Length || suspicious >= 8) ? first : null;
    }
}
