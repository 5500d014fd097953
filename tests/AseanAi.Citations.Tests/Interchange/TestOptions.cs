using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>Writer options the tests share.</summary>
internal static class TestOptions
{
    /// <summary>With the bookkeeping fields, so that a round trip gives back everything.</summary>
    public static readonly InterchangeWriteOptions KeepSource = new() { KeepSource = true };
}
