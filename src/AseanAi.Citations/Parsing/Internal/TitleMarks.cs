using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AseanAi.Citations.Parsing.Internal;

/// <summary>
/// Finds title marks and quotes (「『《〈“‘｢ and their closing forms, and the straight quote). A general search for these
/// sixteen characters is a probabilistic one, slow on kana and kanji; but they lie in four narrow ranges (U+3008–U+300F,
/// U+2018–U+201D, U+FF62–U+FF63 and U+0022), which eight characters at a time are compared with directly, and only a
/// block with a character in a range is looked at closely. Thread-safe.
/// </summary>
internal static class TitleMarks
{
    /// <summary>The marks; the ranges above hold them and only two more characters (‚ ‛, U+201A–U+201B).</summary>
    public static readonly SearchValues<char> Characters = SearchValues.Create("「『《〈“‘｢」』》〉”’｣\"");

    /// <summary>The index of the first mark in <paramref name="text"/>, or -1; what <c>text.IndexOfAny(Characters)</c> gives.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref units, (nuint)i);
                var inRange = Vector128.LessThan(block - Vector128.Create((ushort)0x3008), Vector128.Create((ushort)8))
                    | Vector128.LessThan(block - Vector128.Create((ushort)0x2018), Vector128.Create((ushort)6))
                    | Vector128.LessThan(block - Vector128.Create((ushort)0xFF62), Vector128.Create((ushort)2))
                    | Vector128.Equals(block, Vector128.Create((ushort)'"'));
                for (var mask = inRange.ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                {
                    var index = i + BitOperations.TrailingZeroCount(mask);
                    if (Characters.Contains(text[index]))
                    {
                        return index;
                    }
                }
            }
        }

        var rest = text[i..].IndexOfAny(Characters);
        return rest < 0 ? -1 : i + rest;
    }
}
