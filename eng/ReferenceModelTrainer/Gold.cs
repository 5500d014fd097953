using System.Text.Json;
using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.ReferenceModelTrainer;

/// <summary>
/// The gold role of each atom of a labelled line, found by placing the labels in the line: the address whose text is
/// the labelled URL, the atoms that the labelled title (then each author's name, the container, the publisher) covers
/// where it is written, and the dates whose value is the labelled issued or accessed date. Atoms that no label covers
/// are <see cref="FieldRole.Other"/>.
/// </summary>
internal static class Gold
{
    public static FieldRole[] Roles(LineSpans line, JsonElement expect, out bool titlePlaced)
    {
        var atoms = line.Atoms;
        var roles = new FieldRole[atoms.Count];
        var taken = new bool[atoms.Count];

        // Addresses.
        if (Text(expect, "url") is { } url)
        {
            for (var a = 0; a < atoms.Count; a++)
            {
                if (atoms[a].Kind == AtomKind.Url && SameUrl(line.Urls[atoms[a].Url].Address, url))
                {
                    Set(a, FieldRole.Url);
                    break;
                }
            }
        }

        // The title: a mark atom that encloses exactly it, else the atoms its text covers.
        titlePlaced = true;
        var titleRange = (Start: -1, End: -1);
        if (Text(expect, "title") is { Length: > 0 } title)
        {
            titlePlaced = false;
            for (var a = 0; a < atoms.Count && !titlePlaced; a++)
            {
                if (!taken[a] && atoms[a].Kind is not (AtomKind.Text or AtomKind.Date or AtomKind.Url) && Normalize(line.Slice(atoms[a].ContentStart, atoms[a].ContentEnd)) == Normalize(title))
                {
                    Set(a, FieldRole.Title);
                    titleRange = (atoms[a].Start, atoms[a].End);
                    titlePlaced = true;
                }
            }

            if (!titlePlaced && Find(line, title, 0) is { } range && Cover(range, FieldRole.Title) > 0)
            {
                titleRange = range;
                titlePlaced = true;
            }
        }

        // Authors: each name where it is written outside the title, as a whole or by its parts.
        if (expect.TryGetProperty("authors", out var authors))
        {
            // Every name's place first, then the atoms that the names cover together (周文龙 & 王舒杨 is one atom).
            var ranges = new List<(int Start, int End)>();
            foreach (var author in authors.EnumerateArray())
            {
                var label = author.GetString() ?? string.Empty;
                foreach (var form in NameForms(label))
                {
                    if (FindOutside(line, form, titleRange) is { } range)
                    {
                        ranges.Add(range);
                        break;
                    }
                }
            }

            CoverAll(ranges, FieldRole.Author);
        }

        if (Text(expect, "container") is { Length: > 0 } container && FindOutside(line, container, titleRange) is { } containerRange)
        {
            Cover(containerRange, FieldRole.Container);
        }

        if (Text(expect, "publisher") is { Length: > 0 } publisher && FindOutside(line, publisher, titleRange) is { } publisherRange)
        {
            // A publisher that is also the container (a newspaper, a site) is the publisher; one that is also the author stays the author.
            Cover(publisherRange, FieldRole.Publisher, over: FieldRole.Container);
        }

        PlaceDate(Text(expect, "issued"), FieldRole.Issued);
        PlaceDate(Text(expect, "accessed"), FieldRole.Accessed);
        return roles;

        void Set(int a, FieldRole role)
        {
            roles[a] = role;
            taken[a] = true;
        }

        // Gives the role to the atoms whose content lies mostly inside the range; returns how many.
        int Cover((int Start, int End) range, FieldRole role, FieldRole? over = null)
        {
            var count = 0;
            for (var a = 0; a < atoms.Count; a++)
            {
                var atom = atoms[a];
                if ((taken[a] && (over is null || roles[a] != over)) || atom.Kind == AtomKind.Url)
                {
                    continue;
                }

                var start = Math.Max(atom.ContentStart, range.Start);
                var end = Math.Min(atom.ContentEnd, range.End);
                var inside = end - start;
                if (inside > 0 && inside * 2 >= Math.Max(1, atom.ContentLength))
                {
                    Set(a, role);
                    count++;
                }
            }

            return count;
        }

        void CoverAll(List<(int Start, int End)> ranges, FieldRole role)
        {
            for (var a = 0; a < atoms.Count; a++)
            {
                var atom = atoms[a];
                if (taken[a] || atom.Kind == AtomKind.Url)
                {
                    continue;
                }

                var inside = 0;
                for (var i = atom.ContentStart; i < atom.ContentEnd; i++)
                {
                    if (ranges.Exists(r => i >= r.Start && i < r.End))
                    {
                        inside++;
                    }
                }

                if (inside > 0 && inside * 2 >= Math.Max(1, atom.ContentLength))
                {
                    Set(a, role);
                }
            }
        }

        void PlaceDate(string? edtf, FieldRole role)
        {
            if (edtf is null)
            {
                return;
            }

            for (var a = 0; a < atoms.Count; a++)
            {
                if (atoms[a].Date < 0 || (taken[a] && roles[a] != FieldRole.Other))
                {
                    continue;
                }

                for (var d = atoms[a].Date; d < line.Dates.Count && line.Dates[d].End <= atoms[a].ContentEnd; d++)
                {
                    if (line.Dates[d].Date.ToEdtf() == edtf && (role == FieldRole.Accessed || !line.Dates[d].IsAccess))
                    {
                        Set(a, role);
                        return;
                    }
                }
            }
        }
    }

