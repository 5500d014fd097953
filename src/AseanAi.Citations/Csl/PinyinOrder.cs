using System.Text;

namespace AseanAi.Citations.Csl;

/// <summary>
/// The order of Han characters under Chinese locales, read once from the embedded resource <c>PinyinOrder.txt</c>
/// (made by <c>eng/csl/pinyin-order.py</c> from the Unihan database's <c>kMandarin</c> readings): by syllable, then
/// tone, then code point, as ICU's <c>zh</c> collation (and so citeproc-js) sorts them. Immutable once built and
/// shared by all threads.
/// </summary>
internal sealed class PinyinOrder
{
    private const string ResourceName = "AseanAi.Citations.Csl.PinyinOrder.txt";
    private static readonly Lazy<PinyinOrder> Holder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, int> _ranks;
    private readonly Dictionary<int, string> _syllables;

    private PinyinOrder(Dictionary<int, int> ranks, Dictionary<int, string> syllables)
    {
        _ranks = ranks;
        _syllables = syllables;
    }

    /// <summary>The table, loaded on first use.</summary>
    public static PinyinOrder Instance => Holder.Value;

    /// <summary>How many characters have a rank.</summary>
    public int Count => _ranks.Count;

    /// <summary>The position of <paramref name="codePoint"/> in pinyin order, or -1 when it has no Mandarin reading.</summary>
    public int Rank(int codePoint) => _ranks.TryGetValue(codePoint, out var rank) ? rank : -1;

    /// <summary>The first Mandarin reading of <paramref name="codePoint"/> without its tone (<c>wang</c>), or <see langword="null"/>.</summary>
    public string? Syllable(int codePoint) => _syllables.GetValueOrDefault(codePoint);

    private static PinyinOrder Load()
    {
        using var stream = typeof(PinyinOrder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var ranks = new Dictionary<int, int>(42_000);
        var syllables = new Dictionary<int, string>(42_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // "syllable tone characters": the characters are the third field.
            var characters = line.AsSpan(line.IndexOf(' ', line.IndexOf(' ') + 1) + 1);
            var syllable = string.Intern(line[..line.IndexOf(' ')]);
            foreach (var rune in characters.EnumerateRunes())
            {
                if (ranks.TryAdd(rune.Value, ranks.Count))
                {
                    syllables[rune.Value] = syllable;
                }
            }
        }

        return new PinyinOrder(ranks, syllables);
    }
}
