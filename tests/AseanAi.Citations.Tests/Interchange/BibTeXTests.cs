using AseanAi.Citations.Interchange;
using AseanAi.Citations.Tests.Infrastructure;

namespace AseanAi.Citations.Tests.Interchange;

public class BibTeXTests
{
    [Theory]
    [InlineData(BibTeXDialect.BibLaTeX)]
    [InlineData(BibTeXDialect.BibTeX)]
    public void Write_ThenRead_SeedReferences_AreEqual(BibTeXDialect dialect)
    {
        var seed = SeedReferences.All();

        var result = BibTeX.Read(BibTeX.Write(seed, dialect, TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, seed);
    }

    [Theory]
    [InlineData(BibTeXDialect.BibLaTeX)]
    [InlineData(BibTeXDialect.BibTeX)]
    public void Write_ThenRead_EveryFieldSample_IsEqual(BibTeXDialect dialect)
    {
        var citations = SampleCitations.All();

        var result = BibTeX.Read(BibTeX.Write(citations, dialect, TestOptions.KeepSource));

        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        RoundTrip.AssertEqual(result.Value!, citations);
    }

    [Fact]
    public void Write_SeedAsBibLaTeX_MatchesGolden() =>
        Golden.AssertMatches("interchange/seed.biblatex.bib", BibTeX.Write(SeedReferences.All()));

    [Fact]
    public void Write_SeedAsBibTeX_MatchesGolden() =>
        Golden.AssertMatches("interchange/seed.bibtex.bib", BibTeX.Write(SeedReferences.All(), BibTeXDialect.BibTeX));

    [Fact]
    public void Write_BibLaTeX_MofaEntry_HasProtectedCorporateAuthorAndEdtfDate()
    {
        var bib = BibTeX.Write([SeedReferences.All()[0]]);

        bib.Should().StartWith("@report{mofa2025,\n");
        bib.Should().Contain("  author = {{外務省}},\n");
        bib.Should().Contain("  title = {{日ASEAN・AI共創イニシアティブ}},\n");
        bib.Should().Contain("  institution = {外務省},\n");
        bib.Should().Contain("  date = {2025-10-26},\n");
        bib.Should().Contain("  langid = {japanese},\n");
        bib.Should().Contain("  url = {https://www.mofa.go.jp/mofaj/files/100927259.pdf},\n");
        bib.Should().Contain("  issued-text = {令和7年10月26日},\n");
        bib.Should().Contain("  citation-id = {1},\n");
    }

    [Fact]
    public void Write_BibTeX_UsesYearMonthJournalAndLanguage()
    {
        var bib = BibTeX.Write([SeedReferences.All()[5]], BibTeXDialect.BibTeX);

        bib.Should().StartWith("@article{");
        bib.Should().Contain("  journal = {日本経済新聞},\n");
        bib.Should().Contain("  year = {2025},\n  month = jan,\n");
        bib.Should().Contain("  language = {japanese},\n");
        bib.Should().Contain("  issued-edtf = {2025-01-14},\n");
        bib.Should().NotContain("journaltitle").And.NotContain("date = ");
    }

    [Fact]
    public void Write_PersonName_IsFamilyCommaGiven_AndUtf8IsKept()
    {
        var bib = BibTeX.Write([SeedReferences.All()[7]]);

        bib.Should().Contain("  author = {佐藤, 仁},\n");
        bib.Should().Contain("  journaltitle = {Yahoo!ニュース エキスパート},\n");
        bib.Should().Contain("@online{zuoteng2025,", "a kanji name without a reading is romanised by its Mandarin reading");
    }

    [Theory]
    [InlineData("佐藤, 仁", "佐藤", "仁")]
    [InlineData("佐藤 仁", "佐藤", "仁")]
    [InlineData("王 小明", "王", "小明")]
    [InlineData("歐陽, 修", "歐陽", "修")]
    [InlineData("Jin Sato", "Sato", "Jin")]
    [InlineData("Sato, Jin", "Sato", "Jin")]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig")]
    [InlineData("van Gogh, Vincent", "van Gogh", "Vincent")]
    [InlineData("M{\\\"u}ller, J{\\\"o}rg", "Müller", "Jörg")]
    public void Read_PersonNames_SplitFamilyAndGiven(string author, string family, string given)
    {
        var result = BibTeX.Read($"@book{{k, author = {{{author}}}, title = {{t}}}}");

        result.Value![0].Authors.Should().Equal(Contributor.ForPerson(PersonName.Create(family, given)));
    }

    [Fact]
    public void Read_BracedName_IsAnOrganisation_AndAndSplitsOnlyAtTopLevel()
    {
        var result = BibTeX.Read("@report{k, author = {{外務省} and {Ministry of Economy, Trade and Industry} and 佐藤 仁 and others}}");

        result.Value![0].Authors.Should().Equal(
            Contributor.ForOrganization(PublisherRef.Unresolved("外務省")),
            Contributor.ForOrganization(PublisherRef.Unresolved("Ministry of Economy, Trade and Industry")),
            Contributor.ForPerson(PersonName.Create("佐藤", "仁")));
        result.Diagnostics.Should().ContainSingle(d => d.Code == "bibtex.name" && d.Message.Contains("others"));
    }

    [Theory]
    [InlineData(SourceType.GovernmentDocument, "report", "techreport")]
    [InlineData(SourceType.PressRelease, "report", "techreport")]
    [InlineData(SourceType.ResearchReport, "report", "techreport")]
    [InlineData(SourceType.NewsArticle, "article", "article")]
    [InlineData(SourceType.JournalArticle, "article", "article")]
    [InlineData(SourceType.WebPage, "online", "misc")]
    [InlineData(SourceType.ExpertCommentary, "online", "misc")]
    [InlineData(SourceType.Book, "book", "book")]
    [InlineData(SourceType.Dataset, "dataset", "misc")]
    [InlineData(SourceType.Other, "misc", "misc")]
    public void Write_EveryType_HasItsEntryType_AndReadsBack(SourceType type, string bibLaTeX, string bibTeX)
    {
        var citation = new Citation { Id = "k1", Type = type, Title = new LocalizedText("題") };

        BibTeX.Write([citation]).Should().StartWith($"@{bibLaTeX}{{k1,");
        BibTeX.Write([citation], BibTeXDialect.BibTeX).Should().StartWith($"@{bibTeX}{{k1,");
        BibTeX.Read(BibTeX.Write([citation])).Value!.Single().Type.Should().Be(type);
        BibTeX.Read(BibTeX.Write([citation], BibTeXDialect.BibTeX)).Value!.Single().Type.Should().Be(type);
    }

    [Theory]
    [InlineData("@article{k, journaltitle = {日本経済新聞}, entrysubtype = {newspaper}}", SourceType.NewsArticle)]
    [InlineData("@article{k, journal = {情報処理}}", SourceType.JournalArticle)]
    [InlineData("@online{k}", SourceType.WebPage)]
    [InlineData("@www{k}", SourceType.WebPage)]
    [InlineData("@techreport{k}", SourceType.ResearchReport)]
    [InlineData("@incollection{k}", SourceType.Chapter)]
    [InlineData("@inbook{k}", SourceType.Chapter)]
    [InlineData("@inproceedings{k}", SourceType.ConferencePaper)]
    [InlineData("@mastersthesis{k}", SourceType.Thesis)]
    [InlineData("@patent{k}", SourceType.Patent)]
    [InlineData("@standard{k}", SourceType.Standard)]
    [InlineData("@newspaper{k}", SourceType.NewsArticle)]
    [InlineData("@unknowntype{k}", SourceType.Other)]
    [InlineData("@phdthesis{k}", SourceType.Thesis)]
    public void Read_EntryTypes_MapToSourceTypes(string bib, SourceType expected) =>
        BibTeX.Read(bib).Value!.Single().Type.Should().Be(expected);

    [Fact]
    public void Read_CjkDateInDateField_IsRead()
    {
        var citation = BibTeX.Read("@online{k, date = {令和7年10月26日}, urldate = {2025-11-01}}").Value!.Single();

        citation.Issued.Should().Be(CitationDate.FromParts(2025, 10, 26));
        citation.Accessed.Should().Be(CitationDate.FromParts(2025, 11, 1));
    }

    [Fact]
    public void Read_JournalOrJournaltitle_IsTheContainer()
    {
        var result = BibTeX.Read("@article{a, journal = {科学}}\n@article{b, journaltitle = {自然}}");

        result.Value!.Select(c => c.ContainerTitle!.Text).Should().Equal("科学", "自然");
    }

    [Fact]
    public void Read_LatexFromOtherTools_IsDecoded()
    {
        const string bib = """
            @string{nikkei = "日本経済新聞"}
            @comment{ written by another tool }
            @article{k,
              title = "{\'E}tude sur l'{IA} \& la soci\'{e}t\'e --- {\"U}bersicht~1",
              journal = nikkei # " 朝刊",
              author = {G{\"o}del, Kurt and \AA{}ngstr\"{o}m, Anders},
              year = 2025, month = oct,
              pages = {31--35},
            }
            """;

        var citation = BibTeX.Read(bib).Value!.Single();

        citation.Title!.Text.Should().Be("Étude sur l'IA & la société \u2014 Übersicht\u00A01");
        citation.ContainerTitle!.Text.Should().Be("日本経済新聞 朝刊");
        citation.Authors.Select(a => a.Person!.Family).Should().Equal("Gödel", "Ångström");
        citation.Issued.Should().Be(CitationDate.FromParts(2025, 10));
        citation.Page.Should().Be("31\u201335", "TeX reads -- as an en dash");
    }

    [Theory]
    [InlineData(@"T{\=o}ky{\=o}", "Tōkyō")]
    [InlineData(@"Nguy{\~e}n", "Nguyẽn")]
    [InlineData(@"\v{S}koda", "Škoda")]
    [InlineData(@"Ky\=ut{\=o}", "Kyūtō")]
    [InlineData(@"na\""{\i}ve", "naïve")]
    [InlineData(@"\c{c}a", "ça")]
    [InlineData(@"{\'\i}", "í")]
    public void Read_Accents_ComposeWithoutTheMachinesGlobalizationData(string latex, string expected) =>
        BibTeX.Read("@misc{k, title = {" + latex + "}}").Value!.Single().Title!.Text.Should().Be(expected);

    [Fact]
    public void Write_SpecialCharacters_AreEscapedAndReadBack()
    {
        var citation = new Citation
        {
            Id = "k",
            Title = new LocalizedText(@"50% of R&D: {braces}, back\slash, $5, #1, a_b, ~tilde^caret,  double  space ", "en"),
            Note = "line one\nline two",
        };

        var bib = BibTeX.Write([citation]);
        var read = BibTeX.Read(bib).Value!.Single();

        bib.Should().Contain(@"50\% of {R\&D:} \{braces\}, back\textbackslash{}slash, \$5, \#1, a\_b, \textasciitilde{}tilde\textasciicircum{}caret,");
        read.Title.Should().Be(citation.Title);
        read.Note.Should().Be(citation.Note);
    }

    [Fact]
    public void Read_LanguageTagWithoutBabelName_RoundTripsThroughCustomField()
    {
        var citation = new Citation { Id = "k", Title = new LocalizedText("經濟產業省", "zh-Hant"), Language = "zh-Hant" };

        var bib = BibTeX.Write([citation]);

        bib.Should().Contain("langid = {chinese}").And.Contain("language-tag = {zh-Hant}");
        BibTeX.Read(bib).Value!.Single().Should().Be(citation);
    }

    [Theory]
    [InlineData("japanese", "ja")]
    [InlineData("english", "en")]
    [InlineData("american", "en-US")]
    [InlineData("ngerman", "de")]
    [InlineData("ja", "ja")]
    [InlineData("zh-Hans", "zh-Hans")]
    public void Read_Langid_MapsToLanguageTag(string langid, string expected) =>
        BibTeX.Read($"@book{{k, langid = {{{langid}}}}}").Value!.Single().Language.Should().Be(expected);

    [Fact]
    public void Read_SyntaxError_ReportsLineAndColumn_AndKeepsTheOtherEntries()
    {
        const string bib = "@book{a, title = {一}}\n\n@book{b,\n  title = {二} junk,\n}\n\n@book{c, title = {三}}\n";

        var result = BibTeX.Read(bib);

        result.Value!.Select(c => c.Id).Should().Equal("a", "c");
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Code.Should().Be("bibtex.syntax");
        error.Span!.Value.Line.Should().Be(4);
        error.Span.Value.Column.Should().Be(15);
    }

    [Fact]
    public void Read_UnclosedBrace_IsAnErrorAndTheNextEntryIsRead()
    {
        const string bib = "@book{a, title = {一\n\n@book{b, title = {二}}\n";

        var result = BibTeX.Read(bib);

        result.Value!.Select(c => c.Id).Should().Equal("b");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "bibtex.syntax" && d.Span!.Value.Line == 1 && d.Span.Value.Column == 18);
    }

    [Fact]
    public void Read_BadValues_AreWarningsAndTheEntryIsKept()
    {
        const string bib = "@online{a, title = {t}, url = {not a url}, date = {someday}, langid = {klingon stuff}, isbn = {1}}";

        var result = BibTeX.Read(bib);

        result.Value!.Single().Title!.Text.Should().Be("t");
        result.Diagnostics.Select(d => d.Code).Should().BeEquivalentTo(["bibtex.invalid-url", "bibtex.invalid-date", "bibtex.invalid-language", "bibtex.extra-fields"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("@book")]
    [InlineData("@book{")]
    [InlineData("@book{k, title = ")]
    [InlineData("@book{k, title = \"unclosed}")]
    [InlineData("}}}{{{@@@")]
    [InlineData("\u0000\u0001\u0002")]
    public void Read_HostileInput_NeverThrows(string bib)
    {
        var result = BibTeX.Read(bib);

        result.Value.Should().NotBeNull();
    }

    [Fact]
    public void Write_Keys_AreValidUniqueAndStable()
    {
        var citation = new Citation { Title = new LocalizedText("日本、ASEANとAIで協力", "ja"), Authors = [Contributor.ForOrganization(PublisherRef.Unresolved("日本経済新聞"))], Issued = CitationDate.FromParts(2025, 1, 22) };
        var numbered = citation with { Id = "7" };

        var bib = BibTeX.Write([citation, citation, numbered, citation with { Id = "my key, with comma" }]);

        bib.Split('\n').Where(l => l.StartsWith('@')).Should().Equal(
            "@misc{nikkei2025,", "@misc{nikkei2025a,", "@misc{nikkei2025b,", "@misc{nikkei2025c,");
        BibTeX.Write([citation, citation], options: new InterchangeWriteOptions { UnicodeKeys = true }).Split('\n').Where(l => l.StartsWith('@'))
            .Should().Equal("@misc{日本経済新聞2025日本,", "@misc{日本経済新聞2025日本-2,");
        bib.Should().Contain("citation-id = {7}").And.Contain("citation-id = {my key, with comma}");
        BibTeX.Write([citation]).Should().Be(BibTeX.Write([citation]));
    }
}
