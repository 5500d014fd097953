using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using AseanAi.Citations.Interchange;
using AseanAi.Citations.Testing;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// CSL-JSON → model → CSL-JSON keeps the type of every item in the inputs of the official CSL test suite
/// (found as <see cref="SharedData"/> says, never copied; skipped with a message where it is missing).
/// </summary>
public class CslTestSuiteTypeTests
{
    [SharedDataFact(SharedDataKind.CslTestSuite)]
    public void ReadThenWrite_EveryTestSuiteItem_KeepsItsType()
    {
        var folder = SharedData.Require(SharedDataKind.CslTestSuite);

        var items = 0;
        var changed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var open = Regex.Match(text, ">>=+ INPUT =+>>");
            var close = Regex.Match(text, "<<=+ INPUT =+<<");
            if (!open.Success || !close.Success || JsonNode.Parse(text[(open.Index + open.Length)..close.Index], documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) is not JsonArray input)
            {
                continue;
            }

            var types = input.Select(i => i?["type"]?.GetValue<string>()).ToList();
            var written = CslJson.Write(CslJson.Read(input.ToJsonString()).Value!);
            var back = JsonNode.Parse(written)!.AsArray().Select(i => i!["type"]!.GetValue<string>()).ToList();
            for (var i = 0; i < types.Count; i++)
            {
                items++;
                if (types[i] is { } type && CslItemTypes.IsKnown(type) && type != back[i])
                {
                    changed.Add($"{Path.GetFileName(file)} item {i}: {type} became {back[i]}");
                }
            }
        }

        items.Should().BeGreaterThan(1000);
        changed.Should().BeEmpty();
    }
}
