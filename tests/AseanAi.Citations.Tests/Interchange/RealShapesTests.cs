using AseanAi.Citations.Interchange;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// The losses issue 17 found in real interchange files, each read from an entry of the same shape as the file it was
/// seen in (jecon-example.bib, thuthesis refs.bib, CNKI and Zotero RIS, Better BibTeX CSL-JSON; see Corpus/interchange).
/// </summary>
public class RealShapesTests
{
    [Theory]
    [InlineData("R. J. バロー", "バロー", "R. J.")]
    [InlineData("P. R. クルーグマン", "クルーグマン", "P. R.")]
    [InlineData("J. R. マークセン and W. H. ケンプファー", "マークセン", "J. R.")]
    [InlineData("佐藤~花子", "佐藤", "花子")]
    [InlineData("岩本 康志", "岩本", "康志")]
    public void Read_JapaneseNames_AreSplitAsWritten(string author, string family, string given)
    {
        var citation = BibTeX.Read($"@book{{k, author = {{{author}}}, title = {{t}}, language = {{ja}}}}").Value!.Single();

        citation.Authors[0].Person.Should().Be(PersonName.Create(family, given));
    }

    [Fact]
    public void Read_LineBreakInsideCjkWord_IsNoSpace()
    {
        // jecon-example.bib, 40018847518 and Ryza2016.
        const string bib = """
            @article{40018847518,
              title        = {国内排出量取引の国際リンクによる経済的影響に関する研究 -- 応用一
                              般均衡分析によるアプローチ},
            }
            @Book{Ryza2016,
              title        = {Sparkによる実践データ解析 ― 大規模データのための機械学習事例
                              集},
            }
            """;

        var titles = BibTeX.Read(bib).Value!.Select(c => c.Title!.Text);

        titles.Should().Equal("国内排出量取引の国際リンクによる経済的影響に関する研究 \u2013 応用一般均衡分析によるアプローチ", "Sparkによる実践データ解析 ― 大規模データのための機械学習事例集");
    }

    [Theory]
    [InlineData("1865（清同治四年）", "1865")]
    [InlineData("1872（明治五年）", "1872")]
    [InlineData("1957/1990", "1957/1990")]
    [InlineData("c1988", "1988")]
    [InlineData("1985印刷", "1985")]
    public void Read_YearsAsWritten_AreDatesKeepingTheirText(string year, string edtf)
    {
        var citation = BibTeX.Read($"@book{{k, title = {{t}}, year = {{{year}}}}}").Value!.Single();

        citation.Issued!.ToEdtf().Should().Be(edtf);
        citation.Issued.OriginalText.Should().Be(year);
        BibTeX.Read(BibTeX.Write([citation], BibTeXDialect.BibTeX)).Value!.Single().Issued.Should().Be(citation.Issued);
    }

    [Fact]
    public void Read_AndOthers_IsKeptAndWrittenBack()
    {
        // thuthesis refs.bib, zhangkun1994.
        var result = BibTeX.Read("@article{zhangkun1994, author = {张昆 and 冯立群 and 余昌钰 and others}, title = {机器人柔性手腕的球面齿轮设计研究}, pages = {1--7}, year = {1994}}");
        var citation = result.Value!.Single();

        citation.Authors.Should().HaveCount(3);
        citation.Page.Should().Be("1\u20137", "TeX reads -- as an en dash");
        result.Diagnostics.Should().ContainSingle(d => d.Message.Contains("others", StringComparison.Ordinal));
        var written = BibTeX.Write([citation], BibTeXDialect.BibTeX);
        written.Should().Contain("author = {张昆 and 冯立群 and 余昌钰 and others}").And.Contain("pages = {1--7}").And.StartWith("@article{zhangkun1994,");
    }

    [Fact]
    public void Read_TeXQuotesAndDashes_AreTheCharactersTheyMake_AndWrittenBackAsTeX()
    {
        var citation = BibTeX.Read("@article{k, title = {On ``Growth'' --- a 1960--1985 view}}").Value!.Single();

        citation.Title!.Text.Should().Be("On \u201cGrowth\u201d \u2014 a 1960\u20131985 view");
        BibTeX.Write([citation]).Should().Contain("“Growth”} --- a 1960--1985 view}");
        BibTeX.Read(BibTeX.Write([citation with { Title = new LocalizedText("a--b ``c''") }])).Value!.Single().Title!.Text.Should().Be("a--b ``c''", "literal pairs are kept apart with {}");
    }

