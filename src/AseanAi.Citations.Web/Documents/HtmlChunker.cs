using System.Runtime.CompilerServices;
using System.Text;

namespace AseanAi.Citations.Web.Documents;

/// <summary>A piece of an HTML document and where it starts in the whole (0-based offset, 1-based line and column).</summary>
internal readonly record struct HtmlChunk(string Html, int Offset, int Line, int Column);

/// <summary>
/// Cuts an HTML document into pieces that can be parsed one at a time, in one streaming pass, so that reading a long
/// page holds one piece rather than the whole DOM. A piece ends just before the start tag of a block element (p, li,
/// h1–h6, div, …) once it holds <see cref="TargetLength"/> characters, but never inside a comment, a raw-text element
/// (script, style, textarea, title), or a pre, table, select, template, svg or math element, where cutting would change
/// what the parser builds. A document shorter than <see cref="TargetLength"/> is one piece, parsed exactly as a whole.
/// </summary>
/// <remarks>
/// When no such place comes within <see cref="MaxLength"/> characters (a giant table or script), the piece is cut at
/// the next tag anyway, and the rest of an over-long comment or raw-text element is skipped rather than held: its
/// content is never read as text. Memory is therefore bounded by <see cref="MaxLength"/> whatever the input.
/// Elements nested deeper than <see cref="MaxDepth"/> within a piece (counted from its start tags and end tags) also
/// end the piece at the next start tag: HTML5 tree construction scans the stack of open elements for every tag, so
/// 200,000 nested <c>div</c>s in one piece take minutes, while browsers stop nesting at a few hundred levels too.
/// One instance reads one document and is not shared between threads.
/// </remarks>
internal sealed class HtmlChunker
{
    /// <summary>The length from which a piece ends at the next safe block boundary.</summary>
    public const int TargetLength = 64 * 1024;

