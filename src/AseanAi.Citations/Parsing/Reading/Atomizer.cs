namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Step 2 of reading a reference line: divides its body into atoms. Links and emphasis are regions whose atoms never
/// cross their edges; inside a region, a pair of title marks or brackets (matched with nesting, outermost only), a web
/// address and a date in plain text are atoms of their own, and the text between them is cut at separators
/// (。 ． , ， 、 ; ； : ： ' - ' ' — ' | ｜ //, and a period that ends a word before a space or CJK).
/// </summary>
internal static class Atomizer
{
    private const int MaxAtoms = 4096;

    public static void Split(LineSpans line, List<Atom> atoms)
    {
        var text = line.Text;
        var start = line.BodyStart;
        var end = line.BodyEnd;

        // Region edges: where links open and close (emphasis may straddle marks, “*title.”*, so it is a flag of the atoms).
        var edges = new List<int> { start, end };
        foreach (var span in line.Markup.Spans)
        {
            // A link written inside title marks, “[title](url)”, 『[週刊ダイヤモンド](…)』, stays inside them.
            if (span.Kind is MarkupKind.Link && span.End > span.Start && !IsEnclosedByMarks(text, span.Start, span.End, start, end))
            {
                edges.Add(Math.Clamp(span.Start, start, end));
                edges.Add(Math.Clamp(span.End, start, end));
            }
        }

        edges.Sort();
        for (var e = 0; e + 1 < edges.Count && atoms.Count < MaxAtoms; e++)
        {
            if (edges[e + 1] > edges[e])
            {
                SplitRegion(line, text, edges[e], edges[e + 1], atoms);
            }
        }

        // Separators between atoms, and each atom's link, emphasis and first date.
        for (var a = 0; a < atoms.Count; a++)
        {
            var atom = atoms[a];
            atom.Before = a == 0 ? SeparatorKind.Edge : Separator(text, atoms[a - 1].End, atom.Start);
            atom.After = a == atoms.Count - 1 ? SeparatorKind.Edge : Separator(text, atom.End, atoms[a + 1].Start);
            atom.Link = line.LinkAt(atom.Start);
            if (atom.Link < 0 && atom.Kind != AtomKind.Text)
            {
                // A mark around a link: the link inside it.
                atom.Link = line.Links.FindIndex(l => l.Start >= atom.ContentStart && l.End <= atom.ContentEnd);
            }

            atom.Emphasis = line.IsEmphasis((atom.ContentStart + atom.ContentEnd) / 2);
            atom.Date = -1;
            for (var d = 0; d < line.Dates.Count; d++)
            {
                if (line.Dates[d].Start >= atom.ContentStart && line.Dates[d].End <= atom.ContentEnd)
                {
                    atom.Date = d;
                    break;
                }
            }

            atoms[a] = atom;
        }
    }

