using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>A web address found in a line: where it is written and the address it gives.</summary>
internal readonly record struct UrlSpan(int Start, int End, string Address);

/// <summary>A link: the text of <c>[text](address)</c> or <c>&lt;a href&gt;</c>, and its address.</summary>
internal readonly record struct LinkSpan(int Start, int End, string? Address);

/// <summary>A date found in a line, and whether the line says it is the date the work was looked at.</summary>
internal readonly record struct LineDate(int Start, int End, CitationDate Date, bool IsAccess);

/// <summary>
/// Step 1 of reading a reference line: what its characters say before any field is decided — the cleaned text (markup
/// read, label skipped), the links, web addresses, dates (with access dates told apart) and the atoms the line divides
/// into. One instance per line.
/// </summary>
internal sealed class LineSpans
{
    public LineSpans(MarkupText markup, int bodyStart, int bodyEnd, string? labelId, bool ditto)
    {
        Markup = markup;
        Text = markup.Text;
        BodyStart = bodyStart;
        BodyEnd = TrimEnd(Text, bodyStart, bodyEnd);
        LabelId = labelId;
        Ditto = ditto;
        foreach (var span in markup.Spans)
        {
            if (span.Kind == MarkupKind.Link && span.End > span.Start)
            {
                Links.Add(new LinkSpan(span.Start, span.End, span.Url));
            }
        }

        UrlScanner.FindInReference(Text, BodyStart, BodyEnd, markup.Spans, Urls);
        SoutheastAsianLanguage = Internal.SoutheastAsianLanguage.Detect(Text.AsSpan(BodyStart, BodyEnd - BodyStart));
        FindDocumentNumbers();
        FindDates();
        Atomizer.Split(this, Atoms);
    }

    public MarkupText Markup { get; }

    /// <summary>
    /// The Southeast-Asian language the line is written in (th, vi, id, ms, fil, km, lo, my), whose date forms are read
    /// besides the CJK and English ones; <see langword="null"/> for other lines.
    /// </summary>
    public string? SoutheastAsianLanguage { get; }

    /// <summary>The cleaned line.</summary>
    public string Text { get; }

    /// <summary>Where the reference starts, after its label.</summary>
    public int BodyStart { get; }

    /// <summary>Where it ends, trailing spaces left out.</summary>
    public int BodyEnd { get; }

    /// <summary>The footnote name or list number of the label, if any.</summary>
    public string? LabelId { get; }

    /// <summary>Whether the label was a ditto rule (the previous entry's authors).</summary>
    public bool Ditto { get; }

    public List<LinkSpan> Links { get; } = [];

    public List<UrlSpan> Urls { get; } = [];

    public List<LineDate> Dates { get; } = [];

    public List<Atom> Atoms { get; } = new(16);

    /// <summary>Document numbers: 国发〔2017〕35号 (issuer code, year in brackets, number, 号).</summary>
    public List<(int Start, int End)> Numbers { get; } = [];

    /// <summary>Title marks that open and never close (at most a few are kept).</summary>
    public List<int> UnbalancedMarks { get; } = [];

