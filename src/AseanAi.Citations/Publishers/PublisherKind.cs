namespace AseanAi.Citations.Publishers;

/// <summary>What kind of organisation a <see cref="Publisher"/> is.</summary>
/// <remarks>The registry's JSON form writes these in kebab case, for example <c>incorporated-administrative-agency</c>.</remarks>
public enum PublisherKind
{
    /// <summary>An organisation that fits none of the other kinds.</summary>
    Other = 0,

    /// <summary>A government's central executive office: a prime minister's office, a cabinet, the Executive Yuan, the State Council.</summary>
    Government,

    /// <summary>A ministry, or a body of ministry rank such as Japan's Cabinet Office (内閣府, 経済産業省, 工业和信息化部).</summary>
    GovernmentMinistry,

    /// <summary>A government agency, commission or bureau, often under a ministry (特許庁, デジタル庁, IMDA, 国家互联网信息办公室).</summary>
    GovernmentAgency,

    /// <summary>A Japanese incorporated administrative agency (独立行政法人 or 国立研究開発法人) such as JST, JETRO or JICA.</summary>
    IncorporatedAdministrativeAgency,

    /// <summary>A research institute or academy (RIKEN, 中央研究院, NECTEC).</summary>
    ResearchInstitute,

    /// <summary>A policy research organisation (RIETI, ERIA, ISEAS).</summary>
    ThinkTank,

    /// <summary>A university.</summary>
    University,

    /// <summary>A newspaper, news agency or broadcaster (日本経済新聞, 新华社, NHK).</summary>
    NewsMedia,

    /// <summary>A platform that publishes or aggregates others' articles (Yahoo!ニュース and its エキスパート columns).</summary>
    NewsPlatform,

    /// <summary>An intergovernmental organisation (ASEAN, OECD, the United Nations and its agencies).</summary>
    IntergovernmentalOrganization,

    /// <summary>A company (Alibaba Cloud, DeepSeek, LY Corporation).</summary>
    Company,

    /// <summary>A business federation, industry association or foundation (経団連, JEITA).</summary>
    Association,

    /// <summary>A programme or intergovernmental process that publishes under its own name (AI Singapore, the G7 Hiroshima AI Process).</summary>
    Initiative,
}