    /// <summary>Whether a bracket's content reads "place: publisher, year", as notes give publication facts.</summary>
    private static bool HoldsPublicationFacts(LineSpans line, int start, int end)
    {
        var content = line.Text.AsSpan(start, end - start);
        var colon = content.IndexOfAny(':', '：');
        if (colon <= 0 || content.Length < 8)
        {
            return false;
        }

        // (福建：2022) has the place and the year only.
        var comma = content[colon..].IndexOfAny(',', '，');
        comma = comma < 0 ? 0 : comma;
        foreach (var date in line.Dates)
        {
            if (date.Start >= start + colon + comma && date.End <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnclosedByMarks(string text, int linkStart, int linkEnd, int start, int end)
    {
        var before = linkStart - 1;
        while (before >= start && text[before] is ' ' or '\u3000')
        {
            before--;
        }

        var after = linkEnd;
        while (after < end && text[after] is ' ' or '\u3000')
        {
            after++;
        }

        if (before < start || after >= end)
        {
            return false;
        }

        return (text[before], text[after]) is ('“', '”') or ('「', '」') or ('『', '』') or ('《', '》') or ('〈', '〉') or ('"', '"') or ('‘', '’') or ('【', '】');
    }

    private static void SplitRegion(LineSpans line, string text, int start, int end, List<Atom> atoms)
    {
        var i = start;
        var runStart = -1;
        while (i < end && atoms.Count < MaxAtoms)
        {
            // A web address.
            if (UrlAt(line, i) is { } url)
            {
                Flush(line, text, ref runStart, i, atoms);
                var urlEnd = Math.Min(line.Urls[url].End, end);
                atoms.Add(new Atom { Start = i, End = urlEnd, ContentStart = i, ContentEnd = urlEnd, Kind = AtomKind.Url, Url = url });
                i = urlEnd;
                continue;
            }

            var c = text[i];

            // A document number: 国发〔2017〕35号.
            if (NumberAt(line, i) is { } numberEnd && numberEnd <= end)
            {
                Flush(line, text, ref runStart, i, atoms);
                atoms.Add(new Atom { Start = i, End = numberEnd, ContentStart = i, ContentEnd = numberEnd, Kind = AtomKind.Number, Url = -1 });
                i = numberEnd;
                continue;
            }

            // A pair of title marks or brackets.
            if (Opener(text, i, end) is { } opener && Match(text, i, end, opener.Length) is { } closeEnd)
            {
                // Marks inside a phrase (关于印发《…》的通知, 2011年「世界認定の日」について) quote a name within the title.
                if (runStart >= 0 && IsInsidePhrase(line, text, i, closeEnd, end, opener))
                {
                    i = closeEnd;
                    continue;
                }

                Flush(line, text, ref runStart, i, atoms);
                var kind = KindOf(text, i, closeEnd, opener);
                if (kind is AtomKind.Round or AtomKind.Tortoise or AtomKind.Square && HoldsPublicationFacts(line, i + 1, closeEnd - 1))
                {
                    // (London: Collins, 1989): the place, publisher and year inside are atoms of their own.
                    var first = atoms.Count;
                    SplitRegion(line, text, i + 1, closeEnd - 1, atoms);
                    for (var a = first; a < atoms.Count; a++)
                    {
                        atoms[a] = atoms[a] with { Bracketed = true };
                    }

                    i = closeEnd;
                    continue;
                }

                atoms.Add(new Atom
                {
                    Start = i,
                    End = closeEnd,
                    ContentStart = i + opener.Length,
                    ContentEnd = closeEnd - CloserLength(text, closeEnd),
                    Kind = kind,
                    Url = -1,
                });
                i = closeEnd;
                continue;
            }

            if (Opener(text, i, end) is { } unmatched && unmatched is "「" or "『" or "《" or "〈" or "“" or "‘" or "｢" && line.UnbalancedMarks.Count < 3)
            {
                line.UnbalancedMarks.Add(i);
            }

            // A date in plain text is an atom even where it holds a separator (May 24, 2025; 6月 2, 2025).
            if (DateAt(line, i) is { } dateEnd && dateEnd <= end)
            {
                Flush(line, text, ref runStart, i, atoms);
                atoms.Add(new Atom { Start = i, End = dateEnd, ContentStart = i, ContentEnd = dateEnd, Kind = AtomKind.Date, Url = -1 });
                i = dateEnd;
                continue;
            }

            // A separator ends the run.
            var separatorLength = SeparatorLength(text, i, start, end);
            if (separatorLength > 0)
            {
                Flush(line, text, ref runStart, i, atoms);
                i += separatorLength;
                continue;
            }

            if (runStart < 0 && !char.IsWhiteSpace(c))
            {
                runStart = i;
            }

            i++;
        }

        Flush(line, text, ref runStart, Math.Min(i, end), atoms);
    }

    /// <summary>Adds the plain run [runStart, end) as atoms: its dates stand alone, the rest around them.</summary>
    private static void Flush(LineSpans line, string text, ref int runStart, int end, List<Atom> atoms)
    {
        if (runStart < 0)
        {
            return;
        }

        var s = runStart;
        runStart = -1;
        while (end > s && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var date in line.Dates)
        {
            if (date.Start >= s && date.End <= end && date.End > date.Start)
            {
                AddText(text, s, date.Start, atoms);
                atoms.Add(new Atom { Start = date.Start, End = date.End, ContentStart = date.Start, ContentEnd = date.End, Kind = AtomKind.Date, Url = -1 });
                s = date.End;
            }
        }

        AddText(text, s, end, atoms);
    }

    private static void AddText(string text, int start, int end, List<Atom> atoms)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            atoms.Add(new Atom { Start = start, End = end, ContentStart = start, ContentEnd = end, Kind = AtomKind.Text, Url = -1 });
        }
    }

    // Words that join what stands before and after them into one phrase (Chinese function words); a kana particle does too.
    private static readonly System.Buffers.SearchValues<char> PhraseJoiners = System.Buffers.SearchValues.Create("的及與与到由從从對对論论于於为為把被让讓向将將并並或");

    /// <summary>
    /// Whether the title marks [<paramref name="open"/>, <paramref name="closeEnd"/>) sit inside a phrase: glued to a word
    /// on both sides, with a function word or a kana particle at the join (关于印发《…》的通知, 日本電気の「…」に潜んでいた),
    /// unlike 著者「題名」出版社, where the marks hold the title between a name and a publisher.
    /// </summary>
    private static bool IsInsidePhrase(LineSpans line, string text, int open, int closeEnd, int end, string opener)
    {
        if (opener is "(" or "（" or "[" or "［" or "〔" or "【" or "``" || open == 0 || closeEnd >= end)
        {
            return false;
        }

        var left = text[open - 1];
        var right = text[closeEnd];
        if (!char.IsLetterOrDigit(left) || !char.IsLetterOrDigit(right))
        {
            return false;
        }

        if (!(IsJoiner(left) || IsJoiner(right)))
        {
            return false;
        }

        foreach (var date in line.Dates)
        {
            if (date.Start >= open && date.Start < closeEnd)
            {
                return false;
            }
        }

        foreach (var url in line.Urls)
        {
            if (url.Start >= open && url.Start < closeEnd)
            {
                return false;
            }
        }

        return true;

        static bool IsJoiner(char c) => PhraseJoiners.Contains(c) || c is >= '\u3041' and <= '\u309F';
    }

    private static int? NumberAt(LineSpans line, int index)
    {
        foreach (var (start, numberEnd) in line.Numbers)
        {
            if (start == index)
            {
                return numberEnd;
            }
        }

        return null;
    }

    private static int? DateAt(LineSpans line, int index)
    {
        foreach (var date in line.Dates)
        {
            if (date.Start == index && date.End > index)
            {
                return date.End;
            }
        }

        return null;
    }

    private static int? UrlAt(LineSpans line, int index)
    {
        for (var u = 0; u < line.Urls.Count; u++)
        {
            if (line.Urls[u].Start == index)
            {
                return u;
            }
        }

        return null;
    }

    // ---- Marks and brackets --------------------------------------------------------------------------------------

    private static string? Opener(string text, int i, int end) => text[i] switch
    {
        '「' => "「",
        '｢' => "｢",
        '『' => "『",
        '《' => "《",
        '〈' => "〈",
        '“' => "“",
        '‘' => "‘",
        '【' => "【",
        '(' => "(",
        '（' => "（",
        '[' => "[",
        '［' => "［",
        '〔' => "〔",
        '"' => "\"",
        '`' when i + 1 < end && text[i + 1] == '`' => "``",
        _ => null,
    };

    private static char CloserOf(string opener) => opener switch
    {
        "「" => '」',
        "｢" => '｣',
        "『" => '』',
        "《" => '》',
        "〈" => '〉',
        "“" => '”',
        "‘" => '’',
        "【" => '】',
        "(" => ')',
        "（" => '）',
        "[" => ']',
        "［" => '］',
        "〔" => '〕',
        "\"" => '"',
        _ => '\'',
    };

    private static int CloserLength(string text, int closeEnd) => closeEnd >= 2 && text[closeEnd - 1] == '\'' && text[closeEnd - 2] == '\'' ? 2 : 1;

    /// <summary>The end of the pair opened at <paramref name="open"/> (after its closer), or null when it is not closed in the region.</summary>
    private static int? Match(string text, int open, int end, int openerLength)
    {
        var opener = text.Substring(open, openerLength);
        var closer = CloserOf(opener);
        var sameDepth = 0;
        for (var i = open + openerLength; i < end; i++)
        {
            var c = text[i];
            if (opener == "``")
            {
                if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
                {
                    return i + 2;
                }

                continue;
            }

            if (opener == "\"")
            {
                if (c == '"')
                {
                    return i + 1;
                }

                continue;
            }

            if (c == opener[0] && closer != opener[0])
            {
                sameDepth++;
            }
            else if (c == closer)
            {
                if (sameDepth == 0)
                {
                    return i + 1;
                }

                sameDepth--;
            }
        }

        return null;
    }

    private static AtomKind KindOf(string text, int start, int end, string opener)
    {
        switch (opener)
        {
            case "「" or "｢":
                return AtomKind.Corner;
            case "『":
                return AtomKind.WhiteCorner;
            case "《":
                return AtomKind.DoubleAngle;
            case "〈":
                return AtomKind.Angle;
            case "“" or "``" or "\"":
                return AtomKind.Quote;
            case "‘":
                return AtomKind.SingleQuote;
            case "【":
                return AtomKind.Lenticular;
            case "(" or "（":
                return AtomKind.Round;
            case "〔":
                return AtomKind.Tortoise;
            default:
                return IsTypeCode(text.AsSpan(start + 1, end - start - 2)) ? AtomKind.TypeCode : AtomKind.Square;
        }
    }

    /// <summary>GB/T 7714 type codes: M, C, N, J, D, R, S, P, G, Z, A, EB, DB, CP, OL, and with /OL: [M], [J/OL], [EB/OL].</summary>
    public static bool IsTypeCode(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        var slash = code.IndexOf('/');
        var main = slash < 0 ? code : code[..slash];
        if (slash >= 0 && !code[(slash + 1)..].Equals("OL", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return main.Length is 1 or 2 && main.ToString().ToUpperInvariant() is "M" or "C" or "N" or "J" or "D" or "R" or "S" or "P" or "G" or "Z" or "A" or "K"
            or "EB" or "DB" or "CP" or "OL" or "PP" or "DS" or "CM";
    }

    // ---- Separators ------------------------------------------------------------------------------------------------

    /// <summary>How many characters the separator at <paramref name="i"/> takes (spaces around it included), or 0.</summary>
    private static int SeparatorLength(string text, int i, int start, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        var previous = i > start ? text[i - 1] : '\0';
        switch (c)
        {
            case '。' or '．' or '，' or '、' or '；' or ';' or '：' or '｜' or '|' or '丨':
                return 1;
            case ',':
                return (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) && i + 3 < end && char.IsAsciiDigit(text[i + 3])) || LegalFormFollows(text, i + 1, end) ? 0 : 1;
            case ':':
                return (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next)) || next == '/' ? 0 : 1;
            case '.':
                return PeriodEndsWord(text, i, start, end) ? 1 : 0;
            case '/' when next == '/':
                return 2;
            case '/' when previous == ' ' && next == ' ':
                return 1;
            case '-' or '–' or '—' or '－' or '·' or '•' when (previous is ' ' or '\u3000' && next is ' ' or '\u3000') || (next is ' ' && IsCjk(previous)) || (previous is ' ' && IsCjk(next)):
                return 1;
            case '—' or '―':
                var run = 1;
                while (i + run < end && text[i + run] == c)
                {
                    run++;
                }

                return run;
            default:
                return 0;
        }
    }

    // "KOHOKU KOGYO CO., LTD.", "Cray Research, Inc.": a legal form after a comma belongs to the name before it.
    private static bool LegalFormFollows(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var rest = text.AsSpan(i, end - i);
        foreach (var form in LegalForms)
        {
            if (rest.StartsWith(form, StringComparison.OrdinalIgnoreCase) && (rest.Length == form.Length || !char.IsLetter(rest[form.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LegalForms = ["Ltd", "Inc", "LLC", "Co.", "Corp", "GmbH", "Pte", "Sdn", "PLC", "K.K."];

    private static bool PeriodEndsWord(string text, int i, int start, int end)
    {
        var next = i + 1 < end ? text[i + 1] : ' ';
        var previous = i > start ? text[i - 1] : ' ';

        // An ellipsis (... ..) is part of the text it ends: truncated titles keep it.
        if (next == '.' || previous == '.')
        {
            return false;
        }

        if (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next))
        {
            return false;
        }

        if (IsCjk(previous) || IsCjk(next))
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);

        // GB/T lines without spaces: "KEVIN DEIERLING.What Is a DPU?", "陈登原.国史旧闻" (a word of two or more letters, then a capital).
        if (char.IsUpper(next) && word.Length >= 2 && !IsAbbreviation(word))
        {
            return true;
        }

        if (!char.IsWhiteSpace(next) && next is not ('[' or '(' or '“' or '"' or '「' or '《' or '*' or '）' or ')'))
        {
            return false;
        }

        // An abbreviation does not end a field: vol. no. pp. p. ed. eds. et al. Inc. Co. Ltd. Jr. e.g. An initial
        // (J. Smith, Reich, C. A.) does, and the atoms of a name are put together again when their role is decided.
        // Some abbreviations close what they end, and a capital after them starts the next field: "PEEBLES P Z Jr.
        // Probability, …", "4th ed. New York", "Cray Research, Inc. Annual report".
        return word.Length == 0 || !IsAbbreviation(word) || (EndsItsField(word) && i + 2 < end && char.IsUpper(text[i + 2]));
    }

    private static bool EndsItsField(ReadOnlySpan<char> word) =>
        word.Equals("jr", StringComparison.OrdinalIgnoreCase) || word.Equals("sr", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ed", StringComparison.OrdinalIgnoreCase) || word.Equals("eds", StringComparison.OrdinalIgnoreCase)
        || word.Equals("inc", StringComparison.OrdinalIgnoreCase) || word.Equals("ltd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("corp", StringComparison.OrdinalIgnoreCase);

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "vol" or "vols" or "no" or "nos" or "pp" or "p" or "ed" or "eds" or "inc" or "co" or "ltd" or "corp" or "jr" or "sr" or "dr"
                or "mr" or "ms" or "mrs" or "prof" or "st" or "dept" or "univ" or "e.g" or "i.e" or "cf" or "etc" or "vs" or "op" or "cit" or "ibid"
                or "trans" or "comp" or "rev" or "repr" or "ch" or "chap" or "sec" or "fig" or "ca" or "approx" or "jan" or "feb" or "mar" or "apr"
                or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec" or "u.s" or "u.k" or "ph.d" or "n.d" => true,
            _ => false,
        };
    }

    private static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    private static SeparatorKind Separator(string text, int start, int end)
    {
        var kind = SeparatorKind.None;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var k = c switch
            {
                ' ' or '\u3000' or '\t' => SeparatorKind.Space,
                ',' or '，' => SeparatorKind.Comma,
                '、' => SeparatorKind.EnumerationComma,
                '.' or '．' => SeparatorKind.Period,
                '。' => SeparatorKind.FullStop,
                ':' or '：' => SeparatorKind.Colon,
                ';' or '；' => SeparatorKind.Semicolon,
                '-' or '–' or '—' or '―' or '－' or '·' or '•' => SeparatorKind.Dash,
                '|' or '｜' or '丨' => SeparatorKind.Pipe,
                '/' => SeparatorKind.Slash,
                _ => SeparatorKind.Other,
            };

            // The first mark wins over spaces.
            if (k == SeparatorKind.Space)
            {
                if (kind == SeparatorKind.None)
                {
                    kind = k;
                }
            }
            else if (kind is SeparatorKind.None or SeparatorKind.Space)
            {
                kind = k;
            }
        }

        return kind;
    }
}
