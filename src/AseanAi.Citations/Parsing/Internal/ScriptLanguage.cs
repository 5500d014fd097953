using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Tells the language of a short text from its script: kana means Japanese; Hangul Korean; Han characters are told
/// apart as zh-Hans, zh-Hant or ja by characters that only one of the three standards writes (Data/script-markers.txt);
/// Latin letters alone mean English. The tables are frozen, so the members are thread-safe.
/// </summary>
internal static class ScriptLanguage
{
    private const byte HansMarker = 1;
    private const byte HantMarker = 2;
    private const byte JaMarker = 3;

    // The class of every code unit of the Basic Multilingual Plane in a flat table indexed by code unit (64 KB, one
    // look-up per character), stored as the shift of its counter (class × 8) and SurrogateEntry for surrogates; the
    // telling characters outside the plane in a dictionary.
    private static readonly Lazy<(byte[] Shifts, FrozenDictionary<int, byte> Supplementary)> Markers = new(LoadMarkers);
    private const byte SurrogateEntry = 0xFF;

    // What each code unit of the Basic Multilingual Plane counts as: nothing, a letter of a Latin script, kana, Hangul,
    // or Han (plus the marker of the standard that alone writes it).
    private const int LatinClass = 1;
    private const int KanaClass = 2;
    private const int HangulClass = 3;
    private const int HanClass = 4;

    /// <summary>Returns the BCP 47 tag of <paramref name="text"/>, or <see langword="null"/> when it holds no letters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hanDefault">The tag to use for Han text without telling characters.</param>
    public static string? Detect(ReadOnlySpan<char> text, string? hanDefault = null)
    {
        var counts = default(Counts);
        counts.Add(text);
        var decided = counts.Decide(hanDefault: null);
        if (decided != "zh")
        {
            return decided;
        }

        // Han text without any of the telling characters, in a Chinese context: characters that the script folding writes
        // otherwise (出三藏記集, 夢溪筆談, 閩書) are traditional forms. In a Japanese context they are kanji (計画, 障害).
        var chinese = hanDefault is null || hanDefault.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return chinese && HasTraditionalForms(text) ? "zh-Hant" : hanDefault ?? "zh";
    }

