using System.Collections.Immutable;
using CsCheck;

namespace AseanAi.Citations.Tests.Interchange;

/// <summary>
/// Random citations for property tests: titles, names and publishers in Japanese, Traditional and Simplified Chinese
/// and English (with the characters that formats must escape, and a character outside the BMP), every source type,
/// partial dates with seasons, qualifiers and intervals, translations and transliterations, known and unknown publishers.
/// Texts have no white space at either end, as real titles do (formats that trim values are documented to).
/// </summary>
internal static class CitationGenerators
{
    private static readonly string[] JaWords = ["経済産業省", "日ASEAN", "共創", "イニシアティブ", "大規模言語モデル", "の", "と", "ビジョン", "令和", "報告書", "「", "」", "『", "』", "・", "、", "𠮷野家"];
    private static readonly string[] ZhHantWords = ["經濟產業省", "人工智慧", "東南亞", "合作", "戰略", "政策", "發展", "《", "》", "，", "臺灣"];
    private static readonly string[] ZhHansWords = ["经济产业省", "人工智能", "治理", "研究", "国发〔2017〕35号", "东南亚", "发展", "〈", "〉", "，"];
    private static readonly string[] EnWords = ["Japan", "ASEAN", "AI", "Co-Creation", "Initiative", "R&D", "50%", "$5", "#1", "a_b", "{braces}", "back\\slash", "~tilde", "x^2", "and", "of", "the", "report", "\"quoted\"", "O'Brien"];
    private static readonly string[] Languages = ["ja", "zh-Hant", "zh-Hans", "en"];
    private static readonly (string Family, string Given)[] CjkPeople = [("佐藤", "仁"), ("王", "小明"), ("陳", "美玲"), ("李", "华"), ("欧阳", "修"), ("山田", "太郎"), ("髙橋", "𠮷子")];
    private static readonly (string Family, string Given)[] LatinPeople = [("Smith", "John"), ("van Gogh", "Vincent"), ("Nguyen", "Van An"), ("O'Brien", "Mary-Jane"), ("Müller", "Jörg")];
    private static readonly string[] Organizations = ["外務省", "経済産業省", "經濟部", "国家发展和改革委员会", "日本貿易振興機構(JETRO)", "Ministry of Economy, Trade and Industry", "ERIA", "Yahoo!ニュース エキスパート", "Research and Development Office"];
    private static readonly string[] Hosts = ["https://www.mofa.go.jp/mofaj/files/", "https://www.meti.go.jp/press/2025/", "https://www.nikkei.com/article/", "https://example.org/文書/", "http://www.gov.cn/zhengce/"];

    public static readonly Gen<string> Language = Pick(Languages);

    public static Gen<string> Text(string language)
    {
        var words = language switch
        {
            "ja" => JaWords,
            "zh-Hant" => ZhHantWords,
            "zh-Hans" => ZhHansWords,
            _ => EnWords,
        };
        var separator = language == "en" ? " " : string.Empty;
        return Pick(words).Array[1, 6].Select(parts => string.Join(separator, parts).Trim());
    }

    public static readonly Gen<LocalizedText> LocalizedTextGen =
        from language in Language
        from text in Text(language)
        from translations in Gen.Int[0, 2].SelectMany(n => Language.SelectMany(l => Text(l).Select(t => new LocalizedText(t, l))).Array[n])
        from transliteration in OrNull(Pick(["にちあせあん", "Nichi ASEAN", "rengōkoku", "jīngjì"]))
        select new LocalizedText(text, language)
        {
            Translations = [.. translations],
            Transliterations = transliteration is null ? [] : [new LocalizedText(transliteration, transliteration.Any(c => c > 0x3000) ? "ja-Hrkt" : "ja-Latn")],
        };

    public static readonly Gen<PublisherRef> Publisher =
        from name in Pick(Organizations)
        from kind in Gen.Int[0, 3]
        from unit in Pick(["アジア・太平洋総合研究センター", "Policy Research Unit"])
        select kind switch
        {
            0 => PublisherRef.Unresolved(name),
            1 => PublisherRef.Known("jp.example", name),
            2 => PublisherRef.Known("jp.example", name, unit),
            _ => PublisherRef.Known("jp.example", name, isInferred: true),
        };

    public static readonly Gen<Contributor> ContributorGen =
        from kind in Gen.Int[0, 5]
        from cjk in Pick(CjkPeople)
        from latin in Pick(LatinPeople)
        from publisher in Publisher
        from reading in Pick(["いわもと やすし", "Mori Ogai", "さとう ひとし"])
        select kind switch
        {
            0 => Contributor.ForPerson(PersonName.Create(cjk.Family, cjk.Given)),
            1 => Contributor.ForPerson(PersonName.Create(cjk.Family, cjk.Given).WithReading(reading)),
            2 => Contributor.ForPerson(PersonName.Create(latin.Family, latin.Given).WithSuffix(latin.Family.Length % 3 == 0 ? "Jr." : null)),
            3 => Contributor.ForPerson(PersonName.Create(cjk.Family)),
            4 => Contributor.ForPerson(PersonName.FromLiteral(cjk.Family + cjk.Given)),
            _ => Contributor.ForOrganization(publisher),
        };