    /// <summary>Whether <paramref name="index"/> lies inside a web address written in the text.</summary>
    public bool IsInUrl(int index)
    {
        foreach (var url in Urls)
        {
            if (index >= url.Start && index < url.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="index"/> lies inside emphasis.</summary>
    public bool IsEmphasis(int index)
    {
        foreach (var span in Markup.Spans)
        {
            if (span.Kind == MarkupKind.Emphasis && index >= span.Start && index < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The emphasis span (its index in <see cref="MarkupText.Spans"/>) that holds <paramref name="index"/>, or -1.</summary>
    public int EmphasisAt(int index)
    {
        for (var i = 0; i < Markup.Spans.Count; i++)
        {
            var span = Markup.Spans[i];
            if (span.Kind == MarkupKind.Emphasis && index >= span.Start && index < span.End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The link whose text holds <paramref name="index"/>, or -1.</summary>
    public int LinkAt(int index)
    {
        for (var i = 0; i < Links.Count; i++)
        {
            if (index >= Links[i].Start && index < Links[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    public string Slice(int start, int end) => Text[start..end];

    private void FindDocumentNumbers()
    {
        for (var i = BodyStart; i < BodyEnd; i++)
        {
            if (Text[i] is not ('〔' or '［' or '[' or '(' or '（') || IsInUrl(i))
            {
                continue;
            }

            var close = Text[i] switch { '〔' => '〕', '［' => '］', '[' => ']', '(' => ')', _ => '）' };
            var p = i + 1;
            while (p < BodyEnd && p - i - 1 < 4 && char.IsDigit(Text[p]))
            {
                p++;
            }

            if (p - i - 1 != 4 || p >= BodyEnd || Text[p] != close)
            {
                continue;
            }

            var q = p + 1;
            while (q < BodyEnd && Text[q] == ' ')
            {
                q++;
            }

            var numberStart = q;
            while (q < BodyEnd && char.IsDigit(Text[q]))
            {
                q++;
            }

            while (q < BodyEnd && Text[q] == ' ')
            {
                q++;
            }

            if (q == numberStart || q >= BodyEnd || Text[q] is not ('号' or '號'))
            {
                continue;
            }

            // The issuer's code before the bracket: 国发, 京政办发, 法发.
            var start = i;
            while (start > BodyStart && start > i - 8 && Text[start - 1] is >= '\u4E00' and <= '\u9FFF')
            {
                start--;
            }

            Numbers.Add((start, q + 1));
            i = q;
        }
    }

    private bool IsInNumber(int index)
    {
        foreach (var (start, end) in Numbers)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    private void FindDates()
    {
        var hits = new List<DateHit>(4);
        var dateLanguage = AseanAi.Citations.Dates.DateLanguages.FromTag(SoutheastAsianLanguage);
        var i = BodyStart;
        foreach (var url in Urls)
        {
            if (url.Start > i)
            {
                ReferenceDates.Find(Text, i, url.Start, hits, language: dateLanguage);
            }

            i = Math.Max(i, url.End);
        }

        if (i < BodyEnd)
        {
            ReferenceDates.Find(Text, i, BodyEnd, hits, language: dateLanguage);
        }

        hits.RemoveAll(h => IsInNumber(h.Start));
        for (var d = 0; d < hits.Count; d++)
        {
            var hit = hits[d];
            Dates.Add(new LineDate(hit.Start, hit.End, hit.Date, IsAccessDate(hit, d > 0 ? hits[d - 1] : null)));
        }
    }

    private bool IsAccessDate(DateHit hit, DateHit? previous)
    {
        // GB/T 7714: [2013-03-20] after the publication date is the date of citation.
        if (previous is not null && !hit.IsYearOnly && hit.Start > BodyStart && Text[hit.Start - 1] is '[' or '［' && hit.End < BodyEnd && Text[hit.End] is ']' or '］')
        {
            return true;
        }

        // A phrase before: 最終閲覧日：2025-01-01, accessed May 24, 2025, 檢索日期：3月 6, 2026.
        var before = hit.Start;
        while (before > BodyStart && Text[before - 1] is ' ' or '\u3000' or ':' or '：' or '，' or ',' or '\t' or '(' or '（' or '[' or '［')
        {
            before--;
        }

        // The window holds the longest phrase of the list (diakses pada tanggal, truy cập lần cuối ngày).
        var reach = ReadingWords.Instance["access-before"][0].Length;
        var window = Text.AsSpan(Math.Max(BodyStart, before - reach), before - Math.Max(BodyStart, before - reach));
        if (window.Length > 0 && ReadingWords.Instance.EndingLength("access-before", window) is > 0 and var length
            && (length == window.Length || !char.IsAsciiLetter(window[^(length + 1)]) || !char.IsAsciiLetter(window[^length])))
        {
            return true;
        }

        // A word after: 2023年11月30日閲覧, 5月 24, 2025にアクセス.
        var after = hit.End;
        while (after < BodyEnd && Text[after] is ' ' or '\u3000' or 'に' or '日')
        {
            after++;
        }

        return after < BodyEnd && ReadingWords.Instance.StartingLength("access-after", Text.AsSpan(after, Math.Min(6, BodyEnd - after))) > 0;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