    /// <summary>The length from which a piece ends at the next tag, safe or not.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>The nesting depth within a piece from which the piece ends at the next start tag, safe or not.</summary>
    public const int MaxDepth = 512;

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];
    private static readonly string[] UnsafeContainers = ["pre", "listing", "table", "select", "template", "svg", "math"];
    private static readonly string[] TableParts = ["tr", "td", "th", "tbody", "thead", "tfoot", "caption", "option"];
    private static readonly string[] BlockElements =
        ["p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "dl", "section", "article", "blockquote", "header", "footer", "main", "aside", "figure", "hr", "nav"];

    // Elements that never nest (void elements) or that the next sibling closes without an end tag: they do not add to the
    // nesting depth, so that a long list or table written without end tags is not taken for deep nesting.
    private static readonly string[] NonNesting =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
         "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rp", "rtc"];

    private readonly StringBuilder _chunk = new();
    private readonly StringBuilder _tagName = new();
    private readonly int _targetLength;
    private readonly int _maxLength;

    private State _state = State.Text;
    private int _offset;
    private int _line = 1;
    private int _column = 1;
    private bool _afterCarriageReturn;

    private (int Offset, int Line, int Column) _chunkStart = (0, 1, 1);
    private (int Index, int Offset, int Line, int Column) _tagStart;
    private bool _closingTag;
    private char _quote;
    private string? _rawElement;
    private int _rawMatch;
    private int _dashes;
    private int _commentLength;
    private int _unsafeDepth;
    private int _depth;
    private bool _skipping;

    public HtmlChunker(int targetLength = TargetLength, int maxLength = MaxLength)
    {
        _targetLength = targetLength;
        _maxLength = Math.Max(targetLength, maxLength);
    }

    private enum State
    {
        Text,
        TagOpen,
        TagName,
        InTag,
        MarkupDeclaration,
        Comment,
        RawText,
    }

    /// <summary>Reads <paramref name="reader"/> to its end, yielding the pieces in order.</summary>
    public static async IAsyncEnumerable<HtmlChunk> SplitAsync(
        TextReader reader,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        int targetLength = TargetLength,
        int maxLength = MaxLength)
    {
        var chunker = new HtmlChunker(targetLength, maxLength);
        var buffer = new char[8192];
        var ready = new List<HtmlChunk>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            for (var i = 0; i < count; i++)
            {
                chunker.Add(buffer[i], ready);
            }

            foreach (var chunk in ready)
            {
                yield return chunk;
            }

            ready.Clear();
        }

        if (chunker.Flush(chunker._chunk.Length, default) is { } last)
        {
            yield return last;
        }
    }

    private void Add(char c, List<HtmlChunk> ready)
    {
        if (_skipping)
        {
            // The rest of an over-long comment or raw-text element: watch for its end without keeping it.
            Advance(c);
            if (_state == State.Comment ? EndsComment(c) : EndsRawText(c))
            {
                _skipping = false;
                _state = _state == State.Comment ? State.Text : State.InTag;
                _closingTag = true;
                _tagName.Clear();
                if (_state == State.Text)
                {
                    _chunkStart = (_offset, _line, _column);
                }
                else
                {
                    // Keep the end tag itself so that the next piece starts in a known state.
                    _chunkStart = (_offset - _rawElement!.Length - 2, _line, Math.Max(1, _column - _rawElement.Length - 2));
                    _chunk.Append("</").Append(_rawElement);
                    _tagStart = (0, _chunkStart.Offset, _chunkStart.Line, _chunkStart.Column);
                }
            }

            return;
        }

        var index = _chunk.Length;
        _chunk.Append(c);
        var (offset, line, column) = (_offset, _line, _column);
        Advance(c);
        if (_state is State.TagOpen or State.TagName or State.InTag or State.MarkupDeclaration && index - _tagStart.Index >= _maxLength)
        {
            // A tag that never ends (an unclosed quote): read on as text rather than wait for it.
            _state = State.Text;
        }

        switch (_state)
        {
            case State.Text:
                if (c == '<')
                {
                    _tagStart = (index, offset, line, column);
                    _state = State.TagOpen;
                }

                break;
            case State.TagOpen:
                _tagName.Clear();
                _closingTag = c == '/';
                if (c == '!')
                {
                    _state = State.MarkupDeclaration;
                    _dashes = 0;
                }
                else if (c == '/')
                {
                    _state = State.TagName;
                }
                else if (char.IsAsciiLetter(c))
                {
                    _tagName.Append(char.ToLowerInvariant(c));
                    _state = State.TagName;
                }
                else
                {
                    _state = State.Text;
                }

                break;
            case State.TagName:
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (_tagName.Length < 16)
                    {
                        _tagName.Append(char.ToLowerInvariant(c));
                    }
                }
                else if (c == '>')
                {
                    EndTag(ready);
                }
                else
                {
                    _quote = '\0';
                    _state = State.InTag;
                }

                break;
            case State.InTag:
                if (_quote != '\0')
                {
                    _quote = c == _quote ? '\0' : _quote;
                }
                else if (c is '"' or '\'')
                {
                    _quote = c;
                }
                else if (c == '>')
                {
                    EndTag(ready);
                }

                break;
            case State.MarkupDeclaration:
                // <!-- opens a comment; <!DOCTYPE …> and <![CDATA[…]]> end at the next >.
                if (c == '-' && ++_dashes == 2 && _chunk.Length - 1 == _tagStart.Index + 3)
                {
                    _state = State.Comment;
                    _dashes = 0;
                    _commentLength = 0;
                }
                else if (c == '>')
                {
                    _state = State.Text;
                }

                break;
            case State.Comment:
                if (EndsComment(c))
                {
                    _state = State.Text;
                }
                else if (_chunk.Length >= _maxLength + _targetLength)
                {
                    StartSkipping(ready);
                }

                break;
            case State.RawText:
                if (EndsRawText(c))
                {
                    _state = State.InTag;
                    _closingTag = true;
                    _tagName.Clear();
                }
                else if (_chunk.Length >= _maxLength + _targetLength)
                {
                    StartSkipping(ready);
                }

                break;
        }
    }

    private void EndTag(List<HtmlChunk> ready)
    {
        _state = State.Text;
        var name = _tagName.ToString();
        if (_closingTag)
        {
            if (Array.IndexOf(UnsafeContainers, name) >= 0 && _unsafeDepth > 0)
            {
                _unsafeDepth--;
            }

            if (_depth > 0 && Array.IndexOf(NonNesting, name) < 0)
            {
                _depth--;
            }

            return;
        }

        var nests = Array.IndexOf(NonNesting, name) < 0 && !(_chunk.Length >= 2 && _chunk[^2] == '/');
        if (nests && _depth >= MaxDepth && _tagStart.Index > 0)
        {
            // Too deep for one piece: end it here whatever the context; the new piece starts with this element open.
            CutBeforeTag(ready);
            _depth = 0;
            _unsafeDepth = 0;
        }

        if (nests)
        {
            _depth++;
        }

        if (Array.IndexOf(RawTextElements, name) >= 0)
        {
            _state = State.RawText;
            _rawElement = name;
            _rawMatch = 0;
            return;
        }

        if (Array.IndexOf(UnsafeContainers, name) >= 0)
        {
            _unsafeDepth++;
            return;
        }

        // A safe boundary once the piece is long enough; past the maximum, any block or table-row boundary, so that a
        // giant table is cut between rows (cell text is not read as references, paragraphs inside cells still are).
        var isBlock = Array.IndexOf(BlockElements, name) >= 0;
        var cut = _tagStart.Index >= _targetLength && ((isBlock && _unsafeDepth == 0) || (_tagStart.Index >= _maxLength && (isBlock || Array.IndexOf(TableParts, name) >= 0)));
        if (cut && CutBeforeTag(ready))
        {
            _depth = nests ? 1 : 0;
        }
    }

    /// <summary>Ends the piece just before the tag being read, which then starts the next piece; whether a piece was made.</summary>
    private bool CutBeforeTag(List<HtmlChunk> ready)
    {
        if (Flush(_tagStart.Index, (_tagStart.Offset, _tagStart.Line, _tagStart.Column)) is not { } piece)
        {
            return false;
        }

        _tagStart = (0, _tagStart.Offset, _tagStart.Line, _tagStart.Column);
        ready.Add(piece);
        return true;
    }

    /// <summary>Ends the current piece before <paramref name="end"/>; what follows starts the next piece, at <paramref name="next"/>.</summary>
    private HtmlChunk? Flush(int end, (int Offset, int Line, int Column) next)
    {
        if (end <= 0)
        {
            return null;
        }

        var html = _chunk.ToString(0, end);
        var start = _chunkStart;
        _chunk.Remove(0, end);
        _chunkStart = next;
        return new HtmlChunk(html, start.Offset, start.Line, start.Column);
    }

    private void StartSkipping(List<HtmlChunk> ready)
    {
        if (Flush(_chunk.Length, (_offset, _line, _column)) is { } chunk)
        {
            ready.Add(chunk);
        }

        _skipping = true;
    }

    private bool EndsComment(char c)
    {
        // --> ends a comment; so do <!--> and <!---> right after the opening, as HTML5 parsers read them.
        if (c == '>' && (_dashes >= 2 || _commentLength == _dashes))
        {
            return true;
        }

        _commentLength++;
        _dashes = c == '-' ? _dashes + 1 : 0;
        return false;
    }

    /// <summary>Whether <paramref name="c"/> completes <c>&lt;/name</c> of the open raw-text element.</summary>
    private bool EndsRawText(char c)
    {
        var element = _rawElement!;
        var expected = _rawMatch switch
        {
            0 => '<',
            1 => '/',
            _ => element[_rawMatch - 2],
        };
        if (char.ToLowerInvariant(c) == expected)
        {
            _rawMatch++;
            if (_rawMatch == element.Length + 2)
            {
                _rawMatch = 0;
                return true;
            }

            return false;
        }

        _rawMatch = c == '<' ? 1 : 0;
        return false;
    }

    private void Advance(char c)
    {
        _offset++;
        if (c == '\n')
        {
            if (!_afterCarriageReturn)
            {
                _line++;
            }

            _column = 1;
            _afterCarriageReturn = false;
            return;
        }

        _afterCarriageReturn = c == '\r';
        if (_afterCarriageReturn)
        {
            _line++;
            _column = 1;
            return;
        }

        _column++;
    }
}