    private static bool HasTraditionalForms(ReadOnlySpan<char> text)
    {
        Span<char> one = stackalloc char[1];
        foreach (var c in text)
        {
            if (c is < '\u3400' or > '\u9FFF')
            {
                continue;
            }

            one[0] = c;
            var key = ScriptFolding.Key(one);
            if (key.Length == 1 && key[0] != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The letters of a text counted by script, piece by piece: the language of several pieces together is the
    /// language of their concatenation. A local accumulator, not shared.
    /// </summary>
    public struct Counts
    {
        private int _kana;
        private int _hangul;
        private int _han;
        private int _latin;
        private int _hans;
        private int _hant;
        private int _ja;

        /// <summary>Counts the letters of <paramref name="text"/>.</summary>
        // Not inlined: inside a large caller the counters of the loop below lose their registers to the caller's variables.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Add(ReadOnlySpan<char> text)
        {
            var markers = Markers.Value;

            // The table has an entry for every code unit, and chunks end within the text: no bounds checks.
            ref var shifts = ref MemoryMarshal.GetArrayDataReference(markers.Shifts);
            ref var characters = ref MemoryMarshal.GetReference(text);
            var i = CountAsciiPrefix(text);
            while (i < text.Length)
            {
                // Eight counters of eight bits in one register: within a chunk of 255 characters none can overflow, and an
                // addition to a register does not wait for the previous one to the same counter in memory.
                ulong packed = 0;
                var chunkEnd = Math.Min(text.Length, i + 255);
                for (; i < chunkEnd; i++)
                {
                    var shift = Unsafe.Add(ref shifts, Unsafe.Add(ref characters, i));
                    if (shift == SurrogateEntry)
                    {
                        // Surrogates leave the loop, which makes no calls.
                        break;
                    }

                    packed += 1UL << shift;
                }

                if (i < chunkEnd)
                {
                    // The pair (or the lone surrogate) on the slow path.
                    i = AddSurrogate(text, i, markers.Supplementary) + 1;
                }

                _kana += Lane(packed, KanaClass);
                _hangul += Lane(packed, HangulClass);
                _hans += Lane(packed, HanClass + HansMarker);
                _hant += Lane(packed, HanClass + HantMarker);
                _ja += Lane(packed, HanClass + JaMarker);
                _han += Lane(packed, HanClass) + Lane(packed, HanClass + HansMarker) + Lane(packed, HanClass + HantMarker) + Lane(packed, HanClass + JaMarker);
                _latin += Lane(packed, LatinClass);
            }
        }

        /// <summary>
        /// Counts the letters of the blocks of eight ASCII characters at the start of the text, eight at a time (English
        /// text is often ASCII from end to end); returns where the table has to take over.
        /// </summary>
        private int CountAsciiPrefix(ReadOnlySpan<char> text)
        {
            if (!Vector128.IsHardwareAccelerated)
            {
                return 0;
            }

            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var i = 0;
            while (i + Vector128<ushort>.Count <= text.Length)
            {
                var block = Vector128.LoadUnsafe(ref units, (nuint)i);
                if (!Vector128.LessThanAll(block, Vector128.Create((ushort)0x80)))
                {
                    break;
                }

                // A letter lowered with 0x20 lies in a–z; the unsigned difference from 'a' is below 26 only for letters.
                var lowered = block | Vector128.Create((ushort)0x20);
                var letters = Vector128.LessThan(lowered - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                _latin += BitOperations.PopCount(letters.ExtractMostSignificantBits());
                i += Vector128<ushort>.Count;
            }

            return i;
        }

        private static int Lane(ulong packed, int kind) => (int)((packed >> (kind * 8)) & 0xFF);

        /// <summary>Counts the character that starts with the surrogate at <paramref name="i"/>; returns the index of its last code unit.</summary>
        private int AddSurrogate(ReadOnlySpan<char> text, int i, FrozenDictionary<int, byte> supplementary)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                // A lone surrogate falls through every test, as the replacement character would.
                return i;
            }

            var value = char.ConvertToUtf32(text[i], text[i + 1]);
            if (CjkCharacters.IsKana(value))
            {
                _kana++;
            }
            else if (CjkCharacters.IsHangul(value))
            {
                _hangul++;
            }
            else if (CjkCharacters.IsHan(value))
            {
                _han++;
                switch (supplementary.GetValueOrDefault(value))
                {
                    case HansMarker:
                        _hans++;
                        break;
                    case HantMarker:
                        _hant++;
                        break;
                    case JaMarker:
                        _ja++;
                        break;
                    default:
                        break;
                }
            }

            return i + 1;
        }

        /// <summary>The counts so far: kana, Hangul, Han, Latin letters, and the Han characters that only zh-Hans, zh-Hant or ja writes.</summary>
        internal readonly (int Kana, int Hangul, int Han, int Latin, int Hans, int Hant, int Ja) Totals =>
            (_kana, _hangul, _han, _latin, _hans, _hant, _ja);

        /// <summary>The language the counted letters suggest, as <see cref="Detect"/> gives it.</summary>
        public readonly string? Decide(string? hanDefault)
        {
            if (_kana > 0)
            {
                return "ja";
            }

            if (_hangul > 0 && _hangul >= _han)
            {
                return "ko";
            }

            if (_han > 0)
            {
                if (_ja > _hans && _ja > _hant)
                {
                    return "ja";
                }

                if (_hans > _hant)
                {
                    return "zh-Hans";
                }

                if (_hant > _hans)
                {
                    return "zh-Hant";
                }

                return hanDefault ?? "zh";
            }

            return _latin > 0 ? "en" : null;
        }
    }

    private static (byte[] Shifts, FrozenDictionary<int, byte> Supplementary) LoadMarkers()
    {
        var sections = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        HashSet<int>? current = null;
        foreach (var line in ParsingData.Lines("script-markers.txt"))
        {
            if (line.StartsWith('['))
            {
                current = new HashSet<int>();
                sections[line.Trim('[', ']')] = current;
                continue;
            }

            foreach (var rune in line.EnumerateRunes())
            {
                current?.Add(rune.Value);
            }
        }

        // A character tells a standard apart only when no other section lists it.
        var bmp = new byte[0x10000];
        var supplementary = new Dictionary<int, byte>();
        foreach (var (tag, characters) in sections)
        {
            var marker = tag switch
            {
                "zh-Hans" => HansMarker,
                "zh-Hant" => HantMarker,
                "ja" => JaMarker,
                _ => throw new InvalidOperationException("Unknown section [" + tag + "] in script-markers.txt."),
            };
            foreach (var character in characters)
            {
                if (sections.All(other => other.Key == tag || !other.Value.Contains(character)))
                {
                    if (character <= 0xFFFF)
                    {
                        bmp[character] = marker;
                    }
                    else
                    {
                        supplementary[character] = marker;
                    }
                }
            }
        }

        var shifts = new byte[0x10000];
        for (var c = 0; c < shifts.Length; c++)
        {
            // The order of the tests decides, as it did character by character: kana (not the middle dot ・), Hangul,
            // Han, then letters below U+0250.
            var kind = c < 0x80 ? (char.IsAsciiLetter((char)c) ? LatinClass : 0)
                : CjkCharacters.IsKana(c) && c != 0x30FB ? KanaClass
                : CjkCharacters.IsHangul(c) ? HangulClass
                : CjkCharacters.IsHan(c) ? HanClass + bmp[c]
                : c < 0x0250 && char.IsLetter((char)c) ? LatinClass
                : 0;
            shifts[c] = char.IsSurrogate((char)c) ? SurrogateEntry : (byte)(kind * 8);
        }

        return (shifts, supplementary.ToFrozenDictionary());
    }
}
