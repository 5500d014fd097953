using AseanAi.Citations;

// The first reference of the seed document, built by hand:
// 外務省「日ASEAN・AI共創イニシアティブ」(令和7年10月26日) https://www.mofa.go.jp/mofaj/files/100927259.pdf
var mofa = PublisherRef.Known("jp.mofa", "外務省");
var citation = new Citation
{
    Type = SourceType.GovernmentDocument,
    Title = new LocalizedText("日ASEAN・AI共創イニシアティブ", "ja")
        .WithTranslation(new LocalizedText("Japan-ASEAN AI Co-Creation Initiative", "en")),
    Authors = [Contributor.ForOrganization(mofa)],
    Publisher = mofa,
    Issued = CitationDate.FromParts(2025, 10, 26).WithOriginalText("令和7年10月26日"),
    Url = new Uri("https://www.mofa.go.jp/mofaj/files/100927259.pdf"),
    Language = "ja",
    Category = "日本政府官方文件",
};

Console.WriteLine($"{citation.Authors[0]}「{citation.Title}」 issued {citation.Issued!.ToEdtf()} (written {citation.Issued.OriginalText})");

// A partial date and a fiscal-year interval, as EDTF.
Console.WriteLine(CitationDate.FromParts(2024, 12).ToEdtf());
Console.WriteLine(new CitationDate(new PartialDate(2024, 4), new PartialDate(2025, 3), "令和6年度").ToEdtf());

// The lossless JSON form, and back.
var json = CitationJson.Serialize(citation, indented: true);
Console.WriteLine(json);
Console.WriteLine(CitationJson.Deserialize(json) == citation ? "round trip: equal" : "round trip: DIFFERENT");