    [Fact]
    public void Read_RisSourceAndSuffix_AreContainerAndSuffix()
    {
        const string ris = "TY  - JOUR\r\nAU  - Smith, Jr., John A.\r\nAU  - 王, 力\r\nTI  - 汉语史稿\r\nSO  - 中国语文\r\nPY  - 2001\r\nKW  - 汉语\r\nER  - \r\n";

        var result = Ris.Read(ris);
        var citation = result.Value!.Single();

        citation.ContainerTitle!.Text.Should().Be("中国语文");
        citation.Authors[0].Person.Should().Be(PersonName.Create("Smith", "John A.").WithSuffix("Jr."));
        citation.ExtraFields.Should().Equal(new ExtraField("keywords", "汉语"));
        result.Diagnostics.Should().ContainSingle(d => d.Code == "ris.extra-fields" && d.Message.Contains("KW", StringComparison.Ordinal));
        Ris.Write([citation]).Should().Contain("AU  - Smith, John A., Jr.\r\n").And.Contain("KW  - 汉语\r\n");
    }

    [Fact]
    public void Read_RisSourceBesideAJournal_IsKeptAsAnExtraField()
    {
        var citation = Ris.Read("TY  - JOUR\r\nTI  - 汉语史稿\r\nT2  - 中国语文\r\nSO  - 中国语文, 2001(3): 1-7\r\nER  - \r\n").Value!.Single();

        citation.ContainerTitle!.Text.Should().Be("中国语文");
        citation.ExtraFields.Should().Equal(new ExtraField("SO", "中国语文, 2001(3): 1-7"));
        (Ris.Read(Ris.Write([citation])).Value!.Single() with { Id = null }).Should().Be(citation);
    }

    [Fact]
    public void Read_CitationKey_IsTheId_AndKeysAreKeptOnWriting()
    {
        // Better BibTeX's CSL-JSON: a numeric id beside the key people cite by.
        const string json = """[{"id": "12", "citation-key": "wangli2001", "type": "book", "title": "某某研究", "author": [{"family": "王", "given": "力"}], "issued": {"date-parts": [[2001]]}}]""";

        var citation = CslJson.Read(json).Value!.Single();

        citation.Id.Should().Be("wangli2001");
        BibTeX.Write([citation]).Should().StartWith("@book{wangli2001,");
        var back = System.Text.Json.Nodes.JsonNode.Parse(CslJson.Write([citation]))![0]!;
        back["id"]!.GetValue<string>().Should().Be("12");
        back["citation-key"]!.GetValue<string>().Should().Be("wangli2001");
    }

    [Fact]
    public void Read_FieldsWithoutAPlace_AreKeptReportedOnceAndWrittenBack()
    {
        // jecon-example.bib, a.___2000.
        const string bib = """
            @book{a.___2000,
              title        = {達人プログラマー―システム開発の職人から名匠への道},
              isbn         = {978-4-89471-274-4},
              publisher    = {ピアソンエデュケーション},
              author       = {A. ハント and T. デビッド},
              year         = 2000,
              translator   = {村上 雅章},
              language     = {ja},
              yomi         = {はんと and でびっど}
            }
            """;

        var result = BibTeX.Read(bib);
        var citation = result.Value!.Single();

        citation.ExtraFields.Should().Equal(new ExtraField("isbn", "978-4-89471-274-4"));
        result.Diagnostics.Should().ContainSingle(d => d.Code == "bibtex.extra-fields");
        BibTeX.Write([citation]).Should().Contain("isbn = {978-4-89471-274-4}").And.Contain("yomi = {はんと and でびっど}");
        CslJson.Write([citation]).Should().Contain("\"ISBN\": \"978-4-89471-274-4\"");
        Ris.Write([citation]).Should().Contain("SN  - 978-4-89471-274-4");
        citation.Authors[0].Person.Should().Be(PersonName.Create("ハント", "A.").WithReading("はんと"));
        citation.Authors[1].Person!.Reading.Should().Be("でびっど");
    }

