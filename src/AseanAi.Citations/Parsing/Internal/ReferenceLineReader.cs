using System.Buffers;
using System.Collections.Immutable;
using System.Text;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Reads one reference line into a citation. The reading is a sequence of claims on the text, most certain first:
/// list markers and Markdown syntax, URLs and DOIs, access dates with their markers, document numbers, GB/T type codes,
/// then title marks; what is left around the title is split into authors, container, publisher and dates. Every step
/// is a linear scan, so hostile input costs time in proportion to its length. One instance reads one line and is not
/// shared between threads.
/// </summary>
internal sealed partial class ReferenceLineReader
{
    private const int MaxMarkDepth = 32;
    private const int MaxDiagnosticsPerKind = 3;

    // Lists kept by a reader that is reused (ReferenceParser keeps one spare) are dropped past this capacity, so that a
    // hostile line does not leave large arrays behind.
    private const int MaxRetainedCapacity = 64;

    private readonly PublisherLookup _publishers;
    private string _text;
    private int _end;
    private ReferenceContext _context;
    private readonly List<Claim> _claims = new(12);
    private readonly List<MarkSpan> _marks = [];
    private readonly List<DateHit> _dates = new(4);
    private readonly List<DateHit> _dateScratch = new(4);
    private ImmutableArray<Diagnostic>.Builder? _diagnostics;
    private int _begin;
    private string? _id;
    private (int Start, int End)? _leadingLink;
    private string? _linkUrl;
    private string? _typeCode;
    private int _typeCodeStart = -1;
    private bool _hasNewspaperEdition;
    private bool _hasVolume;
    private string? _explicitPublisher;
    private string? _place;

    public ReferenceLineReader(string text, int end, ReferenceContext context, PublisherLookup publishers)
    {
        _text = text;
        _end = end;
        _context = context;
        _publishers = publishers;
    }

    /// <summary>Whether the reader's lists stayed small enough for it to be kept for another line.</summary>
    public bool IsWorthKeeping =>
        _claims.Capacity <= MaxRetainedCapacity && _marks.Capacity <= MaxRetainedCapacity && _dates.Capacity <= MaxRetainedCapacity
        && _dateScratch.Capacity <= MaxRetainedCapacity && _urls.Capacity <= MaxRetainedCapacity
        && _segments.Capacity <= MaxRetainedCapacity && _pieces.Capacity <= MaxRetainedCapacity && _contributors.Capacity <= MaxRetainedCapacity;

    /// <summary>
    /// Makes the reader as new for another line (every field back to its initial value), so that one instance can read
    /// line after line without allocating its state again. Not thread-safe: the caller owns the instance.
    /// </summary>
    public void Reset(string text, int end, ReferenceContext context)
    {
        _text = text;
        _end = end;
        _context = context;
        _claims.Clear();
        _marks.Clear();
        _dates.Clear();
        _dateScratch.Clear();
        _urls.Clear();
        _segments.Clear();
        _pieces.Clear();
        _structure.Reset();
        _diagnostics = null;
        _begin = 0;
        _id = null;
        _leadingLink = null;
        _linkUrl = null;
        _typeCode = null;
        _typeCodeStart = -1;
        _hasNewspaperEdition = false;
        _hasVolume = false;
        _explicitPublisher = null;
        _place = null;
        _doi = null;
        _urlHost = null;
        _accessed = null;
        _number = null;
        _page = null;
        _unclosedTitleStart = -1;
        _authorDate = false;
    }

    /// <summary>Gives a reader that was <see cref="Reset"/> after its last line the next one to read.</summary>
    public void Start(string text, int end, ReferenceContext context)
    {
        _text = text;
        _end = end;
        _context = context;
    }

    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics is null ? [] : _diagnostics.DrainToImmutable();

    public Citation Read()
    {
        _begin = SkipSpaces(0);
        ReadListMarker();
        ReadMarkdownLinks();
        ReadEmphasis();
        ReadUrls();
        ReadDoi();
        ReadDates();
        ReadAccessDates();
        ReadDocumentNumbers();
        ReadTypeCode();
        ReadMarks();
        ReadNewspaperEdition();

        var structure = _typeCodeStart >= 0 ? ReadGbtStructure() : ReadMarkedOrSegmentedStructure();
        return Build(structure);
    }

