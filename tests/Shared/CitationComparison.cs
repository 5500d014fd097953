using System.Text;
using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Testing;

/// <summary>
/// The form in which the reference-line corpus compares a citation with its labels (tests/AseanAi.Citations.Tests and
/// eng/ReferenceModelTrainer both score with it).
/// </summary>
internal static class CitationComparison
{
    /// <summary>
    /// The comparison form: authors as "family|given" for split names, "~literal" for names kept whole, "@name" for
    /// organisations; the publisher's name and unit as written (an inferred publisher counts as none, since the line
    /// does not name it); the type as its CSL name; runs of white space as one space.
    /// </summary>
    public static Dictionary<string, string> Describe(Citation citation) => new(StringComparer.Ordinal)
    {
        ["title"] = Normalize(citation.Title?.Text),
        ["authors"] = string.Join(" ; ", citation.Authors.Select(a => Normalize(Describe(a)))),
        ["publisher"] = Normalize(citation.Publisher is { IsInferred: false } publisher ? publisher.Name + publisher.Unit : null),
        ["container"] = Normalize(citation.ContainerTitle?.Text),
        ["issued"] = citation.Issued?.ToEdtf() ?? string.Empty,
        ["accessed"] = citation.Accessed?.ToEdtf() ?? string.Empty,
        ["url"] = citation.Url?.OriginalString ?? string.Empty,
        ["type"] = CslItemTypes.FromSourceType(citation.Type),
        ["language"] = citation.Language ?? string.Empty,
    };

    private static string Describe(Contributor contributor) => contributor switch
    {
        { Organization: { } organization } => "@" + organization.Name + (organization.Unit is { } unit ? unit : string.Empty),
        { Person: { IsLiteral: true } person } => "~" + person.Literal,
        { Person: { } person } => person.Family + "|" + person.Given,
        _ => string.Empty,
    };

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

}
