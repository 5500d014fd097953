using AseanAi.Citations.Text;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Compares a cited title with a page's titles after script folding (<see cref="ScriptFolding.Key(string)"/>), keeping
/// only letters and digits. A match is containment either way (page titles add site names; citations shorten titles)
/// or, failing that, a character-bigram Dice similarity of at least 0.5. Thread-safe.
/// </summary>
internal static class TitleMatcher
{
    private const double MinimumSimilarity = 0.5;
    private const int MinimumKeyLength = 4;

    /// <summary>Whether any candidate matches; <see langword="true"/> when there is nothing to compare.</summary>
    public static bool Matches(string citedTitle, params ReadOnlySpan<string?> pageTitles)
    {
        var cited = Key(citedTitle);
        if (cited.Length < MinimumKeyLength)
        {
            return true;
        }

        var compared = false;
        foreach (var title in pageTitles)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            var page = Key(title);
            if (page.Length < MinimumKeyLength)
            {
                continue;
            }

            compared = true;
            if (page.Contains(cited, StringComparison.Ordinal) || cited.Contains(page, StringComparison.Ordinal)
                || Similarity(cited, page) >= MinimumSimilarity)
            {
                return true;
            }
        }

        return !compared;
    }

    internal static string Key(string text)
    {
        var folded = ScriptFolding.Key(text);
        return string.Create(folded.Count(char.IsLetterOrDigit), folded, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    /// <summary>Dice coefficient over character bigrams (the usual measure for CJK text, which has no word breaks).</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        var bigrams = new Dictionary<int, int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i] << 16) | a[i + 1];
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i] << 16) | b[i + 1];
            if (bigrams.TryGetValue(key, out var count) && count > 0)
            {
                bigrams[key] = count - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