    public static readonly Gen<PartialDate> PartialDateGen =
        from year in Gen.Int[1900, 2030]
        from precision in Gen.Int[0, 3]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 28]
        from season in Gen.Int[21, 24]
        select precision switch
        {
            0 => new PartialDate(year),
            1 => new PartialDate(year, month),
            2 => new PartialDate(year, month, day),
            _ => PartialDate.FromSeason(year, (Season)season),
        };

    public static readonly Gen<CitationDate> Date =
        from start in PartialDateGen
        from qualifier in Gen.Int[0, 5]
        from interval in Gen.Int[0, 4]
        from text in OrNull(Pick(["令和7年10月26日", "2025年", "民國114年3月", "二〇二五年十月", "Spring 2025", "[2025-11-01]"]))
        select Build(start, qualifier, interval == 0, text);

    // Fields the model keeps aside, under the model's (BibTeX's) names: known in every format, or in none.
    private static readonly ImmutableArray<ExtraField>[] ExtraFieldSets =
    [
        [],
        [],
        [new ExtraField("isbn", "978-4-89471-274-4")],
        [new ExtraField("abstract", "本研究は…\n二行目"), new ExtraField("keywords", "AI, ASEAN")],
        [new ExtraField("edition", "2")],
        [new ExtraField("et-al", "author")],
    ];

    public static readonly Gen<Citation> CitationGen =
        from id in OrNull(Pick(["1", "12", "sato2025", "外務省2025", "id with space"]))
        from type in Gen.Enum<SourceType>()
        from language in OrNull(Language)
        from title in OrNull(LocalizedTextGen)
        from authors in ContributorGen.Array[0, 3]
        from editors in ContributorGen.Array[0, 2]
        from translators in ContributorGen.Array[0, 1]
        from publisher in OrNull(Publisher)
        from place in OrNull(Pick(["東京", "北京", "臺北", "Singapore"]))
        from container in OrNull(LocalizedTextGen)
        from issued in OrNull(Date)
        from accessed in OrNull(Date)
        from url in OrNull(Hosts.Length > 0 ? Gen.Int[0, Hosts.Length - 1].SelectMany(i => Gen.Int[1, 99999].Select(n => Hosts[i] + n + ".html")) : Gen.Const(""))
        from numbers in Gen.Select(OrNull(Pick(["10.1000/xyz123", "10.18926/AMO/54321"])), OrNull(Pick(["51", "第3巻"])), OrNull(Pick(["3", "冬号"])), OrNull(Pick(["31-35", "31–35", "31面", "iv"])), OrNull(Pick(["国发〔2017〕35号", "No. 7", "第28回"])))
        from other in Gen.Select(OrNull(Pick(["日本政府官方文件", "專家評論與分析", "其他机构资料"])), OrNull(Pick(["特集: AI <治理> & \"政策\"", "行一\n行二", "50% done_ok"])), OrNull(Pick(["外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf", "[1] 王小明. 人工智能治理研究[J]. 2025, 51(3): 31-35."])))
        from span in OrNull(Gen.Int[0, 5000].Select(o => (object)new SourceSpan(o, 84, 1 + (o / 80), 1 + (o % 80))))
        from genre in OrNull(Pick(["PhD thesis", "Master's thesis", "博士学位论文", "white paper", "government document", "manual"]))
        from extras in Pick(ExtraFieldSets)
        select new Citation
        {
            Id = id,
            Type = type,
            Genre = genre,
            ExtraFields = extras,
            Language = language,
            Title = title is null ? null : Relabel(title, language),
            Authors = [.. authors],
            Editors = [.. editors],
            Translators = [.. translators],
            Publisher = publisher,
            PublisherPlace = place,
            ContainerTitle = container,
            Issued = issued,
            Accessed = accessed,
            Url = url is null ? null : new Uri(url),
            Doi = numbers.Item1,
            Volume = numbers.Item2,
            Issue = numbers.Item3,
            Page = numbers.Item4,
            Number = numbers.Item5,
            Category = other.Item1,
            Note = other.Item2,
            RawText = other.Item3,
            Span = (SourceSpan?)span,
        };

    /// <summary>Lists of up to five citations, so that keys must stay unique.</summary>
    public static readonly Gen<Citation[]> CitationLists = CitationGen.Array[1, 5];

    private static Gen<T> Pick<T>(T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Int[0, 3].SelectMany(n => n == 0 ? Gen.Const<T?>(default(T)) : gen.Select(x => (T?)x));

    // Most titles are in the item's language, as in real lists; some are not, to cover the custom title-language.
    private static LocalizedText Relabel(LocalizedText title, string? language) =>
        title.Text.Length % 3 == 0 ? title : new LocalizedText(title.Text, language) { Translations = title.Translations, Transliterations = title.Transliterations };

    private static CitationDate Build(PartialDate start, int qualifier, bool interval, string? text)
    {
        var first = qualifier switch
        {
            1 => start.WithQualifier(DateQualifier.Approximate),
            2 => start.WithQualifier(DateQualifier.Uncertain),
            3 => start.WithQualifier(DateQualifier.UncertainAndApproximate),
            _ => start,
        };
        if (!interval)
        {
            return new CitationDate(first, text);
        }

        var last = start.Month is { } m ? new PartialDate(start.Year + 1, m) : new PartialDate(start.Year + 1);
        if (qualifier == 1)
        {
            last = last.WithQualifier(DateQualifier.Approximate);
        }

        return new CitationDate(first, last, text);
    }
}
