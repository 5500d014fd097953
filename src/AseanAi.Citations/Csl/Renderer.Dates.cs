using System.Globalization;

namespace AseanAi.Citations.Csl;

internal sealed partial class Renderer
{
    private Out? RenderDate(DateElement element, RenderContext context)
    {
        context.Called++;
        if (context.IsSuppressed(element.Variable) || !context.Item.Dates.TryGetValue(element.Variable, out var date) || date.IsEmpty)
        {
            return null;
        }

        context.NonEmpty++;
        context.Used(element.Variable);
        if (context.Mode == RenderMode.Sort)
        {
            // A date called through a macro sorts on the parts the macro shows (a year-only date ties within the year).
            var month = element.Form is not null ? element.DatePartsShown != "year" : element.Parts.Any(p => p.Name == "month");
            var day = element.Form is not null ? element.DatePartsShown == "year-month-day" : element.Parts.Any(p => p.Name == "day");
            return new OutText(DateSortKey(date, month, day));
        }

        var node = new OutNode(OutKind.Date) { Tag = element.Variable };
        node.Decorate(element);
        if (date.Literal is not null)
        {
            node.Children.Add(RichText.Parse(date.Literal));
            return node;
        }

        IReadOnlyList<DatePartElement> parts;
        string? delimiter;
        if (element.Form is { } form && (form == "numeric" ? Locale.NumericDate : Locale.TextDate) is { } localized)
        {
            var shown = element.DatePartsShown;
            var list = new List<DatePartElement>(3);
            foreach (var part in localized.Parts)
            {
                if (part.Name == "day" && shown != "year-month-day" || part.Name == "month" && shown == "year")
                {
                    continue;
                }

                var overrideWith = element.Parts.FirstOrDefault(p => p.Name == part.Name);
                list.Add(overrideWith is null ? part : new DatePartElement
                {
                    Name = part.Name,
                    Prefix = part.Prefix,
                    Suffix = part.Suffix,
                    Form = overrideWith.Form ?? part.Form,
                    RangeDelimiter = overrideWith.RangeDelimiter ?? part.RangeDelimiter,
                    Format = overrideWith.Format.IsEmpty ? part.Format : overrideWith.Format,
                    TextCase = overrideWith.TextCase != TextCase.None ? overrideWith.TextCase : part.TextCase,
                    StripPeriods = overrideWith.StripPeriods || part.StripPeriods,
                });
            }

            parts = list;
            delimiter = localized.Delimiter;
        }
        else
        {
            parts = element.Parts;
            delimiter = element.Delimiter;
        }

        var content = new OutNode { Delimiter = delimiter };
        if (date.IsRange)
        {
            RenderDateRange(date.Start, date.End!.Value, parts, context, content);
        }
        else if (date.OpenEnd)
        {
            // An open range is the start and the year's range delimiter with nothing after it: "1987–".
            var startNode = new OutNode { Delimiter = delimiter };
            RenderDateParts(date.Start, parts, context, startNode, dropFirstPrefix: false, dropLastSuffix: true);
            if (!startNode.IsEmpty)
            {
                content.Delimiter = null;
                content.Children.Add(startNode);
                content.Children.Add(new OutText(parts.FirstOrDefault(p => p.Name == "year")?.RangeDelimiter ?? "\u2013"));
            }
        }
        else
        {
            RenderDateParts(date.Start, parts, context, content, dropFirstPrefix: false, dropLastSuffix: false);
        }

        if (content.IsEmpty)
        {
            return null;
        }

        // Trailing suffixes of a localized date that end without its last part ("May ," when no year) are dropped with the part.
        node.Children.Add(content);
        return node;
    }

    internal static string DateSortKey(CslDateValue date, bool month = true, bool day = true)
    {
        if (date.Literal is not null)
        {
            return date.Literal;
        }

        var start = date.Start;
        var key = Key(start);
        if (date.IsRange)
        {
            key += "-" + Key(date.End!.Value);
        }

        return key;

        string Key(CslDatePart part)
        {
            var m = !month ? 0 : part.Month != 0 ? part.Month : part.Season != 0 ? 12 + part.Season : 0;
            var d = day ? part.Day : 0;
            return string.Create(CultureInfo.InvariantCulture, $"{part.Year + 50000:D6}{m:D2}{d:D2}");
        }
    }

