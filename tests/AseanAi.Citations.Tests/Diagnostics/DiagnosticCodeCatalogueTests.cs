using System.Reflection;
using System.Text.RegularExpressions;
using AseanAi.Citations.Dates;

namespace AseanAi.Citations.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code raised anywhere in <c>src/</c> is in a catalogue (<see cref="DiagnosticCodes"/>, the date
/// reader's code map, the tool's <c>CliDiagnosticCodes</c>) and documented in docs/diagnostics.md, and every catalogued
/// code is raised and documented. Raised codes are found by a scan of the sources: string literals shaped like a code,
/// and references to catalogue constants.
/// </summary>
public sealed partial class DiagnosticCodeCatalogueTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void EveryRaisedCode_IsCatalogued()
    {
        var catalogue = Catalogue();

        var raised = RaisedCodes();

        raised.Should().NotBeEmpty();
        raised.Keys.Except(catalogue.Keys).Select(code => $"{code} (raised in {string.Join(", ", raised[code])})")
            .Should().BeEmpty("every code raised must be in a catalogue");
    }

    [Fact]
    public void EveryCataloguedCode_IsRaisedSomewhere()
    {
        var raised = RaisedCodes();

        Catalogue().Keys.Where(code => code != "date.unknown").Except(raised.Keys)
            .Should().BeEmpty("a catalogued code that nothing raises is dead");
    }

    [Fact]
    public void EveryCataloguedCode_IsDocumentedWithItsSeverity()
    {
        var documented = DocumentedCodes();

        foreach (var (code, severity) in Catalogue())
        {
            documented.Should().ContainKey(code, "docs/diagnostics.md documents every code");
            if (severity is not null)
            {
                documented[code].Should().Be(severity, $"the severity of {code} in docs/diagnostics.md must match the catalogue");
            }
        }

        documented.Keys.Except(Catalogue().Keys).Should().BeEmpty("docs/diagnostics.md documents no code that does not exist");
    }

    [Fact]
    public void DateCodes_AreTheDateReadersCodeMap()
    {
        var fromEnum = Enum.GetValues<DateFindingCode>().Where(c => c != DateFindingCode.None)
            .Select(c => new DateFinding(c, 0, 0).DiagnosticCode).ToList();

        fromEnum.Should().OnlyHaveUniqueItems().And.OnlyContain(code => code.StartsWith("date.", StringComparison.Ordinal) && code != "date.unknown");
        Catalogue().Keys.Where(code => code.StartsWith("date.", StringComparison.Ordinal)).Except(["date.unknown"])
            .Should().BeEquivalentTo(fromEnum);
    }

    [Fact]
    public void DiagnosticCodes_ConstantsAreUniqueAndShaped()
    {
        var constants = PublicConstants().ToList();

        constants.Select(c => c.Value).Should().OnlyHaveUniqueItems();
        constants.Should().OnlyContain(c => CodeShape().IsMatch(c.Value), "a code is area.kebab-case or a prefix and three digits");
    }

    /// <summary>Code to severity (from the XML summary of a constant, or the date reader's severity); null when not stated.</summary>
    private static Dictionary<string, string?> Catalogue()
    {
        var catalogue = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*DiagnosticCodes.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in CatalogueEntry().Matches(File.ReadAllText(file)))
            {
                catalogue.Add(match.Groups["code"].Value, match.Groups["severity"].Value);
            }
        }

        foreach (var code in Enum.GetValues<DateFindingCode>().Where(c => c != DateFindingCode.None))
        {
            var finding = new DateFinding(code, 0, 0);
            catalogue.Add(finding.DiagnosticCode, finding.Severity.ToString().ToLowerInvariant());
        }

        catalogue.Add("date.unknown", "error");
        return catalogue;
    }

    /// <summary>Code to the files that raise it.</summary>
    private static Dictionary<string, SortedSet<string>> RaisedCodes()
    {
        var constants = PublicConstants().ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
        foreach (Match match in CatalogueEntry().Matches(File.ReadAllText(Path.Combine(Root, "src", "AseanAi.Citations.Cli", "CliDiagnosticCodes.cs"))))
        {
            constants.Add("CliDiagnosticCodes." + match.Groups["member"].Value, match.Groups["code"].Value);
        }

        var raised = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string code, string file)
        {
            if (!raised.TryGetValue(code, out var files))
            {
                raised[code] = files = new SortedSet<string>(StringComparer.Ordinal);
            }

            files.Add(Path.GetFileName(file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match match in CodeLiteral().Matches(text))
            {
                Add(match.Groups["code"].Value, file);
            }

            foreach (Match match in ConstantReference().Matches(text))
            {
                constants.Should().ContainKey(match.Value, $"{Path.GetFileName(file)} refers to a catalogue constant");
                Add(constants[match.Value], file);
            }
        }

        return raised;
    }

    private static Dictionary<string, string> DocumentedCodes()
    {
        var documented = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in DocumentedRow().Matches(File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"))))
        {
            documented.Add(match.Groups["code"].Value, match.Groups["severity"].Value);
        }

        return documented;
    }

    private static IEnumerable<(string Name, string Value)> PublicConstants() =>
        typeof(DiagnosticCodes).GetNestedTypes()
            .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral)
                .Select(field => ($"DiagnosticCodes.{area.Name}.{field.Name}", (string)field.GetRawConstantValue()!)));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AseanAi.Citations.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AseanAi.Citations.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""^[a-z][a-z-]*\.[a-z0-9-]+$|^[A-Z]+\d{3}$""")]
    private static partial Regex CodeShape();

    [GeneratedRegex("""<c>(?<code>[^<]+)</c> \((?<severity>error|warning|info)\)[^\n]*\n\s*public const string (?<member>\w+) = "\k<code>";""")]
    private static partial Regex CatalogueEntry();

    [GeneratedRegex("""(?<![\w.])"(?<code>(?:reference|csl-json|bibtex|ris|date)\.[a-z0-9-]+|(?:CSL|CSLJSON|CLI)\d{3})(?=")""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex("""(?:CliDiagnosticCodes|DiagnosticCodes\.\w+)\.\w+""")]
    private static partial Regex ConstantReference();

    [GeneratedRegex("""^\| `(?<code>[^`]+)` \| (?<severity>error|warning|info) \|""", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();
}