    [Fact]
    public void Read_Yomi_IsTheReadingOfEachNameAndRoundTripsThroughEveryFormat()
    {
        // pbibtex-jbtxdoc.bib and uptex-jbtest.bib: a reading for each author, family first or given first as written.
        const string bib = """
            @book{森鷗外:百物語,
             yomi	= "Mori Ogai",
             author	= "森 鷗外",
             title	= "百物語",
             year	= 1911,
            }
            @book{test:misc0,
               author    = "テスト てすと and 名無 権兵衛",
               yomi      = "Tesuto Tesuto and Gombe Nanashi",
               title     = "t",
            }
            """;

        var citations = BibTeX.Read(bib).Value!;

        citations[0].Authors.Single().Person.Should().Be(PersonName.Create("森", "鷗外").WithReading("Mori Ogai"));
        citations[1].Authors.Select(a => a.Person!.Reading).Should().Equal("Tesuto Tesuto", "Gombe Nanashi");
        citations.Should().OnlyContain(c => c.ExtraFields.IsEmpty);
        citations[0].Authors[0].Person!.SortKey.Should().Be("Mori Ogai");

        BibTeX.Write(citations).Should().Contain("yomi = {Mori Ogai}").And.Contain("yomi = {Tesuto Tesuto and Gombe Nanashi}").And.NotContain("authors =");
        BibTeX.Read(BibTeX.Write(citations)).Value.Should().Equal(citations);
        CslJson.Read(CslJson.Write(citations)).Value!.Select(c => c.Authors).Should().BeEquivalentTo(citations.Select(c => c.Authors), o => o.WithStrictOrdering());
        Ris.Read(Ris.Write(citations)).Value!.Select(c => c.Authors).Should().BeEquivalentTo(citations.Select(c => c.Authors), o => o.WithStrictOrdering());
        CitationJson.DeserializeList(CitationJson.SerializeList(citations)).Should().Equal(citations);
    }

    [Fact]
    public void CslJson_NameReadings_AreWhereTheProcessorReadsThem()
    {
        var citation = BibTeX.Read("@book{k, author = {渡辺 健一 and 中村 仁}, yomi = {わたなべ けんいち and なかむら じん}, title = {t}}").Value!.Single();

        var json = CslJson.Write([citation]);

        json.Should().Contain("\"name-readings\": {").And.Contain("\"わたなべ けんいち\"").And.NotContain("\"authors\":");
        CslJson.Read(json).Value!.Single().Authors.Should().Equal(citation.Authors);

        // Readings written as family and given parts by other tools are read too.
        var other = CslJson.Read("""
            [{ "id": "w", "type": "book", "author": [ { "family": "渡辺", "given": "健一" } ],
               "custom": { "name-readings": { "author": [ { "family": "わたなべ", "given": "けんいち" } ] } } }]
            """);
        other.Value!.Single().Authors.Single().Person!.Reading.Should().Be("わたなべ けんいち");
        other.Value!.Single().ExtraFields.Should().BeEmpty();
    }

    [Fact]
    public void Read_YomiThatDoesNotPairWithTheNames_StaysAnExtraField()
    {
        // uptex-jbtest.bib: the readings of four names written with Japanese separators inside a three-name list.
        const string bib = """
            @book{test:misc1,
               author    = "テスト てすと and 名無 権兵衛、 何　誰兵衛， 無名 戦士 and β, α",
               yomi      = "Tesuto Tesuto and Gombe Nanashi、 Darebe Nan， Senshi Mumei and Arufa Beta and Extra Name",
               title     = "t",
            }
            """;

        var citation = BibTeX.Read(bib).Value!.Single();

        citation.Authors.Should().OnlyContain(a => a.Person!.Reading == null);
        citation.ExtraFields.Should().ContainSingle(f => f.Name == "yomi");
        BibTeX.Write([citation]).Should().Contain("yomi = {Tesuto Tesuto and Gombe Nanashi、 Darebe Nan， Senshi Mumei and Arufa Beta and Extra Name}");
    }

