namespace AseanAi.Citations.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public async Task Version_PrintsInformationalVersion()
    {
        var run = await CliRunner.RunAsync("--version");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task UnknownOption_IsOneLineErrorWithConfigurationExitCode()
    {
        var run = await CliRunner.RunAsync("--no-such-option");

        run.ExitCode.Should().Be(ExitCodes.ConfigurationError);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("cite: ").And.Contain("--no-such-option");
    }

    [Fact]
    public async Task Help_DescribesTheTool()
    {
        var run = await CliRunner.RunAsync("--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("Usage:").And.Contain("cite");
    }
}
