using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AseanAi.Citations.Text;

/// <summary>
/// Folds text into a matching key, so that the same name written in different scripts, widths and punctuation
/// compares equal: 経済産業省, 經濟產業省 and 经济产业省; ＡＳＥＡＮ２０２５ and ASEAN2025; ｶﾞｲﾑｼｮｳ and ガイムショウ; 〜, ～ and ~.
/// </summary>
/// <remarks>
/// <para>
/// The key is for matching and deduplication only, never for display. It is built from these rules, applied in one
/// pass over the text:
/// </para>
/// <list type="bullet">
/// <item>Han characters fold to one form, the simplified one: traditional (經), Japanese shinjitai (経) and simplified
/// (经) forms, old variants (硏 → 研), CJK compatibility ideographs (U+F9DC → U+9686) and the Kangxi radicals that PDF
/// text extraction produces (⽇ → 日). The character table is generated from OpenCC's dictionaries and the Unicode
/// Character Database (see <c>eng/fold-table/</c>).</item>
/// <item>Shinjitai that are different characters in Chinese (芸 "art" in Japanese, "rue" in Chinese; also 予 伝 弁 欠 沪 浜
/// 糸 缶 豊 麹) fold only in Japanese text: text tagged <c>ja</c>, or a line that contains kana.</item>
/// <item>Full-width and half-width forms fold to their usual width (ＡＳＥＡＮ → asean, ｶ → カ), and a half-width or
/// combining voiced or semi-voiced sound mark composes with the kana before it (ｶﾞ → ガ, ﾊﾟ → パ).</item>
/// <item>Letters fold case (Unicode simple case folding). Wave dashes and tildes (〜 ～ ~), middle dots (・ · ‧ ･),
/// dashes (‐ – — ― −) and curly quotes fold to one character each; title marks 「」『』《》〈〉【】 are kept.</item>
/// <item>Runs of white space (including the ideographic space) become one space between words of scripts that
/// separate words with spaces, and disappear next to Han, kana and CJK punctuation and at both ends
/// (2025 年 → 2025年). Soft hyphens, zero-width spaces and joiners and variation selectors disappear.</item>
/// <item>A few words that no character table relates fold to one form (東アジア, 東亞 and 东亚 → 东亚); the list is
/// the embedded resource <c>ScriptFoldingAliases.txt</c>. So do the Japanese words in which a Japan-only shinjitai
/// stands for another character than its usual one (予算 → 预算 like 預算, where 予 alone → 豫).</item>
/// </list>
/// <para>
/// A key is never longer than its text, and the key of a key is itself. All members are thread-safe, allocate nothing
/// per character, and do not depend on the machine's globalization data: they behave the same with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>. The tables are read once, on first use. Malformed text is folded,
/// never rejected: an unpaired surrogate is kept as it is.
/// </para>
/// </remarks>
public static class ScriptFolding
{
    private const int StackBufferLength = 256;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>Which rule decides whether text is Japanese.</summary>
    internal enum Language
    {
        /// <summary>A line that contains kana is Japanese.</summary>
        DetectPerLine,

        /// <summary>All the text is Japanese.</summary>
        Japanese,

        /// <summary>No text is Japanese, whatever it contains (for the alias list).</summary>
        Other,
    }

    /// <summary>Returns the matching key of <paramref name="text"/>; a line of it that contains kana is taken as Japanese.</summary>
    /// <param name="text">Any text; <see langword="null"/> is not allowed.</param>
    /// <returns>The key; empty for empty or blank text; <paramref name="text"/> itself when it is its own key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Key(string text) => Key(text, language: null);

    /// <summary>Returns the matching key of <paramref name="text"/>; a line of it that contains kana is taken as Japanese.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The key; empty for empty or blank text.</returns>
    public static string Key(ReadOnlySpan<char> text) => Key(text, language: null);