    [Fact]
    public void Write_KeysForCitationsWithoutIds_AreAsciiFromTheReading()
    {
        var citation = BibTeX.Read("@book{x, author = {岩本 康志}, title = {t}, year = 1991, yomi = {いわもと やすし}}").Value!.Single() with { Id = null };

        BibTeX.Write([citation, citation], BibTeXDialect.BibTeX).Split('\n').Where(l => l.StartsWith('@')).Should().Equal("@book{iwamoto1991,", "@book{iwamoto1991a,");
    }

    [Theory]
    [InlineData("@incollection{k, title = {t}}", "chapter")]
    [InlineData("@inbook{k, title = {t}}", "chapter")]
    [InlineData("@inproceedings{k, title = {t}}", "paper-conference")]
    [InlineData("@phdthesis{k, title = {t}}", "thesis")]
    [InlineData("@mastersthesis{k, title = {t}}", "thesis")]
    [InlineData("@patent{k, title = {t}}", "patent")]
    [InlineData("@standard{k, title = {t}}", "standard")]
    [InlineData("@newspaper{k, title = {t}}", "article-newspaper")]
    [InlineData("@periodical{k, title = {t}}", "periodical")]
    [InlineData("@software{k, title = {t}}", "software")]
    [InlineData("@online{k, title = {t}}", "webpage")]
    public void Read_EntryTypesOfThesisTemplates_AreTheirCslTypes(string bib, string cslType)
    {
        var citation = BibTeX.Read(bib).Value!.Single();

        CslItemTypes.FromSourceType(citation.Type).Should().Be(cslType);
        CslItemTypes.FromSourceType(CslJson.Read(CslJson.Write([citation])).Value!.Single().Type).Should().Be(cslType);
    }

    [Fact]
    public void Read_JeconJapaneseTranslation_TitleIsATranslation_AndWrittenBackInEveryFormat()
    {
        // jecon-example.bib, fujita99jp:_spatial_econom: the original, with its Japanese translation's title, translator,
        // publisher and year (jecon.bst's 邦訳書 fields).
        const string bib = """
            @Book{fujita99jp:_spatial_econom,
              author       = {Masahisa Fujita and Paul R. Krugman and Anthony J. Venables},
              title        = {The Spatial Economy},
              publisher    = {MIT Press},
              address      = {Cambridge, MA},
              year         = 1999,
              jauthor      = {小出 博之},
              jtitle       = {空間経済学},
              jpublisher   = {東洋経済新報社},
              jyear        = 2000
            }
            """;

        var result = BibTeX.Read(bib);
        var citation = result.Value!.Single();

        citation.Title!.Text.Should().Be("The Spatial Economy");
        citation.Title.Translations.Should().Equal(new LocalizedText("空間経済学", "ja"));
        citation.ExtraFields.Select(f => f.Name).Should().Equal("jauthor", "jpublisher", "jyear");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "bibtex.extra-fields").Which.Message.Should().NotContain("jtitle");
        foreach (var dialect in new[] { BibTeXDialect.BibLaTeX, BibTeXDialect.BibTeX })
        {
            var written = BibTeX.Write([citation], dialect);
            written.Should().MatchRegex("jtitle = {+空間経済学}+").And.NotContain("title-translations");
            BibTeX.Read(written).Value!.Single().Should().Be(citation);
        }

        CslJson.Read(CslJson.Write([citation])).Value!.Single().Should().Be(citation);
        Ris.Read(Ris.Write([citation])).Value!.Single().Should().Be(citation);
    }

    [Fact]
    public void Write_TitleTranslationsBesideJapanese_JtitleTakesOnlyTheFirst()
    {
        var title = new LocalizedText("The Spatial Economy", "en")
            .WithTranslation(new LocalizedText("空間経済学", "ja"))
            .WithTranslation(new LocalizedText("空间经济学", "zh-Hans"));
        var citation = new Citation { Id = "fujita1999", Type = SourceType.Book, Language = "en", Title = title };

        var written = BibTeX.Write([citation]);

        written.Should().MatchRegex("jtitle = {+空間経済学}+").And.Contain("title-translations");
        BibTeX.Read(written).Value!.Single().Title.Should().Be(title);
    }
}
