using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using AseanAi.Citations.Internal;

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

    // The telling characters of the Basic Multilingual Plane in a flat table indexed by code unit (64 KB, one lookup
    // per Han character); the few outside it in a dictionary.
    private static readonly Lazy<(byte[] Classes, FrozenDictionary<int, byte> Supplementary)> Markers = new(LoadMarkers);

    // What each code unit of the Basic Multilingual Plane counts as: nothing, a letter of a Latin script, kana, Hangul,
    // or Han (plus the marker of the standard that alone writes it).
    private const int LatinClass = 1;
    private const int KanaClass = 2;
    private const int HangulClass = 3;
    private const int HanClass = 4;
    private const int ClassCount = HanClass + JaMarker + 1; // 8: a class is masked with ClassCount - 1

    /// <summary>Returns the BCP 47 tag of <paramref name="text"/>, or <see langword="null"/> when it holds no letters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hanDefault">The tag to use for Han text without telling characters.</param>
    public static string? Detect(ReadOnlySpan<char> text, string? hanDefault = null)
    {
        var counts = default(Counts);
        counts.Add(text);
        return counts.Decide(hanDefault);
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

            // The table has an entry for every code unit, so the look-up needs no bounds check.
            ref var classes = ref MemoryMarshal.GetArrayDataReference(markers.Classes);
            var i = 0;
            while (i < text.Length)
            {
                // Eight counters of eight bits in one register: within a chunk of 255 characters none can overflow, and an
                // addition to a register does not wait for the previous one to the same counter in memory.
                ulong packed = 0;
                var chunkEnd = Math.Min(text.Length, i + 255);
                for (; i < chunkEnd; i++)
                {
                    int value = text[i];
                    var kind = Unsafe.Add(ref classes, value);
                    if (kind == 0 && char.IsSurrogate((char)value))
                    {
                        // Surrogates have class 0 in the table: they leave the loop, which makes no calls.
                        break;
                    }

                    packed += 1UL << ((kind & (ClassCount - 1)) * 8);
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

    private static (byte[] Classes, FrozenDictionary<int, byte> Supplementary) LoadMarkers()
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

        var classes = new byte[0x10000];
        for (var c = 0; c < classes.Length; c++)
        {
            // The order of the tests decides, as it did character by character: kana (not the middle dot ・), Hangul,
            // Han, then letters below U+0250. Surrogates are never looked up here.
            classes[c] = (byte)(c < 0x80 ? (char.IsAsciiLetter((char)c) ? LatinClass : 0)
                : CjkCharacters.IsKana(c) && c != 0x30FB ? KanaClass
                : CjkCharacters.IsHangul(c) ? HangulClass
                : CjkCharacters.IsHan(c) ? HanClass + bmp[c]
                : c < 0x0250 && char.IsLetter((char)c) ? LatinClass
                : 0);
        }

        return (classes, supplementary.ToFrozenDictionary());
    }
}
