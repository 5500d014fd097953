using System.Buffers;
using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Parsing.Internal;

// The second half of reading a line: once URLs, dates, codes and marks are known, decide which text is the title,
// the authors, the container and the publisher.
internal sealed partial class ReferenceLineReader
{
    private static readonly string[] Abbreviations =
        ["vol", "no", "nos", "p", "pp", "inc", "co", "ltd", "corp", "st", "dr", "mr", "ms", "mrs", "prof", "dept", "univ", "u.s", "n.d", "e.g", "i.e", "ch", "fig", "rev", "trans", "comp"];

    private static readonly int LongestAbbreviation = Abbreviations.Max(abbreviation => abbreviation.Length);

    private bool _authorDate;

    private sealed class Structure
    {
        /// <summary>Makes the structure as new for another line.</summary>
        public void Reset()
        {
            Authors = null;
            AuthorsStart = -1;
            Title = null;
            TitleStart = -1;
            TitleEnd = -1;
            Container = null;
            ContainerStart = -1;
            ContainerEnd = -1;
            IsBook = false;
        }

        public string? Authors { get; set; }

        public int AuthorsStart { get; set; } = -1;

        public string? Title { get; set; }

        public int TitleStart { get; set; } = -1;

        public int TitleEnd { get; set; } = -1;

        public string? Container { get; set; }

        public int ContainerStart { get; set; } = -1;

        public int ContainerEnd { get; set; } = -1;

        public bool IsBook { get; set; }
    }

    // One structure, segment list and piece list per reader, emptied for each line (the reader reads one line at a time).
    private readonly Structure _structure = new();
    private readonly List<(int Start, int End)> _segments = [];
    private readonly List<(int Start, int End)> _pieces = [];

    private Structure NewStructure()
    {
        _structure.Reset();
        return _structure;
    }

    // ---- GB/T 7714: 作者. 题名[M]. 出版地: 出版者, 年: 页码. ------------------------------------------------------

    private Structure ReadGbtStructure()
    {
        var structure = NewStructure();
        var titleStart = _begin;
        var breakAt = FindSegmentBreak(_begin, _typeCodeStart, ignoreAbbreviations: true);
        if (breakAt >= 0)
        {
            var authors = TextOf(_begin, breakAt);
            if (LooksLikeAuthorList(authors))
            {
                structure.Authors = authors;
                structure.AuthorsStart = _begin;
                titleStart = breakAt + 1;
            }
        }

        SetTitle(structure, titleStart, _typeCodeStart, trimMarks: false);
        var rest = ClaimEndAt(_typeCodeStart);
        var main = MainTypeCode(_typeCode!);
        structure.IsBook = main is "M";
        if (rest + 1 < _end && _text[rest] == '/' && _text[rest + 1] == '/')
        {
            // A contribution: 题名[M]//编者. 书名. 出版地: 出版者, 年.
            Claim(rest, rest + 2, ClaimKind.Syntax);
            var hostStart = rest + 2;
            var hostBreak = FindSegmentBreak(hostStart, _end, ignoreAbbreviations: true);
            if (hostBreak >= 0 && LooksLikeAuthorList(TextOf(hostStart, hostBreak)))
            {
                // 编者. 书名. ...: the editors come first, then the book.
                hostStart = hostBreak + 1;
                hostBreak = FindSegmentBreak(hostStart, _end, ignoreAbbreviations: true);
            }

            var hostEnd = hostBreak < 0 ? _end : hostBreak;
            SetContainer(structure, hostStart, hostEnd);
            ReadTrailingSegments(structure, hostEnd, allowContainer: false);
            return structure;
        }

        if (main is "J" or "N")
        {
            // 刊名, 年, 卷(期): 页码.  人民日报, 2013-01-12(2).
            var start = SkipSeparators(rest);
            var end = start;
            while (end < _end && _text[end] is not (',' or '，') && !IsClaimed(end))
            {
                end++;
            }

            if (end > start && !StartsWithDate(start))
            {
                SetContainer(structure, start, end);
                _hasVolume = main == "J";
            }

            return structure;
        }

        ReadTrailingSegments(structure, rest, allowContainer: false);
        return structure;
    }

    /// <summary>The type of a GB/T type code without its carrier: EB of EB/OL.</summary>
    private static ReadOnlySpan<char> MainTypeCode(string code)
    {
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? code : code.AsSpan(0, slash);
    }

    private bool StartsWithDate(int index)
    {
        foreach (var hit in _dates)
        {
            if (hit.Start == index)
            {
                return true;
            }
        }

        return false;
    }

    // ---- Title marks, Markdown links, or plain segments --------------------------------------------------------

