using System.Globalization;
using System.Xml.Linq;

namespace AseanAi.Citations.Csl;

/// <summary>One term of a locale: its singular and plural text and, for ordinals, how it matches numbers.</summary>
internal sealed record CslTerm(string Single, string Multiple, string? Gender, string? GenderForm, string? Match);

/// <summary>
/// The terms, date formats and options of one locale (a locale file, or a <c>cs:locale</c> element inside a style).
/// Immutable once built.
/// </summary>
internal sealed class CslLocale
{
    private readonly Dictionary<(string Name, TermForm Form, string? GenderForm), CslTerm> _terms;

    private CslLocale(string? language, Dictionary<(string, TermForm, string?), CslTerm> terms, DateElement? textDate, DateElement? numericDate, bool? punctuationInQuote, bool? limitDayOrdinals, bool hasOrdinals, YearEra? yearEra, bool? itemLocales)
    {
        YearEra = yearEra;
        ItemLocales = itemLocales;
        Language = language;
        _terms = terms;
        TextDate = textDate;
        NumericDate = numericDate;
        PunctuationInQuote = punctuationInQuote;
        LimitDayOrdinalsToDay1 = limitDayOrdinals;
        DefinesOrdinals = hasOrdinals;
    }

    public string? Language { get; }

    public DateElement? TextDate { get; }

    public DateElement? NumericDate { get; }

    public bool? PunctuationInQuote { get; }

    public bool? LimitDayOrdinalsToDay1 { get; }

    /// <summary>The era of printed years (extension <c>year-era</c>), or <see langword="null"/> when the locale does not say.</summary>
    public YearEra? YearEra { get; }

    /// <summary>Whether items in other languages take their own locale (extension <c>item-locales</c>), or <see langword="null"/> when the locale does not say.</summary>
    public bool? ItemLocales { get; }

    /// <summary>Whether this locale defines any ordinal term; a style locale that does replaces all ordinal terms below it.</summary>
    public bool DefinesOrdinals { get; }

    public bool TryGetTerm(string name, TermForm form, string? genderForm, out CslTerm term) =>
        _terms.TryGetValue((name, form, genderForm), out term!);

    public IEnumerable<KeyValuePair<(string Name, TermForm Form, string? GenderForm), CslTerm>> Terms => _terms;

    public static CslLocale FromElement(XElement element, List<Diagnostic> diagnostics)
    {
        var ns = element.Name.Namespace;
        var language = (string?)element.Attribute(XNamespace.Xml + "lang");
        var terms = new Dictionary<(string, TermForm, string?), CslTerm>();
        DateElement? textDate = null, numericDate = null;
        bool? punctuationInQuote = null, limitDayOrdinals = null, itemLocales = null;
        YearEra? yearEra = null;
        var hasOrdinals = false;
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "style-options":
                    if ((string?)child.Attribute("punctuation-in-quote") is { } piq)
                    {
                        punctuationInQuote = piq == "true";
                    }

                    if ((string?)child.Attribute("limit-day-ordinals-to-day-1") is { } ldo)
                    {
                        limitDayOrdinals = ldo == "true";
                    }

                    yearEra = ReadExtension(child, CslExtensions.YearEra, diagnostics, ("common", Csl.YearEra.Common), ("buddhist", Csl.YearEra.Buddhist)) ?? yearEra;
                    itemLocales = ReadExtension<bool>(child, CslExtensions.ItemLocales, diagnostics, ("true", true), ("false", false)) ?? itemLocales;

                    break;
                case "date":
                    var date = StyleReader.ReadDate(child, diagnostics, inLocale: true);
                    if ((string?)child.Attribute("form") == "numeric")
                    {
                        numericDate = date;
                    }
                    else
                    {
                        textDate = date;
                    }

                    break;
                case "terms":
                    foreach (var termElement in child.Elements(ns + "term"))
                    {
                        var name = (string?)termElement.Attribute("name");
                        if (name is null)
                        {
                            continue;
                        }

                        var form = ParseForm((string?)termElement.Attribute("form"));
                        var gender = (string?)termElement.Attribute("gender");
                        var genderForm = (string?)termElement.Attribute("gender-form");
                        var match = (string?)termElement.Attribute("match");
                        string single, multiple;
                        var singleElement = termElement.Element(ns + "single");
                        if (singleElement is not null)
                        {
                            single = singleElement.Value;
                            multiple = termElement.Element(ns + "multiple")?.Value ?? single;
                        }
                        else
                        {
                            single = termElement.Value;
                            multiple = single;
                        }

                        if (name.StartsWith("ordinal", StringComparison.Ordinal))
                        {
                            hasOrdinals = true;
                        }

                        terms[(name, form, genderForm)] = new CslTerm(single, multiple, gender, genderForm, match);
                    }

                    break;
                default:
                    break;
            }
        }

        return new CslLocale(language, terms, textDate, numericDate, punctuationInQuote, limitDayOrdinals, hasOrdinals, yearEra, itemLocales);
    }

    // An extension attribute's value among the known ones; an unknown value is reported (CSL103) and ignored.
    private static T? ReadExtension<T>(XElement element, XName name, List<Diagnostic> diagnostics, params (string Text, T Value)[] known)
        where T : struct
    {
        if (element.Attribute(name) is not { } attribute)
        {
            return null;
        }

        foreach (var (text, value) in known)
        {
            if (attribute.Value == text)
            {
                return value;
            }
        }

        var info = (System.Xml.IXmlLineInfo)attribute;
        diagnostics.Add(new Diagnostic(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.Locale.UnknownExtensionValue,
            $"The extension attribute {name.LocalName}=\"{attribute.Value}\" has an unknown value (use {string.Join(" or ", known.Select(k => "\"" + k.Text + "\""))}); it is ignored.",
            info.HasLineInfo() ? new SourceSpan(0, 0, info.LineNumber, Math.Max(info.LinePosition, 1)) : null));
        return null;
    }

    public static TermForm ParseForm(string? form) => form switch
    {
        "short" => TermForm.Short,
        "verb" => TermForm.Verb,
        "verb-short" => TermForm.VerbShort,
        "symbol" => TermForm.Symbol,
        _ => TermForm.Long,
    };

    public static string TwoDigits(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