    private void RenderDateRange(CslDatePart start, CslDatePart end, IReadOnlyList<DatePartElement> parts, RenderContext context, OutNode into)
    {
        // The largest part that differs decides what is repeated: years differ -> whole dates; months -> month and day.
        string differing = start.Year != end.Year ? "year" : (start.Month != end.Month || start.Season != end.Season) ? "month" : "day";
        if (differing == "day" && start.Day == end.Day)
        {
            RenderDateParts(start, parts, context, into, false, false);
            return;
        }

        bool Varies(string name) => differing switch
        {
            "year" => true,
            "month" => name != "year",
            _ => name == "day",
        };

        var rangePart = parts.FirstOrDefault(p => p.Name == differing);
        var rangeDelimiter = rangePart?.RangeDelimiter ?? "\u2013";
        if (differing == "year")
        {
            var first = new OutNode { Delimiter = into.Delimiter };
            RenderDateParts(start, parts, context, first, false, true);
            var second = new OutNode { Delimiter = into.Delimiter };
            RenderDateParts(end, parts, context, second, true, false);
            into.Delimiter = null;
            into.Children.Add(first);
            into.Children.Add(new OutText(rangeDelimiter));
            into.Children.Add(second);
            return;
        }

        // Split the parts into those before the varying block, the block, and those after.
        var firstVarying = -1;
        var lastVarying = -1;
        for (var i = 0; i < parts.Count; i++)
        {
            if (Varies(parts[i].Name) && HasPart(start, parts[i].Name))
            {
                if (firstVarying < 0)
                {
                    firstVarying = i;
                }

                lastVarying = i;
            }
        }

        if (firstVarying < 0)
        {
            RenderDateParts(start, parts, context, into, false, false);
            return;
        }

        var delimiter = into.Delimiter;
        into.Delimiter = null;
        var before = Slice(parts, 0, firstVarying);
        var block = Slice(parts, firstVarying, lastVarying + 1);
        var after = Slice(parts, lastVarying + 1, parts.Count);
        var beforeNode = new OutNode { Delimiter = delimiter };
        RenderDateParts(start, before, context, beforeNode, false, false);
        var startBlock = new OutNode { Delimiter = delimiter };
        RenderDateParts(start, block, context, startBlock, false, true);
        var endBlock = new OutNode { Delimiter = delimiter };
        RenderDateParts(end, block, context, endBlock, true, false);
        var afterNode = new OutNode { Delimiter = delimiter };
        RenderDateParts(start, after, context, afterNode, false, false);
        into.Children.Add(beforeNode);
        if (!beforeNode.IsEmpty && delimiter is not null)
        {
            into.Children.Add(new OutText(delimiter));
        }

        into.Children.Add(startBlock);
        into.Children.Add(new OutText(rangeDelimiter));
        into.Children.Add(endBlock);
        if (!afterNode.IsEmpty && delimiter is not null)
        {
            into.Children.Add(new OutText(delimiter));
        }

        into.Children.Add(afterNode);
    }

    private static List<DatePartElement> Slice(IReadOnlyList<DatePartElement> parts, int from, int to)
    {
        var list = new List<DatePartElement>(Math.Max(0, to - from));
        for (var i = from; i < to; i++)
        {
            list.Add(parts[i]);
        }

        return list;
    }

    private static bool HasPart(CslDatePart date, string name) => name switch
    {
        "year" => date.HasYear,
        "month" => date.HasMonth || date.Season != 0,
        _ => date.HasDay && date.HasMonth,
    };

    private void RenderDateParts(CslDatePart date, IReadOnlyList<DatePartElement> parts, RenderContext context, OutNode into, bool dropFirstPrefix, bool dropLastSuffix)
    {
        var rendered = new List<OutNode>(parts.Count);
        foreach (var part in parts)
        {
            var text = DatePartText(date, part);
            if (text is null)
            {
                continue;
            }

            var node = new OutNode();
            node.Format = part.Format;
            node.Prefix = part.Prefix;
            node.Suffix = part.Suffix;
            node.TextCase = part.TextCase;
            node.StripPeriods = part.StripPeriods;
            node.Children.Add(new OutText(text));
            if (part.Name == "year" && ImplicitYearSuffix && context.Cite.YearSuffix is { } yearSuffix && !context.YearSuffixPlaced && context.Mode != RenderMode.Sort)
            {
                context.YearSuffixPlaced = true;
                node.Children.Add(new OutNode(OutKind.YearSuffix).Add(new OutText(yearSuffix)));
            }

            rendered.Add(node);
        }

        if (rendered.Count == 0)
        {
            return;
        }

        if (dropFirstPrefix)
        {
            rendered[0].Prefix = null;
        }

        if (dropLastSuffix)
        {
            rendered[^1].Suffix = null;
        }

        foreach (var node in rendered)
        {
            into.Children.Add(node);
        }
    }

    private string? DatePartText(CslDatePart date, DatePartElement part)
    {
        switch (part.Name)
        {
            case "year":
            {
                if (!date.HasYear)
                {
                    return null;
                }

                var year = date.Year;
                if (Locale.YearEra == YearEra.Buddhist && BuddhistEraYears.Text(year, part.Form == "short") is { } buddhist)
                {
                    return buddhist;
                }

                if (year < 0)
                {
                    return (-year).ToString(CultureInfo.InvariantCulture) + (Locale.Term("bc") ?? "BC");
                }

                if (part.Form == "short")
                {
                    return (year % 100).ToString("00", CultureInfo.InvariantCulture);
                }

                if (year < 1000)
                {
                    return year.ToString(CultureInfo.InvariantCulture) + (Locale.Term("ad") ?? "AD");
                }

                return year.ToString(CultureInfo.InvariantCulture);
            }

            case "month":
            {
                if (!date.HasMonth)
                {
                    if (date.Season is >= 1 and <= 4)
                    {
                        return Locale.Term("season-0" + date.Season.ToString(CultureInfo.InvariantCulture));
                    }

                    return null;
                }

                return part.Form switch
                {
                    "numeric" => date.Month.ToString(CultureInfo.InvariantCulture),
                    "numeric-leading-zeros" => date.Month.ToString("00", CultureInfo.InvariantCulture),
                    "short" => Locale.Term("month-" + CslLocale.TwoDigits(date.Month), TermForm.Short),
                    _ => Locale.Term("month-" + CslLocale.TwoDigits(date.Month)),
                };
            }

            default:
            {
                if (!date.HasDay || !date.HasMonth)
                {
                    return null;
                }

                return part.Form switch
                {
                    "numeric-leading-zeros" => date.Day.ToString("00", CultureInfo.InvariantCulture),
                    "ordinal" => Locale.LimitDayOrdinalsToDay1 && date.Day != 1
                        ? date.Day.ToString(CultureInfo.InvariantCulture)
                        : Locale.Ordinal(date.Day, Locale.Gender("month-" + CslLocale.TwoDigits(date.Month))),
                    _ => date.Day.ToString(CultureInfo.InvariantCulture),
                };
            }
        }
    }
}
