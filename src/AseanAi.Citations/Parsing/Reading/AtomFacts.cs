using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>Computes the facts of <see cref="AtomFeatures"/> for each atom of a line.</summary>
internal static class AtomFacts
{
    // Japanese particles: a text holding them (with kana) reads as a phrase, as titles do, not as a name.
    private static readonly System.Buffers.SearchValues<char> Particles = System.Buffers.SearchValues.Create("のをがはでにへと");

    public static (byte[][] Facts, byte[] Line) Compute(LineSpans line, PublisherLookup publishers)
    {
        var atoms = line.Atoms;
        var facts = new byte[atoms.Count][];
        var firstDate = -1;
        var firstUrl = -1;
        var firstMark = -1;
        var hasTypeCode = false;
        var hasMark = false;
        for (var a = 0; a < atoms.Count; a++)
        {
            var kind = atoms[a].Kind;
            if (firstDate < 0 && (kind == AtomKind.Date || (kind == AtomKind.Round && atoms[a].Date >= 0 && OnlyDate(line, atoms[a]))) && !line.Dates[atoms[a].Date >= 0 ? atoms[a].Date : 0].IsAccess)
            {
                firstDate = a;
            }

            if (firstUrl < 0 && kind == AtomKind.Url)
            {
                firstUrl = a;
            }

            if (firstMark < 0 && IsMark(kind))
            {
                firstMark = a;
            }

            hasTypeCode |= kind == AtomKind.TypeCode;
            hasMark |= IsMark(kind);
        }

        var hosts = Hosts(line);
        for (var a = 0; a < atoms.Count; a++)
        {
            facts[a] = Of(line, a, publishers, firstDate, firstUrl, firstMark, hosts);
        }

        // Site names trail titles behind dashes and bars (title - Section - Site, date, url): how many such separators
        // stand after and before each atom, in the stretch before the first date or address.
        var tail = atoms.Count;
        for (var a = 0; a < atoms.Count; a++)
        {
            if (atoms[a].Kind is AtomKind.Url || (atoms[a].Kind == AtomKind.Date && a > 0))
            {
                tail = a;
                break;
            }
        }

        var before = 0;
        for (var a = 0; a < atoms.Count; a++)
        {
            if (a > 0 && a < tail && atoms[a].Before is SeparatorKind.Dash or SeparatorKind.Pipe)
            {
                before++;
            }

            facts[a][AtomFeatures.DashesBefore] = (byte)Math.Min(3, before);
        }

        var after = 0;
        for (var a = atoms.Count - 1; a >= 0; a--)
        {
            facts[a][AtomFeatures.DashesAfter] = (byte)Math.Min(3, a < tail ? after : 0);
            if (a < tail && atoms[a].Before is SeparatorKind.Dash or SeparatorKind.Pipe)
            {
                after++;
            }
        }

        var lineFacts = new byte[AtomFeatures.LineFactCount];
        lineFacts[AtomFeatures.LineHasTypeCode] = (byte)(hasTypeCode ? 1 : 0);
        lineFacts[AtomFeatures.LineHasMark] = (byte)(hasMark ? 1 : 0);
        lineFacts[AtomFeatures.LineHasLink] = (byte)(line.Links.Count > 0 ? 1 : 0);
        lineFacts[AtomFeatures.LineHasAccess] = (byte)(line.Dates.Exists(d => d.IsAccess) ? 1 : 0);
        lineFacts[AtomFeatures.LineScript] = LineScript(line.Text.AsSpan(line.BodyStart, line.BodyEnd - line.BodyStart));
        return (facts, lineFacts);
    }

    private static bool IsMark(AtomKind kind) => kind is AtomKind.Corner or AtomKind.WhiteCorner or AtomKind.DoubleAngle or AtomKind.Angle or AtomKind.Quote or AtomKind.SingleQuote;

