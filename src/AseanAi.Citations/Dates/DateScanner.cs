using System.Buffers;
using System.Collections.Immutable;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Parsing;

namespace AseanAi.Citations.Dates;

/// <summary>
/// Finds the dates in running text — an article body (2025 年 10 月 26 日, 2025 年 9 月), a reference list
/// ((令和7年10月26日), (2024年12月)) — with their places, in the forms that
/// <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads.
/// </summary>
/// <remarks>
/// <para>
/// The scan is one pass over the text: it looks only at characters that can start a date and reads the longest date
/// there, skipping web addresses. It allocates per date found, never per character. Thread-safe.
/// </para>
/// <para>
/// To keep numbers that are not dates out, running text needs more than a whole text does: a year without an era has
/// four digits and its unit 年 (a bare 2024 is not a date; 3年 is a duration); numeric dates are complete (2025/10/26,
/// R7.10.26) and stand apart from letters and digits; English month names are capitalised; one-character era
/// abbreviations (R, 令) count only in numeric dates and not right after a kanji (最大3年 is not 大正3年). A month and day
/// without a year (10月26日) is not reported, since it cannot be placed in time.
/// </para>
/// <para>
/// Limits: a date inside title marks is reported with <see cref="DateMention.IsInTitle"/> set, but a title without marks
/// (令和6年版情報通信白書 written bare) looks like running text, and its year is reported as a date of the line;
/// 年度 is read as the Japanese April–March fiscal year even in Chinese text; title marks are matched per line, so an
/// unclosed 「 affects only the rest of its line.
/// </para>
/// </remarks>
public static class DateScanner
{
    /// <summary>Finds every date in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">Any text; lines may end in <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</param>
    /// <returns>
    /// The mentions. A text written as a date that does not exist (平成31年5月1日) is included with no
    /// <see cref="DateMention.Date"/> and an error in its <see cref="DateMention.Diagnostics"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new MentionSink(text);
        Scan(text.AsSpan(), ref sink);
        return sink.Mentions.DrainToImmutable();
    }

    /// <summary>
    /// Finds every date in <paramref name="text"/>, in text order, reading the forms of <paramref name="language"/> as
    /// <see cref="CitationDate.TryParse(string?, string?, out CitationDate?)"/> does besides those
    /// <see cref="FindAll(string)"/> finds.
    /// </summary>
    /// <param name="text">Any text; lines may end in <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</param>
    /// <param name="language">
    /// A BCP 47 tag of the text's language (<c>th</c>, <c>vi</c>, <c>id</c>, <c>ms</c>, <c>fil</c>, <c>km</c>, <c>lo</c>,
    /// <c>my</c>), or <see langword="null"/> to find exactly what <see cref="FindAll(string)"/> finds.
    /// </param>
    /// <returns>
    /// The mentions. Running text needs a word, an era or a suffix with the year (26 Oktober 2025, พ.ศ. 2568, năm 2025),
    /// or a complete numeric date (26/10/2025); a four-digit Buddhist year alone counts in Thai, Lao and Khmer text
    /// (2400–2700). A date right after an access marker (Diakses pada, Dicapai pada, สืบค้นเมื่อ, truy cập ngày) has
    /// <see cref="DateMention.IsAccessDate"/> set.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <remarks>Allocates per date found, never per character. Culture-invariant and thread-safe.</remarks>
    public static ImmutableArray<DateMention> FindAll(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new MentionSink(text);
        Scan(text.AsSpan(), ref sink, shortcuts: true, DateLanguages.FromTag(language));
        return sink.Mentions.DrainToImmutable();
    }

    /// <summary>
    /// <see cref="FindAll(string)"/> without the shortcuts that turn capitalised words and brackets away before a reading
    /// (a reading is tried at each of them): the reference the shortcuts are tested against.
    /// </summary>
    internal static ImmutableArray<DateMention> FindAllReadingEveryCandidate(string text)
    {
        var sink = new MentionSink(text);
        Scan(text.AsSpan(), ref sink, shortcuts: false);
        return sink.Mentions.DrainToImmutable();
    }

    /// <summary>
    /// Reads the dates of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) exactly as
    /// <see cref="FindAll(string)"/> reads that piece on its own, without copying it; only the dates that exist are
    /// handed to <paramref name="found"/>, with offsets in the piece and the piece's text of each as its original text.
    /// With <paramref name="withoutBrackets"/>, a date read with its brackets ((令和7年10月26日), [2013-03-20]) is handed on
    /// without them: its offsets and original text are those of the text inside. With <paramref name="language"/>, the
    /// forms of that language are read as <see cref="FindAll(string, string?)"/> reads them.
    /// </summary>
    internal static void FindDates<TState>(string text, int start, int end, TState state, Action<TState, int, int, CitationDate> found, bool withoutBrackets = false, DateLanguage language = DateLanguage.Unspecified)
    {
        var sink = new DateSink<TState>(text, start, state, found, withoutBrackets);
        Scan(text.AsSpan(start, end - start), ref sink, shortcuts: true, language);
    }

    // The one pass of the scanner; what it does with each reading is the sink's.
    private static void Scan<TSink>(ReadOnlySpan<char> span, ref TSink sink, bool shortcuts = true, DateLanguage language = DateLanguage.Unspecified)
        where TSink : struct, IReadingSink
    {
        var regional = language != DateLanguage.Unspecified;
        var significant = regional ? RegionalSignificant.ByLanguage[(int)language] : Significant;
        var line = 1;
        var lineStart = 0;
        var titleDepth = 0;
        var i = 0;
        while (i < span.Length)
        {
            // Most characters of a line (kana, kanji, lower-case letters, punctuation) can neither start a date nor
            // change the scan's state: one vectorised search skips them.
            var skip = span[i..].IndexOfAny(significant);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = span[i];
            switch (c)
            {
                case '\n':
                case '\r':
                    i = LineIndex.NextLineStart(span, i);
                    line++;
                    lineStart = i;
                    titleDepth = 0;
                    continue;
                case '「' or '『' or '《' or '〈' or '“':
                    titleDepth++;
                    i++;
                    continue;
                case '」' or '』' or '》' or '〉' or '”':
                    titleDepth = Math.Max(0, titleDepth - 1);
                    i++;
                    continue;
                default:
                    break;
            }

            if (IsWebAddressStart(span, i))
            {
                i = WebAddressEnd(span, i);
                continue;
            }

            if (regional && IsRegionalCandidate(span, i) && RegionalDateReader.TryReadMention(span, i, language, out var regionalReading))
            {
                sink.Add(regionalReading, line, lineStart, titleDepth > 0, RegionalDateReader.FollowsAccessMarker(span, regionalReading.TextStart, language));
                i = Math.Max(regionalReading.TextEnd, i + 1);
                continue;
            }

            var candidate = Candidate(span, i, shortcuts);
            if (candidate == CandidateKind.None)
            {
                i++;
                continue;
            }

            // A candidate the shortcuts turn away is passed over exactly as a reading that failed there would be.
            if (candidate == CandidateKind.Read && DateTextReader.TryReadMention(span, i, out var reading))
            {
                sink.Add(reading, line, lineStart, titleDepth > 0, regional && RegionalDateReader.FollowsAccessMarker(span, reading.TextStart, language));
                i = Math.Max(reading.TextEnd, i + 1);
                continue;
            }

            i = SkipToken(span, i);
        }
    }

    // Every character the scan does anything with: line breaks, title marks, the first letters of web addresses, and
    // every character Candidate can accept (with the full-width forms FoldWidth maps to them).
    private const string SignificantCharacters =
        "\n\r「『《〈“」』》〉”hw0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
        + "([【〔〖（［明大昭平令㍾㍽㍼㍻㋿民中西公〇○零一二三四五六七八九十百千";

    private static readonly SearchValues<char> Significant = SearchValues.Create(SignificantCharacters);

    // For each language, Significant and the characters that can start one of its dates; built on the first scan with a
    // language, so that a scan without one never loads the regional word table.
    private static class RegionalSignificant
    {
        public static readonly SearchValues<char>[] ByLanguage = Enum.GetValues<DateLanguage>()
            .Select(language => SearchValues.Create(string.Concat(
                SignificantCharacters.Concat(RegionalDateWords.StartCharacters(language) is var starts ? Enumerable.Range(0, char.MaxValue).Select(c => (char)c).Where(starts.Contains) : [])
                .Distinct().Order())))
            .ToArray();
    }

    // A regional date starts at a digit of any script that does not continue a number or a Latin word, at a bracket, or
    // at a word of the table; words of scripts written without spaces (Thai, Khmer, Lao, Burmese) may follow other letters.
    private static bool IsRegionalCandidate(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (i == 0)
        {
            return true;
        }

        var previous = text[i - 1];
        if (RegionalDateWords.DigitValue(c) >= 0)
        {
            return RegionalDateWords.DigitValue(previous) < 0 && !RegionalDateWords.IsLatinLetter(previous) && previous is not ('.' or '/' or '-' or ',');
        }

        return !(RegionalDateWords.IsLatinLetter(c) && RegionalDateWords.IsLatinLetter(previous));
    }

    private interface IReadingSink
    {
        void Add(in DateReading reading, int line, int lineStart, bool isInTitle, bool isAccessDate);
    }

    private struct MentionSink(string text) : IReadingSink
    {
        public readonly ImmutableArray<DateMention>.Builder Mentions = ImmutableArray.CreateBuilder<DateMention>();

        public readonly void Add(in DateReading reading, int line, int lineStart, bool isInTitle, bool isAccessDate) =>
            Mentions.Add(CreateMention(text, reading, line, lineStart, isInTitle, isAccessDate));
    }

    private readonly struct DateSink<TState>(string text, int offset, TState state, Action<TState, int, int, CitationDate> found, bool withoutBrackets) : IReadingSink
    {
        public void Add(in DateReading reading, int line, int lineStart, bool isInTitle, bool isAccessDate)
        {
            if (reading.Succeeded)
            {
                var start = reading.TextStart;
                var end = reading.TextEnd;
                if (withoutBrackets && end - start >= 2 && text[offset + start] is '(' or '（' or '[' or '［' or '【' && text[offset + end - 1] is ')' or '）' or ']' or '］' or '】')
                {
                    start++;
                    end--;
                }

                found(state, start, end, CitationDateText.Create(reading, text.Substring(offset + start, end - start)));
            }
        }
    }

    private static DateMention CreateMention(string text, in DateReading reading, int line, int lineStart, bool isInTitle, bool isAccessDate)
    {
        var span = new SourceSpan(reading.TextStart, reading.TextEnd - reading.TextStart, line, reading.TextStart - lineStart + 1);
        CitationDate? date = null;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        var count = reading.NoteCount + (reading.Succeeded ? 0 : 1);
        if (count > 0)
        {
            // A date never spans a line break, so every finding lies on the mention's line.
            var builder = ImmutableArray.CreateBuilder<Diagnostic>(count);
            if (!reading.Succeeded)
            {
                builder.Add(reading.Error.ToDiagnostic(text, line, lineStart));
            }

            for (var i = 0; i < reading.NoteCount; i++)
            {
                builder.Add(reading.Notes[i].ToDiagnostic(text, line, lineStart));
            }

            diagnostics = builder.MoveToImmutable();
        }

        if (reading.Succeeded)
        {
            date = CitationDateText.Create(reading, text.Substring(span.Offset, span.Length));
        }

        return new DateMention(span, date, diagnostics, isInTitle, isAccessDate);
    }

    // Characters that can begin a date: digits, kanji numerals, era names and signs, 民國 and 西元, capitalised English
    // month and season names, and opening brackets. Digits and Latin letters must not continue a word (ASEAN2025, v4).
    private enum CandidateKind
    {
        /// <summary>No date starts here.</summary>
        None,

        /// <summary>A reading is tried here.</summary>
        Read,

        /// <summary>A reading would be tried here, but its first letters show it would fail: passed over as a failure is.</summary>
        Fail,
    }

    private static CandidateKind Candidate(ReadOnlySpan<char> text, int i, bool shortcuts)
    {
        var c = DateCharacters.FoldWidth(text[i]);
        if (char.IsAsciiDigit(c))
        {
            return i > 0 && IsWordCharacter(text[i - 1]) ? CandidateKind.None
                : !shortcuts || MayContinueAfterNumber(text, i) ? CandidateKind.Read
                : CandidateKind.Fail;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            return i > 0 && IsWordCharacter(text[i - 1]) ? CandidateKind.None
                : !shortcuts || MayStartDateWord(text, i) ? CandidateKind.Read
                : CandidateKind.Fail;
        }

        if (c is '(' or '[' or '【' or '〔' or '〖')
        {
            return !shortcuts || MayStartAfterBracket(text, i + 1) ? CandidateKind.Read : CandidateKind.Fail;
        }

        return MayStartCjkDate(text, i, c) ? CandidateKind.Read : CandidateKind.None;
    }

    // An era name (平成) or a one-character era before a digit (令7.10.26), 民國, 中華民國, 西元, 公元, a squared era sign or
    // a kanji numeral; anything else (大学, 中国, 公益, 西日本) cannot start a date, and turning it away here saves reading
    // it: running CJK text is full of these.
    private static bool MayStartCjkDate(ReadOnlySpan<char> text, int i, char c) => c switch
    {
        '明' or '大' or '昭' or '平' or '令' => JapaneseEras.TryMatch(text[i..], out _, out _, out _),
        '㍾' or '㍽' or '㍼' or '㍻' or '㋿' => true,
        '民' => NextIs(text, i, '國', '国'),
        '中' => NextIs(text, i, '華', '华'),
        '西' => NextIs(text, i, '元', '暦', '曆'),
        '公' => NextIs(text, i, '元'),
        _ => DateCharacters.IsKanjiNumeral(c) && (i == 0 || !DateCharacters.IsKanjiNumeral(text[i - 1])),
    };

    // A bracketed date starts at the first character after the bracket and any spaces, where the reader takes what it
    // takes anywhere, and month names and circa in lower case too ((c. 1990)); brackets that hold anything else ((JST),
    // [M], [EB/OL], （电子版）) are passed over without a reading.
    private static bool MayStartAfterBracket(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && DateCharacters.IsSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        var c = DateCharacters.FoldWidth(text[i]);
        return char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) ? MayStartDateWord(text, i) : MayStartCjkDate(text, i, c));
    }

    // A date that starts with a number goes on after it (年, 月, 日, a separator, a month name, a range, a comma before
    // the year); a number followed by a colon, semicolon, 、 or 。, a closing bracket or mark, or nothing at all
    // (2000：29, 52（6）, the 6 of (6)) cannot start one, however many spaces stand between.
    private static bool MayContinueAfterNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && DateCharacters.IsArabicDigit(text[i]))
        {
            i++;
        }

        while (i < text.Length && DateCharacters.IsSpace(text[i]))
        {
            i++;
        }

        return i < text.Length
            && DateCharacters.FoldWidth(text[i]) is not (':' or ';' or ')' or ']' or '、' or '。' or '】' or '〕' or '〗' or '」' or '』' or '》' or '〉' or '”' or '"');
    }

    // Of the capitalised words the lexer reads, only month names and their abbreviations (Jan, Sept), season names and
    // circa (c., ca.) begin a date, and a one-letter era abbreviation only before a digit (R7.10.26). Their first two
    // letters turn away most capitalised words of a reference line (Science, Portal, Ministry) before a reading is tried.
    private static bool MayStartDateWord(ReadOnlySpan<char> text, int i)
    {
        var second = i + 1 < text.Length ? DateCharacters.FoldWidth(text[i + 1]) : '\0';
        if (char.IsAsciiDigit(second))
        {
            return true;
        }

        return ((char)(DateCharacters.FoldWidth(text[i]) | 0x20), (char)(second | 0x20)) is
            ('j', 'a' or 'u') or ('f', 'e' or 'a') or ('m', 'a') or ('a', 'p' or 'u') or ('s', 'e' or 'p' or 'u') or ('o', 'c') or ('n', 'o')
            or ('d', 'e') or ('w', 'i') or ('c', _);
    }

    private static bool IsWordCharacter(char c)
    {
        var folded = DateCharacters.FoldWidth(c);
        return char.IsAsciiLetterOrDigit(folded) || folded is '_' or '.' or '/' or '-' or '#' or '@' or '%';
    }

    // After a failed attempt, skip the whole run that started it so that a long number or word is read once.
    private static bool NextIs(ReadOnlySpan<char> text, int i, params ReadOnlySpan<char> characters) =>
        i + 1 < text.Length && characters.Contains(text[i + 1]);

    private static int SkipToken(ReadOnlySpan<char> text, int i)
    {
        var c = DateCharacters.FoldWidth(text[i]);
        var end = i + 1;
        if (char.IsAsciiDigit(c))
        {
            while (end < text.Length && DateCharacters.IsArabicDigit(text[end]))
            {
                end++;
            }
        }
        else if (char.IsAsciiLetter(c))
        {
            while (end < text.Length && char.IsAsciiLetter(DateCharacters.FoldWidth(text[end])))
            {
                end++;
            }
        }
        else if (DateCharacters.IsKanjiNumeral(c))
        {
            while (end < text.Length && DateCharacters.IsKanjiNumeral(text[end]))
            {
                end++;
            }
        }

        return end;
    }

    private static bool IsWebAddressStart(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is not ('h' or 'w'))
        {
            return false;
        }

        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.Ordinal)
            || rest.StartsWith("https://", StringComparison.Ordinal)
            || (rest.StartsWith("www.", StringComparison.Ordinal) && (i == 0 || !IsWordCharacter(text[i - 1])));
    }

    // A web address ends where the parser and the link checker say it does (UrlScanner).
    private static int WebAddressEnd(ReadOnlySpan<char> text, int i) => Math.Max(UrlScanner.EndOfAddress(text, i), i + 1);
}
