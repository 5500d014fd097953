using AseanAi.Citations.Text;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// The "not found" phrases of <c>Data/soft-404-phrases.txt</c>, folded with <see cref="ScriptFolding.Key(string)"/>.
/// Immutable once loaded; thread-safe.
/// </summary>
internal sealed class Soft404Phrases
{
    private const int HeadingSlack = 40;
    private const int ShortBodyChars = 2000;

    private readonly string[] _phrases;

    private Soft404Phrases(string[] phrases) => _phrases = phrases;

    public static Soft404Phrases Default { get; } = Load();

    private static Soft404Phrases Load()
    {
        using var stream = typeof(Soft404Phrases).Assembly.GetManifestResourceStream("AseanAi.Citations.Web.LinkChecking.soft-404-phrases.txt")
            ?? throw new InvalidOperationException("The soft-404 phrase list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var phrases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                phrases.Add(ScriptFolding.Key(line));
            }
        }

        return new Soft404Phrases([.. phrases.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Whether a title or heading says "not found": it contains a phrase and is not much longer than it (a long title
    /// that merely mentions "page not found", such as an article about error pages, does not count), or it starts with 404.
    /// </summary>
    public string? MatchHeading(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return null;
        }

        var key = ScriptFolding.Key(heading.Trim());
        if (key.StartsWith("404", StringComparison.Ordinal) && (key.Length == 3 || !char.IsAsciiDigit(key[3])))
        {
            return "404";
        }

        foreach (var phrase in _phrases)
        {
            if (key.Length <= phrase.Length + HeadingSlack && key.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Whether a short body text says "not found"; long pages are real content that may mention the words.</summary>
    public string? MatchBody(string? bodyText)
    {
        if (string.IsNullOrWhiteSpace(bodyText) || bodyText.Length > ShortBodyChars)
        {
            return null;
        }

        var key = ScriptFolding.Key(bodyText);
        foreach (var phrase in _phrases)
        {
            // "not found" alone is too common in short pages to be a signal in body text.
            if (phrase != "not found" && key.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>A cheap screen of raw HTML: whether any phrase (or 404) could be in it at all.</summary>
    public bool MayMatch(string html)
    {
        var key = ScriptFolding.Key(html);
        if (key.Contains("404", StringComparison.Ordinal) || key.Contains("&#", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var phrase in _phrases)
        {
            if (key.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