    private static byte[] Of(LineSpans line, int a, PublisherLookup publishers, int firstDate, int firstUrl, int firstMark, List<string> hosts)
    {
        var atoms = line.Atoms;
        var atom = atoms[a];
        var content = line.Text.AsSpan(atom.ContentStart, atom.ContentLength);
        var f = new byte[AtomFeatures.FactCount];
        f[AtomFeatures.Kind] = (byte)atom.Kind;
        f[AtomFeatures.Script] = ScriptOf(content);
        f[AtomFeatures.Length] = LengthBucket(content.Length);
        f[AtomFeatures.Position] = PositionOf(a, atoms.Count);
        f[AtomFeatures.Before] = (byte)atom.Before;
        f[AtomFeatures.After] = (byte)atom.After;
        f[AtomFeatures.DateFact] = DateFactOf(line, atom);
        f[AtomFeatures.AccessWord] = AccessWordOf(content);
        var isText = atom.Kind is not (AtomKind.Url or AtomKind.Date or AtomKind.TypeCode);
        var name = isText && content.Length is > 0 and <= 80 ? content.Trim().ToString() : string.Empty;
        f[AtomFeatures.Registry] = name.Length > 0 ? RegistryOf(name, publishers) : (byte)0;
        var organisation = name.Length > 1 && ParsingData.IsOrganizationByItsWords(name);
        var press = name.Length > 1 && ParsingData.EndsWithPublisherSuffix(name);
        f[AtomFeatures.Suffix] = (byte)((organisation ? 1 : 0) + (press ? 2 : 0));
        f[AtomFeatures.NameShape] = name.Length > 0 ? NameShapes.Of(name) : (byte)0;
        f[AtomFeatures.Place] = (byte)(name.Length > 0 && Places.Contains(name) ? 1 : 0);
        f[AtomFeatures.TypeCodeNext] = a + 1 < atoms.Count && atoms[a + 1].Kind == AtomKind.TypeCode ? TypeCodeOf(line, atoms[a + 1]) : (byte)0;
        f[AtomFeatures.TypeCodePrevious] = a > 0 && atoms[a - 1].Kind == AtomKind.TypeCode ? TypeCodeOf(line, atoms[a - 1]) : (byte)0;
        f[AtomFeatures.Locator] = isText ? LocatorOf(content) : (byte)0;
        f[AtomFeatures.LinkPlace] = LinkPlaceOf(atoms, a);
        f[AtomFeatures.Emphasis] = (byte)(atom.Emphasis ? 1 : 0);
        f[AtomFeatures.BracketContent] = atom.Kind is AtomKind.Round or AtomKind.Square or AtomKind.Tortoise or AtomKind.Lenticular ? BracketContentOf(line, atom, content) : (byte)0;
        f[AtomFeatures.HostMatch] = (byte)(name.Length > 1 && MatchesHost(name, hosts) ? 1 : 0);
        f[AtomFeatures.Site] = (byte)(name.Length > 0 && ReadingWords.Instance.Contains("site", name) ? 1 : 0);
        f[AtomFeatures.Ellipsis] = (byte)(content.EndsWith("...", StringComparison.Ordinal) || content.EndsWith("…", StringComparison.Ordinal) ? 1 : 0);
        f[AtomFeatures.Case] = CaseOf(content);
        f[AtomFeatures.Particles] = (byte)(content.IndexOfAny(Particles) >= 0 && content.ContainsAnyInRange('\u3040', '\u309F') ? 1 : 0);
        f[AtomFeatures.Words] = WordsOf(content);
        f[AtomFeatures.DateRelation] = Relation(a, firstDate);
        f[AtomFeatures.UrlRelation] = Relation(a, firstUrl);
        f[AtomFeatures.MarkRelation] = Relation(a, firstMark);
        f[AtomFeatures.Bracketed] = (byte)(atom.Bracketed ? 1 : 0);
        f[AtomFeatures.EtAl] = (byte)(name.Length > 0 && ReadingWords.Instance.EndingLength("et-al", name) > 0 ? 1 : 0);
        return f;
    }

    private static byte Relation(int a, int first) => first < 0 ? (byte)0 : a < first ? (byte)1 : a == first ? (byte)2 : (byte)3;

    private static bool OnlyDate(LineSpans line, Atom atom) =>
        atom.Date >= 0 && line.Dates[atom.Date].Start - atom.ContentStart <= 1 && atom.ContentEnd - line.Dates[atom.Date].End <= 1;

