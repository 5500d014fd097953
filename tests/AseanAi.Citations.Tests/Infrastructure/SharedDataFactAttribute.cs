using System.Runtime.CompilerServices;
using AseanAi.Citations.Testing;

namespace AseanAi.Citations.Tests.Infrastructure;

/// <summary>
/// A fact that needs data from outside the repository (<see cref="SharedData"/>). Where the data is missing it is
/// skipped with a message naming the variable to set and where the data comes from; with
/// <c>CITE_REQUIRE_SHARED_DATA=1</c> (CI) it is never skipped, and the test fails on the missing folder instead.
/// A skipped test's display name carries the reason, because <c>dotnet test</c> lists skipped tests by name but prints
/// their reasons only at normal verbosity.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(SharedDataKind kind, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        if (!SharedData.IsRequired && SharedData.Find(kind) is null)
        {
            Skip = SharedData.MissingMessage(kind);
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{method} ({SharedData.ShortMissingMessage(kind)})";
        }
    }
}
