using AseanAi.Citations.Csl;
using Microsoft.Extensions.Options;

namespace AseanAi.Citations;

/// <summary>
/// Checks a whole <see cref="CitationsOptions"/>: every problem is reported, each in a message that names the option
/// (such as <c>CitationsOptions.PublisherFiles[0]</c>) and says what is allowed. <c>AddAseanAiCitations</c> registers it,
/// so that <c>ValidateOnStart</c> and <c>IOptions&lt;CitationsOptions&gt;.Value</c> both use it.
/// </summary>
/// <remarks>Stateless and thread-safe. It reads the file system to check that named files and directories exist.</remarks>
public sealed class CitationsOptionsValidator : IValidateOptions<CitationsOptions>
{
    /// <summary>
    /// Checks <paramref name="options"/>; succeeds when every option is valid, else fails with one message per problem.
    /// </summary>
    /// <param name="name">The options' name (ignored: every named instance is checked the same way).</param>
    /// <param name="options">The options to check.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ValidateOptionsResult Validate(string? name, CitationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static List<string> Problems(CitationsOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.PublisherFiles.Count; i++)
        {
            var path = options.PublisherFiles[i];
            if (string.IsNullOrWhiteSpace(path))
            {
                problems.Add($"CitationsOptions.PublisherFiles[{i}] is empty; give the path of a publisher JSON file.");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"CitationsOptions.PublisherFiles[{i}]: the file '{Path.GetFullPath(path)}' does not exist.");
            }
        }

        for (var i = 0; i < options.Publishers.Count; i++)
        {
            if (options.Publishers[i] is null)
            {
                problems.Add($"CitationsOptions.Publishers[{i}] is null.");
            }
        }

        if (options.MaxReferenceLineLength < CitationsOptions.MinReferenceLineLength)
        {
            problems.Add($"CitationsOptions.MaxReferenceLineLength is {options.MaxReferenceLineLength}; it must be at least {CitationsOptions.MinReferenceLineLength}.");
        }

        if (string.IsNullOrWhiteSpace(options.Style))
        {
            problems.Add($"CitationsOptions.Style is empty; give one of {string.Join(", ", CslStyle.BuiltInNames)} or the path of a .csl file.");
        }
        else if (!CitationsOptions.IsBuiltInStyle(options.Style) && !File.Exists(options.Style))
        {
            problems.Add($"CitationsOptions.Style '{options.Style}' is neither a built-in style ({string.Join(", ", CslStyle.BuiltInNames)}) nor an existing .csl file.");
        }

        if (options.Locale is not null && (options.Locale.Length == 0 || !options.Locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            problems.Add($"CitationsOptions.Locale '{options.Locale}' is not a language tag such as ja-JP.");
        }

        if (options.LocalesDirectory is not null && !Directory.Exists(options.LocalesDirectory))
        {
            problems.Add($"CitationsOptions.LocalesDirectory: the directory '{(options.LocalesDirectory.Length == 0 ? options.LocalesDirectory : Path.GetFullPath(options.LocalesDirectory))}' does not exist.");
        }

        if (!Enum.IsDefined(options.Bilingual))
        {
            problems.Add($"CitationsOptions.Bilingual has the undefined value {(int)options.Bilingual}.");
        }

        if (!Enum.IsDefined(options.CjkSortOrder))
        {
            problems.Add($"CitationsOptions.CjkSortOrder has the undefined value {(int)options.CjkSortOrder}.");
        }

        return problems;
    }
}
