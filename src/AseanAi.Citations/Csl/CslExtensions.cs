using System.Globalization;
using System.Xml.Linq;

namespace AseanAi.Citations.Csl;

/// <summary>
/// The library's extensions to CSL 1.0.2: attributes in their own XML namespace on the <c>cs:style-options</c> of a
/// locale (a locale file, or a <c>cs:locale</c> element of a style), which other CSL processors ignore. docs/csl.md,
/// "Extensions beyond CSL 1.0.2", describes them.
/// </summary>
internal static class CslExtensions
{
    /// <summary>The namespace of the extension attributes.</summary>
    public static readonly XNamespace Namespace = "https://github.com/aseanai/citations/csl-extensions";

    /// <summary><c>year-era="buddhist"</c>: years are printed in the Buddhist Era (CE + 543); <c>"common"</c>, the default, in the Common Era.</summary>
    public static readonly XName YearEra = Namespace + "year-era";

    /// <summary><c>item-locales="true"</c>: an item whose <c>language</c> names another language is rendered in that language's locale.</summary>
    public static readonly XName ItemLocales = Namespace + "item-locales";
}

/// <summary>The era in which a locale prints years.</summary>
internal enum YearEra
{
    /// <summary>The Common Era, as CSL 1.0.2 prints years.</summary>
    Common = 0,

    /// <summary>The Buddhist Era of Thailand and Laos: CE + 543 (2025 is 2568).</summary>
    Buddhist,
}

/// <summary>Buddhist-Era year numbers of the CSL year numbers that dates carry (negative for years BC, no year zero).</summary>
internal static class BuddhistEraYears
{
    /// <summary>BE = CE + 543; 543 BC is BE 1.</summary>
    public const int Offset = 543;

    /// <summary>The Buddhist-Era number of a CSL year, when there is one.</summary>
    /// <param name="year">The CSL year: positive for AD, negative for BC (−1 is 1 BC).</param>
    /// <param name="buddhist">The Buddhist-Era year (1 or more).</param>
    /// <returns><see langword="false"/> for year 0 (none) and for years before BE 1 (544 BC and earlier), which stay in the Common Era.</returns>
    public static bool TryConvert(int year, out int buddhist)
    {
        buddhist = year > 0 ? year + Offset : year < 0 ? Offset + 1 + year : 0;
        return buddhist >= 1;
    }

    /// <summary>The year as text in the Buddhist Era, two digits for the short form; <see langword="null"/> when <see cref="TryConvert"/> says there is none.</summary>
    public static string? Text(int year, bool shortForm) =>
        !TryConvert(year, out var buddhist) ? null
        : shortForm ? (buddhist % 100).ToString("00", CultureInfo.InvariantCulture)
        : buddhist.ToString(CultureInfo.InvariantCulture);
}