    private Citation Build(Structure structure)
    {
        var language = DetectLanguage(structure);
        var authors = ReadContributors(structure.Authors, structure.AuthorsStart, language, out var editors);
        if (authors is [{ Organization: { } press }] && structure.Container is null && IsNewsOrganization(press))
        {
            // 日本経済新聞「記事名」: the newspaper holds and publishes the article; it is not its author.
            structure.Container = press.Name;
            authors = [];
        }

        var issued = PickIssued(structure);
        var url = PickUrl();
        var publisher = PickPublisher(structure, authors, url);
        var title = structure.Title is { Length: > 0 } t ? new LocalizedText(t, language) : null;
        var container = structure.Container is { Length: > 0 } c ? new LocalizedText(c, ScriptLanguage.Detect(c, language) ?? language) : null;
        if (title is null)
        {
            Report(DiagnosticSeverity.Error, "reference.no-title", "No title was found in the reference.", _begin, _end - _begin);
        }

        var category = _context.Category;
        return new Citation
        {
            Id = _context.Id ?? _id,
            RawText = _text,
            Span = _context.Span is { } span ? new SourceSpan(span.Offset, _text.Length, span.Line, span.Column) : null,
            Title = title,
            Authors = authors,
            Editors = editors,
            ContainerTitle = container,
            Publisher = publisher,
            PublisherPlace = _place,
            Issued = issued,
            Accessed = _accessed,
            Url = url,
            Doi = _doi,
            Number = _number,
            Page = _page,
            Language = language,
            Category = category,
            Type = PickType(url, title, category, publisher, structure),
        };
    }

    /// <summary>Resolves a name through the registry; the lookup remembers its answers across lines.</summary>
    private PublisherRef? Resolve(string name) => _publishers.Resolve(name);

    private bool IsNewsOrganization(PublisherRef organization) =>
        (organization.Id is { } id && _publishers.RoleOf(id) == PublisherRole.NewsMedia) || IsNewspaperName(organization.Name);

    // ---- Step 1: list markers and footnote labels -------------------------------------------------------------