    private static string? Text(JsonElement expect, string field) =>
        expect.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The ways a labelled name can be written: 陈登原, 佐藤 花子, Fowler, Martin, Martin Fowler, then its family and given parts.</summary>
    private static IEnumerable<string> NameForms(string label)
    {
        if (label.StartsWith('@') || label.StartsWith('~'))
        {
            yield return label[1..];
            yield break;
        }

        var bar = label.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            yield return label;
            yield break;
        }

        var family = label[..bar];
        var given = label[(bar + 1)..];
        if (given.Length == 0)
        {
            yield return family;
            yield break;
        }

        yield return family + given;
        yield return family + " " + given;
        yield return family + "\u3000" + given;
        yield return family + ", " + given;
        yield return family + "," + given;
        yield return given + " " + family;
        yield return family + " " + given.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        yield return family;
    }

    private static (int Start, int End)? FindOutside(LineSpans line, string value, (int Start, int End) outside)
    {
        var from = 0;
        while (Find(line, value, from) is { } range)
        {
            if (range.End <= outside.Start || range.Start >= outside.End)
            {
                return range;
            }

            from = range.Start + 1;
        }

        return null;
    }

    /// <summary>Where <paramref name="value"/> is written in the body, comparing with runs of white space as one, from <paramref name="from"/>.</summary>
    private static (int Start, int End)? Find(LineSpans line, string value, int from)
    {
        var needle = Normalize(value);
        if (needle.Length == 0)
        {
            return null;
        }

        var text = line.Text;
        for (var start = Math.Max(line.BodyStart, from); start < line.BodyEnd; start++)
        {
            var i = start;
            var j = 0;
            while (i < line.BodyEnd && j < needle.Length)
            {
                if (char.IsWhiteSpace(text[i]) && needle[j] == ' ')
                {
                    while (i < line.BodyEnd && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    j++;
                    continue;
                }

                if (text[i] != needle[j])
                {
                    break;
                }

                i++;
                j++;
            }

            if (j == needle.Length)
            {
                return (start, i);
            }
        }

        return null;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal)
        || string.Equals(Uri.UnescapeDataString(a).TrimEnd('/'), Uri.UnescapeDataString(b).TrimEnd('/'), StringComparison.Ordinal);
}
