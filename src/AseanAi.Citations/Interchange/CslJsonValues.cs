using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// The one reading of CSL-JSON values, shared by the reader of citations (<see cref="CslJsonReader"/>) and the CSL
/// processor's reader of items (<see cref="Csl.CslItems"/>): scalars, flags, names, the parts of a date, seasons and
/// free-text dates. Each caller decides what a value means for its model (the processor keeps name particles as CSL
/// has them and shows a literal date as written; the model keeps particles with the family or given name and checks
/// the calendar), but a value is read by one set of rules. Free-text dates (<c>raw</c>, <c>literal</c>, a string in
/// place of a date object) are read by the library's date reader (<see cref="InterchangeDates.TryParseText"/>: EDTF,
/// then every form <see cref="CitationDate.TryParse(string?, out CitationDate?)"/> reads). Stateless and thread-safe.
/// </summary>
internal static class CslJsonValues
{
    /// <summary>The text of a string or number (a number as written); <see langword="null"/> for any other kind.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>The text of a named property that is a string or number, else <see langword="null"/>.</summary>
    public static string? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : null;

    /// <summary>
    /// A CSL flag (<c>circa</c>, <c>comma-suffix</c>, <c>isInstitution</c> …) as citeproc-js reads it: <c>true</c>, a
    /// number other than 0, or a non-empty string other than <c>0</c> and <c>false</c>.
    /// </summary>
    public static bool Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => value.GetRawText() is not ("0" or "0.0" or "-0"),
        JsonValueKind.String => value.GetString() is { Length: > 0 } s && s != "0" && !s.Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether the object has the named flag set (see <see cref="Flag(JsonElement)"/>).</summary>
    public static bool Flag(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && Flag(value);

    /// <summary>
    /// A date's <c>season</c>: 1–4, 13–16 and 21–24 (as citeproc-js and EDTF number them) or a season's English name
    /// (the month-name table's season words, <see cref="Dates.EnglishDateWords.Season"/>); <see langword="null"/> for
    /// anything else.
    /// </summary>
    public static Season? Season(JsonElement value)
    {
        var text = Text(value)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return SeasonNumber(number);
        }

        var season = Dates.EnglishDateWords.Season(text.ToLowerInvariant());
        return season == 0 ? null : (Season)season;
    }

    /// <summary>The season that a CSL or EDTF month number means (1–4, 13–16, 21–24), or <see langword="null"/>.</summary>
    public static Season? SeasonNumber(int number) => number switch
    {
        >= 1 and <= 4 => (Season)((int)Citations.Season.Spring + number - 1),
        >= 13 and <= 16 => (Season)((int)Citations.Season.Spring + number - 13),
        >= 21 and <= 24 => (Season)number,
        _ => null,
    };

    /// <summary>
    /// Reads one array of <c>date-parts</c>: year, month and day as numbers or numeric strings, into
    /// <paramref name="values"/> (three long). Returns how many leading parts are numbers (0 when
    /// <paramref name="part"/> is not an array); <paramref name="whole"/> says whether every part was read and there
    /// were at most three.
    /// </summary>
    public static int DateParts(JsonElement part, Span<int> values, out bool whole)
    {
        whole = false;
        if (part.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var count = 0;
        var all = true;
        foreach (var element in part.EnumerateArray())
        {
            if (count == 3)
            {
                all = false;
                break;
            }

            var text = Text(element)?.Trim();
            if (string.IsNullOrEmpty(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                all = false;
                break;
            }

            values[count++] = number;
        }

        whole = all && count > 0;
        return count;
    }

    /// <summary>
    /// Reads a date written as free text with the library's date reader (<see cref="InterchangeDates.TryParseText"/>);
    /// the date keeps no original text. Never throws.
    /// </summary>
    public static bool TryReadTextDate(string? text, [NotNullWhen(true)] out CitationDate? date) =>
        InterchangeDates.TryParseText(text, out date);

    /// <summary>
    /// The parts of a CSL name object as written, white space trimmed and empty parts <see langword="null"/>;
    /// <see langword="null"/> when the value is not an object or has no <c>family</c>, <c>given</c> or
    /// <c>literal</c>. A <c>family</c> alone with <c>isInstitution</c> set is the literal name of a body, as
    /// citeproc-js reads it.
    /// </summary>
    public static CslNameParts? Name(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // One pass over the name's properties (a name has few), rather than a look-up per part.
        string? family = null, given = null, literal = null, dropping = null, nonDropping = null, suffix = null;
        bool commaSuffix = false, staticOrdering = false, isInstitution = false, parseNames = true;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "family": family = Clean(Text(value)); break;
                case "given": given = Clean(Text(value)); break;
                case "literal": literal = Clean(Text(value)); break;
                case "dropping-particle": dropping = Clean(Text(value)); break;
                case "non-dropping-particle": nonDropping = Clean(Text(value)); break;
                case "suffix": suffix = Clean(Text(value)); break;
                case "comma-suffix": commaSuffix = Flag(value); break;
                case "static-ordering": staticOrdering = Flag(value); break;
                case "isInstitution": isInstitution = Flag(value); break;
                case "parse-names": parseNames = Flag(value); break;
                default: break;
            }
        }

        if (literal is null && family is null && given is null)
        {
            return null;
        }

        if (literal is null && family is not null && given is null && isInstitution)
        {
            (literal, family) = (family, null);
        }

        return new CslNameParts(family, given, literal, dropping, nonDropping, suffix, commaSuffix, staticOrdering, isInstitution, parseNames);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The parts of a CSL-JSON name object as written (see <see cref="CslJsonValues.Name"/>).</summary>
internal readonly record struct CslNameParts(
    string? Family,
    string? Given,
    string? Literal,
    string? DroppingParticle,
    string? NonDroppingParticle,
    string? Suffix,
    bool CommaSuffix,
    bool StaticOrdering,
    bool IsInstitution,
    bool ParseNames);