    private Structure ReadMarkedOrSegmentedStructure()
    {
        var structure = NewStructure();
        if (_leadingLink is { } link && !HoldsCitation(link.Start, link.End))
        {
            SetTitle(structure, link.Start, link.End, trimMarks: true);
            ReadTrailingSegments(structure, link.End + 1, allowContainer: true);
            return structure;
        }

        if (_marks.Count > 0)
        {
            ReadMarkedStructure(structure);
            return structure;
        }

        if (_unclosedTitleStart >= 0)
        {
            SetAuthors(structure, _begin, _unclosedTitleStart - 1);
            var stop = StopAfter(_unclosedTitleStart);
            SetTitle(structure, _unclosedTitleStart, stop, trimMarks: false);
            ReadTrailingSegments(structure, stop, allowContainer: true);
            return structure;
        }

        ReadSegmentedStructure(structure);
        return structure;
    }

    /// <summary>Whether a link's text is itself a whole citation: an article title followed by its container (小堀龍之「…」『朝日新聞』…).</summary>
    private bool HoldsCitation(int start, int end)
    {
        foreach (var mark in _marks)
        {
            if (mark.Open >= start && mark.Close < end && mark.Kind is MarkKind.Corner or MarkKind.Quote)
            {
                foreach (var container in _marks)
                {
                    if (container.Open > mark.Close && container.Close < end && container.Kind is MarkKind.WhiteCorner or MarkKind.DoubleAngle)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void ReadMarkedStructure(Structure structure)
    {
        MarkSpan? title = null;
        MarkSpan? container = null;
        var corner = FirstMark(MarkKind.Corner);
        var quote = FirstMark(MarkKind.Quote);
        var angle = FirstMark(MarkKind.Angle);
        var doubleAngle = FirstMark(MarkKind.DoubleAngle);
        var whiteCorner = FirstMark(MarkKind.WhiteCorner);

        if (corner is { } c)
        {
            title = c;
            container = FirstMarkAfter(c.Close, MarkKind.WhiteCorner, MarkKind.DoubleAngle) ?? FirstMarkBefore(c.Open, MarkKind.WhiteCorner);
        }
        else if (quote is { } q)
        {
            title = q;
            container = FirstMarkAfter(q.Close, MarkKind.WhiteCorner, MarkKind.DoubleAngle);
        }
        else if (angle is { } a)
        {
            title = a;
            container = doubleAngle;
        }
        else if (doubleAngle is { } d)
        {
            title = d;
            container = FirstMarkAfter(d.Close, MarkKind.DoubleAngle);
        }
        else if (whiteCorner is { } w)
        {
            title = w;
            container = FirstMarkAfter(w.Close, MarkKind.WhiteCorner);
            structure.IsBook = container is null;
        }

        if (title is not { } t)
        {
            // Only marks round URLs or nothing: read the line as plain segments.
            ReadSegmentedStructure(structure);
            return;
        }

        var first = container is { } k && k.Open < t.Open ? k.Open : t.Open;
        SetAuthors(structure, _begin, first);
        SetTitle(structure, t.ContentStart, t.ContentEnd, trimMarks: false);
        if (container is { } cm)
        {
            SetContainer(structure, cm.ContentStart, cm.ContentEnd);
            structure.ContainerStart = cm.Open;
            structure.ContainerEnd = cm.End;
        }

        var after = Math.Max(t.End, container is { } ce && ce.Open > t.Open ? ce.End : t.End);
        ReadTrailingSegments(structure, after, allowContainer: structure.Container is null);
    }

    private MarkSpan? FirstMark(MarkKind kind)
    {
        foreach (var mark in _marks)
        {
            if (mark.Kind == kind && !IsUrlOnly(mark))
            {
                return mark;
            }
        }

        return null;
    }

    private MarkSpan? FirstMarkAfter(int index, MarkKind kind, MarkKind? other = null)
    {
        foreach (var mark in _marks)
        {
            if (mark.Open > index && (mark.Kind == kind || mark.Kind == other) && !IsUrlOnly(mark))
            {
                return mark;
            }
        }

        return null;
    }

    private MarkSpan? FirstMarkBefore(int index, MarkKind kind)
    {
        foreach (var mark in _marks)
        {
            if (mark.Close < index && mark.Kind == kind && !IsUrlOnly(mark))
            {
                return mark;
            }
        }

        return null;
    }

    private bool IsUrlOnly(MarkSpan mark) => IsBlank(mark.ContentStart, mark.ContentEnd);

    private void ReadSegmentedStructure(Structure structure)
    {
        // Author–date: 経済産業省. (2020). 題名. / Smith, J. (2019). Title. / 佐藤（2024）。題名。 / (n.d.)
        var group = FindAuthorDateGroup();
        if (group is { } g && g.Start > _begin)
        {
            _authorDate = true;
            SetAuthors(structure, _begin, g.Start);
            var titleStart = SkipSeparators(g.End);
            while (titleStart < _end && IsClaimedAs(titleStart, ClaimKind.Syntax))
            {
                titleStart = SkipSeparators(titleStart + 1);
            }

            var titleEnd = FindSegmentBreak(titleStart, _end);
            var stop = NextClaimStart(titleStart);
            while (stop < _end && IsClaimedAs(stop, ClaimKind.Syntax))
            {
                stop = NextClaimStart(ClaimEndAt(stop));
            }

            if (titleEnd < 0 || titleEnd > stop)
            {
                titleEnd = stop;
            }

            SetTitle(structure, titleStart, titleEnd, trimMarks: true);
            ReadTrailingSegments(structure, titleEnd, allowContainer: true);
            return;
        }

        var segments = Segments(_begin, _end);
        if (segments.Count == 0)
        {
            return;
        }

        var firstText = TextOf(segments[0].Start, segments[0].End);
        var startIndex = 0;
        if (segments.Count >= 2 && LooksLikeAuthorList(firstText) && !IsDateOnly(segments[1]))
        {
            SetAuthors(structure, segments[0].Start, segments[0].End);
            startIndex = 1;
        }
        else if (segments.Count == 1 || IsDateOnly(segments[1]))
        {
            // One segment: "外務省 第28回日ASEAN首脳会議": a known issuer, a space, and the title.
            var space = firstText.AsSpan().IndexOfAny(" \u3000");
            if (space > 0 && Resolve(firstText[..space]) is not null)
            {
                SetAuthors(structure, segments[0].Start, segments[0].Start + space);
                SetTitle(structure, segments[0].Start + space, segments[0].End, trimMarks: true);
                ReadTrailingSegments(structure, segments[0].End, allowContainer: true);
                return;
            }
        }

        var titleSegment = segments[startIndex];
        SetTitle(structure, titleSegment.Start, titleSegment.End, trimMarks: true);
        ReadTrailingSegments(structure, titleSegment.End, allowContainer: true);
    }

    private static readonly char[] YearSuffixes = ['年', '.'];

    private (int Start, int End)? FindAuthorDateGroup()
    {
        // The first bracketed group near the start that holds only a date, or "n.d.".
        var limit = Math.Min(_end, _begin + 120);
        for (var i = _begin; i < limit; i++)
        {
            if (_text[i] is not ('(' or '（') || IsClaimed(i))
            {
                continue;
            }

            var close = _text.AsSpan(i + 1, Math.Min(_end, i + 24) - i - 1).IndexOfAny(")）");
            if (close < 0)
            {
                continue;
            }

            close += i + 1;

            var inner = _text.AsSpan(i + 1, close - i - 1).Trim();
            if (inner is "n.d." or "n.d" or "nd" or "不詳" or "不详" or "刊行年不明" or "出版年不明")
            {
                return (i, close + 1);
            }

            foreach (var hit in _dates)
            {
                if (hit.Start > i && hit.End <= close && IsBlank(i + 1, hit.Start)
                    && TextOf(hit.End, close).Trim().TrimEnd(YearSuffixes) is [] or [>= 'a' and <= 'z'])
                {
                    return (i, close + 1);
                }
            }
        }

        return null;
    }

    private bool IsDateOnly((int Start, int End) segment)
    {
        var text = TextOf(segment.Start, segment.End).Trim();
        foreach (var hit in _dates)
        {
            if (hit.Start >= segment.Start && hit.End <= segment.End)
            {
                text = text.Replace(_text[hit.Start..hit.End], string.Empty, StringComparison.Ordinal);
            }
        }

        return TrimField(text).Length == 0;
    }

    /// <summary>Splits [start, end) at field separators (". ", "．", "。", a "." between CJK characters).</summary>
    private List<(int Start, int End)> Segments(int start, int end)
    {
        var result = _segments;
        result.Clear();
        var segmentStart = start;
        while (segmentStart < end)
        {
            var next = FindSegmentBreak(segmentStart, end);
            var segmentEnd = next < 0 ? end : next;
            if (HasFieldText(segmentStart, segmentEnd))
            {
                result.Add((segmentStart, segmentEnd));
            }

            if (next < 0)
            {
                break;
            }

            segmentStart = next + 1;
        }

        return result;
    }

    /// <summary>
    /// Whether <c>FieldText(start, end)</c> would be non-empty. Trimming takes only punctuation and brackets off
    /// the ends, so one unclaimed character of any other kind settles it without building the text.
    /// </summary>
    private bool HasFieldText(int start, int end)
    {
        var from = Math.Max(start, _begin);
        var to = Math.Min(end, _end);
        for (var i = from; i < to; i++)
        {
            var c = _text[i];
            if (!IsFieldPunctuation(c, leading: true) && !IsBracket(c) && !IsClaimed(i))
            {
                return true;
            }
        }

        return FieldText(start, end).Length > 0;
    }

    private static bool IsBracket(char c) => c is '(' or '（' or '[' or '［' or '【' or ')' or '）' or ']' or '］' or '】';

    /// <summary>The index of the next field separator in [start, end) outside marks and claims, or -1.</summary>
    private int FindSegmentBreak(int start, int end, bool ignoreAbbreviations = false)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c is not ('.' or '．' or '。'))
            {
                continue;
            }

            if (IsClaimed(i) || IsInsideMark(i))
            {
                continue;
            }

            if (c is '．' or '。')
            {
                return i;
            }

            var nextIndex = i + 1;
            while (nextIndex < end && IsClaimedAs(nextIndex, ClaimKind.Syntax))
            {
                nextIndex++;
            }

            var next = nextIndex < end ? _text[nextIndex] : ' ';
            var previous = i > start ? _text[i - 1] : ' ';
            var cjkNeighbour = IsCjkOrFullWidth(previous) || IsCjkOrFullWidth(next) || IsMarkChar(next);
            if (next is ' ' or '\u3000' || nextIndex >= end || cjkNeighbour || next == '"')
            {
                if (!cjkNeighbour && !ignoreAbbreviations && IsAbbreviationBefore(i))
                {
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private bool IsAbbreviationBefore(int dot)
    {
        var wordStart = dot;
        while (wordStart > _begin && (char.IsAsciiLetter(_text[wordStart - 1]) || _text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = _text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
        {
            // An initial (C. A. Reich), unless a title follows a long author list.
            return true;
        }

        if (word.Length > LongestAbbreviation)
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Length == abbreviation.Length && word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjkOrFullWidth(char c) =>
        c is (>= '\u3000' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>Where the title that starts at <paramref name="start"/> ends when nothing closes it: a claim, a date, or a bracket.</summary>
    private int StopAfter(int start)
    {
        var stop = NextClaimStart(start);
        foreach (var hit in _dates)
        {
            if (hit.Start >= start && hit.Start < stop)
            {
                stop = hit.Start;
                break;
            }
        }

        for (var i = start; i < stop; i++)
        {
            if (_text[i] is '(' or '（' && i > start)
            {
                return i;
            }
        }

        return stop;
    }

    // ---- After the title: container, publisher, place ----------------------------------------------------------

    // The characters at which ReadTrailingSegments may end a piece besides claims and dates.
    private static readonly SearchValues<char> SegmentBreakCharacters = SearchValues.Create("，、(（)）;；,.．。");

    private void ReadTrailingSegments(Structure structure, int start, bool allowContainer)
    {
        var stop = _end;
        var pieces = _pieces;
        pieces.Clear();
        var pieceStart = start;
        var nextClaimOrDate = -1;
        for (var i = start; i <= stop; i++)
        {
            if (i > nextClaimOrDate)
            {
                // Claims and dates are few; rather than asking about each character, find the next one once.
                nextClaimOrDate = NextClaimOrDateStart(i);
            }

            if (i < stop && i != nextClaimOrDate && !SegmentBreakCharacters.Contains(_text[i]))
            {
                // Nothing can end a piece before the next break character, claim or date: jump there.
                var limit = nextClaimOrDate > i && nextClaimOrDate < stop ? nextClaimOrDate : stop;
                var next = _text.AsSpan(i, limit - i).IndexOfAny(SegmentBreakCharacters);
                i = (next < 0 ? limit : i + next) - 1;
                continue;
            }

            var atEnd = i == stop;
            var c = atEnd ? '\0' : _text[i];
            var boundary = atEnd || (i == nextClaimOrDate && (IsClaimed(i) || DateStartsAt(i))) || c is '，' or '、' or '(' or '（' or ')' or '）' or ';' or '；'
                || (c == ',' && (i + 1 >= _end || _text[i + 1] == ' ' || IsCjkOrFullWidth(_text[i - 1 < 0 ? 0 : i - 1])))
                || (c is '.' or '．' or '。' && FindSegmentBreak(i, i + 1) == i);
            if (!boundary)
            {
                continue;
            }

            if (i > pieceStart)
            {
                pieces.Add((pieceStart, i));
            }

            if (!atEnd && IsClaimed(i))
            {
                i = ClaimEndAt(i) - 1;
            }
            else if (!atEnd && DateEndAt(i) is { } dateEnd)
            {
                i = dateEnd - 1;
            }

            pieceStart = i + 1;
        }

        ReadTrailingPieces(structure, allowContainer);
    }

    /// <summary>Gives each piece ReadTrailingSegments found its role: publisher, place, container, or pages and volume.</summary>
    private void ReadTrailingPieces(Structure structure, bool allowContainer)
    {
        var pieces = _pieces;
        for (var p = 0; p < pieces.Count; p++)
        {
            var (pieceStartIndex, pieceEnd) = pieces[p];
            var text = FieldText(pieceStartIndex, pieceEnd);
            var lower = InvariantCase.ToLower(text);
            if (text.Length == 0 || IsNoise(lower))
            {
                continue;
            }

            // 出版地: 出版者 / 東京: 柏書房.
            var colon = text.IndexOf('：', StringComparison.Ordinal) is >= 0 and var fullWidth ? fullWidth : text.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && colon < text.Length - 1 && _explicitPublisher is null && (structure.Container is not null || !allowContainer || IsPublisherLike(text[(colon + 1)..]) || LooksLikePlace(text[..colon])))
            {
                var place = TrimField(text[..colon]);
                var name = TrimField(text[(colon + 1)..]);
                if (LooksLikePlace(place) && name.Length > 0)
                {
                    _place ??= place;
                    _explicitPublisher ??= name;
                    continue;
                }
            }

            if (IsPublisherLike(text) && _explicitPublisher is null)
            {
                if (p > 0 && _place is null)
                {
                    var previous = FieldText(pieces[p - 1].Start, pieces[p - 1].End);
                    if (LooksLikePlace(previous) && structure.Container == previous)
                    {
                        structure.Container = null;
                        _place = previous;
                    }
                }

                _explicitPublisher = text;
                continue;
            }

            if (_explicitPublisher is null && IsOrganizationLike(text) && !IsNewspaperName(text) && !IsPageOrVolume(lower))
            {
                _explicitPublisher = text;
                continue;
            }

            if (allowContainer && structure.Container is null && !IsPageOrVolume(lower))
            {
                if (LooksLikePlace(text) && p + 1 < pieces.Count && IsPublisherLike(FieldText(pieces[p + 1].Start, pieces[p + 1].End)))
                {
                    _place = text;
                    continue;
                }

                structure.Container = text;
                structure.ContainerStart = pieceStartIndex;
                structure.ContainerEnd = pieceEnd;
                continue;
            }

            if (IsPageOrVolume(lower))
            {
                _hasVolume = true;
                continue;
            }

            if (_explicitPublisher is null && structure.Container is not null && (IsOrganizationLike(text) || Resolve(text) is not null))
            {
                _explicitPublisher = text;
            }
        }
    }

    /// <summary>The first index at or after <paramref name="from"/> that is claimed or starts a date; <c>int.MaxValue</c> if none.</summary>
    private int NextClaimOrDateStart(int from)
    {
        var next = int.MaxValue;
        foreach (var claim in _claims)
        {
            if (claim.End > from)
            {
                next = Math.Min(next, Math.Max(from, claim.Start));
            }
        }

        foreach (var hit in _dates)
        {
            if (hit.Start >= from)
            {
                next = Math.Min(next, hit.Start);
            }
        }

        return next;
    }

    private bool DateStartsAt(int index)
    {
        foreach (var hit in _dates)
        {
            if (hit.Start == index)
            {
                return true;
            }
        }

        return false;
    }

    private int? DateEndAt(int index)
    {
        foreach (var hit in _dates)
        {
            if (hit.Start == index)
            {
                return hit.End;
            }
        }

        return null;
    }

    /// <summary>Whether a piece is a role or edition note: 译, 2 版, 修订版, 刻本, (日本語), PDF, 朝刊.</summary>
    /// <param name="lower">The piece in invariant lower case.</param>
    private static bool IsNoise(string lower)
    {
        return lower is "译" or "譯" or "訳" or "编" or "編" or "主编" or "刻本" or "修订版" or "修訂版" or "pdf" or "(pdf)" or "日本語" or "英語" or "中国語" or "英語版" or "online" or "オンライン" or "web" or "n.d." or "版"
            || lower.EndsWith(" ed", StringComparison.Ordinal) || lower.EndsWith(" 版", StringComparison.Ordinal) || (lower.EndsWith('版') && lower.Length <= 4 && !lower.EndsWith("出版", StringComparison.Ordinal))
            || lower.EndsWith('译') || lower.EndsWith('譯') || lower.EndsWith('訳')
            || lower.StartsWith("isbn", StringComparison.Ordinal) || lower.StartsWith("issn", StringComparison.Ordinal) || lower.StartsWith("naid", StringComparison.Ordinal)
            || !lower.AsSpan().ContainsAnyExcept(DigitsDashesAndSpace);
    }

    private static readonly SearchValues<char> DigitsDashesAndSpace = SearchValues.Create("0123456789-– ");

    /// <summary>Whether a piece gives pages or a volume: p. 12, pp., vol., no., 第3期, 31面.</summary>
    /// <param name="lower">The piece in invariant lower case.</param>
    private static bool IsPageOrVolume(string lower)
    {
        return lower.StartsWith("p.", StringComparison.Ordinal) || lower.StartsWith("pp.", StringComparison.Ordinal) || lower.StartsWith("vol", StringComparison.Ordinal)
            || lower.StartsWith("no.", StringComparison.Ordinal) || lower.StartsWith('第') && (lower.EndsWith('期') || lower.EndsWith('页') || lower.EndsWith('頁') || lower.EndsWith('卷') || lower.EndsWith('巻') || lower.EndsWith('号') || lower.EndsWith('號') || lower.EndsWith('版') || lower.EndsWith('面') || lower.EndsWith('册') || lower.EndsWith('冊'))
            || lower.EndsWith('面') && lower.Length <= 4 || lower.EndsWith('頁') && lower.Length <= 8 || lower.EndsWith('页') && lower.Length <= 8 || lower.EndsWith('p') && lower.Length <= 6 && char.IsAsciiDigit(lower[0]);
    }

    private static bool IsPublisherLike(string text) => ParsingData.EndsWithPublisherSuffix(text);

    private static bool LooksLikePlace(string text)
    {
        if (text.Length is 0 or > 24)
        {
            return false;
        }

        var han = 0;
        foreach (var c in text)
        {
            if (IsHanChar(c))
            {
                han++;
            }
            else if (!(char.IsAsciiLetter(c) || c is ' ' or ',' or '.'))
            {
                return false;
            }
        }

        return han > 0 ? han <= 4 && han == text.Length : CountWords(text, SpaceOrComma) <= 4;
    }

    // ---- Setting fields ---------------------------------------------------------------------------------------

    private void SetTitle(Structure structure, int start, int end, bool trimMarks)
    {
        var text = FieldText(start, end);
        if (trimMarks && text.Length >= 2 && ((IsOpenMark(text[0]) && Closes(text[0], text[^1])) || (text[0] == '"' && text[^1] == '"')))
        {
            text = TrimField(text[1..^1]);
        }
        else if (trimMarks && SplitSiteSuffix(text) is { } split)
        {
            // "記事タイトル - PC Watch", "Title | OKX": the page title, then the site's name.
            text = split.Title;
            structure.Container ??= split.Site;
        }

        structure.Title = text.Length > 0 ? text : null;
        structure.TitleStart = start;
        structure.TitleEnd = end;
    }

    private static (string Title, string Site)? SplitSiteSuffix(string text)
    {
        var index = Math.Max(text.LastIndexOf(" - ", StringComparison.Ordinal), text.LastIndexOf(" | ", StringComparison.Ordinal));
        if (index <= 0)
        {
            return null;
        }

        var site = text[(index + 3)..].Trim();
        var title = text[..index].Trim();
        var words = site.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (site.Length == 0 || title.Length == 0 || words.Length > 4 || CjkCharacters.ContainsCjk(site) || !(char.IsAsciiLetterUpper(site[0]) || char.IsAsciiDigit(site[0])))
        {
            return null;
        }

        return (title, site);
    }

    private void SetContainer(Structure structure, int start, int end)
    {
        var text = FieldText(start, end);
        structure.Container = text.Length > 0 ? text : null;
        structure.ContainerStart = start;
        structure.ContainerEnd = end;
    }

    private void SetAuthors(Structure structure, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        // Leave out dates (the author–date group) and empty brackets they leave behind.
        var text = TextOf(start, end);
        foreach (var hit in _dates)
        {
            if (hit.Start >= start && hit.End <= end)
            {
                text = text.Replace(_text[hit.Start..hit.End], string.Empty, StringComparison.Ordinal);
            }
        }

        if (text.AsSpan().IndexOfAny('(', '（') >= 0)
        {
            text = text.Replace("()", string.Empty, StringComparison.Ordinal).Replace("（）", string.Empty, StringComparison.Ordinal)
                .Replace("(n.d.)", string.Empty, StringComparison.Ordinal).Replace("（n.d.）", string.Empty, StringComparison.Ordinal);
        }

        text = TrimName(StripLeadIn(text));
        if (text.Length == 0 || IsLeadIn(text))
        {
            return;
        }

        structure.Authors = text.Length > 0 ? text : null;
        structure.AuthorsStart = start;
    }

    private static string StripLeadIn(string text)
    {
        foreach (var prefix in (string[])["出典：", "出典:", "出典は", "出所：", "参考：", "参照：", "資料來源：", "资料来源：", "来源：", "來源：", "Source:", "Sources:"])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    /// <summary>Trims spaces, field punctuation and unmatched brackets from both ends.</summary>
    internal static string TrimField(string text)
    {
        var (start, end) = TrimFieldBounds(text);
        return text[start..end];
    }

    /// <summary>Where <see cref="TrimField"/> cuts <paramref name="text"/>: the bounds of what it keeps.</summary>
    private static (int Start, int End) TrimFieldBounds(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        var changed = true;
        while (changed && end > start)
        {
            changed = false;
            while (start < end && IsFieldPunctuation(text[start], leading: true))
            {
                start++;
                changed = true;
            }

            while (end > start && IsFieldPunctuation(text[end - 1], leading: false))
            {
                end--;
                changed = true;
            }

            if (end - start >= 2 && IsBracketPair(text[start], text[end - 1]) && Balanced(text, start + 1, end - 1))
            {
                start++;
                end--;
                changed = true;
            }

            // A lone opening bracket at the end or closing bracket at the start.
            if (end > start && text[end - 1] is '(' or '（' or '[' or '［' or '【')
            {
                end--;
                changed = true;
            }

            if (end > start && text[start] is ')' or '）' or ']' or '］' or '】' && !Balanced(text, start, end))
            {
                start++;
                changed = true;
            }

            if (end > start && text[end - 1] is ')' or '）' && !Balanced(text, start, end))
            {
                end--;
                changed = true;
            }
        }

        return (start, end);
    }

    private static PublisherRef? UnresolvedOrNull(string name) =>
        string.IsNullOrWhiteSpace(name) ? null : PublisherRef.Unresolved(name);

    private static bool IsFieldPunctuation(char c, bool leading) =>
        WhiteSpace.Is(c) || c is ' ' or '\t' or '\u3000' or ',' or '，' or '、' or '．' or '。' or ':' or '：' or ';' or '；' or '|' or '｜' or '/' or '–' or '—' or '·' or '＊' or '*'
        || c == '.' || (c == '-' && leading);

    private static bool IsBracketPair(char open, char close) =>
        (open, close) is ('(', ')') or ('（', '）') or ('[', ']') or ('［', '］') or ('【', '】');

    private static bool Balanced(ReadOnlySpan<char> text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '(' or '（' or '[' or '［' or '【')
            {
                depth++;
            }
            else if (text[i] is ')' or '）' or ']' or '］' or '】' && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    // ---- Picking dates, URL, publisher, type, language ----------------------------------------------------------

    private CitationDate? PickIssued(Structure structure)
    {
        for (var d = 0; d < _dates.Count; d++)
        {
            var hit = _dates[d];
            if (hit.Start < 0 || IsClaimed(hit.Start) || IsInside(hit.Start, structure.TitleStart, structure.TitleEnd)
                || IsInside(hit.Start, structure.ContainerStart, structure.ContainerEnd) || IsInsideMark(hit.Start))
            {
                continue;
            }

            Claim(hit.Start, hit.End, ClaimKind.Issued);
            return hit.Date;
        }

        return null;
    }

    private static bool IsInside(int index, int start, int end) => start >= 0 && index >= start && index < end;

    private Uri? PickUrl()
    {
        foreach (var (start, end, text) in _urls)
        {
            var candidate = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + text : text;
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                // A plain host read from the text spares Uri parsing the rest of the address, which nothing here needs.
                var host = PlainUrlHost.Of(candidate) ?? uri.Host;
                if (host.Length > 0)
                {
                    _urlHost = host;
                    return uri;
                }
            }

            Report(DiagnosticSeverity.Warning, "reference.invalid-url", $"'{text}' is not a valid URL.", start, end - start);
        }

        if (_linkUrl is not null && Uri.TryCreate(_linkUrl, UriKind.Absolute, out var link))
        {
            return link;
        }

        return null;
    }

    private PublisherRef? PickPublisher(Structure structure, ImmutableArray<Contributor> authors, Uri? url)
    {
        if (_explicitPublisher is { Length: > 0 } named)
        {
            return Resolve(named) ?? UnresolvedOrNull(named);
        }

        foreach (var author in authors)
        {
            if (author.Organization is { } organization)
            {
                return organization;
            }
        }

        if (structure.Container is { } container)
        {
            if (Resolve(container) is { } known)
            {
                return known;
            }

            if (IsNewspaperName(container))
            {
                // A newspaper is published under its own name (日本経済新聞, 人民日报).
                return UnresolvedOrNull(container);
            }
        }

        if (url is null)
        {
            return null;
        }

        var host = _urlHost ?? url.Host;
        var original = ArchivedUrl.Original(url, host);
        if (_publishers.ResolveUrl(original ?? url, original is null ? _urlHost : null) is { } inferred)
        {
            if (original is null && ArchivedUrl.IsArchive(host))
            {
                return null;
            }

            Report(DiagnosticSeverity.Info, "reference.publisher-inferred", $"The publisher was inferred from the URL host '{host}'.", _begin, 0);
            return inferred;
        }

        return null;
    }

    private SourceType PickType(Uri? url, LocalizedText? title, string? category, PublisherRef? publisher, Structure structure)
    {
        if (_typeCode is { } code)
        {
            return MainTypeCode(code) switch
            {
                // GB/T 7714-2015 §4.1 and appendix B: the document type codes.
                "M" or "G" => SourceType.Book,
                "C" => SourceType.ConferencePaper,
                "J" => SourceType.JournalArticle,
                "N" => SourceType.NewsArticle,
                "R" => SourceType.ResearchReport,
                "D" => SourceType.Thesis,
                "S" => SourceType.Standard,
                "P" => SourceType.Patent,
                "CP" => SourceType.Software,
                "A" => SourceType.Collection,
                "CM" => SourceType.Map,
                "DB" or "DS" => SourceType.Dataset,
                "EB" => SourceType.WebPage,
                _ => SourceType.Other,
            };
        }

        // Uri is asked for the path only when the address could name a press page: "press" in its text, or escapes and
        // backslashes that Uri might turn into it.
        var path = url is not null && MayNamePress(url.OriginalString) ? url.AbsolutePath : string.Empty;
        var isPress = path.Contains("/press", StringComparison.OrdinalIgnoreCase) || path.Contains("/press_release", StringComparison.OrdinalIgnoreCase)
            || (title?.Text.Contains("プレスリリース", StringComparison.Ordinal) ?? false) || (title?.Text.Contains("报道发布", StringComparison.Ordinal) ?? false);
        switch (ReferenceCategories.FromHeading(category))
        {
            case ReferenceCategory.Government:
                return isPress ? SourceType.PressRelease : SourceType.GovernmentDocument;
            case ReferenceCategory.Media:
                return SourceType.NewsArticle;
            case ReferenceCategory.ExpertCommentary:
                return SourceType.ExpertCommentary;
            case ReferenceCategory.Research:
                return SourceType.ResearchReport;
            case ReferenceCategory.Other:
                return url is not null ? SourceType.WebPage : SourceType.Other;
        }

        if (_hasNewspaperEdition || IsNewspaperName(structure.Container))
        {
            return SourceType.NewsArticle;
        }

        if (isPress)
        {
            return SourceType.PressRelease;
        }

        if (publisher?.Id is { } id)
        {
            switch (_publishers.RoleOf(id))
            {
                case PublisherRole.Government:
                    return SourceType.GovernmentDocument;
                case PublisherRole.NewsMedia:
                    return SourceType.NewsArticle;
                case PublisherRole.Research:
                    return SourceType.ResearchReport;
            }
        }

        if (_hasVolume && structure.Container is not null)
        {
            return SourceType.JournalArticle;
        }

        if (structure.IsBook || (_explicitPublisher is not null && IsPublisherLike(_explicitPublisher) && structure.Container is null && url is null))
        {
            return SourceType.Book;
        }

        return url is not null ? SourceType.WebPage : SourceType.Other;
    }

    private static bool MayNamePress(string url) =>
        url.Contains("press", StringComparison.OrdinalIgnoreCase) || url.Contains('%', StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal);

    private static bool IsNewspaperName(string? name) =>
        name is { Length: >= 2 } && name[^1] is '聞' or '闻' or '报' or '報' or 's' or 'n' or 't' && (name.EndsWith("新聞", StringComparison.Ordinal) || name.EndsWith("新闻", StringComparison.Ordinal) || name.EndsWith("日报", StringComparison.Ordinal)
            || name.EndsWith("日報", StringComparison.Ordinal) || name.EndsWith("時報", StringComparison.Ordinal) || name.EndsWith("时报", StringComparison.Ordinal)
            || name.EndsWith("晚报", StringComparison.Ordinal) || name.EndsWith("晚報", StringComparison.Ordinal) || name.EndsWith("Times", StringComparison.Ordinal)
            || name.EndsWith("Shimbun", StringComparison.Ordinal) || name.EndsWith("Post", StringComparison.Ordinal));

    private string? DetectLanguage(Structure structure)
    {
        // The unclaimed text of the line, counted run by run as TextOf(_begin, _end) would join it, without the copy.
        var counts = default(ScriptLanguage.Counts);
        var japaneseMarks = false;
        var runStart = _begin;
        foreach (var claim in _claims)
        {
            if (claim.End <= _begin || claim.Start >= _end)
            {
                continue;
            }

            if (claim.Start > runStart)
            {
                var run = _text.AsSpan(runStart, claim.Start - runStart);
                counts.Add(run);
                japaneseMarks |= run.IndexOfAny('「', '『') >= 0;
            }

            runStart = Math.Max(runStart, claim.End);
        }

        if (runStart < _end)
        {
            var run = _text.AsSpan(runStart, _end - runStart);
            counts.Add(run);
            japaneseMarks |= run.IndexOfAny('「', '『') >= 0;
        }

        var lineLanguage = counts.Decide(japaneseMarks ? "ja" : null);
        if (lineLanguage is "zh")
        {
            lineLanguage = _context.DocumentLanguage is { } document && document.StartsWith("zh", StringComparison.Ordinal) ? document : "zh";
        }

        if (structure.Title is { } title)
        {
            var titleLanguage = ScriptLanguage.Detect(title, lineLanguage is "en" ? null : lineLanguage);
            if (titleLanguage is not null and not "zh")
            {
                return titleLanguage;
            }
        }

        return lineLanguage;
    }
}
