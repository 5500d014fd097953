using System.Globalization;
using System.Text;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Makes readable citation keys. By default ASCII, as classic BibTeX needs: the first author's (or the publisher's)
/// registry id (<c>jp.mofa</c> gives <c>mofa</c>), else a reading of the name (<c>yomi</c>), else the name romanised
/// (<see cref="Romanisation"/>), then the year: <c>mofa2025</c>, <c>sato2025</c>; repeats get <c>a</c>, <c>b</c>, ….
/// With Unicode keys: the name in its own script, the year and the start of the title (<c>外務省2025日ASEAN</c>), repeats
/// getting <c>-2</c>, <c>-3</c>. Either way keys hold only letters, digits and <c>-</c>, valid in BibTeX, Biber, Pandoc
/// and CSL-JSON, and unique within one instance.
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
    private readonly bool _unicode;

    // Per instance (one written file): names seen before are looked up in the registry and romanised once.
    private readonly Dictionary<string, string> _asciiNames = new(StringComparer.Ordinal);

    /// <summary>Creates a key maker: ASCII keys unless <paramref name="unicode"/>.</summary>
    public CitationKeys(bool unicode = false) => _unicode = unicode;

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
            var candidate = _unicode ? string.Create(CultureInfo.InvariantCulture, $"{baseKey}-{n}") : baseKey + Letters(n - 1);
            if (_used.Add(candidate))
            {
                _nextSuffix[baseKey] = n + 1;
                return candidate;
            }
        }
    }

    // 1 → a, 26 → z, 27 → aa: the usual suffixes of author–year keys.
    private static string Letters(int n)
    {
        var letters = new StringBuilder(2);
        for (; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    private string BaseKey(Citation citation) => _unicode ? UnicodeBaseKey(citation) : AsciiBaseKey(citation);

    private string AsciiBaseKey(Citation citation)
    {
        _builder.Clear();
        var first = !citation.Authors.IsEmpty ? citation.Authors[0] : !citation.Editors.IsEmpty ? citation.Editors[0] : null;
        var organization = first?.Organization ?? (first is null ? citation.Publisher : null);
        if (organization?.Id is { } id)
        {
            // A registry id's last part is the body's usual abbreviation: jp.mofa, cn.ndrc.
            Romanisation.Append(_builder, id[(id.LastIndexOf('.') + 1)..], MaxNameRunes);
        }
        else if (Reading(citation) is { } reading)
        {
            Romanisation.Append(_builder, reading, MaxNameRunes);
        }
        else if ((first is null ? citation.Publisher?.Name : NameOf(first)) is { } name)
        {
            if (!_asciiNames.TryGetValue(name, out var ascii))
            {
                var part = new StringBuilder(MaxNameRunes);
                if (organization is not null && Publishers.PublisherRegistry.Default.TryResolve(organization.Name, out var known))
                {
                    Romanisation.Append(part, known.Id[(known.Id.LastIndexOf('.') + 1)..], MaxNameRunes);
                }
                else
                {
                    Romanisation.Append(part, name, MaxNameRunes);
                }

                ascii = part.ToString();
                _asciiNames[name] = ascii;
            }

            _builder.Append(ascii);
        }

        if (_builder.Length == 0 || !char.IsAsciiLetter(_builder[0]))
        {
            _builder.Insert(0, "ref");
        }

        if (citation.Issued is { } issued && issued.Start.Year >= 0)
        {
            _builder.Append(issued.Start.Year.ToString("0000", CultureInfo.InvariantCulture));
        }

        return _builder.ToString();
    }

    // The first author's family name in their reading (PersonName.Reading, or a reading field that stayed an extra
    // field: Japanese BibTeX's yomi): kana are family first, Latin given first.
    private static string? Reading(Citation citation)
    {
        var names = citation.Authors.IsEmpty ? citation.Editors : citation.Authors;
        if (!names.IsEmpty && names[0].Person?.Reading is { } reading)
        {
            return FamilyInReading(reading);
        }

        foreach (var field in citation.ExtraFields)
        {
            if (field.Name is ReadingFields.Yomi or "author-yomi" && field.Value.Length > 0)
            {
                return FamilyInReading(field.Value.Split(" and ", 2, StringSplitOptions.TrimEntries)[0]);
            }
        }

        return null;
    }

    private static string? FamilyInReading(string name)
    {
        var words = name.Split([' ', '\u3000', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var latin = words.All(w => w.All(char.IsAscii));
        return latin && !name.Contains(',', StringComparison.Ordinal) ? words[^1] : words[0];
    }

    private string UnicodeBaseKey(Citation citation)
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
