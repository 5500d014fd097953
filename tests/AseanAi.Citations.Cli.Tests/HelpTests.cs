using System.CommandLine;
using System.Reflection;

namespace AseanAi.Citations.Cli.Tests;

/// <summary><c>cite --help</c>, <c>cite VERB --help</c>, <c>cite --version</c> and <c>cite</c> alone.</summary>
public class HelpTests
{
    private static readonly string[] VerbNames = ["parse", "convert", "format", "render", "check"];

    public static TheoryData<string> Verbs => new(VerbNames);

    private static Command Verb(string name) =>
        CliApplication.CreateRootCommand(CliRunner.Environment()).Subcommands.Single(c => c.Name == name);

    [Fact]
    public void Verbs_AreTheOnesTestedHere()
    {
        CliApplication.CreateRootCommand(CliRunner.Environment()).Subcommands.Select(c => c.Name).Should().BeEquivalentTo(VerbNames);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task VerbHelp_DescribesEveryOptionAndArgumentAndListsExitCodes(string verb)
    {
        var run = await CliRunner.RunAsync(verb, "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain($" {verb} <").And.Contain("Options:").And.Contain("Exit codes:");
        var command = Verb(verb);
        foreach (var option in command.Options)
        {
            run.Output.Should().Contain(option.Name, "every option is listed");
            option.Description.Should().NotBeNullOrWhiteSpace($"{verb} {option.Name} is described");
        }

        foreach (var argument in command.Arguments)
        {
            argument.Description.Should().NotBeNullOrWhiteSpace();
            run.Output.Should().Contain($"<{argument.Name}>");
        }

        foreach (var (code, meaning) in Commands.CommonOptions.ExitCodesOf(verb))
        {
            run.Output.Should().Contain($"  {code}  {meaning}");
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void VerbOptions_StateTheirDefaultOrThatTheyAreRequired(string verb)
    {
        foreach (var option in Verb(verb).Options.Where(o => o.Name != "--help"))
        {
            option.Description.Should().MatchRegex(@"(Default: [^ ].*\.|Required here or as \w+\.\w+ in the config file\.| instead of standard output\.)$",
                $"{verb} {option.Name} says what happens when it is not given");
        }
    }

    [Fact]
    public void SharedOptions_HaveTheSameNameAndWordingOnEveryVerb()
    {
        var root = CliApplication.CreateRootCommand(CliRunner.Environment());
        foreach (var name in new[] { "--config", "--encoding", "--output" })
        {
            var options = root.Subcommands.SelectMany(c => c.Options).Where(o => o.Name == name).ToList();
            options.Should().NotBeEmpty();
            options.Select(o => o.HelpName).Distinct().Should().ContainSingle($"{name} names its value the same way everywhere");
            options.Select(o => string.Join(',', o.Aliases.Order(StringComparer.Ordinal))).Distinct().Should().ContainSingle();
            if (name != "--output")
            {
                options.Select(o => o.Description).Distinct().Should().ContainSingle($"{name} is described in the same words everywhere");
            }
            else
            {
                options.Should().OnlyContain(o => o.Description!.StartsWith("Write ", StringComparison.Ordinal) && o.Description.EndsWith(" to FILE instead of standard output.", StringComparison.Ordinal));
            }
        }

        root.Subcommands.Should().OnlyContain(c => c.Options.Any(o => o.Name == "--config"), "every verb reads the config file");
        root.Subcommands.SelectMany(c => c.Options).Where(o => o.Name == "--format")
            .Should().OnlyContain(o => o.Aliases.Contains("-f") && o.HelpName == "FORMAT");
    }

    [Fact]
    public async Task RootHelp_ListsEveryVerbAndAllExitCodes()
    {
        var run = await CliRunner.RunAsync("--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("Usage:").And.Contain("Exit codes:");
        foreach (var verb in VerbNames)
        {
            run.Output.Should().Contain(verb + " <");
        }

        foreach (var code in new[] { ExitCodes.Success, ExitCodes.InputError, ExitCodes.BrokenLinks, ExitCodes.ConfigurationError })
        {
            run.Output.Should().Contain($"  {code}  ");
        }
    }

    [Fact]
    public async Task NoArguments_PrintsHelpOnStandardErrorAndIsAUsageError()
    {
        var run = await CliRunner.RunAsync();

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Output.Should().BeEmpty("nothing lands in a pipe");
        run.Error.Should().Contain("Usage:").And.Contain("check <inputs>").And.Contain("Exit codes:");
    }

    [Fact]
    public async Task Version_PrintsTheInformationalVersion()
    {
        var expected = typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = await CliRunner.RunAsync("--version");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Trim().Should().Be(expected).And.MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task Help_WinsOverOtherwiseBadArguments()
    {
        var run = await CliRunner.RunAsync("check", "--timeout", "soon", "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain(" check <").And.Contain("--timeout");
    }

    [Fact]
    public async Task CommandTrees_ShareNoOptions_SoParallelRunsDoNotInterfere()
    {
        var first = CliApplication.CreateRootCommand(CliRunner.Environment());
        var second = CliApplication.CreateRootCommand(CliRunner.Environment());

        var firstOptions = first.Subcommands.SelectMany(c => c.Options).Where(o => o.Name != "--help").ToList();
        var secondOptions = second.Subcommands.SelectMany(c => c.Options).ToList();
        firstOptions.Should().NotBeEmpty().And.OnlyContain(o => !secondOptions.Any(p => ReferenceEquals(o, p)),
            "System.CommandLine symbols are mutable (parents, validators); one tree per run");

        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => CliRunner.RunAsync("check", "-", "--format", "xml"))));
        runs.Should().OnlyContain(r => r.ExitCode == ExitCodes.ConfigurationError && r.Error.StartsWith("cite: --format: Argument 'xml' not recognized", StringComparison.Ordinal));
    }
}
