using System.Globalization;

namespace AseanAi.Citations.Csl;

/// <summary>
/// The locales consulted for one rendering, most specific first: the style's own <c>cs:locale</c> elements for the
/// language, then the locale file for the language, then en-US. Immutable and thread-safe.
/// </summary>
internal sealed class LocaleChain
{
    private readonly CslLocale[] _locales;
    private readonly CslLocale[] _ordinalLocales;
    private readonly Dictionary<(string, TermForm, bool), string?> _cache;

    public LocaleChain(string language, IEnumerable<CslLocale> locales)
    {
        Language = language;
        _locales = [.. locales];

        // A locale that defines ordinals replaces every ordinal term of the locales below it (CSL 1.0.2, "Ordinal Suffixes").
        var ordinalIndex = Array.FindIndex(_locales, l => l.DefinesOrdinals);
        _ordinalLocales = ordinalIndex < 0 ? _locales : [_locales[ordinalIndex]];
        TextDate = _locales.Select(l => l.TextDate).FirstOrDefault(d => d is not null);
        NumericDate = _locales.Select(l => l.NumericDate).FirstOrDefault(d => d is not null);
        PunctuationInQuote = _locales.Select(l => l.PunctuationInQuote).FirstOrDefault(p => p is not null) ?? false;
        LimitDayOrdinalsToDay1 = _locales.Select(l => l.LimitDayOrdinalsToDay1).FirstOrDefault(p => p is not null) ?? false;
        YearEra = _locales.Select(l => l.YearEra).FirstOrDefault(e => e is not null) ?? Csl.YearEra.Common;
        ItemLocales = _locales.Select(l => l.ItemLocales).FirstOrDefault(e => e is not null) ?? false;
        _cache = new Dictionary<(string, TermForm, bool), string?>();
        foreach (var locale in _locales)
        {
            foreach (var ((name, form, genderForm), _) in locale.Terms)
            {
                if (genderForm is null)
                {
                    _cache.TryAdd((name, form, false), null);
                    _cache.TryAdd((name, form, true), null);
                }
            }
        }

        foreach (var key in _cache.Keys.ToArray())
        {
            _cache[key] = FindUncached(key.Item1, key.Item2, key.Item3);
        }

        OpenQuote = Term("open-quote") ?? "\u201C";
        CloseQuote = Term("close-quote") ?? "\u201D";
        OpenInnerQuote = Term("open-inner-quote") ?? "\u2018";
        CloseInnerQuote = Term("close-inner-quote") ?? "\u2019";
    }

    public string Language { get; }

    public bool IsEnglish => Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public DateElement? TextDate { get; }

    public DateElement? NumericDate { get; }

    public bool PunctuationInQuote { get; }

    public bool LimitDayOrdinalsToDay1 { get; }

    /// <summary>The era of printed years: the first locale of the chain that says (extension <c>year-era</c>), else the Common Era.</summary>
    public YearEra YearEra { get; }

    /// <summary>Whether items in other languages are rendered in their own locale (extension <c>item-locales</c>).</summary>
    public bool ItemLocales { get; }

    public string OpenQuote { get; }

    public string CloseQuote { get; }

    public string OpenInnerQuote { get; }

    public string CloseInnerQuote { get; }

    public string? Term(string name, TermForm form = TermForm.Long, bool plural = false)
    {
        if (_cache.TryGetValue((name, form, plural), out var cached))
        {
            return cached;
        }

        return FindUncached(name, form, plural);
    }

    /// <summary>The gender of a term (for ordinals that agree with it), or <see langword="null"/>.</summary>
    public string? Gender(string name, TermForm form = TermForm.Long)
    {
        var found = FindTerm(name, form, null);
        return found?.Gender;
    }

    private string? FindUncached(string name, TermForm form, bool plural)
    {
        var term = FindTerm(name, form, null);
        return term is null ? null : plural ? term.Multiple : term.Single;
    }

    private CslTerm? FindTerm(string name, TermForm form, string? genderForm)
    {
        var current = form;
        while (true)
        {
            foreach (var locale in _locales)
            {
                if (locale.TryGetTerm(name, current, genderForm, out var term))
                {
                    return term;
                }
            }

            if (genderForm is not null)
            {
                foreach (var locale in _locales)
                {
                    if (locale.TryGetTerm(name, current, null, out var term))
                    {
                        return term;
                    }
                }
            }

            current = current switch
            {
                TermForm.VerbShort => TermForm.Verb,
                TermForm.Symbol => TermForm.Short,
                TermForm.Verb or TermForm.Short => TermForm.Long,
                _ => (TermForm)255,
            };
            if ((byte)current == 255)
            {
                return null;
            }
        }
    }

    private CslTerm? FindOrdinalTerm(string name, string? gender)
    {
        foreach (var locale in _ordinalLocales)
        {
            if (gender is not null && locale.TryGetTerm(name, TermForm.Long, gender, out var gendered))
            {
                return gendered;
            }

            if (locale.TryGetTerm(name, TermForm.Long, null, out var term))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The ordinal suffix for a number (1st, 2nd, 11th), agreeing with a gender where the locale says so.</summary>
    public string OrdinalSuffix(int number, string? gender)
    {
        var abs = Math.Abs(number);
        var lastTwo = abs % 100;
        if (lastTwo >= 10)
        {
            var term = FindOrdinalTerm("ordinal-" + CslLocale.TwoDigits(lastTwo), gender);
            if (term is not null && (term.Match != "whole-number" || abs == lastTwo))
            {
                return term.Single;
            }
        }

        var lastDigit = abs % 10;
        var digitTerm = FindOrdinalTerm("ordinal-" + CslLocale.TwoDigits(lastDigit), gender);
        if (digitTerm is not null)
        {
            var matches = digitTerm.Match switch
            {
                "last-two-digits" => lastTwo == lastDigit,
                "whole-number" => abs == lastDigit,
                _ => true,
            };
            if (matches)
            {
                return digitTerm.Single;
            }
        }

        return FindOrdinalTerm("ordinal", gender)?.Single ?? string.Empty;
    }

    public string Ordinal(int number, string? gender) =>
        number.ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(number, gender);

    public string LongOrdinal(int number, string? gender)
    {
        if (number is >= 1 and <= 10)
        {
            var term = FindOrdinalTerm("long-ordinal-" + CslLocale.TwoDigits(number), gender);
            if (term is not null)
            {
                return term.Single;
            }
        }

        return Ordinal(number, gender);
    }
}