    private void ReadListMarker()
    {
        var i = _begin;
        if (i >= _end)
        {
            return;
        }

        // Markdown block quote and Wikipedia's caret, possibly followed by back-reference letters (^ a b).
        while (i < _end && _text[i] == '>')
        {
            i = SkipSpaces(i + 1);
        }

        if (i < _end && _text[i] == '^')
        {
            i = SkipSpaces(i + 1);
            while (i + 1 < _end && _text[i] is >= 'a' and <= 'z' && _text[i + 1] == ' ')
            {
                i = SkipSpaces(i + 1);
            }
        }

        if (i > _begin)
        {
            Claim(_begin, i, ClaimKind.Syntax);
            _begin = i;
        }

        var c = i < _end ? _text[i] : '\0';

        // Footnote definition [^id]: and numbered [1] ［1］ 【1】.
        if (c is '[' or '［' or '【')
        {
            var close = c switch { '[' => ']', '［' => '］', _ => '】' };
            var j = i + 1;
            var footnote = j < _end && _text[j] == '^';
            if (footnote)
            {
                j++;
            }

            var labelStart = j;
            while (j < _end && j - labelStart <= 40 && _text[j] != close && _text[j] is not ('[' or ']' or ' '))
            {
                j++;
            }

            if (j < _end && _text[j] == close && j > labelStart)
            {
                var label = _text[labelStart..j];
                if (footnote && j + 1 < _end && _text[j + 1] == ':')
                {
                    _id = label;
                    Claim(_begin, j + 2, ClaimKind.Syntax);
                    _begin = SkipSpaces(j + 2);
                    return;
                }

                if (!footnote && IsAllDigits(label))
                {
                    _id = ToAsciiDigits(label);
                    Claim(_begin, j + 1, ClaimKind.Syntax);
                    _begin = SkipSpaces(j + 1);
                    return;
                }
            }
        }

        // Bullets: - * + ・ • ● ◆ ■ ◇ □ ○ ※ ▪ and circled numbers ① to ⑳.
        if (c is '-' or '*' or '+' or '•' or '●' or '◆' or '■' or '◇' or '□' or '○' or '▪' or '‣' or '–')
        {
            if (i + 1 < _end && _text[i + 1] is ' ' or '\t' or '\u3000')
            {
                Finish(i + 1, null);
                return;
            }
        }

        if (c is '・' or '※' or '＊')
        {
            Finish(i + 1, null);
            return;
        }

        if (c is >= '\u2460' and <= '\u2473')
        {
            Finish(i + 1, ((c - '\u2460') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        // Numbers: 1. 1) 1、 1: (1) （1）.
        var k = i;
        var open = k < _end && _text[k] is '(' or '（';
        if (open)
        {
            k++;
        }

        var digitsStart = k;
        while (k < _end && k - digitsStart < 5 && IsDigit(_text[k]))
        {
            k++;
        }

        if (k > digitsStart && k < _end)
        {
            var number = ToAsciiDigits(_text[digitsStart..k]);
            var after = _text[k];
            if (open && after is ')' or '）')
            {
                Finish(k + 1, number);
                return;
            }

            if (!open && (after is '、' or '．' or ')' or '）' || (after is '.' or ':' && (k + 1 >= _end || _text[k + 1] is ' ' or '\t' or '\u3000' || !IsDigit(_text[k + 1])))))
            {
                // "2011." is a year in author–date lists, not a list number: only take short numbers.
                if (number.Length <= 3)
                {
                    Finish(k + 1, number);
                }
            }
        }

        void Finish(int markerEnd, string? id)
        {
            _id = id;
            Claim(_begin, markerEnd, ClaimKind.Syntax);
            _begin = SkipSpaces(markerEnd);
        }
    }

    // ---- Step 2: Markdown links [text](url) and <url> ----------------------------------------------------------

    private void ReadMarkdownLinks()
    {
        var i = _begin;
        while (i < _end)
        {
            var open = _text.IndexOf('[', i, _end - i);
            if (open < 0)
            {
                return;
            }

            var close = FindClosingBracket(open);
            if (close < 0 || close + 1 >= _end || _text[close + 1] != '(')
            {
                i = open + 1;
                continue;
            }

            var urlStart = close + 2;
            var urlEnd = urlStart;
            var depth = 1;
            while (urlEnd < _end)
            {
                var c = _text[urlEnd];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    break;
                }
                else if (c is ' ' && !(urlEnd + 1 < _end && _text[urlEnd + 1] == '"'))
                {
                    break;
                }

                urlEnd++;
            }

            if (urlEnd >= _end || _text[urlEnd] != ')')
            {
                i = open + 1;
                continue;
            }

            var target = _text[urlStart..urlEnd];
            var space = target.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                target = target[..space];
            }

            if (!LooksLikeUrl(target))
            {
                i = urlEnd + 1;
                continue;
            }

            Claim(open, open + 1, ClaimKind.Syntax);
            Claim(close, urlEnd + 1, ClaimKind.Url);
            _linkUrl ??= target;
            if (FirstUnclaimed(_begin) == open + 1 || OnlyLeadInBefore(open))
            {
                _leadingLink ??= (open + 1, close);
            }

            i = urlEnd + 1;
        }
    }

    private void ReadEmphasis()
    {
        // Markdown emphasis (*title*, **title**) is formatting, not text.
        for (var i = _begin; i < _end; i++)
        {
            var star = _text.AsSpan(i, _end - i).IndexOf('*');
            if (star < 0)
            {
                return;
            }

            i += star;
            if (!IsClaimed(i))
            {
                var runEnd = i;
                while (runEnd < _end && _text[runEnd] == '*')
                {
                    runEnd++;
                }

                var touchesText = (runEnd < _end && _text[runEnd] is not (' ' or '\t')) || (i > _begin && _text[i - 1] is not (' ' or '\t'));
                if (touchesText && runEnd - i <= 3)
                {
                    Claim(i, runEnd, ClaimKind.Syntax);
                }

                i = runEnd - 1;
            }
        }
    }

    private int FindClosingBracket(int open)
    {
        var depth = 0;
        for (var i = open; i < _end; i++)
        {
            var c = _text[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                return i;
            }
            else if (c == '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    private bool OnlyLeadInBefore(int open)
    {
        var before = TextOf(_begin, open).Trim();
        return before.Length == 0 || IsLeadIn(before);
    }

    private static readonly char[] LeadInTrim = ['：', ':', ' '];

    private static bool IsLeadIn(string text) =>
        text.TrimEnd(LeadInTrim) is "出典は" or "出典" or "出所" or "参考" or "参照" or "資料來源" or "资料来源" or "来源" or "來源" or "Source" or "Sources" or "See" or "引自" or "原文";

    // ---- Step 3: URLs and DOIs --------------------------------------------------------------------------------

    private string? _doi;

    // The host of the URL PickUrl chose, when it was read from the text (PlainUrlHost); null otherwise.
    private string? _urlHost;
    private readonly List<(int Start, int End, string Url)> _urls = [];

    private void ReadUrls()
    {
        var i = _begin;
        while (i < _end)
        {
            var start = NextUrlStart(i);
            if (start < 0)
            {
                break;
            }

            if (IsClaimed(start) && !IsClaimedAs(start, ClaimKind.Url))
            {
                i = start + 1;
                continue;
            }

            var end = UrlEnd(start);
            var url = _text[start..end];

            // SIST 02 (1997) wrote "http: //host": join the stray space.
            if (url.Contains(": //", StringComparison.Ordinal))
            {
                url = url.Replace("http: //", "http://", StringComparison.Ordinal).Replace("https: //", "https://", StringComparison.Ordinal);
            }
            if (!IsClaimedAs(start, ClaimKind.Url))
            {
                Claim(start, end, ClaimKind.Url);
            }

            _urls.Add((start, end, url));
            ClaimUrlWrapper(start, end);
            i = end;
        }
    }

    private int NextUrlStart(int from)
    {
        // The first occurrence of each start that does not continue a word; a start whose first occurrence continues
        // a word is not looked for further. Every start begins with h or w: one search finds the places to compare.
        var seen = 0;
        var i = from;
        while (i < _end)
        {
            var next = _text.AsSpan(i, _end - i).IndexOfAny(UrlStartLetters);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var rest = _text.AsSpan(i, _end - i);
            if (rest.Length < 4 || (rest[1] | 0x20) != ((rest[0] | 0x20) == 'h' ? 't' : 'w'))
            {
                // Every start continues ht… or ww…: the words with h and w in them are passed over here.
                i++;
                continue;
            }

            var found = false;
            for (var s = 0; s < UrlStarts.Length; s++)
            {
                if ((seen & (1 << s)) == 0 && rest.StartsWith(UrlStarts[s], StringComparison.OrdinalIgnoreCase))
                {
                    seen |= 1 << s;
                    found |= i == 0 || !char.IsAsciiLetterOrDigit(_text[i - 1]);
                }
            }

            if (found)
            {
                return i;
            }

            if (seen == (1 << UrlStarts.Length) - 1)
            {
                return -1;
            }

            i++;
        }

        return -1;
    }

    private static readonly SearchValues<char> UrlStartLetters = SearchValues.Create("hHwW");

    private static readonly string[] UrlStarts = ["https://", "http://", "https: //", "http: //", "www."];

    // The characters a URL runs through without a second look: printable ASCII but for the ones UrlEnd decides on.
    private static readonly SearchValues<char> PlainUrlCharacters =
        SearchValues.Create(string.Concat(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => c is not ('<' or '>' or '"' or '`' or '(' or ')' or ']'))));

    private int UrlEnd(int start)
    {
        var i = start;
        var parens = 0;
        while (i < _end)
        {
            // Runs of plain URL characters are passed in one vectorised search; the loop decides on the others.
            var plain = _text.AsSpan(i, _end - i).IndexOfAnyExcept(PlainUrlCharacters);
            if (plain < 0)
            {
                i = _end;
                break;
            }

            i += plain;
            var c = _text[i];
            if (c <= ' ' || c > '~' || c is '<' or '>' or '"' or '`' || (c == ')' && parens == 0) || (c == ']'))
            {
                if (c == ' ' && i > start && _text[i - 1] == ':' && i + 2 < _end && _text[i + 1] == '/' && _text[i + 2] == '/')
                {
                    i++;
                    continue;
                }

                break;
            }

            if (c == '(')
            {
                parens++;
            }
            else if (c == ')')
            {
                parens--;
            }

            i++;
        }

        // Sentence punctuation after a URL is not part of it.
        while (i > start && _text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'')
        {
            i--;
        }

        return i;
    }

    private void ClaimUrlWrapper(int start, int end)
    {
        // <url>, 〈url〉, (url), [url] and labels such as 入手先, URL:, 取自, Retrieved from.
        var before = start - 1;
        while (before >= _begin && _text[before] is ' ' or '\u3000')
        {
            before--;
        }

        var after = end;
        while (after < _end && _text[after] is ' ' or '\u3000')
        {
            after++;
        }

        if (before >= _begin && after < _end && IsWrapperPair(_text[before], _text[after]))
        {
            Claim(before, before + 1, ClaimKind.Syntax);
            Claim(after, after + 1, ClaimKind.Syntax);
            before--;
            while (before >= _begin && _text[before] is ' ' or '\u3000' or ',' or '，')
            {
                before--;
            }
        }

        if (before < _begin || !UrlLabelLastCharacters.Contains(_text[before]))
        {
            return;
        }

        foreach (var label in UrlLabels)
        {
            var labelStart = before - label.Length + 1;
            if (labelStart >= _begin && string.Compare(_text, labelStart, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                Claim(labelStart, before + 1, ClaimKind.Syntax);
                break;
            }
        }
    }

    private static readonly string[] UrlLabels =
        ["入手先", "URL:", "URL：", "URL", "取自", "網址：", "网址：", "網址:", "网址:", "from", "Available at:", "Available at", "available from", "Online:"];

    // The last characters of the labels in either case: a label can only end at one of these.
    private static readonly SearchValues<char> UrlLabelLastCharacters = SearchValues.Create("先:：Ll自MmTt");

    private static bool IsWrapperPair(char open, char close) =>
        (open, close) is ('<', '>') or ('〈', '〉') or ('＜', '＞') or ('(', ')') or ('（', '）') or ('[', ']');

    private void ReadDoi()
    {
        foreach (var (start, end, url) in _urls)
        {
            var index = url.IndexOf("doi.org/10.", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                _doi ??= Uri.UnescapeDataString(url[(index + 8)..]);
            }
        }

        var i = _begin;
        while (i < _end)
        {
            var index = _text.IndexOf("10.", i, _end - i, StringComparison.Ordinal);
            if (index < 0)
            {
                return;
            }

            var label = index - 1;
            while (label >= _begin && _text[label] is ' ' or ':' or '：')
            {
                label--;
            }

            if (label >= _begin + 2 && !IsClaimed(index) && string.Compare(_text, label - 2, "doi", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var end = index;
                while (end < _end && _text[end] > ' ' && _text[end] <= '~')
                {
                    end++;
                }

                while (end > index && _text[end - 1] is '.' or ',' or ';')
                {
                    end--;
                }

                _doi ??= _text[index..end];
                Claim(label - 2, end, ClaimKind.Doi);
                i = end;
            }
            else
            {
                i = index + 3;
            }
        }
    }

    // ---- Step 4: dates, access dates ------------------------------------------------------------------------

    private CitationDate? _accessed;

    private void ReadDates()
    {
        // Dates are looked for in the unclaimed runs only, so that 2013-03-20 inside a URL is not a date.
        var i = _begin;
        while (i < _end)
        {
            var runEnd = NextClaimStart(i);
            if (runEnd > i)
            {
                ReferenceDates.Find(_text, i, runEnd, _dates, scratch: _dateScratch);
            }

            i = ClaimEndAt(runEnd);
        }
    }

    private static readonly string[] AccessMarkersAfterDate =
        ["閲覧", "参照", "にアクセス", "アクセス", "瀏覽", "浏览", "查阅", "查閱", "访问", "訪問", "取用", "檢索", "检索", "存取", "引用"];

    private static readonly string[] AccessMarkersBeforeDate =
        ["最終閲覧日", "最終閲覧", "最终阅览", "閲覧日", "参照日", "参照", "アクセス日", "最後瀏覽日", "最後瀏覽", "瀏覽日期", "浏览日期", "取用日期", "檢索日期", "检索日期",
         "访问日期", "訪問日期", "引用日期", "查阅日期", "存取日期", "アクセス", "Retrieved on", "Retrieved", "Accessed on", "Accessed", "accessed on", "accessed",
         "Last accessed", "last accessed", "Viewed", "Consulted"];

    // A marker before a date must end, and one after it begin, with one of these: the rest is not compared.
    private static readonly SearchValues<char> AccessMarkerLastCharacters = SearchValues.Create(string.Concat(AccessMarkersBeforeDate.Select(m => m[^1])));
    private static readonly SearchValues<char> AccessMarkerFirstCharacters = SearchValues.Create(string.Concat(AccessMarkersAfterDate.Select(m => m[0])));

    private void ReadAccessDates()
    {
        for (var d = 0; d < _dates.Count; d++)
        {
            var hit = _dates[d];

            // GB/T 7714: [2013-03-20] after the publication date is the date of citation.
            if (hit.Start > _begin && _text[hit.Start - 1] is '[' or '［' && hit.End < _end && _text[hit.End] is ']' or '］' && !hit.IsYearOnly)
            {
                SetAccessed(d, hit.Start - 1, hit.End + 1);
                continue;
            }

            if (MarkerBefore(hit.Start) is { } markerStart)
            {
                var end = hit.End;
                var after = SkipSpaces(end);
                if (after < _end && _text[after] is '日' or '時' or '时' && end == after)
                {
                    end = after + 1;
                }

                SetAccessed(d, markerStart, end);
                continue;
            }

            if (MarkerAfter(hit.End) is { } markerEnd)
            {
                SetAccessed(d, hit.Start, markerEnd);
            }
        }
    }

    private void SetAccessed(int dateIndex, int start, int end)
    {
        var hit = _dates[dateIndex];
        _accessed ??= hit.Date;
        _dates[dateIndex] = hit with { Start = -1 };

        // Take the brackets round an access note too: (2025年11月1日閲覧), （参照 2022-08-24）.
        var open = start - 1;
        while (open >= _begin && _text[open] is ' ' or '\u3000')
        {
            open--;
        }

        var close = end;
        while (close < _end && _text[close] is ' ' or '\u3000' or '。' or '.')
        {
            close++;
        }

        if (open >= _begin && close < _end && _text[open] is '(' or '（' or '[' or '［' or '【' && _text[close] is ')' or '）' or ']' or '］' or '】')
        {
            start = open;
            end = close + 1;
        }

        Claim(start, end, ClaimKind.Accessed);
    }

    private int? MarkerBefore(int dateStart)
    {
        var i = dateStart - 1;
        while (i >= _begin && _text[i] is ' ' or '\u3000' or ':' or '：' or '，' or ',' or '\t')
        {
            i--;
        }

        if (i < _begin || !AccessMarkerLastCharacters.Contains(_text[i]))
        {
            return null;
        }

        foreach (var marker in AccessMarkersBeforeDate)
        {
            var start = i - marker.Length + 1;
            if (start >= _begin && string.CompareOrdinal(_text, start, marker, 0, marker.Length) == 0)
            {
                return start;
            }
        }

        return null;
    }

    private int? MarkerAfter(int dateEnd)
    {
        var i = dateEnd;
        while (i < _end && _text[i] is ' ' or '\u3000' or 'に')
        {
            i++;
        }

        if (i >= _end || !AccessMarkerFirstCharacters.Contains(_text[i]))
        {
            return null;
        }

        foreach (var marker in AccessMarkersAfterDate)
        {
            if (i + marker.Length <= _end && string.CompareOrdinal(_text, i, marker, 0, marker.Length) == 0)
            {
                var end = i + marker.Length;
                while (end < _end && _text[end] is '日' or '。' or 'し' or 'た')
                {
                    end++;
                }

                return end;
            }
        }

        return null;
    }

    // ---- Step 5: document numbers (国发〔2017〕35号) and newspaper editions ---------------------------------------

    private string? _number;

    private static readonly SearchValues<char> NumberBrackets = SearchValues.Create("〔［[(（");
    private static readonly SearchValues<char> TypeCodeBrackets = SearchValues.Create("[［");

    /// <summary>The next index at or after <paramref name="from"/> holding one of <paramref name="values"/>, or <c>_end</c>.</summary>
    private int NextOf(int from, SearchValues<char> values) =>
        from >= _end ? _end : IndexFrom(from, _text.AsSpan(from, _end - from).IndexOfAny(values));

    /// <summary>The next index at or after <paramref name="from"/> holding a title mark or quote, or <c>_end</c>.</summary>
    private int NextMark(int from) =>
        from >= _end ? _end : IndexFrom(from, TitleMarks.IndexOfAny(_text.AsSpan(from, _end - from)));

    /// <summary>The index in the line of a search result <paramref name="offset"/> from <paramref name="from"/>; <c>_end</c> for none.</summary>
    private int IndexFrom(int from, int offset) => offset < 0 ? _end : from + offset;

    private void ReadDocumentNumbers()
    {
        for (var i = NextOf(_begin, NumberBrackets); i < _end; i = NextOf(i + 1, NumberBrackets))
        {
            var c = _text[i];
            if (IsClaimed(i))
            {
                continue;
            }

            var close = c switch { '〔' => '〕', '［' => '］', '[' => ']', '(' => ')', _ => '）' };
            var p = i + 1;
            var yearStart = p;
            while (p < _end && p - yearStart < 4 && IsDigit(_text[p]))
            {
                p++;
            }

            if (p - yearStart != 4 || p >= _end || _text[p] != close)
            {
                continue;
            }

            var q = SkipSpaces(p + 1);
            var numberStart = q;
            while (q < _end && IsDigit(_text[q]))
            {
                q++;
            }

            q = SkipSpaces(q);
            if (q == numberStart || q >= _end || _text[q] is not ('号' or '號'))
            {
                continue;
            }

            // The issuer's code before the bracket: 国发, 京政办发, 法发.
            var start = i;
            while (start > _begin && start > i - 8 && IsHanChar(_text[start - 1]))
            {
                start--;
            }

            _number ??= _text[start..(q + 1)];
            RemoveDatesIn(start, q + 1);
            Claim(start, q + 1, ClaimKind.Number);
            i = q;
        }
    }

    private void ReadNewspaperEdition()
    {
        if (_text.AsSpan(_begin, _end - _begin).IndexOfAny('刊', '版') < 0)
        {
            // Every edition ends in 刊 or 版.
            return;
        }

        foreach (var edition in NewspaperEditions)
        {
            var index = _text.IndexOf(edition, _begin, _end - _begin, StringComparison.Ordinal);
            if (index >= 0 && !IsInsideMark(index))
            {
                _hasNewspaperEdition = true;
                Claim(index, index + edition.Length, ClaimKind.Page);

                // 31面, 2版: the page of the article.
                var p = SkipSeparators(index + edition.Length);
                var start = p;
                while (p < _end && IsDigit(_text[p]))
                {
                    p++;
                }

                if (p > start && p < _end && _text[p] is '面' or '版')
                {
                    _page ??= _text[start..(p + 1)];
                    Claim(start, p + 1, ClaimKind.Page);
                }

                return;
            }
        }
    }

    private static readonly string[] NewspaperEditions = ["朝刊", "夕刊", "電子版", "地方版", "東京版", "大阪版"];

    private string? _page;

    // ---- Step 6: GB/T 7714 document type codes [M] [J] [EB/OL] ------------------------------------------------

    private void ReadTypeCode()
    {
        for (var i = NextOf(_begin, TypeCodeBrackets); i < _end; i = NextOf(i + 1, TypeCodeBrackets))
        {
            if (IsClaimed(i))
            {
                continue;
            }

            var close = _text[i] == '[' ? ']' : '］';
            var p = i + 1;
            var start = p;
            while (p < _end && p - start < 6 && (char.IsAsciiLetterUpper(_text[p]) || _text[p] == '/'))
            {
                p++;
            }

            if (p < _end && _text[p] == close && p > start)
            {
                var code = _text[start..p];
                if (IsGbtTypeCode(code))
                {
                    _typeCode = code;
                    _typeCodeStart = i;
                    Claim(i, p + 1, ClaimKind.TypeCode);
                    return;
                }
            }
        }
    }

    private static bool IsGbtTypeCode(string code)
    {
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        var main = slash < 0 ? code : code[..slash];
        var carrier = slash < 0 ? null : code[(slash + 1)..];
        return main is "M" or "C" or "G" or "N" or "J" or "D" or "R" or "S" or "P" or "DB" or "CP" or "EB" or "A" or "CM" or "DS" or "Z"
            && carrier is null or "OL" or "MT" or "DK" or "CD";
    }

    // ---- Step 7: title marks ----------------------------------------------------------------------------------

    private void ReadMarks()
    {
        var stack = _markStack;
        var depth = 0;
        var unbalancedReports = 0;
        for (var i = NextMark(_begin); i < _end; i = NextMark(i + 1))
        {
            var c = _text[i];
            if (IsClaimed(i))
            {
                i = ClaimEndAt(i) - 1;
                continue;
            }

            var isQuoteToggle = c == '"';
            if (isQuoteToggle && depth > 0 && stack[depth - 1].Open == '"')
            {
                depth--;
                if (depth == 0)
                {
                    _marks.Add(new MarkSpan(stack[0].Index, i, MarkKind.Quote));
                }

                continue;
            }

            if (IsOpenMark(c) || isQuoteToggle)
            {
                if (depth < MaxMarkDepth)
                {
                    stack[depth++] = (c, i);
                }
                else if (unbalancedReports++ < MaxDiagnosticsPerKind)
                {
                    Report(DiagnosticSeverity.Warning, "reference.marks-too-deep", "Title marks are nested too deeply; the inner ones are read as text.", i, 1);
                }

                continue;
            }

            // A close mark: find its open mark on the stack.
            var match = -1;
            for (var s = depth - 1; s >= 0; s--)
            {
                if (Closes(stack[s].Open, c))
                {
                    match = s;
                    break;
                }
            }

            if (match < 0)
            {
                if (c != '”' && unbalancedReports++ < MaxDiagnosticsPerKind)
                {
                    Report(DiagnosticSeverity.Warning, "reference.unbalanced-mark", $"The closing mark '{c}' has no opening mark.", i, 1);
                }

                continue;
            }

            for (var s = depth - 1; s > match; s--)
            {
                if (unbalancedReports++ < MaxDiagnosticsPerKind)
                {
                    Report(DiagnosticSeverity.Warning, "reference.unbalanced-mark", $"The opening mark '{stack[s].Open}' is not closed.", stack[s].Index, 1);
                }
            }

            depth = match;
            if (depth == 0)
            {
                _marks.Add(new MarkSpan(stack[0].Index, i, KindOf(stack[0].Open)));
            }
        }

        for (var s = 0; s < depth; s++)
        {
            if (unbalancedReports++ < MaxDiagnosticsPerKind)
            {
                Report(DiagnosticSeverity.Warning, "reference.unbalanced-mark", $"The opening mark '{stack[s].Open}' is not closed.", stack[s].Index, 1);
            }
        }

        if (depth > 0 && _marks.Count == 0)
        {
            _unclosedTitleStart = stack[0].Index + 1;
        }
    }

    private int _unclosedTitleStart = -1;

    // ReadMarks' stack of open marks, kept with the reader.
    private readonly (char Open, int Index)[] _markStack = new (char, int)[MaxMarkDepth];

    private static bool IsMarkChar(char c) => TitleMarks.Characters.Contains(c);

    private static bool IsOpenMark(char c) => c is '「' or '『' or '《' or '〈' or '“' or '‘' or '｢';

    private static bool Closes(char open, char close) => (open, close) switch
    {
        ('「', '」') or ('｢', '｣') or ('『', '』') or ('《', '》') or ('〈', '〉') or ('“', '”') or ('‘', '’') or ('“', '"') => true,
        _ => false,
    };

    private static MarkKind KindOf(char open) => open switch
    {
        '「' or '｢' => MarkKind.Corner,
        '『' => MarkKind.WhiteCorner,
        '《' => MarkKind.DoubleAngle,
        '〈' => MarkKind.Angle,
        _ => MarkKind.Quote,
    };

    private bool IsInsideMark(int index)
    {
        foreach (var mark in _marks)
        {
            if (index > mark.Open && index < mark.Close)
            {
                return true;
            }
        }

        return false;
    }

    // ---- Claims and text helpers ------------------------------------------------------------------------------

    private void Claim(int start, int end, ClaimKind kind)
    {
        if (end <= start)
        {
            return;
        }

        var index = 0;
        while (index < _claims.Count && _claims[index].Start < start)
        {
            index++;
        }

        _claims.Insert(index, new Claim(start, end, kind));
    }

    private bool IsClaimed(int index)
    {
        foreach (var claim in _claims)
        {
            if (index >= claim.Start && index < claim.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClaimedAs(int index, ClaimKind kind)
    {
        foreach (var claim in _claims)
        {
            if (index >= claim.Start && index < claim.End && claim.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private int NextClaimStart(int from)
    {
        foreach (var claim in _claims)
        {
            if (claim.End > from)
            {
                return Math.Max(from, Math.Min(claim.Start, _end));
            }
        }

        return _end;
    }

    private int ClaimEndAt(int index)
    {
        var end = index;
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var claim in _claims)
            {
                if (end >= claim.Start && end < claim.End)
                {
                    end = claim.End;
                    moved = true;
                }
            }
        }

        return end;
    }

    private int FirstUnclaimed(int from)
    {
        var i = from;
        while (i < _end && (IsClaimed(i) || _text[i] is ' ' or '\u3000'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <see cref="TextOf(int, int)"/> of the range would be blank, without building it.</summary>
    private bool IsBlank(int start, int end)
    {
        start = Math.Max(start, _begin);
        end = Math.Min(end, _end);
        for (var i = start; i < end; i++)
        {
            if (!WhiteSpace.Is(_text[i]) && !IsClaimed(i))
            {
                return false;
            }
        }

        return true;
    }

    // TextOf's scratch space for the usual short texts; the reader reads one line at a time.
    private readonly char[] _textBuffer = new char[256];

    /// <summary>The text of [start, end) without the claimed parts.</summary>
    private string TextOf(int start, int end) => TextOf(start, end, trim: false);

    /// <summary><c>TrimField(TextOf(start, end))</c>, with one string made instead of two.</summary>
    private string FieldText(int start, int end) => TextOf(start, end, trim: true);

    private string TextOf(int start, int end, bool trim)
    {
        start = Math.Max(start, _begin);
        end = Math.Min(end, _end);
        if (end <= start)
        {
            return string.Empty;
        }

        var length = end - start;
        char[]? rented = null;
        var buffer = length <= _textBuffer.Length ? _textBuffer : (rented = ArrayPool<char>.Shared.Rent(length));
        var written = 0;
        var cut = false;
        var runStart = start;
        foreach (var claim in _claims)
        {
            if (claim.End <= start || claim.Start >= end)
            {
                continue;
            }

            cut = true;
            if (claim.Start > runStart)
            {
                _text.AsSpan(runStart, claim.Start - runStart).CopyTo(buffer.AsSpan(written));
                written += claim.Start - runStart;
            }

            runStart = Math.Max(runStart, claim.End);
        }

        string result;
        if (!cut)
        {
            var (keepStart, keepEnd) = trim ? TrimFieldBounds(_text.AsSpan(start, length)) : (0, length);
            result = _text.Substring(start + keepStart, keepEnd - keepStart);
        }
        else
        {
            if (runStart < end)
            {
                _text.AsSpan(runStart, end - runStart).CopyTo(buffer.AsSpan(written));
                written += end - runStart;
            }

            var (keepStart, keepEnd) = trim ? TrimFieldBounds(buffer.AsSpan(0, written)) : (0, written);
            result = new string(buffer, keepStart, keepEnd - keepStart);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private void RemoveDatesIn(int start, int end)
    {
        for (var d = 0; d < _dates.Count; d++)
        {
            if (_dates[d].Start >= start && _dates[d].Start < end)
            {
                _dates[d] = _dates[d] with { Start = -1 };
            }
        }
    }

    private int SkipSpaces(int i)
    {
        while (i < _end && _text[i] is ' ' or '\t' or '\u3000')
        {
            i++;
        }

        return i;
    }

    private int SkipSeparators(int i)
    {
        while (i < _end && _text[i] is ' ' or '\t' or '\u3000' or '、' or '，' or ',' or '.' or '．' or '。' or ':' or '：')
        {
            i++;
        }

        return i;
    }

    private void Report(DiagnosticSeverity severity, string code, string message, int offset, int length)
    {
        (_diagnostics ??= ImmutableArray.CreateBuilder<Diagnostic>(4)).Add(new Diagnostic(severity, code, message, _context.SpanAt(offset, length)));
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static string ToAsciiDigits(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('０', '９') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '０' and <= '９')
            {
                chars[i] = (char)(chars[i] - '０' + '0');
            }
        }

        return new string(chars);
    }

    private static bool IsHanChar(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