    private static byte ScriptOf(ReadOnlySpan<char> text)
    {
        int han = 0, kana = 0, hangul = 0, latin = 0, digits = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
            {
                han++;
            }
            else if (c is >= '\uAC00' and <= '\uD7AF')
            {
                hangul++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (han + kana + hangul + latin + digits == 0)
        {
            return text.IsEmpty ? (byte)0 : (byte)7;
        }

        var cjk = han + kana + hangul;
        if (cjk > 0 && latin > 2)
        {
            return 6;
        }

        if (kana > 0)
        {
            return 2;
        }

        if (hangul > 0)
        {
            return 3;
        }

        if (han > 0)
        {
            return 1;
        }

        return latin > 0 ? (byte)4 : (byte)5;
    }

    private static byte LineScript(ReadOnlySpan<char> text) => ScriptOf(text) switch
    {
        1 => 0,
        2 => 1,
        4 or 5 or 7 => 2,
        3 => 3,
        _ => 4,
    };

    private static byte LengthBucket(int length) => length switch
    {
        <= 1 => 0,
        2 => 1,
        3 => 2,
        4 => 3,
        <= 6 => 4,
        <= 10 => 5,
        <= 20 => 6,
        <= 40 => 7,
        _ => 8,
    };

    private static byte PositionOf(int a, int count) =>
        count == 1 ? (byte)0 : a == 0 ? (byte)1 : a == count - 1 ? (byte)6 : a == count - 2 ? (byte)5 : a == 1 ? (byte)2 : a == 2 ? (byte)3 : (byte)4;

    private static byte DateFactOf(LineSpans line, Atom atom)
    {
        if (atom.Date < 0)
        {
            return 0;
        }

        var date = line.Dates[atom.Date];
        var whole = OnlyDate(line, atom) || atom.Kind == AtomKind.Date;
        if (date.IsAccess)
        {
            return whole ? (byte)9 : (byte)10;
        }

        var precision = date.Date.IsInterval ? 4 : date.Date.Start.Precision switch
        {
            DatePrecision.Year => 1,
            DatePrecision.Month => 2,
            DatePrecision.Day => 3,
            _ => 4,
        };
        return (byte)(whole ? precision : precision + 4);
    }

    private static byte AccessWordOf(ReadOnlySpan<char> text)
    {
        // One search for any entry first (WordList.IsIn); most atoms hold none, and then neither loop could answer.
        var words = ReadingWords.Instance;
        if (words.ListOf("access-before").IsIn(text))
        {
            foreach (var word in words["access-before"])
            {
                if (text.Contains(word, StringComparison.OrdinalIgnoreCase) && (word.Length > 3 || !char.IsAsciiLetter(word[0])))
                {
                    return 1;
                }
            }
        }

        if (words.ListOf("access-after").IsIn(text))
        {
            return 2;
        }

        // 公開日, 发布日期, Published: a label of the work's own date, when the atom is little more than the label.
        return text.Length <= 14 && words.ListOf("date-label").IsIn(text) ? (byte)3 : (byte)0;
    }

    private static byte RegistryOf(string name, PublisherLookup publishers)
    {
        if (publishers.Resolve(name) is { Id: { } id })
        {
            return publishers.RoleOf(id) switch
            {
                PublisherRole.Government => 1,
                PublisherRole.NewsMedia => 2,
                PublisherRole.Research => 3,
                PublisherRole.Other => 4,
                _ => 5,
            };
        }

        return name.Length <= 60 && publishers.FindMentionsInName(name).Count > 0 ? (byte)6 : (byte)0;
    }

    private static byte TypeCodeOf(LineSpans line, Atom code)
    {
        var text = line.Text.AsSpan(code.ContentStart, code.ContentLength).Trim();
        if (text.EndsWith("OL", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return char.ToUpperInvariant(text[0]) switch
        {
            'M' => 1,
            'J' => 2,
            _ => 4,
        };
    }

    private static byte LocatorOf(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.IsEmpty)
        {
            return 0;
        }

        if (t.StartsWith("pp", StringComparison.OrdinalIgnoreCase) || t.StartsWith("p.", StringComparison.OrdinalIgnoreCase) || t.EndsWith("页", StringComparison.Ordinal)
            || t.EndsWith("頁", StringComparison.Ordinal) || t.StartsWith("页", StringComparison.Ordinal) || t.StartsWith("頁", StringComparison.Ordinal) || t.EndsWith("面", StringComparison.Ordinal))
        {
            return 1;
        }

        if (t.StartsWith("vol", StringComparison.OrdinalIgnoreCase) || t.EndsWith("卷", StringComparison.Ordinal) || t.EndsWith("巻", StringComparison.Ordinal))
        {
            return 2;
        }

        if (t.StartsWith("no", StringComparison.OrdinalIgnoreCase) && t.Length < 10 || t.EndsWith("期", StringComparison.Ordinal) || t.EndsWith("号", StringComparison.Ordinal) || t.EndsWith("號", StringComparison.Ordinal))
        {
            return 3;
        }

        if (t.EndsWith("版", StringComparison.Ordinal) || t.EndsWith("edition", StringComparison.OrdinalIgnoreCase) || t.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && t.Length < 8)
        {
            return 5;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsDigit(c) || c is '-' or '–' or '~' or '～' or '(' or ')' or ' ')
            {
                digits++;
            }
        }

        return digits == t.Length ? (byte)4 : (byte)0;
    }

    private static byte LinkPlaceOf(List<Atom> atoms, int a)
    {
        var link = atoms[a].Link;
        if (link < 0)
        {
            return 0;
        }

        var first = a == 0 || atoms[a - 1].Link != link;
        var last = a == atoms.Count - 1 || atoms[a + 1].Link != link;
        return first && last ? (byte)1 : first ? (byte)2 : last ? (byte)4 : (byte)3;
    }

    private static byte BracketContentOf(LineSpans line, Atom atom, ReadOnlySpan<char> content)
    {
        var text = content.Trim();
        if (text.IsEmpty)
        {
            return 10;
        }

        if (atom.Date >= 0)
        {
            if (line.Dates[atom.Date].IsAccess)
            {
                return 9;
            }

            if (OnlyDate(line, atom))
            {
                return 1;
            }
        }

        var lower = InvariantCase.ToLower(text.ToString());
        var words = ReadingWords.Instance;
        if (words.Contains("editor", lower) || words.Contains("editor", "(" + lower + ")"))
        {
            return 3;
        }

        if (words.EndingLength("thesis", lower) > 0)
        {
            return 4;
        }

        if (words.Contains("language-note", lower))
        {
            return 5;
        }

        if (words.Contains("file-note", lower))
        {
            return 6;
        }

        if (!text.ContainsAnyExceptInRange('0', '9'))
        {
            return 7;
        }

        return ScriptOf(text) switch
        {
            4 => 2,
            1 or 2 or 3 or 6 => 8,
            _ => 10,
        };
    }

    private static byte CaseOf(ReadOnlySpan<char> text)
    {
        var letters = 0;
        var upper = 0;
        var words = 0;
        var capitalisedWords = 0;
        var atWordStart = true;
        foreach (var c in text)
        {
            if (c is >= '\u3040')
            {
                return 0;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                if (atWordStart)
                {
                    words++;
                    if (char.IsUpper(c))
                    {
                        capitalisedWords++;
                    }
                }

                atWordStart = false;
            }
            else
            {
                atWordStart = c is ' ' or '-';
            }
        }

        if (letters == 0)
        {
            return 0;
        }

        if (upper == letters && letters <= 10)
        {
            return 1;
        }

        if (capitalisedWords == 0)
        {
            return 4;
        }

        return words > 1 && capitalisedWords * 2 > words ? (byte)3 : (byte)2;
    }

    private static byte WordsOf(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('\u3040', '\u9FFF'))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count switch
        {
            0 => 0,
            1 => 1,
            2 => 2,
            3 => 3,
            <= 6 => 4,
            <= 12 => 5,
            _ => 6,
        };
    }

