using System.Text.Json.Serialization.Metadata;
using AseanAi.Citations.Cli.Configuration;

namespace AseanAi.Citations.Cli.Tests;

/// <summary>docs/cli.md stays true to the code: every verb, option, config key and exit code is in it.</summary>
public class CliReferenceDocTests
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "cli.md"));

    [Fact]
    public void Reference_DocumentsEveryVerbAndOption()
    {
        var root = CliApplication.CreateRootCommand(CliRunner.Environment());
        foreach (var verb in root.Subcommands)
        {
            Reference.Should().Contain($"## `cite {verb.Name}`");
            foreach (var option in verb.Options.Where(o => o.Name != "--help"))
            {
                Reference.Should().Contain($"`{option.Name}", $"cite {verb.Name} {option.Name} is documented");
            }
        }
    }

    [Fact]
    public void Reference_DocumentsEveryConfigKey()
    {
        var file = CliConfigJsonContext.Default.CliConfigFile;
        foreach (var section in file.Properties)
        {
            if (section.Name == "$schema")
            {
                Reference.Should().Contain("| `$schema` |");
                continue;
            }

            Reference.Should().Contain($"| **`{section.Name}`** |");
            var type = (JsonTypeInfo)CliConfigJsonContext.Default.GetTypeInfo(section.PropertyType)!;
            foreach (var key in type.Properties)
            {
                Reference.Should().Contain($"| `{section.Name}.{key.Name}` |", "every key of the config file is in the schema table");
            }
        }
    }

    [Fact]
    public void Reference_DocumentsEveryExitCodeAndEnvironmentVariable()
    {
        foreach (var code in new[] { ExitCodes.Success, ExitCodes.InputError, ExitCodes.BrokenLinks, ExitCodes.ConfigurationError })
        {
            Reference.Should().Contain($"\n| {code} |");
        }

        foreach (var variable in new[] { "NO_COLOR", "TERM", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY" })
        {
            Reference.Should().Contain($"| `{variable}` |");
        }
    }
}
