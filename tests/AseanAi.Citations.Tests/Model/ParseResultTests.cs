namespace AseanAi.Citations.Tests.Model;

public class ParseResultTests
{
    private static readonly Diagnostic Error = new(DiagnosticSeverity.Error, "test.error", "Something is wrong.", new SourceSpan(3, 2, 1, 4));
    private static readonly Diagnostic Warning = new(DiagnosticSeverity.Warning, "test.warning", "Something is doubtful.");

    [Fact]
    public void FromValue_WithWarnings_IsSuccess()
    {
        var result = ParseResult.FromValue(new Citation(), [Warning]);

        result.Success.Should().BeTrue();
        result.HasErrors.Should().BeFalse();
        result.GetValueOrThrow().Should().NotBeNull();
        result.Diagnostics.Should().Equal(Warning);
    }

    [Fact]
    public void Failure_GetValueOrThrow_ThrowsWithFirstErrorAndPosition()
    {
        var result = ParseResult.Failure<Citation>([Warning, Error]);

        result.Success.Should().BeFalse();
        result.Value.Should().BeNull();
        var get = () => result.GetValueOrThrow();
        get.Should().Throw<FormatException>().WithMessage("1:4: error test.error: Something is wrong.");
    }

    [Fact]
    public void FromValue_WithError_IsNotSuccessButKeepsPartialValue()
    {
        var partial = new Citation { Title = new LocalizedText("題名") };

        var result = ParseResult.FromValue(partial, [Error]);

        result.Success.Should().BeFalse();
        result.Value.Should().BeSameAs(partial);
    }

    [Fact]
    public void Diagnostic_ToString_WithoutSpan_OmitsPosition() =>
        Warning.ToString().Should().Be("warning test.warning: Something is doubtful.");

    [Fact]
    public void Diagnostic_BlankCode_Throws()
    {
        var create = () => new Diagnostic(DiagnosticSeverity.Info, " ", "message");

        create.Should().Throw<ArgumentException>();
    }
}