    /// <summary>The hosts of the line's addresses, split into their words (www.nikkei.com → nikkei).</summary>
    private static List<string> Hosts(LineSpans line)
    {
        var hosts = new List<string>();
        void Add(string? address)
        {
            if (address is null || !Uri.TryCreate(address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + address : address, UriKind.Absolute, out var uri))
            {
                return;
            }

            foreach (var part in uri.Host.Split('.'))
            {
                if (part.Length >= 3 && part is not ("www" or "com" or "org" or "net" or "gov" or "edu" or "html"))
                {
                    hosts.Add(part);
                }
            }
        }

        foreach (var url in line.Urls)
        {
            Add(url.Address);
        }

        foreach (var link in line.Links)
        {
            Add(link.Address);
        }

        return hosts;
    }

    /// <summary>Whether a name reads like the host of the line's address: Glasp and glasp.co, ITmedia and itmedia.co.jp, AAPPB and aappb.org.</summary>
    internal static bool MatchesHost(string name, List<string> hosts)
    {
        if (hosts.Count == 0)
        {
            return false;
        }

        Span<char> letters = stackalloc char[Math.Min(name.Length, 64)];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) && n < letters.Length)
            {
                letters[n++] = char.ToLowerInvariant(c);
            }
        }

        if (n < 3)
        {
            return false;
        }

        var compact = letters[..n];
        foreach (var host in hosts)
        {
            if (compact.SequenceEqual(host) || (host.Length >= 4 && ((ReadOnlySpan<char>)compact).Contains(host, StringComparison.Ordinal)) || (n >= 4 && host.AsSpan().Contains(compact, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
