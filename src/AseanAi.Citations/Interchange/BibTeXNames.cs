using System.Collections.Immutable;
using System.Text;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// BibTeX name lists (<c>author = {佐藤, 仁 and {外務省}}</c>). Persons are written <c>family, given</c>, which BibTeX,
/// Biber, Pandoc and citation.js all split right for CJK names; organisations are wrapped in braces so that no tool splits
/// them. Reading splits <c>佐藤 仁</c> (CJK, a space, no comma) as family 佐藤 and given 仁, as CJK names are written
/// family first.
/// </summary>
internal static class BibTeXNames
{
    public static void Write(StringBuilder builder, ImmutableArray<Contributor> contributors)
    {
        for (var i = 0; i < contributors.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" and ");
            }

            var contributor = contributors[i];
            if (contributor.Person is { Literal: null } person)
            {
                WritePart(builder, person.Family!);
                if (person.Suffix is not null)
                {
                    // von Last, Jr, First: BibTeX's form with a suffix.
                    builder.Append(", ");
                    WritePart(builder, person.Suffix);
                    builder.Append(", ");
                    if (person.Given is not null)
                    {
                        WritePart(builder, person.Given);
                    }
                }
                else if (person.Given is not null)
                {
                    builder.Append(", ");
                    WritePart(builder, person.Given);
                }
                else if (person.Family!.AsSpan().IndexOfAny(' ', '\t') >= 0)
                {
                    builder.Append(',');
                }
            }
            else
            {
                builder.Append('{');
                LatexText.Escape(builder, contributor.ToString());
                builder.Append('}');
            }
        }
    }

    // A part holding a comma or a standalone "and" is braced so that it stays one part.
    private static void WritePart(StringBuilder builder, string part)
    {
        var protect = part.Contains(',', StringComparison.Ordinal) || ContainsAndWord(part);
        if (protect)
        {
            builder.Append('{');
        }

        LatexText.Escape(builder, part);
        if (protect)
        {
            builder.Append('}');
        }
    }

    private static bool ContainsAndWord(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a name list; <paramref name="report"/> hears of names it had to change or drop; <paramref name="others"/>
    /// tells whether the list ends in <c>and others</c> (et al.), which is not a name.
    /// </summary>
    public static ImmutableArray<Contributor> Read(string raw, Action<string> report, out bool others)
    {
        var builder = ImmutableArray.CreateBuilder<Contributor>();
        others = false;
        foreach (var name in SplitTopLevel(raw))
        {
            if (name.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                report("'and others' (et al.) is not a name; kept it as the extra field et-al");
                others = true;
                continue;
            }

            var contributor = ReadName(name, report);
            if (contributor is not null)
            {
                builder.Add(contributor);
            }
        }

        return builder.ToImmutable();
    }

    private static Contributor? ReadName(string name, Action<string> report)
    {
        if (IsOneGroup(name))
        {
            var literal = LatexText.Decode(name.AsSpan(1, name.Length - 2));
            return string.IsNullOrWhiteSpace(literal) ? null : Contributor.ForOrganization(PublisherRef.Unresolved(literal));
        }

        var parts = SplitTopLevelCommas(name);
        string family;
        string? given;
        string? suffix = null;
        if (parts.Count >= 2)
        {
            family = LatexText.Decode(parts[0]);
            given = LatexText.Decode(parts[^1]);
            if (parts.Count > 2)
            {
                // von Last, Jr, First.
                suffix = LatexText.Decode(string.Join(',', parts.Skip(1).Take(parts.Count - 2)));
            }
        }
        else
        {
            var words = SplitTopLevelWords(name);
            if (words.Count == 1)
            {
                family = LatexText.Decode(words[0]);
                given = null;
            }
            else if (CjkCharacters.ContainsCjk(name) && !(CjkCharacters.ContainsCjk(words[^1]) && !CjkCharacters.ContainsCjk(words[0])))
            {
                // CJK names are written family first: 佐藤 仁.
                family = LatexText.Decode(words[0]);
                given = LatexText.Decode(string.Join(' ', words.Skip(1)));
            }
            else if (CjkCharacters.ContainsCjk(name))
            {
                // A Western name in kana after Latin initials (P. R. クルーグマン): given names first, the family name last.
                family = LatexText.Decode(words[^1]);
                given = LatexText.Decode(string.Join(' ', words.Take(words.Count - 1)));
            }
            else
            {
                // Western order: given names, then lower-case particles (von, van der) with the family name.
                var familyStart = words.Count - 1;
                while (familyStart > 1 && words[familyStart - 1].Length > 0 && char.IsLower(words[familyStart - 1][0]))
                {
                    familyStart--;
                }

                family = LatexText.Decode(string.Join(' ', words.Skip(familyStart)));
                given = LatexText.Decode(string.Join(' ', words.Take(familyStart)));
            }
        }

        if (string.IsNullOrWhiteSpace(family))
        {
            if (string.IsNullOrWhiteSpace(given))
            {
                report($"the name '{name}' is empty; dropped it");
                return null;
            }

            (family, given) = (given, null);
        }

        return Contributor.ForPerson(PersonName.Create(family, string.IsNullOrWhiteSpace(given) ? null : given).WithSuffix(suffix));
    }

    private static bool IsOneGroup(string name)
    {
        if (name.Length < 2 || name[0] != '{' || name[^1] != '}')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '\\')
            {
                i++;
                continue;
            }

            if (name[i] == '{')
            {
                depth++;
            }
            else if (name[i] == '}' && --depth == 0 && i < name.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a name list at " and " outside braces, case-insensitively; names are trimmed, empty ones dropped.</summary>
    public static List<string> SplitTopLevel(string raw)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < raw.Length
                && raw.AsSpan(i + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(raw[i + 4]))
            {
                Add(names, raw.AsSpan(start, i - start));
                i += 4;
                start = i + 1;
            }
        }

        Add(names, raw.AsSpan(start));
        return names;

        static void Add(List<string> names, ReadOnlySpan<char> name)
        {
            var trimmed = name.Trim();
            if (!trimmed.IsEmpty)
            {
                names.Add(trimmed.ToString());
            }
        }
    }

    private static List<string> SplitTopLevelCommas(string name) => SplitTopLevelBy(name, c => c == ',', keepEmpty: true);

    // A tie (佐藤~花子) separates words as a space does.
    private static List<string> SplitTopLevelWords(string name) => SplitTopLevelBy(name, c => char.IsWhiteSpace(c) || c == '~', keepEmpty: false);

    private static List<string> SplitTopLevelBy(string text, Func<char, bool> isSeparator, bool keepEmpty)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                var c = text[i];
                if (c == '\\')
                {
                    // A control space or an escaped brace belongs to the word it stands in.
                    i++;
                    continue;
                }

                if (c == '{')
                {
                    depth++;
                    continue;
                }

                if (c == '}')
                {
                    depth--;
                    continue;
                }

                if (depth != 0 || !isSeparator(c))
                {
                    continue;
                }
            }

            var part = text.AsSpan(start, i - start).Trim();
            if (keepEmpty || !part.IsEmpty)
            {
                parts.Add(part.ToString());
            }

            start = i + 1;
        }

        return parts;
    }
}
