using Microsoft.Extensions.Options;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Checks a whole <see cref="LinkCheckerOptions"/>: every problem is reported, each in a message that names the option
/// (such as <c>LinkCheckerOptions.MaxConcurrency</c>) and says what is allowed. A <see cref="LinkChecker"/> runs it when
/// it is built; <c>AddCitationLinkChecker</c> registers it, so that <c>ValidateOnStart</c> and
/// <c>IOptions&lt;LinkCheckerOptions&gt;.Value</c> use it too.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class LinkCheckerOptionsValidator : IValidateOptions<LinkCheckerOptions>
{
    /// <summary>Checks <paramref name="options"/>; succeeds when every option is valid, else fails with one message per problem.</summary>
    /// <param name="name">The options' name (ignored: every named instance is checked the same way).</param>
    /// <param name="options">The options to check.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ValidateOptionsResult Validate(string? name, LinkCheckerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        InRange(problems, options.MaxConcurrency, 1, 1024, nameof(LinkCheckerOptions.MaxConcurrency));
        InRange(problems, options.MaxConcurrencyPerHost, 1, 256, nameof(LinkCheckerOptions.MaxConcurrencyPerHost));
        Positive(problems, options.RequestTimeout, TimeSpan.FromMinutes(10), nameof(LinkCheckerOptions.RequestTimeout));
        Positive(problems, options.LinkTimeout, TimeSpan.FromHours(1), nameof(LinkCheckerOptions.LinkTimeout));
        InRange(problems, options.MaxRetries, 0, 10, nameof(LinkCheckerOptions.MaxRetries));
        NotNegative(problems, options.RetryBaseDelay, TimeSpan.FromMinutes(1), nameof(LinkCheckerOptions.RetryBaseDelay));
        NotNegative(problems, options.MaxRetryAfter, TimeSpan.FromMinutes(10), nameof(LinkCheckerOptions.MaxRetryAfter));
        NotNegative(problems, options.MaxRetryWaitPerHost, TimeSpan.FromHours(1), nameof(LinkCheckerOptions.MaxRetryWaitPerHost));
        InRange(problems, options.MaxRedirects, 0, 10, nameof(LinkCheckerOptions.MaxRedirects));
        InRange(problems, options.MaxBodyBytes, 1024, 16 * 1024 * 1024, nameof(LinkCheckerOptions.MaxBodyBytes));
        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            problems.Add("LinkCheckerOptions.UserAgent is empty; give a User-Agent such as MyDocsBot/1.0 (+https://example.org/bot).");
        }
        else if (options.UserAgent.Any(char.IsControl))
        {
            problems.Add("LinkCheckerOptions.UserAgent: the User-Agent must not contain control characters such as line breaks.");
        }

        if (options.AcceptedStatusCodes is null)
        {
            problems.Add("LinkCheckerOptions.AcceptedStatusCodes is null; give a set such as StatusCodeSet.Success.");
        }

        NoNulls(problems, options.IncludePatterns, nameof(LinkCheckerOptions.IncludePatterns));
        NoNulls(problems, options.ExcludePatterns, nameof(LinkCheckerOptions.ExcludePatterns));
        if (options.ArchiveEndpoint is { } endpoint
            && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"LinkCheckerOptions.ArchiveEndpoint '{endpoint}' must be an absolute http or https URL.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Throws, for a checker built from bad options, an <see cref="ArgumentException"/> that lists every problem.</summary>
    internal static void ThrowIfInvalid(LinkCheckerOptions options, string parameterName)
    {
        var result = new LinkCheckerOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new ArgumentException(string.Join(" ", result.Failures), parameterName);
        }
    }

    private static void InRange(List<string> problems, int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            problems.Add($"LinkCheckerOptions.{name} must be between {min} and {max}; it is {value}.");
        }
    }

    private static void Positive(List<string> problems, TimeSpan value, TimeSpan max, string name)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            problems.Add($"LinkCheckerOptions.{name} must be above zero and at most {max}; it is {value}.");
        }
    }

    private static void NotNegative(List<string> problems, TimeSpan value, TimeSpan max, string name)
    {
        if (value < TimeSpan.Zero || value > max)
        {
            problems.Add($"LinkCheckerOptions.{name} must be between zero and {max}; it is {value}.");
        }
    }

    private static void NoNulls<T>(List<string> problems, IReadOnlyList<T>? patterns, string name)
        where T : class
    {
        if (patterns is null)
        {
            problems.Add($"LinkCheckerOptions.{name} is null; give an empty list for none.");
        }
        else if (patterns.Any(pattern => pattern is null))
        {
            problems.Add($"LinkCheckerOptions.{name} must not contain null patterns.");
        }
    }
}
