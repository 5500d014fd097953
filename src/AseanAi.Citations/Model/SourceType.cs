namespace AseanAi.Citations;

/// <summary>What kind of source a citation points to.</summary>
/// <remarks>
/// <para>
/// The kinds cover every item type of CSL 1.0.2, one kind per CSL type, plus the project's finer kinds
/// (<see cref="GovernmentDocument"/>, <see cref="PressRelease"/>, <see cref="ExpertCommentary"/>), which CSL writes as
/// a CSL type and a <c>genre</c>. The mapping to CSL, BibLaTeX, BibTeX and RIS lives in the data file
/// <c>Interchange/item-types.tsv</c> (docs/interchange.md).
/// </para>
/// <para>The JSON form writes these in kebab case, for example <c>government-document</c>, <c>legal-case</c>.
/// Values are stable: new kinds are added at the end.</para>
/// </remarks>
public enum SourceType
{
    /// <summary>A source that fits none of the other kinds, or whose kind is unknown.</summary>
    Other = 0,

    /// <summary>A document issued by a government body: a policy paper, a white paper, a statement, an initiative.</summary>
    GovernmentDocument,

    /// <summary>A press release or announcement by an organisation.</summary>
    PressRelease,

    /// <summary>An article in a newspaper or news site.</summary>
    NewsArticle,

    /// <summary>A web page that is none of the more specific kinds.</summary>
    WebPage,

    /// <summary>An expert's column, commentary or analysis.</summary>
    ExpertCommentary,

    /// <summary>A report by a research institute, think tank or agency.</summary>
    ResearchReport,

    /// <summary>An article in a scholarly journal.</summary>
    JournalArticle,

    /// <summary>A book or monograph.</summary>
    Book,

    /// <summary>A dataset.</summary>
    Dataset,

    /// <summary>An article that fits no more specific kind (CSL <c>article</c>): a preprint, a working paper. CSL <c>article</c>.</summary>
    Article,

    /// <summary>An article in a magazine. CSL <c>article-magazine</c>.</summary>
    MagazineArticle,

    /// <summary>A bill or resolution before a legislature. CSL <c>bill</c>.</summary>
    Bill,

    /// <summary>A radio or television broadcast, or a podcast episode. CSL <c>broadcast</c>.</summary>
    Broadcast,

    /// <summary>A chapter or contribution in a book or edited collection. CSL <c>chapter</c>.</summary>
    Chapter,

    /// <summary>A classical or ancient work cited by a standard reference (CSL <c>classic</c>). CSL <c>classic</c>.</summary>
    Classic,

    /// <summary>An archival collection or a collection of works (CSL <c>collection</c>). CSL <c>collection</c>.</summary>
    Collection,

    /// <summary>An entry in a reference work that is neither a dictionary nor an encyclopedia. CSL <c>entry</c>.</summary>
    Entry,

    /// <summary>An entry in a dictionary. CSL <c>entry-dictionary</c>.</summary>
    DictionaryEntry,

    /// <summary>An entry in an encyclopedia. CSL <c>entry-encyclopedia</c>.</summary>
    EncyclopediaEntry,

    /// <summary>An event: a conference, an exhibition, a meeting (not a paper given there). CSL <c>event</c>.</summary>
    Event,

    /// <summary>A figure or chart published in another work. CSL <c>figure</c>.</summary>
    Figure,

    /// <summary>A visual work: a drawing, a painting, a photograph. CSL <c>graphic</c>.</summary>
    Graphic,

    /// <summary>A hearing of a legislative or administrative body. CSL <c>hearing</c>.</summary>
    Hearing,

    /// <summary>An interview. CSL <c>interview</c>.</summary>
    Interview,

    /// <summary>A court decision or legal case. CSL <c>legal_case</c>.</summary>
    LegalCase,

    /// <summary>An enacted law or statute. CSL <c>legislation</c>.</summary>
    Legislation,

    /// <summary>An unpublished manuscript or archival document. CSL <c>manuscript</c>.</summary>
    Manuscript,

    /// <summary>A map or geographic dataset. CSL <c>map</c>.</summary>
    Map,

    /// <summary>A film or video. CSL <c>motion_picture</c>.</summary>
    MotionPicture,

    /// <summary>A musical score. CSL <c>musical_score</c>.</summary>
    MusicalScore,

    /// <summary>A pamphlet or brochure. CSL <c>pamphlet</c>.</summary>
    Pamphlet,

    /// <summary>A paper in the proceedings of a conference or given there. CSL <c>paper-conference</c>.</summary>
    ConferencePaper,

    /// <summary>A patent. CSL <c>patent</c>.</summary>
    Patent,

    /// <summary>A live performance: a play, a concert. CSL <c>performance</c>.</summary>
    Performance,

    /// <summary>A whole periodical: a journal, magazine or newspaper issue or run. CSL <c>periodical</c>.</summary>
    Periodical,

    /// <summary>A personal communication: a letter, an e-mail, a conversation. CSL <c>personal_communication</c>.</summary>
    PersonalCommunication,

    /// <summary>A post on a forum or social-media site. CSL <c>post</c>.</summary>
    Post,

    /// <summary>A post on a blog. CSL <c>post-weblog</c>.</summary>
    BlogPost,

    /// <summary>An administrative regulation or order. CSL <c>regulation</c>.</summary>
    Regulation,

    /// <summary>A review of a work other than a book. CSL <c>review</c>.</summary>
    Review,

    /// <summary>A review of a book. CSL <c>review-book</c>.</summary>
    BookReview,

    /// <summary>A computer program or software package. CSL <c>software</c>.</summary>
    Software,

    /// <summary>A recorded song or piece of music. CSL <c>song</c>.</summary>
    Song,

    /// <summary>A speech, talk or presentation. CSL <c>speech</c>.</summary>
    Speech,

    /// <summary>A standard or technical specification (ISO, GB/T, JIS). CSL <c>standard</c>.</summary>
    Standard,

    /// <summary>A thesis or dissertation. CSL <c>thesis</c>.</summary>
    Thesis,

    /// <summary>A treaty or international agreement. CSL <c>treaty</c>.</summary>
    Treaty,
}
