using System.Collections.Immutable;
using System.Globalization;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// The rules for each field of a <see cref="Publisher"/>, shared by its constructor (which throws) and the JSON reader
/// (which reports the field, line and column). Each check returns <see langword="null"/> when the value is valid, else
/// a sentence saying what is wrong.
/// </summary>
internal static class PublisherFields
{
    public const int MaxIdLength = 64;

    public static string? CheckId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "An id cannot be empty.";
        }

        if (id.Length > MaxIdLength)
        {
            return $"The id '{id}' is longer than {MaxIdLength} characters.";
        }

        var previousWasSeparator = true;
        foreach (var c in id)
        {
            var isSeparator = c is '.' or '-';
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || isSeparator) || (isSeparator && previousWasSeparator))
            {
                return $"The id '{id}' must be lower-case ASCII letters and digits in parts joined by '.' or '-', such as 'jp.mofa'.";
            }

            previousWasSeparator = isSeparator;
        }

        return previousWasSeparator
            ? $"The id '{id}' must not end with '.' or '-'."
            : null;
    }

    /// <summary>Parses yyyy, yyyy-MM or yyyy-MM-dd; a partial date is its first day, or its last when <paramref name="end"/>.</summary>
    public static DateOnly? ParseDate(string text, bool end)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (DateOnly.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return !end ? date : i switch
                {
                    0 => date,
                    1 => date.AddMonths(1).AddDays(-1),
                    _ => date.AddYears(1).AddDays(-1),
                };
            }
        }

        return null;
    }

    public static ImmutableArray<string> CheckIds(ImmutableArray<string> ids, string? ownId, string field)
    {
        ids = SequenceEquality.OrEmpty(ids);
        foreach (var id in ids)
        {
            if (CheckId(id) is { } error)
            {
                throw new ArgumentException(error, field);
            }

            if (id == ownId)
            {
                throw new ArgumentException($"A publisher cannot be its own predecessor or successor ('{id}').", field);
            }
        }

        return ids;
    }

    public static string? CheckCountry(string? country)
    {
        if (country is { Length: 2 } && char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1]))
        {
            return null;
        }

        if (country is { Length: 3 } && char.IsAsciiDigit(country[0]) && char.IsAsciiDigit(country[1]) && char.IsAsciiDigit(country[2]))
        {
            return null;
        }

        return $"The country '{country}' must be an ISO 3166-1 alpha-2 code in capitals (JP, TW) or a UN M.49 area code of three digits (035 for South-eastern Asia, 001 for the world).";
    }

    public static string? CheckName(string? language, string? text)
    {
        if (!LanguageTags.TryNormalize(language, out _, out var error))
        {
            return error;
        }

        return string.IsNullOrWhiteSpace(text) ? $"The name in '{language}' is empty." : CheckForm(text);
    }

    public static string? CheckForm(string? form)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return "A name form cannot be empty.";
        }

        return PublisherKeys.Normalize(form).Length == 0
            ? $"The name form '{form}' has no letters left after folding (only spaces and separators)."
            : null;
    }

    // Query, fragment, space, user and port marks: a domain entry is a host with an optional path.
    private static readonly System.Buffers.SearchValues<char> NotInDomains = System.Buffers.SearchValues.Create("?# @:");

    /// <summary>Checks and normalises a site: a host name, optionally followed by a path prefix (<c>mlit.go.jp/kankocho</c>).</summary>
    public static string? CheckDomain(string? domain, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(domain))
        {
            return "A domain cannot be empty.";
        }

        var text = domain.Trim();
        if (text.Contains("://", StringComparison.Ordinal) || text.AsSpan().IndexOfAny(NotInDomains) >= 0)
        {
            return $"The domain '{domain}' must be a host name with an optional path, such as 'mofa.go.jp' or 'mlit.go.jp/kankocho', without scheme, port, query or fragment.";
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? text : text[..slash]).TrimEnd('.').ToLowerInvariant();
        var path = slash < 0 ? string.Empty : text[(slash + 1)..].Trim('/').ToLowerInvariant();
        var labels = host.Split('.');
        if (labels.Length < 2)
        {
            return $"The domain '{domain}' must have at least two labels, such as 'mofa.go.jp'.";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !IsLdh(label))
            {
                return $"The domain '{domain}' has the label '{label}', which is not 1 to 63 ASCII letters, digits or inner hyphens (write internationalised names in their xn-- form).";
            }
        }

        if (path.Contains("//", StringComparison.Ordinal))
        {
            return $"The domain '{domain}' has an empty path segment.";
        }

        normalized = path.Length == 0 ? host : host + "/" + path;
        return null;
    }

    public static string? CheckSource(Uri? source) =>
        source is { IsAbsoluteUri: true } && (source.Scheme == Uri.UriSchemeHttps || source.Scheme == Uri.UriSchemeHttp)
            ? null
            : $"The source '{source}' must be an absolute http or https address.";

    public static ImmutableArray<string> CheckForms(ImmutableArray<string> forms, string field)
    {
        forms = SequenceEquality.OrEmpty(forms);
        foreach (var form in forms)
        {
            if (CheckForm(form) is { } error)
            {
                throw new ArgumentException(error, field);
            }
        }

        return forms;
    }

    public static string KindToName(PublisherKind kind) => kind switch
    {
        PublisherKind.Government => "government",
        PublisherKind.GovernmentMinistry => "government-ministry",
        PublisherKind.GovernmentAgency => "government-agency",
        PublisherKind.IncorporatedAdministrativeAgency => "incorporated-administrative-agency",
        PublisherKind.ResearchInstitute => "research-institute",
        PublisherKind.ThinkTank => "think-tank",
        PublisherKind.University => "university",
        PublisherKind.NewsMedia => "news-media",
        PublisherKind.NewsPlatform => "news-platform",
        PublisherKind.IntergovernmentalOrganization => "intergovernmental-organization",
        PublisherKind.Company => "company",
        PublisherKind.Association => "association",
        PublisherKind.Initiative => "initiative",
        _ => "other",
    };

    public static bool TryParseKind(string? name, out PublisherKind kind)
    {
        foreach (var candidate in Enum.GetValues<PublisherKind>())
        {
            if (string.Equals(KindToName(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = PublisherKind.Other;
        return false;
    }

    public static string KindNames() =>
        string.Join(", ", Enum.GetValues<PublisherKind>().Select(KindToName));

    private static bool IsLdh(string label)
    {
        foreach (var c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
