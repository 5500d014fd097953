using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Makes readable citation keys such as <c>外務省2025日ASEAN</c> or <c>Sato2025Research</c>: the first author's family
/// name or organisation, the year and the start of the title, in their own script (no romanisation), keeping only
/// letters and digits so that the key is valid in BibTeX, Biber, Pandoc and CSL-JSON. Keys are unique within one
/// instance: a repeat gets <c>-2</c>, <c>-3</c>, … in order of arrival.
/// </summary>
/// <remarks>Not thread-safe: use one instance per written file.</remarks>
internal sealed class CitationKeys
{
    private const int MaxNameRunes = 12;
    private const int MaxTitleRunes = 8;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    // The next suffix to try for each base key, so that many citations with one base key take linear, not quadratic, time.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringBuilder _builder = new(48);

    /// <summary>Whether <paramref name="key"/> is a key that BibTeX, Biber and Pandoc all accept unchanged.</summary>
    public static bool IsValidKey(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return false;
        }

        foreach (var rune in key.EnumerateRunes())
        {
            if (!(Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or ':' or '.'))
            {
                return false;
            }
        }

        return Rune.IsLetterOrDigit(Rune.GetRuneAt(key, 0)) || key[0] == '_';
    }

    /// <summary>Reserves <paramref name="key"/> if it is free, for keys taken from citations' own ids.</summary>
    public bool TryReserve(string key) => _used.Add(key);

    /// <summary>Makes the readable key of <paramref name="citation"/>, unique among the keys made or reserved so far.</summary>
    public string Next(Citation citation)
    {
        var baseKey = BaseKey(citation);
        if (_used.Add(baseKey))
        {
            return baseKey;
        }

        for (var n = _nextSuffix.GetValueOrDefault(baseKey, 2); ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{baseKey}-{n}");
            if (_used.Add(candidate))
            {
                _nextSuffix[baseKey] = n + 1;
                return candidate;
            }
        }
    }

    private string BaseKey(Citation citation)
    {
        _builder.Clear();
        var name = citation.Authors.IsEmpty ? null : NameOf(citation.Authors[0]);
        name ??= citation.Editors.IsEmpty ? null : NameOf(citation.Editors[0]);
        name ??= citation.Publisher?.Name;
        AppendLettersAndDigits(_builder, name, MaxNameRunes, stopAtSeparator: false);
        if (_builder.Length == 0)
        {
            _builder.Append("anon");
        }

        if (citation.Issued is { } issued && issued.Start.Year >= 0)
        {
            _builder.Append(issued.Start.Year.ToString("0000", CultureInfo.InvariantCulture));
        }
        else
        {
            _builder.Append("nd");
        }

        AppendLettersAndDigits(_builder, citation.Title?.Text, MaxTitleRunes, stopAtSeparator: true);
        return _builder.ToString();
    }

    private static string? NameOf(Contributor contributor) =>
        contributor.Person is { } person ? person.Family ?? person.Literal : contributor.Organization!.Name;

    // Letters and digits only; for titles, the first run of them (the first word in Latin script, the first phrase
    // in CJK), skipping leading marks such as 『 and 「.
    private static void AppendLettersAndDigits(StringBuilder builder, string? text, int maxRunes, bool stopAtSeparator)
    {
        if (text is null)
        {
            return;
        }

        var count = 0;
        var previousIsAscii = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                // Past the limit, finish a Latin word (ASEAN, not ASE), but stop before the next CJK character.
                var isAscii = rune.IsAscii;
                if (count >= maxRunes && !(isAscii && previousIsAscii && count < maxRunes + 12))
                {
                    return;
                }

                if (rune.IsBmp)
                {
                    builder.Append((char)rune.Value);
                }
                else
                {
                    builder.Append(rune.ToString());
                }

                count++;
                previousIsAscii = isAscii;
            }
            else if (stopAtSeparator && count > 0)
            {
                return;
            }
        }
    }
}
