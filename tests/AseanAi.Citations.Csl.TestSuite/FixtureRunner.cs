using System.Text;
using System.Text.Json;

namespace AseanAi.Citations.Csl.TestSuite;

/// <summary>The outcome of one fixture.</summary>
/// <param name="Fixture">The fixture.</param>
/// <param name="Passed">Whether the output matched.</param>
/// <param name="Actual">What the processor produced, or the exception message.</param>
public sealed record FixtureOutcome(Fixture Fixture, bool Passed, string Actual);

/// <summary>
/// Runs fixtures the way citeproc-js's test runner does: citation mode renders the CITATIONS (with the ..[i] / >>[i]
/// markers of citations changed by the last one), or each CITATION-ITEMS entry, or one citation of every item;
/// bibliography mode renders a csl-bib-body block.
/// </summary>
public static class FixtureRunner
{
    private static readonly Lazy<CslProcessorOptions> Options = new(() => CslProcessorOptions.Default with { PerLanguageEtAl = false, Locales = SuiteLocales() });

    /// <summary>
    /// The locales the fixtures are rendered with: the built-in ones, and for the languages the project has no locale of
    /// (fr, de, da, ru, tr, …), the official locales beside the suite (csl/locales), as citeproc-js's own runner has every
    /// official locale. An official file never replaces a built-in locale, so the suite measures the project's own.
    /// </summary>
    private static CslLocales SuiteLocales()
    {
        var official = Testing.SharedData.Find(Testing.SharedDataKind.CslLocales);
        if (official is null)
        {
            return CslLocales.BuiltIn;
        }

        var builtIn = CslLocales.BuiltIn.Languages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var temporary = Directory.CreateTempSubdirectory("cite-csl-suite-locales-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(official, "locales-*.xml"))
            {
                var language = Path.GetFileNameWithoutExtension(file)["locales-".Length..];
                if (!builtIn.Contains(language))
                {
                    File.Copy(file, Path.Combine(temporary.FullName, Path.GetFileName(file)));
                }
            }

            return CslLocales.FromDirectory(temporary.FullName).Value!;
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The fixtures folder: the argument, else the one <see cref="AseanAi.Citations.Testing.SharedData"/> finds
    /// (CSL_TEST_SUITE, CITE_SHARED_DATA, ../shared beside the checkout); null when there is none.
    /// </summary>
    public static string? FindFixtures(string? argument) =>
        !string.IsNullOrEmpty(argument) ? argument : Testing.SharedData.Find(Testing.SharedDataKind.CslTestSuite);

    public static IReadOnlyList<FixtureOutcome> RunAll(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var outcomes = new FixtureOutcome[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            outcomes[i] = Run(Fixture.Read(files[i]));
        });
        return outcomes;
    }

    public static FixtureOutcome Run(Fixture fixture)
    {
        string actual;
        try
        {
            actual = Render(fixture);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new FixtureOutcome(fixture, false, "EXCEPTION: " + exception.GetType().Name + ": " + exception.Message);
        }

        return new FixtureOutcome(fixture, Normalize(actual) == Normalize(fixture.Expected), actual);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static string Render(Fixture fixture)
    {
        var style = CslStyle.Parse(fixture.Section("CSL") ?? string.Empty).GetValueOrThrow();
        var items = CslItems.Read(WithIds(fixture.Section("INPUT") ?? "[]")).GetValueOrThrow();
        var processor = new CslProcessor(style, Options.Value);
        var bibliographyMode = fixture.Mode.StartsWith("bibliography", StringComparison.Ordinal);

        if (fixture.Section("CITATIONS") is { } citationsJson)
        {
            var steps = ReadCitationSteps(citationsJson);
            var usesNoteNumbers = fixture.Section("CSL")!.Contains("first-reference-note-number", StringComparison.Ordinal);
            var document = new List<(string Id, CslCitation Citation)>();
            Dictionary<string, string> previous = new(StringComparer.Ordinal);
            Dictionary<string, string> previousPositions = new(StringComparer.Ordinal);
            HashSet<string> changed = [];
            CslRendering? rendering = null;
            foreach (var (id, citation, pre, post) in steps)
            {
                var byId = document.ToDictionary(d => d.Id, d => d.Citation, StringComparer.Ordinal);
                byId[id] = citation;
                document = [];
                foreach (var (preId, note) in pre)
                {
                    if (byId.TryGetValue(preId, out var c))
                    {
                        document.Add((preId, c with { NoteIndex = note }));
                    }
                }

                document.Add((id, citation));
                foreach (var (postId, note) in post)
                {
                    if (byId.TryGetValue(postId, out var c))
                    {
                        document.Add((postId, c with { NoteIndex = note }));
                    }
                }

                rendering = processor.Render(items, document.Select(d => d.Citation), CslOutputFormat.Html);
                var current = new Dictionary<string, string>(StringComparer.Ordinal);
                var positions = Positions(document.Select(d => d.Citation).ToList(), usesNoteNumbers);
                changed = [];
                for (var i = 0; i < document.Count; i++)
                {
                    current[document[i].Id] = rendering.Citations[i];
                    var positionChanged = !previousPositions.TryGetValue(document[i].Id, out var positionBefore) || positionBefore != positions[i];
                    previousPositions[document[i].Id] = positions[i];
                    // citeproc-js's processCitationCluster reports the citation it was given, changed or not, and every
                    // citation whose output or cite positions (first, subsequent, the first note number) changed.
                    if (document[i].Id == id || positionChanged || !previous.TryGetValue(document[i].Id, out var before) || before != rendering.Citations[i])
                    {
                        changed.Add(document[i].Id);
                    }
                }

                previous = current;
            }

            if (bibliographyMode)
            {
                return Bibliography(rendering!);
            }

            var builder = new StringBuilder();
            for (var i = 0; i < document.Count; i++)
            {
                builder.Append(changed.Contains(document[i].Id) ? ">>" : "..").Append('[').Append(i).Append("] ").Append(rendering!.Citations[i]).Append('\n');
            }

            return builder.ToString();
        }

        List<CslCitation> citations;
        if (fixture.Section("CITATION-ITEMS") is { } citationItems)
        {
            citations = [];
            using var document = JsonDocument.Parse(citationItems);
            var index = 0;
            foreach (var citation in document.RootElement.EnumerateArray())
            {
                citations.Add(new CslCitation(citation.EnumerateArray().Select(ReadCite)) { NoteIndex = ++index });
            }
        }
        else if (bibliographyMode)
        {
            citations = [];
        }
        else
        {
            citations = [new CslCitation(items.Select(i => new CslCite(i.Id))) { NoteIndex = 1 }];
        }

        var result = processor.Render(items, citations, CslOutputFormat.Html, includeUncited: citations.Count == 0);
        return bibliographyMode ? Bibliography(result) : string.Join("\n", result.Citations);
    }

    /// <summary>
    /// Per citation, a key of what citeproc-js tracks about its cites' positions: for each cite, the note number of the
    /// item's first citation when the style prints it (citeproc-js then re-renders every citation whose note moves),
    /// else whether it is the first.
    /// </summary>
    private static List<string> Positions(List<CslCitation> citations, bool usesNoteNumbers)
    {
        var firstNote = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(citations.Count);
        foreach (var citation in citations)
        {
            var key = new StringBuilder();
            foreach (var cite in citation.Cites)
            {
                var first = !firstNote.TryGetValue(cite.ItemId, out var note);
                if (usesNoteNumbers)
                {
                    key.Append(first ? citation.NoteIndex : note).Append(';');
                }
                else
                {
                    key.Append(first ? "first;" : "later;");
                }
            }

            foreach (var cite in citation.Cites)
            {
                firstNote.TryAdd(cite.ItemId, citation.NoteIndex);
            }

            keys.Add(key.ToString());
        }

        return keys;
    }

    /// <summary>
    /// Items without an id get "ITEM-n" (n from 1, by position), as citeproc-js's test runner gives them; of items with
    /// the same id the last one stays, as the runner keeps them in an object keyed by id.
    /// </summary>
    private static string WithIds(string input)
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(input) is not System.Text.Json.Nodes.JsonArray array)
        {
            return input;
        }

        var changed = false;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is System.Text.Json.Nodes.JsonObject item && !item.ContainsKey("id"))
            {
                item["id"] = "ITEM-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                changed = true;
            }
        }

        var lastById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is System.Text.Json.Nodes.JsonObject item && item["id"]?.ToString() is { } id)
            {
                lastById[id] = i;
            }
        }

        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (array[i] is System.Text.Json.Nodes.JsonObject item && item["id"]?.ToString() is { } id && lastById[id] != i)
            {
                array.RemoveAt(i);
                changed = true;
            }
        }

        return changed ? array.ToJsonString() : input;
    }

    private static string Bibliography(CslRendering rendering)
    {
        var builder = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var entry in rendering.Bibliography)
        {
            builder.Append("  <div class=\"csl-entry\">").Append(entry).Append("</div>\n");
        }

        return builder.Append("</div>").ToString();
    }

    private static List<(string Id, CslCitation Citation, List<(string, int)> Pre, List<(string, int)> Post)> ReadCitationSteps(string json)
    {
        var steps = new List<(string, CslCitation, List<(string, int)>, List<(string, int)>)>();
        using var document = JsonDocument.Parse(json);
        foreach (var step in document.RootElement.EnumerateArray())
        {
            var citationElement = step[0];
            var id = citationElement.TryGetProperty("citationID", out var idElement) ? idElement.ToString() : Guid.NewGuid().ToString();
            var note = 0;
            if (citationElement.TryGetProperty("properties", out var properties) && properties.TryGetProperty("noteIndex", out var noteElement))
            {
                note = noteElement.ValueKind == JsonValueKind.Number ? noteElement.GetInt32() : int.TryParse(noteElement.ToString(), out var n) ? n : 0;
            }

            var citation = new CslCitation(citationElement.GetProperty("citationItems").EnumerateArray().Select(ReadCite)) { NoteIndex = note };
            steps.Add((id, citation, ReadPairs(step, 1), ReadPairs(step, 2)));
        }

        return steps;
    }

    private static List<(string, int)> ReadPairs(JsonElement step, int index)
    {
        var list = new List<(string, int)>();
        if (step.GetArrayLength() > index)
        {
            foreach (var pair in step[index].EnumerateArray())
            {
                list.Add((pair[0].ToString(), pair.GetArrayLength() > 1 && pair[1].ValueKind == JsonValueKind.Number ? pair[1].GetInt32() : 0));
            }
        }

        return list;
    }

    private static CslCite ReadCite(JsonElement element)
    {
        string? Text(string name) => element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;
        bool Flag(string name) => element.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.Number && value.GetInt32() != 0) || value.ToString() == "true");
        return new CslCite(Text("id") ?? string.Empty)
        {
            Locator = Text("locator"),
            Label = Text("label"),
            Prefix = Text("prefix"),
            Suffix = Text("suffix"),
            SuppressAuthor = Flag("suppress-author"),
            AuthorOnly = Flag("author-only"),
        };
    }
}