    /// <summary>Returns the matching key of <paramref name="text"/> written in <paramref name="language"/>.</summary>
    /// <param name="text">Any text; <see langword="null"/> is not allowed.</param>
    /// <param name="language">
    /// The BCP 47 tag of the text, or <see langword="null"/> when unknown. A tag whose language is <c>ja</c> makes all
    /// the text Japanese; otherwise a line that contains kana is Japanese. Only Japanese text folds the shinjitai that
    /// are different characters in Chinese (芸 → 艺). A malformed tag counts as unknown.
    /// </param>
    /// <returns>The key; empty for empty or blank text; <paramref name="text"/> itself when it is its own key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Key(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeyOf(text, text, RuleFor(language));
    }

    /// <summary>Returns the matching key of <paramref name="text"/> written in <paramref name="language"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="language">
    /// The BCP 47 tag of the text, or <see langword="null"/> when unknown; see <see cref="Key(string, string?)"/>.
    /// </param>
    /// <returns>The key; empty for empty or blank text.</returns>
    public static string Key(ReadOnlySpan<char> text, string? language) => KeyOf(text, original: null, RuleFor(language));

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> and records, for every key character, where
    /// in <paramref name="source"/> it came from: the way to find keys in running text and map matches back.
    /// </summary>
    /// <param name="source">The text, of any length; see <see cref="Key(string, string?)"/> for how lines are taken as Japanese.</param>
    /// <param name="destination">Receives the key, which is exactly <see cref="Key(ReadOnlySpan{char}, string?)"/> of
    /// <paramref name="source"/>. At least as long as <paramref name="source"/>: a key is never longer than its text.</param>
    /// <param name="sourceOffsets">
    /// Empty, or at least as long as <paramref name="source"/>: then <c>sourceOffsets[k]</c> receives the index in
    /// <paramref name="source"/> of the first UTF-16 code unit that key character <c>k</c> stands for. Offsets never
    /// decrease; a character folded from several (ｶﾞ → ガ, 東アジア → 东亚) gets the offset of the first. Use
    /// <see cref="SourceRange"/> to turn a range of the key into a range of the text.
    /// </param>
    /// <param name="language">The BCP 47 tag of the text, or <see langword="null"/> when unknown.</param>
    /// <returns>The length of the key written to <paramref name="destination"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> or a non-empty <paramref name="sourceOffsets"/>
    /// is shorter than <paramref name="source"/>.</exception>
    /// <remarks>Allocates nothing; thread-safe.</remarks>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceOffsets, string? language)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        }

        if (!sourceOffsets.IsEmpty && sourceOffsets.Length < source.Length)
        {
            throw new ArgumentException("The offsets must be empty or at least as long as the source.", nameof(sourceOffsets));
        }

        return FoldCore(source, destination, sourceOffsets, RuleFor(language));
    }

    /// <summary>
    /// Returns the range of the text that the key characters <paramref name="keyStart"/> to <paramref name="keyEnd"/>
    /// (exclusive) stand for, given the offsets that <see cref="Fold"/> recorded; white space and invisible marks the
    /// fold dropped after the last of them are not part of it.
    /// </summary>
    /// <param name="source">The text given to <see cref="Fold"/>.</param>
    /// <param name="sourceOffsets">The offsets that <see cref="Fold"/> recorded, exactly as many as key characters.</param>
    /// <param name="keyStart">The first key character.</param>
    /// <param name="keyEnd">The key character after the last one; equal to <paramref name="keyStart"/> for an empty range.</param>
    /// <returns>The range in <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The key range does not lie within the offsets.</exception>
    /// <remarks>Allocates nothing; thread-safe.</remarks>
    public static Range SourceRange(ReadOnlySpan<char> source, ReadOnlySpan<int> sourceOffsets, int keyStart, int keyEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keyStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(keyEnd, keyStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keyEnd, sourceOffsets.Length);
        var start = keyStart < sourceOffsets.Length ? sourceOffsets[keyStart] : source.Length;
        if (keyStart == keyEnd)
        {
            return start..start;
        }

        var end = keyEnd < sourceOffsets.Length ? sourceOffsets[keyEnd] : source.Length;
        while (end > start + 1 && IsDroppedAtEnd(source[end - 1]))
        {
            end--;
        }

        return start..end;
    }

    /// <summary>The key of <paramref name="text"/> by characters alone, without the alias list (which is built with it).</summary>
    internal static string CharacterKey(string text, bool japanese)
    {
        var buffer = new char[text.Length];
        var length = FoldCharacters(ScriptFoldingTable.Instance, text, buffer, default, japanese ? Language.Japanese : Language.Other);
        return new string(buffer, 0, length);
    }

    private static string KeyOf(ReadOnlySpan<char> text, string? original, Language rule)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        char[]? rented = null;
        var buffer = text.Length <= StackBufferLength
            ? stackalloc char[text.Length]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var key = buffer[..FoldCore(text, buffer, default, rule)];
            return original is not null && key.SequenceEqual(original) ? original : new string(key);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int FoldCore(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceOffsets, Language rule)
    {
        var length = FoldCharacters(ScriptFoldingTable.Instance, source, destination, sourceOffsets, rule);
        return ScriptFoldingAliases.Instance.Apply(destination, sourceOffsets, length);
    }

    private static int FoldCharacters(
        ScriptFoldingTable table,
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> sourceOffsets,
        Language rule)
    {
        ref var map = ref MemoryMarshal.GetReference(table.Map);
        var key = new KeyBuffer(destination, sourceOffsets);
        var i = 0;
        while (i < source.Length)
        {
            // The hot path: one read of the 65,536-slot map (a char cannot index past it) and one write.
            var c = source[i];
            var folded = Unsafe.Add(ref map, c);
            if (folded != ScriptFoldingTable.Special && key.PendingSpace < 0)
            {
                if (key.Record)
                {
                    key.Offsets[key.Length] = i;
                }

                key.Chars[key.Length++] = folded;
                i++;
            }
            else if (folded != ScriptFoldingTable.Special)
            {
                key.Put(folded, i);
                i++;
            }
            else
            {
                i = FoldSpecial(table, source, i, rule, ref key);
            }
        }

        return key.Length;
    }

    /// <summary>Folds the character at <paramref name="i"/>, one whose fold depends on its kind or neighbours.</summary>
    /// <returns>The index after it.</returns>
    private static int FoldSpecial(ScriptFoldingTable table, ReadOnlySpan<char> source, int i, Language rule, ref KeyBuffer key)
    {
        var c = source[i];
        if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, source[i + 1]);
            if (codePoint is < 0xE0100 or > 0xE01EF)
            {
                // Ideographic variation selectors (U+E0100–U+E01EF) disappear; other characters may fold.
                key.Put(table.AstralKey(codePoint), i);
            }

            return i + 2;
        }

        if (char.IsWhiteSpace(c))
        {
            key.Space(i);
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                key.LineStart = i + 1;
                key.LineHasKana = null;
            }
        }
        else if (ScriptFoldingTable.IsSoundMark(c))
        {
            var semiVoiced = c is '\u309A' or '\u309C' or '\uFF9F';
            if (!key.TryCompose(table, semiVoiced))
            {
                key.Put(semiVoiced ? '\u309C' : '\u309B', i);
            }
        }
        else if (table.IsLanguageDependent(c))
        {
            // Only now, and once per line, does it matter whether the line is Japanese.
            var japanese = rule == Language.Japanese
                || (rule == Language.DetectPerLine && (key.LineHasKana ??= LineContainsKana(source[key.LineStart..])));
            key.Put(table.LanguageDependentKey(c, japanese), i);
        }
        else if (!ScriptFoldingTable.IsIgnorable(c))
        {
            // An unpaired surrogate or U+FFFF: kept as it is.
            key.Put(c, i);
        }

        return i + 1;
    }

    private static Language RuleFor(string? language) =>
        language is { Length: >= 2 } tag
            && (tag[0] | 0x20) == 'j' && (tag[1] | 0x20) == 'a' && (tag.Length == 2 || tag[2] is '-' or '_')
            ? Language.Japanese
            : Language.DetectPerLine;

    // Kana, less the characters that Chinese text also uses: the katakana middle dot ・ (U+30FB) and its half-width form
    // ･ (U+FF65). The range searches are vectorised.
    private static bool LineContainsKana(ReadOnlySpan<char> text)
    {
        var lineBreak = text.IndexOfAny(LineBreaks);
        var line = lineBreak < 0 ? text : text[..lineBreak];
        if (line.ContainsAnyInRange('\u3041', '\u30FA') || line.ContainsAnyInRange('\u30FC', '\u30FF')
            || line.ContainsAnyInRange('\u31F0', '\u31FF') || line.ContainsAnyInRange('\uFF66', '\uFF9F'))
        {
            return true;
        }

        // Kana in the supplementary plane (U+1B000–U+1B16F: hentaigana and archaic kana).
        for (var at = line.IndexOf('\uD82C'); at >= 0; at = line.IndexOf('\uD82C'))
        {
            if (at + 1 < line.Length && line[at + 1] is >= '\uDC00' and <= '\uDD6F')
            {
                return true;
            }

            line = line[(at + 1)..];
        }

        return false;
    }

    private static bool IsDroppedAtEnd(char c) => char.IsWhiteSpace(c) || (ScriptFoldingTable.IsIgnorable(c) && c is not (>= '\uFE00' and <= '\uFE0F'));

    /// <summary>The key being written and its offsets; turns white-space runs into one space where words need it.</summary>
    private ref struct KeyBuffer
    {
        public readonly Span<char> Chars;
        public readonly Span<int> Offsets;
        public readonly bool Record;
        public int Length;

        /// <summary>The source index of a white-space run not written yet, or -1.</summary>
        public int PendingSpace;

        /// <summary>Where the current line of the source starts.</summary>
        public int LineStart;

        /// <summary>Whether the current line contains kana; <see langword="null"/> until a character needs to know.</summary>
        public bool? LineHasKana;

        public KeyBuffer(Span<char> chars, Span<int> offsets)
        {
            Chars = chars;
            Offsets = offsets;
            Record = !offsets.IsEmpty;
            Length = 0;
            PendingSpace = -1;
        }

        public void Space(int sourceIndex)
        {
            if (PendingSpace < 0)
            {
                PendingSpace = sourceIndex;
            }
        }

        public void Put(char c, int sourceIndex)
        {
            if (PendingSpace >= 0)
            {
                WritePendingSpace(c);
            }

            if (Record)
            {
                Offsets[Length] = sourceIndex;
            }

            Chars[Length++] = c;
        }

        public void Put(int codePoint, int sourceIndex)
        {
            if (codePoint <= 0xFFFF)
            {
                Put((char)codePoint, sourceIndex);
                return;
            }

            Put((char)(((codePoint - 0x10000) >> 10) + 0xD800), sourceIndex);
            if (Record)
            {
                Offsets[Length] = sourceIndex;
            }

            Chars[Length++] = (char)(((codePoint - 0x10000) & 0x3FF) + 0xDC00);
        }

        /// <summary>
        /// Composes a sound mark with the kana just written (カ + ゛ → ガ). White space between them goes, as it would
        /// between any two kana, so that the key of a key is itself.
        /// </summary>
        public bool TryCompose(ScriptFoldingTable table, bool semiVoiced)
        {
            if (Length == 0)
            {
                return false;
            }

            var composed = table.Compose(Chars[Length - 1], semiVoiced);
            if (composed == '\0')
            {
                return false;
            }

            Chars[Length - 1] = composed;
            PendingSpace = -1;
            return true;
        }

        private void WritePendingSpace(char next)
        {
            var previous = Length == 0 ? '\0' : Chars[Length - 1];
            if (char.IsLowSurrogate(previous) && Length >= 2)
            {
                previous = Chars[Length - 2];
            }

            if (Length > 0 && !IsSpaceless(previous) && !IsSpaceless(next))
            {
                if (Record)
                {
                    Offsets[Length] = PendingSpace;
                }

                Chars[Length++] = ' ';
            }

            PendingSpace = -1;
        }

        // Scripts and marks that need no space between words: CJK radicals to unified ideographs (with kana, CJK
        // punctuation, the folded middle dot), compatibility ideographs, CJK vertical and small forms, and the
        // supplementary ideographic planes (high surrogates of U+20000–U+3FFFF).
        private static bool IsSpaceless(char c) =>
            c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
                or (>= '\uD840' and <= '\uD8BF') or '\u00B7';
    }
}
