using System.Text;
using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>Bad styles and items give errors with their position; no style can make the processor recurse or work without bound.</summary>
public class CslStyleTests
{
    private const string Head = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>t</title><id>t</id><updated>2025-01-01T00:00:00+00:00</updated></info>""";

    private static ParseResult<CslStyle> Parse(string body) => CslStyle.Parse(Head + body + "</style>");

    private static Diagnostic SingleError(ParseResult<CslStyle> result)
    {
        result.Success.Should().BeFalse();
        return result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error).Subject;
    }

    [Theory]
    [InlineData("gbt7714-numeric", "gbt7714-2015-numeric")]
    [InlineData("GBT7714-Author-Date", "gbt7714-2015-author-date")]
    public void BuiltIn_OldGbt7714Name_IsAnAliasOfThe2015Edition(string alias, string name)
    {
        CslStyle.IsBuiltIn(alias).Should().BeTrue();
        CslStyle.BuiltInNames.Should().Contain(name).And.NotContain(alias.ToLowerInvariant());

        CslStyle.BuiltIn(alias).Id.Should().Be(CslStyle.BuiltIn(name).Id);
    }

    [Fact]
    public void IsBuiltIn_UnknownOrNull_IsFalse()
    {
        CslStyle.IsBuiltIn("gbt7714-1987").Should().BeFalse();
        CslStyle.IsBuiltIn(null).Should().BeFalse();
    }

    [Fact]
    public void Parse_NotWellFormed_Csl001WithLineAndColumn()
    {
        var result = CslStyle.Parse(Head + "\n<citation>\n  <layout><text variable=\"title\"></layout>\n</citation></style>");

        var error = SingleError(result);
        error.Code.Should().Be("CSL001");
        error.Span!.Value.Line.Should().Be(3);
        error.Span!.Value.Column.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Parse_UnknownRenderingElement_Csl013NamesTheElementAndLine()
    {
        var result = Parse("\n<citation><layout>\n<txt variable=\"title\"/></layout></citation>");

        var error = SingleError(result);
        error.Code.Should().Be("CSL013");
        error.Message.Should().Contain("<txt>");
        error.Span!.Value.Line.Should().Be(3);
    }

    [Fact]
    public void Parse_UndefinedMacro_Csl007()
    {
        var error = SingleError(Parse("<citation><layout><text macro=\"missing\"/></layout></citation>"));

        error.Code.Should().Be("CSL007");
        error.Message.Should().Contain("'missing'");
    }

    [Fact]
    public void Parse_MacrosCallingEachOther_Csl008NamesTheCycle()
    {
        var result = Parse("""
            <macro name="a"><text macro="b"/></macro>
            <macro name="b"><group><text macro="c"/></group></macro>
            <macro name="c"><choose><if variable="title"><text macro="a"/></if></choose></macro>
            <citation><layout><text macro="a"/></layout></citation>
            """);

        var error = result.Diagnostics.Should().Contain(d => d.Code == "CSL008").Subject;
        error.Message.Should().Contain("a -> b -> c -> a");
        result.Success.Should().BeFalse();
    }

    [Fact]
    public void Parse_MacroCallingItselfInSubstitute_Csl008()
    {
        var result = Parse("""
            <macro name="author"><names variable="author"><substitute><text macro="author"/></substitute></names></macro>
            <citation><layout><text macro="author"/></layout></citation>
            """);

        result.Diagnostics.Should().Contain(d => d.Code == "CSL008");
    }

    [Fact]
    public void Parse_DeeplyNestedGroups_Csl022WithoutStackOverflow()
    {
        // 100,000 nested groups would overflow the stack of a recursive reader.
        const int depth = 100_000;
        var body = new StringBuilder("<citation><layout>");
        body.Insert(body.Length, "<group>", depth).Append("<text variable=\"title\"/>").Insert(body.Length, "</group>", depth);
        body.Append("</layout></citation>");

        var error = SingleError(Parse(body.ToString()));

        error.Code.Should().Be("CSL022");
    }

    [Fact]
    public void Parse_LongChainOfMacros_Csl023WithoutStackOverflow()
    {
        const int count = 20_000;
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append("<macro name=\"m").Append(i).Append("\"><text macro=\"m").Append(i + 1).Append("\"/></macro>");
        }

        body.Append("<macro name=\"m").Append(count).Append("\"><text variable=\"title\"/></macro>");
        body.Append("<citation><layout><text macro=\"m0\"/></layout></citation>");

        var result = Parse(body.ToString());

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Code == "CSL023");
    }

    [Fact]
    public void Parse_MacrosDoublingAtEachLevel_Csl024()
    {
        // m0 calls m1 twice, m1 calls m2 twice...: 2^40 text elements per entry once inlined.
        const int levels = 40;
        var body = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            body.Append("<macro name=\"m").Append(i).Append("\"><text macro=\"m").Append(i + 1).Append("\"/><text macro=\"m").Append(i + 1).Append("\"/></macro>");
        }

        body.Append("<macro name=\"m").Append(levels).Append("\"><text variable=\"title\"/></macro>");
        body.Append("<citation><layout><text macro=\"m0\"/></layout></citation>");

        var error = SingleError(Parse(body.ToString()));

        error.Code.Should().Be("CSL024");
    }

    [Fact]
    public void Parse_MacrosDoublingWithinTheBudget_Renders()
    {
        // 2^12 = 4,096 calls per entry is within the budget and renders.
        const int levels = 12;
        var body = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            body.Append("<macro name=\"m").Append(i).Append("\"><group delimiter=\"\"><text macro=\"m").Append(i + 1).Append("\"/><text macro=\"m").Append(i + 1).Append("\"/></group></macro>");
        }

        body.Append("<macro name=\"m").Append(levels).Append("\"><text variable=\"title\"/></macro>");
        body.Append("<citation><layout><text macro=\"m0\"/></layout></citation><bibliography><layout><text macro=\"m0\"/></layout></bibliography>");
        var style = Parse(body.ToString()).GetValueOrThrow();
        var items = CslItems.Read("""[ { "id": "a", "type": "book", "title": "x" } ]""").GetValueOrThrow();

        var entry = new CslProcessor(style).FormatBibliography(items).Single();

        entry.Should().Be(new string('x', 1 << levels));
    }

    [Fact]
    public void Parse_BuiltInStyles_AllLoad()
    {
        foreach (var name in CslStyle.BuiltInNames)
        {
            CslStyle.BuiltIn(name).HasBibliography.Should().BeTrue(name);
        }
    }

    [Fact]
    public void ReadItems_InvalidJson_CslJson001WithLineAndColumn()
    {
        var result = CslItems.Read("[\n  { \"id\": \"a\", \"type\": \"book\",\n    \"title\": \"x\" \"author\": [] }\n]");

        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("CSLJSON001");
        error.Span!.Value.Line.Should().Be(3);
    }

    [Fact]
    public void ReadItems_WrongShapes_SkipWithWarningsAndKeepTheRest()
    {
        var result = CslItems.Read("""
            [
              42,
              { "type": "book", "title": "no id" },
              { "id": "names", "type": "book", "title": "t", "author": "Smith" },
              { "id": "date", "type": "book", "title": "t", "issued": true },
              { "id": "ok", "type": "book", "title": "fine" }
            ]
            """);

        result.Success.Should().BeTrue();
        result.Value!.Select(i => i.Id).Should().Equal("names", "date", "ok");
        result.Diagnostics.Select(d => d.Code).Should().BeEquivalentTo(["CSLJSON003", "CSLJSON006", "CSLJSON004", "CSLJSON005"]);
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void ReadItems_NestedTooDeeply_ErrorNotCrash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var result = CslItems.Read(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Code == "CSLJSON001");
    }

    [Fact]
    public void FormatBibliography_ThousandsOfAuthorsAndHugeNumbers_Renders()
    {
        var authors = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $$"""{ "family": "Author{{i}}", "given": "A" }"""));
        var items = CslItems.Read($$"""
            [ { "id": "a", "type": "article-journal", "title": "t", "container-title": "J", "volume": "99999999999999999999",
                "page": "1-99999999999999999999", "issue": "4000000000", "author": [ {{authors}} ], "issued": { "date-parts": [ [ 2025 ] ] } } ]
            """).GetValueOrThrow();

        foreach (var name in CslStyle.BuiltInNames)
        {
            var entry = new CslProcessor(CslStyle.BuiltIn(name)).FormatBibliography(items).Single();

            entry.Length.Should().BeLessThan(400_000, name);
            entry.Should().Contain("99999999999999999999", name);
        }
    }
}
