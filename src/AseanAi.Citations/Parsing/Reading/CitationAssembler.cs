using System.Collections.Immutable;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Step 5 of reading a reference line: turns the atoms of each field into the citation's values — the title without
/// its marks, the creators split into names, the publisher resolved through the registry (or, where the line names
/// none, the organisation that wrote it), the dates read, the work's own address, its type and its language.
/// </summary>
internal sealed class CitationAssembler(
    LineSpans line,
    FieldRole[] roles,
    ReferenceContext context,
    PublisherLookup publishers,
    ContributorReader contributors,
    string source,
    TypeModel? types = null)
{
    /// <summary>The facts <see cref="TypeModel"/> decides the type from, once <see cref="Build"/> has run (the trainer reads them).</summary>
    public byte[] TypeFacts { get; private set; } = [];

    private static readonly System.Buffers.SearchValues<char> InitialCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.- ");
    private static readonly System.Buffers.SearchValues<char> NameLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .-'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿōūŌŪ");

    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private List<Atom> Atoms => line.Atoms;

    public (Citation Citation, ImmutableArray<Diagnostic> Diagnostics) Build()
    {
        Glue();
        var titleText = FieldText(FieldRole.Title, unwrap: true);
        var containerText = ContainerName(FieldText(FieldRole.Container, unwrap: true));
        var language = DetectLanguage(titleText);
        var authorText = line.Ditto ? null : AuthorText();
        var authors = contributors.Read(authorText, language, CorporateAuthor(), out var editors);
        var translators = ImmutableArray<Contributor>.Empty;
        switch (authors.Length > 0 && editors.IsEmpty ? RoleMarkAfterNames() : null)
        {
            case "editor":
                editors = authors;
                authors = [];
                break;
            case "translator":
                translators = authors;
                authors = [];
                break;
        }

        if (authors is [{ Organization: { } press }] && containerText is null && Run(FieldRole.Publisher) is null && IsNewsOrganization(press))
        {
            // 日本経済新聞「記事名」: the newspaper holds and publishes the article; it is not its author.
            containerText = press.Name;
            authors = [];
        }

        // A site or medium named right after the title's marks (「…」Science Portal ASEAN) is the website the work is part of.
        var publisherText = WithoutThesisWord(FieldText(FieldRole.Publisher, unwrap: true));
        var siteAfterTitle = false;
        if (publisherText is not null && containerText is null && Run(FieldRole.Publisher) is var (publisherFirst, _) && Run(FieldRole.Title) is var (_, titleLast)
            && publisherFirst == titleLast + 1 && IsMark(Atoms[titleLast].Kind) && Atoms[publisherFirst].Before is SeparatorKind.None or SeparatorKind.Space
            && !ParsingData.EndsWithPublisherSuffix(publisherText))
        {
            containerText = publisherText;
            siteAfterTitle = true;
        }

        if (ThesisInstitution() is var (thesisAtom, institution))
        {
            // 國立臺北大學會計學系碩士論文: the degree names the kind of work; the school before it is the publisher.
            if (roles[thesisAtom] == FieldRole.Container && Run(FieldRole.Container) is var (containerFirst, containerLast) && containerFirst == containerLast)
            {
                containerText = null;
            }

            if (publisherText is null || roles[thesisAtom] == FieldRole.Publisher)
            {
                publisherText = institution;
            }
        }

        var issued = DateOf(FieldRole.Issued);
        var accessed = AccessDate();
        var url = PickUrl(out var urlHost);
        var publisher = PickPublisher(publisherText, siteAfterTitle, authors, containerText, url, urlHost);
        if (containerText is null && publisherText is not null && publisher is not null && IsNewsOrganization(publisher))
        {
            // 日本経済新聞「記事名」, 「記事名」『朝日新聞』: a newspaper both holds and publishes its articles.
            containerText = publisherText;
        }

        var typeCode = FirstTypeCode();
        var title = titleText is { Length: > 0 } ? new LocalizedText(titleText, language) : null;
        if (title is null)
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.Reference.NoTitle, "No title was found in the reference.", line.BodyStart, line.BodyEnd - line.BodyStart);
        }

        foreach (var mark in line.UnbalancedMarks)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.Reference.UnbalancedMark, $"The title mark '{line.Text[mark]}' is never closed.", mark, 1);
        }

        var container = containerText is { Length: > 0 } ? new LocalizedText(containerText, ScriptLanguage.Detect(containerText, language) ?? language) : null;
        var citation = new Citation
        {
            Id = context.Id ?? line.LabelId,
            RawText = source,
            Span = context.Span is { } span ? new SourceSpan(span.Offset, source.Length, span.Line, span.Column) : null,
            Title = title,
            Authors = authors,
            Editors = editors,
            Translators = translators,
            ContainerTitle = container,
            Publisher = publisher,
            Issued = issued,
            Accessed = accessed,
            Url = url,
            Doi = FindDoi(),
            Number = line.Numbers.Count > 0 ? line.Slice(line.Numbers[0].Start, line.Numbers[0].End) : null,
            Page = NewspaperPage(),
            Language = language,
            Category = context.Category,
            Type = PickType(typeCode, url, title, publisher, containerText, authors, editors, issued, accessed),
        };
        return (citation, _diagnostics.ToImmutable());
    }

    // ---- Fields from atoms ---------------------------------------------------------------------------------------

    /// <summary>
    /// An atom that touches atoms of one role on both sides, with no separator between them, is part of the same
    /// field: (JST) in 科学技術振興機構(JST)アジア・太平洋総合研究センター, (香港) in 三联书店(香港)有限公司.
    /// </summary>
    private void Glue()
    {
        for (var a = 1; a + 1 < Atoms.Count; a++)
        {
            if (roles[a] == FieldRole.Other && roles[a - 1] == roles[a + 1] && roles[a - 1] is FieldRole.Author or FieldRole.Title or FieldRole.Publisher or FieldRole.Container
                && Atoms[a].Before == SeparatorKind.None && Atoms[a].After == SeparatorKind.None && Atoms[a].Kind is not (AtomKind.Url or AtomKind.TypeCode))
            {
                roles[a] = roles[a - 1];
            }
        }

        GlueEmphasizedTitle();
        GlueLinkedTitle();
        GlueDashedSubtitle();
        GlueTitleBeforeTypeCode();
        EndTitleAtCjkMark();
        GlueRegistryNames();

        // A question or exclamation mark left after the title's last atom: "What is software-in-the-loop (SIL)?".
        for (var a = 1; a < Atoms.Count; a++)
        {
            if (roles[a] == FieldRole.Other && roles[a - 1] == FieldRole.Title && Atoms[a].Before == SeparatorKind.None && Atoms[a].Kind == AtomKind.Text
                && !line.Text.AsSpan(Atoms[a].ContentStart, Atoms[a].ContentLength).ContainsAnyExcept("?!？！"))
            {
                roles[a] = FieldRole.Title;
            }
        }

        // A CJK note in brackets written against the end of the title is part of it — (概要), (仮訳), (令和5年3月1日現在) —
        // unless it says what kind of work it is or where in it: (碩士論文), (日文), (PDF), (1-60冊), (p. 124).
        for (var a = 1; a < Atoms.Count; a++)
        {
            if (roles[a] == FieldRole.Other && roles[a - 1] == FieldRole.Title && Atoms[a].Before == SeparatorKind.None
                && Atoms[a].Kind is AtomKind.Round && (a + 1 == Atoms.Count || roles[a + 1] != FieldRole.Title) && IsTitleNote(line.Slice(Atoms[a].ContentStart, Atoms[a].ContentEnd)))
            {
                roles[a] = FieldRole.Title;
            }
        }

        // A unit written against its organisation's name, just before the title: 科学技術振興機構(JST)アジア・太平洋総合研究センター「…」.
        for (var a = 1; a + 1 < Atoms.Count; a++)
        {
            if (roles[a - 1] == FieldRole.Author && roles[a] is FieldRole.Publisher or FieldRole.Other && roles[a + 1] == FieldRole.Title
                && Atoms[a].Before == SeparatorKind.None && Atoms[a + 1].Before == SeparatorKind.None && Atoms[a].Kind == AtomKind.Text
                && ContributorReader.IsOrganizationLike(line.Slice(Atoms[a].ContentStart, Atoms[a].ContentEnd)))
            {
                roles[a] = FieldRole.Author;
            }
        }
    }

    /// <summary>
    /// A title set in italics or bold is the whole emphasis, whatever punctuation it holds: *Singapore: A Muzzled Press*,
    /// *Warlords, Artists and Commoners: Japan in the Sixteenth Century*. The model reads atom by atom and may stop at
    /// the colon or comma; the emphasis says where the work's name ends.
    /// </summary>
    private void GlueEmphasizedTitle()
    {
        if (Run(FieldRole.Title) is not var (first, last) || Atoms[first].Link >= 0)
        {
            return;
        }

        var span = line.EmphasisAt(Mid(first));
        if (span < 0)
        {
            return;
        }

        for (var a = first; a <= last; a++)
        {
            if (line.EmphasisAt(Mid(a)) != span)
            {
                return;
            }
        }

        // The emphasis must stand on atom edges and hold nothing but the title's words: no address, type code or
        // link, and it may not be the whole line (a line set in bold is not a title).
        var from = first;
        while (from > 0 && line.EmphasisAt(Mid(from - 1)) == span)
        {
            from--;
        }

        var to = last;
        while (to + 1 < Atoms.Count && line.EmphasisAt(Mid(to + 1)) == span)
        {
            to++;
        }

        if ((from == first && to == last) || (from == 0 && to == Atoms.Count - 1))
        {
            return;
        }

        for (var a = from; a <= to; a++)
        {
            if (Atoms[a].Kind is AtomKind.Url or AtomKind.TypeCode or AtomKind.Date || Atoms[a].Link >= 0 || (roles[a] != FieldRole.Title && roles[a] is FieldRole.Author or FieldRole.Issued))
            {
                return;
            }
        }

        for (var a = from; a <= to; a++)
        {
            roles[a] = FieldRole.Title;
        }
    }

    /// <summary>
    /// A title that is the text of a link takes the link text's other words around it: brackets, a subtitle after a colon
    /// or dash, a number — [Python 散佈圖／折線圖（Scatter/Line Charts）](…). Words the model gave another field (an
    /// issuer before it, a site name after it, a date) stay in their fields.
    /// </summary>
    private void GlueLinkedTitle()
    {
        if (Run(FieldRole.Title) is not var (first, last) || Atoms[first].Link < 0 || Atoms[last].Link != Atoms[first].Link)
        {
            return;
        }

        var link = Atoms[first].Link;
        var from = first;
        while (from > 0 && Atoms[from - 1].Link == link && roles[from - 1] == FieldRole.Other && IsTitleWords(from - 1))
        {
            from--;
        }

        // After the title, a period, dash or bar starts the next field (". JSAI", " - 窓の杜", " | Installation Guide"), and
        // a note in brackets says what the work is, not what it is called ((日文), （碩士論文）).
        var to = last;
        while (to + 1 < Atoms.Count && Atoms[to + 1].Link == link && roles[to + 1] == FieldRole.Other && IsTitleWords(to + 1)
            && Atoms[to + 1].Before is not (SeparatorKind.Period or SeparatorKind.FullStop or SeparatorKind.Dash or SeparatorKind.Pipe or SeparatorKind.Semicolon)
            && !(Atoms[to + 1].Kind == AtomKind.Round && IsKindNote(line.Slice(Atoms[to + 1].ContentStart, Atoms[to + 1].ContentEnd))))
        {
            to++;
        }

        for (var a = from; a <= to; a++)
        {
            roles[a] = FieldRole.Title;
        }

        bool IsTitleWords(int atom) => Atoms[atom].Kind is not (AtomKind.Url or AtomKind.TypeCode or AtomKind.Date);
    }

    /// <summary>
    /// Chinese and Japanese set a subtitle after a doubled dash written against the words: 企業社會責任活動與成本僵固性之關聯
    /// ——以企業社會責任願景調節; Japanese also between spaces with ―― (架橋と…の研究 ―― 周防大島と小豆島の比較考察より ――).
    /// A doubled dash between spaces elsewhere sets a description apart (企业信息 —— 代表者致辞、役员), which is not the title.
    /// </summary>
    private void GlueDashedSubtitle()
    {
        if (Run(FieldRole.Title) is not var (_, last) || last + 1 >= Atoms.Count)
        {
            return;
        }

        var next = last + 1;
        if (Atoms[next].Before != SeparatorKind.Dash || Atoms[next].Kind != AtomKind.Text || roles[next] is not (FieldRole.Other or FieldRole.Container or FieldRole.Publisher)
            || Atoms[next].Link != Atoms[last].Link
            || (next + 1 < Atoms.Count && Atoms[next].After is not (SeparatorKind.FullStop or SeparatorKind.Period or SeparatorKind.Comma or SeparatorKind.Dash or SeparatorKind.Space)))
        {
            return;
        }

        var between = line.Text.AsSpan(Atoms[last].End, Atoms[next].Start - Atoms[last].End);
        var separator = between.Trim(" \u3000");
        if (separator.Length < 2 || separator.ContainsAnyExcept("—―─━") || (separator.Length != between.Length && separator.ContainsAnyExcept("―"))
            || !IsHanOrKana(line.Text[Atoms[last].ContentEnd - 1]) || !IsHanOrKana(line.Text[Atoms[next].ContentStart]))
        {
            return;
        }

        roles[next] = FieldRole.Title;
        static bool IsHanOrKana(char c) => CjkCharacters.IsHan(c) || CjkCharacters.IsKana(c);
    }

    /// <summary>
    /// A title in CJK marks that the model ran on into Latin words written against the closing mark ends at the mark:
    /// 「…の可能性 タイ」Science Portal ASEAN names the site after the title. A title that goes on in CJK after marks at
    /// its start (「一带一路」数字经济合作规划, 「Windows Subsystem for Linux」が「systemd」に対応へ) is left whole.
    /// </summary>
    private void EndTitleAtCjkMark()
    {
        if (Run(FieldRole.Title) is not var (first, last) || last == first || Atoms[first].Kind is not (AtomKind.Corner or AtomKind.WhiteCorner or AtomKind.DoubleAngle)
            || Atoms[first + 1].Link >= 0)
        {
            return;
        }

        var rest = line.Text.AsSpan(Atoms[first + 1].Start, Atoms[last].End - Atoms[first + 1].Start).Trim();
        if (rest.IsEmpty || !char.IsAsciiLetter(rest[0]) || CjkCharacters.ContainsCjk(rest))
        {
            return;
        }

        var hasContainer = Run(FieldRole.Container) is not null;
        for (var a = first + 1; a <= last; a++)
        {
            roles[a] = hasContainer ? FieldRole.Other : FieldRole.Container;
        }
    }

    /// <summary>
    /// The name of the container as a reader gives it: without the words that introduce it (In, 收入, 載於), the
    /// punctuation the field before it left (? " .) and stray emphasis marks, and a volume number written against a Latin journal's name
    /// (*Foreign Affairs* 73, no. 2; Sensors 20.10) — a year (IUI 2016, Proceedings of EMNLP 2023) stays.
    /// </summary>
    internal static string? ContainerName(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var name = text.AsSpan().Trim();
        name = name.TrimStart("?？\"”“'.,;:·•_* ").TrimEnd("_* ");
        if ((name.StartsWith("In ", StringComparison.Ordinal) || name.StartsWith("in ", StringComparison.Ordinal)) && name.Length > 4 && !char.IsLower(name[3]))
        {
            name = name[3..].TrimStart("_* ");
        }
        else if (name.StartsWith("in: ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..].TrimStart();
        }
        else if ((name.StartsWith("收入", StringComparison.Ordinal) || name.StartsWith("载于", StringComparison.Ordinal) || name.StartsWith("載於", StringComparison.Ordinal)
            || name.StartsWith("收錄於", StringComparison.Ordinal) || name.StartsWith("收录于", StringComparison.Ordinal)) && name.Length > 3)
        {
            name = name[(name[2] is '於' or '于' ? 3 : 2)..].TrimStart();
            if (name.Length > 2 && name[0] is '《' or '『' or '「' && name[^1] is '》' or '』' or '」')
            {
                name = name[1..^1];
            }
        }

        // A volume (and issue) number against a Latin journal name: "Foreign Affairs 73", "Sensors 20.10".
        var space = name.LastIndexOf(' ');
        if (space > 0 && !CjkCharacters.ContainsCjk(name) && IsVolumeNumber(name[(space + 1)..]))
        {
            var before = name[..space].TrimEnd();
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (before.Length >= 3 && char.IsLetter(before[^1]) && !lastWord.Equals("Vol", StringComparison.OrdinalIgnoreCase) && !lastWord.Equals("Volume", StringComparison.OrdinalIgnoreCase)
                && !lastWord.Equals("Part", StringComparison.OrdinalIgnoreCase) && !lastWord.Equals("No", StringComparison.OrdinalIgnoreCase))
            {
                name = before;
            }
        }

        return name.IsEmpty ? null : name.ToString();

        static bool IsVolumeNumber(ReadOnlySpan<char> word)
        {
            var dot = word.IndexOf('.');
            var volume = dot < 0 ? word : word[..dot];
            var issue = dot < 0 ? [] : word[(dot + 1)..];
            return volume.Length is >= 1 and <= 3 && !volume.ContainsAnyExceptInRange('0', '9') && issue.Length <= 3 && !issue.ContainsAnyExceptInRange('0', '9')
                && (dot < 0 || issue.Length > 0);
        }
    }

    /// <summary>
    /// An organisation whose name holds commas — Ministry of Land, Infrastructure, Transport and Tourism — is divided
    /// into atoms at them; where the registry knows the name the atoms make together, they are one field.
    /// </summary>
    private void GlueRegistryNames()
    {
        for (var a = 0; a + 1 < Atoms.Count; a++)
        {
            if (roles[a] is not (FieldRole.Author or FieldRole.Publisher) || Atoms[a].Kind != AtomKind.Text || (a > 0 && roles[a - 1] == roles[a]))
            {
                continue;
            }

            // How far the name may run: over commas and spaces, never into the title, at most three atoms on.
            var reach = a;
            while (reach + 1 < Atoms.Count && reach < a + 3 && Atoms[reach + 1].Before is (SeparatorKind.Comma or SeparatorKind.Space) && roles[reach + 1] != FieldRole.Title)
            {
                reach++;
            }

            for (var last = reach; last > a; last--)
            {
                if (Atoms[last].Kind != AtomKind.Text)
                {
                    continue;
                }

                var joined = line.Slice(Atoms[a].ContentStart, Atoms[last].ContentEnd).Trim();
                if (joined.Length <= 120 && publishers.Resolve(joined) is { Id: not null })
                {
                    for (var b = a + 1; b <= last; b++)
                    {
                        roles[b] = roles[a];
                    }

                    a = last;
                    break;
                }
            }
        }
    }

    // 碩士論文，國立臺灣師範大學 / Master's thesis, Kyoto University: the degree before the school is not the publisher's name.
    private static string? WithoutThesisWord(string? publisher)
    {
        if (publisher is null)
        {
            return null;
        }

        var lower = InvariantCase.ToLower(publisher);
        foreach (var word in ReadingWords.Instance["thesis"])
        {
            if (lower.StartsWith(word, StringComparison.Ordinal) && publisher.Length > word.Length + 2 && publisher[word.Length] is '，' or ',' or '、' or ' ' or '：' or ':')
            {
                return publisher[(word.Length + 1)..].TrimStart(' ', '\u3000');
            }
        }

        return publisher;
    }

    /// <summary>The atom that names a degree thesis after its school (…大學會計學系碩士論文), and the school.</summary>
    private (int Atom, string Institution)? ThesisInstitution()
    {
        var words = ReadingWords.Instance;
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (Atoms[a].Kind != AtomKind.Text || roles[a] is not (FieldRole.Other or FieldRole.Publisher or FieldRole.Container))
            {
                continue;
            }

            var text = line.Slice(Atoms[a].ContentStart, Atoms[a].ContentEnd).Trim();
            var ending = words.EndingLength("thesis", InvariantCase.ToLower(text));
            if (ending == 0 || ending >= text.Length)
            {
                continue;
            }

            // The degree ends the school's name by convention, so what stands before it is the school.
            var institution = Clean(text[..^ending], trimPeriod: true);
            if (institution.Length >= 2 && CjkCharacters.ContainsCjk(institution))
            {
                return (a, institution);
            }
        }

        // 「…」（碩士論文）。國立臺灣師範大學應用電子科技學系: the degree in brackets, the school after it.
        for (var a = 0; a + 1 < Atoms.Count; a++)
        {
            if (Atoms[a].Kind == AtomKind.Round && Atoms[a + 1].Kind == AtomKind.Text && roles[a + 1] is FieldRole.Other or FieldRole.Publisher
                && words.EndingLength("thesis", InvariantCase.ToLower(line.Slice(Atoms[a].ContentStart, Atoms[a].ContentEnd).Trim())) > 0)
            {
                var school = Clean(line.Slice(Atoms[a + 1].ContentStart, Atoms[a + 1].ContentEnd), trimPeriod: true);
                if ((school.Length >= 2 && CjkCharacters.ContainsCjk(school) && ContributorReader.IsOrganizationLike(school))
                    || school.Contains("大學", StringComparison.Ordinal) || school.Contains("大学", StringComparison.Ordinal))
                {
                    return (a + 1, school);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// GB/T 7714 writes the type code against the title's end and a period before its start, so a title that ends at
    /// a type code runs back to that period over commas and colons: "Probability, random variables, and random signal
    /// principles[M]", "周易外传：卷5[M]".
    /// </summary>
    private void GlueTitleBeforeTypeCode()
    {
        if (Run(FieldRole.Title) is not var (first, last) || last + 1 >= Atoms.Count || Atoms[last + 1].Kind != AtomKind.TypeCode || Atoms[last + 1].Before != SeparatorKind.None)
        {
            return;
        }

        var start = first;
        while (start > 0 && Atoms[start].Before is SeparatorKind.Comma or SeparatorKind.Colon && Atoms[start - 1].Kind == AtomKind.Text && Atoms[start - 1].Link < 0
            && roles[start - 1] is FieldRole.Author or FieldRole.Other or FieldRole.Publisher && Atoms[start - 1].Before is not SeparatorKind.None)
        {
            start--;
        }

        // Only a run that begins after a field's end (a period, or the line's start) is the title's start.
        if (start == first || Atoms[start].Before is not (SeparatorKind.Period or SeparatorKind.FullStop or SeparatorKind.Edge))
        {
            return;
        }

        for (var a = start; a < first; a++)
        {
            roles[a] = FieldRole.Title;
        }
    }

    private int Mid(int atom) => (Atoms[atom].ContentStart + Atoms[atom].ContentEnd) / 2;

    // (碩士論文), (日文), (PDF), (translated): a note that says what kind of work it is, in what language or file.
    private static bool IsKindNote(string note)
    {
        var words = ReadingWords.Instance;
        var lower = InvariantCase.ToLower(note.Trim());
        return words.EndingLength("thesis", lower) > 0 || words.Contains("language-note", lower) || words.Contains("file-note", lower)
            || words.EndingLength("translator", lower) > 0;
    }

    private static bool IsTitleNote(string note)
    {
        var text = note.Trim();
        if (text.Length is 0 or > 30 || !CjkCharacters.ContainsCjk(text))
        {
            return false;
        }

        var words = ReadingWords.Instance;
        var lower = InvariantCase.ToLower(text);
        if (IsKindNote(text) || words.Contains("editor", lower) || words.EndingLength("access-after", lower) > 0)
        {
            return false;
        }

        // Counts and places in the work: 1-60冊, 共5册, 頁12, 第3版.
        return !(text.Any(char.IsDigit) && text[^1] is '冊' or '册' or '頁' or '页' or '卷' or '巻' or '版' or '期' or '号' or '號' || text.StartsWith('頁') || text.StartsWith('页') || text.StartsWith('共'));
    }

    private bool IsNewsOrganization(PublisherRef organization) =>
        (organization.Id is { } id && publishers.RoleOf(id) == PublisherRole.NewsMedia) || IsNewspaperName(organization.Name);

    /// <summary>The first run of atoms with <paramref name="role"/>, as the index of its first and last atom.</summary>
    private (int First, int Last)? Run(FieldRole role)
    {
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (roles[a] == role)
            {
                var last = a;
                while (last + 1 < Atoms.Count && roles[last + 1] == role)
                {
                    last++;
                }

                return (a, last);
            }
        }

        return null;
    }

    private string? FieldText(FieldRole role, bool unwrap)
    {
        if (Run(role) is not var (first, last))
        {
            return null;
        }

        var atoms = Atoms;
        // A publisher, container or author given in brackets: 「情報通信白書」（総務省）.
        if (first == last && unwrap && role != FieldRole.Title && atoms[first].Kind is AtomKind.Round or AtomKind.Square or AtomKind.Tortoise)
        {
            return Clean(line.Slice(atoms[first].ContentStart, atoms[first].ContentEnd), trimPeriod: true);
        }

        if (first == last && IsMark(atoms[first].Kind) && unwrap)
        {
            // English quotes hold the punctuation that follows the title (“Title,” / “Title.”); CJK marks hold only the title.
            return Clean(line.Slice(atoms[first].ContentStart, atoms[first].ContentEnd), trimPeriod: atoms[first].Kind is AtomKind.Quote or AtomKind.SingleQuote);
        }

        // A title in marks followed only by notes in brackets: 「…」（研究代表：…）. Outside its marks nothing is the title.
        if (unwrap && IsMark(atoms[first].Kind) && Enumerable.Range(first + 1, last - first).All(a => atoms[a].Kind is AtomKind.Round or AtomKind.Square or AtomKind.Tortoise))
        {
            return Clean(line.Slice(atoms[first].ContentStart, atoms[first].ContentEnd), trimPeriod: atoms[first].Kind is AtomKind.Quote or AtomKind.SingleQuote);
        }

        var text = line.Slice(atoms[first].Start, atoms[last].End);
        var cleaned = Clean(text, trimPeriod: true);
        return role == FieldRole.Title ? WithoutHashtags(cleaned) : cleaned;
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> text) =>
        text.EndsWith("Ltd.", StringComparison.Ordinal) || text.EndsWith("Inc.", StringComparison.Ordinal) || text.EndsWith("Co.", StringComparison.Ordinal)
        || text.EndsWith("Corp.", StringComparison.Ordinal) || text.EndsWith("etc.", StringComparison.Ordinal) || text.EndsWith("Jr.", StringComparison.Ordinal)
        || text.EndsWith("LTD.", StringComparison.Ordinal) || text.EndsWith("INC.", StringComparison.Ordinal);

    // Qiita and note append the page's tags to its title: "TileTemplateについて #Unity". A reader cites the title without them.
    private static string WithoutHashtags(string title)
    {
        var end = title.Length;
        while (true)
        {
            var hash = title.LastIndexOf(" #", end - 1, StringComparison.Ordinal);
            if (hash <= 0 || title.AsSpan(hash + 2, end - hash - 2).IndexOfAny(' ', '\u3000') >= 0 || end - hash - 2 is 0 or > 30)
            {
                break;
            }

            end = hash;
        }

        return end == title.Length ? title : title[..end].TrimEnd();
    }

    private static bool IsMark(AtomKind kind) =>
        kind is AtomKind.Corner or AtomKind.WhiteCorner or AtomKind.DoubleAngle or AtomKind.Angle or AtomKind.Quote or AtomKind.SingleQuote;

    /// <summary>Trims white space and the separators a field keeps at its ends; a final period goes, an ellipsis stays.</summary>
    private static string Clean(string text, bool trimPeriod)
    {
        var span = text.AsSpan().Trim();
        span = span.TrimStart(",，、:：;；|｜ ");
        var end = span.Length;
        while (end > 0 && span[end - 1] is ',' or '，' or '、' or ':' or '：' or ';' or '；' or ' ' or '\u3000' or '|' or '｜')
        {
            end--;
        }

        span = span[..end];
        if (trimPeriod && span.Length > 1 && span[^1] is '.' or '。' or '．' && !span.EndsWith("...", StringComparison.Ordinal) && !EndsWithAbbreviation(span))
        {
            span = span[..^1].TrimEnd();
        }

        return span.ToString();
    }

    private string? AuthorText()
    {
        var parts = new List<string>();
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (roles[a] != FieldRole.Author)
            {
                continue;
            }

            var last = a;
            while (last + 1 < Atoms.Count && roles[last + 1] == FieldRole.Author)
            {
                last++;
            }

            // The period after a final initial belongs to the name (Reich, C. A.; Quah, Jon S.T.; Grayson, James H.), and
            // so does the period of a legal form (Premio Inc.).
            var end = Atoms[last].End;
            if (end < line.BodyEnd && line.Text[end] == '.'
                && ((char.IsAsciiLetterUpper(line.Text[end - 1]) && EndsWithInitial(a, last)) || EndsWithAbbreviation(line.Text.AsSpan(Atoms[last].Start, end + 1 - Atoms[last].Start))))
            {
                end++;
            }

            parts.Add(line.Slice(Atoms[a].Start, end));
            a = last;
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    // Whether the author run's last atom ends in an initial whose period the separator took: an atom of initials only
    // (C. A), a given name with initials written with periods (Jon S.T), or a given name and an initial after a family
    // name and a comma (Grayson, James H). GB/T's bare initials (Dong Z B, Li M) stay without a period.
    private bool EndsWithInitial(int first, int last)
    {
        var content = line.Text.AsSpan(Atoms[last].ContentStart, Atoms[last].ContentLength);
        if (content.Length <= 8 && !content.ContainsAnyExcept(InitialCharacters))
        {
            return true;
        }

        var space = content.LastIndexOf(' ');
        var word = content[(space + 1)..];
        if (space <= 0 || word.Length > 5 || word.ContainsAnyExcept(InitialCharacters) || content[..space].ContainsAnyExcept(NameLetters))
        {
            return false;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return last > first && Atoms[last].Before == SeparatorKind.Comma
            && !line.Text.AsSpan(Atoms[last - 1].ContentStart, Atoms[last - 1].ContentLength).Contains(' ');
    }

    // "Kuah-Pearce, K.E., & Hu-Dehart, E. (Eds.).", "潘明智 [Pan, M.]. (Ed.).", "Mukoh Takai (trans.)": a bracket after the
    // names says they edited or translated the work; "editor", "translator" or null.
    private string? RoleMarkAfterNames()
    {
        if (Run(FieldRole.Author) is not var (_, last))
        {
            return null;
        }

        for (var a = last + 1; a < Atoms.Count && a <= last + 2; a++)
        {
            var atom = Atoms[a];
            if (atom.Kind is not (AtomKind.Round or AtomKind.Square))
            {
                return null;
            }

            var note = InvariantCase.ToLower(line.Slice(atom.ContentStart, atom.ContentEnd).Trim());
            if (ReadingWords.Instance.Contains("editor", note) || ReadingWords.Instance.Contains("editor", note + "."))
            {
                return "editor";
            }

            if (ReadingWords.Instance.Contains("translator", note) || note is "trans" or "tr." or "tr")
            {
                return "translator";
            }
        }

        return null;
    }

    // APA corporate authors ("GitHub. (n.d.)") and GB/T ones ("W3C. 题名[EB/OL]"): one capitalised word where a person
    // would carry initials.
    private bool CorporateAuthor()
    {
        if (Run(FieldRole.Author) is not var (first, last) || first != last)
        {
            return false;
        }

        var next = last + 1 < Atoms.Count ? Atoms[last + 1] : default;
        return Atoms.Exists(a => a.Kind == AtomKind.TypeCode) || (last + 1 < Atoms.Count && next.Date >= 0);
    }

    private CitationDate? DateOf(FieldRole role)
    {
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (roles[a] == role && Atoms[a].Date >= 0)
            {
                for (var d = Atoms[a].Date; d < line.Dates.Count && line.Dates[d].End <= Atoms[a].ContentEnd; d++)
                {
                    if (!line.Dates[d].IsAccess || role == FieldRole.Accessed)
                    {
                        return line.Dates[d].Date;
                    }
                }
            }
        }

        return null;
    }

    private CitationDate? AccessDate()
    {
        foreach (var date in line.Dates)
        {
            if (date.IsAccess)
            {
                return date.Date;
            }
        }

        return DateOf(FieldRole.Accessed);
    }

    private string? FirstTypeCode()
    {
        foreach (var atom in Atoms)
        {
            if (atom.Kind == AtomKind.TypeCode)
            {
                return line.Slice(atom.ContentStart, atom.ContentEnd).Trim().ToUpperInvariant();
            }
        }

        return null;
    }

    // ---- The address ---------------------------------------------------------------------------------------------

    private Uri? PickUrl(out string? host)
    {
        host = null;
        var candidates = new List<(string Address, int Start, int End)>();
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (roles[a] == FieldRole.Url && Atoms[a].Url >= 0)
            {
                var url = line.Urls[Atoms[a].Url];
                candidates.Add((url.Address, url.Start, url.End));
            }
        }

        // The link the title is written in.
        for (var a = 0; a < Atoms.Count; a++)
        {
            if (roles[a] == FieldRole.Title && Atoms[a].Link >= 0 && line.Links[Atoms[a].Link].Address is { } linked)
            {
                candidates.Add((linked, Atoms[a].Start, Atoms[a].End));
                break;
            }
        }

        foreach (var url in line.Urls)
        {
            candidates.Add((url.Address, url.Start, url.End));
        }

        foreach (var link in line.Links)
        {
            if (link.Address is { } address && !IsWikiBackLink(address))
            {
                candidates.Add((address, link.Start, link.End));
            }
        }

        foreach (var (address, start, end) in candidates)
        {
            var candidate = address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + address : address;
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                var plain = PlainUrlHost.Of(candidate) ?? uri.Host;
                if (plain.Length > 0)
                {
                    host = plain;
                    return candidate == address ? uri : new Uri(address, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } written ? written : uri;
                }
            }

            if (address.StartsWith("http", StringComparison.OrdinalIgnoreCase) || address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.Reference.InvalidUrl, $"'{address}' is not a valid URL.", start, end - start);
            }
        }

        return null;
    }

    private static bool IsWikiBackLink(string address) => address.Contains("#cite_ref", StringComparison.Ordinal) || address.StartsWith('#');

    private string? FindDoi()
    {
        var text = line.Text.AsSpan(line.BodyStart, line.BodyEnd - line.BodyStart);
        var at = text.IndexOf("10.", StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = text[..at];
            if (before.EndsWith("doi:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("doi: ", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("doi.org/", StringComparison.OrdinalIgnoreCase) || before.EndsWith("DOI ", StringComparison.Ordinal))
            {
                var end = at;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('，' or '。' or ')' or '）' or ']'))
                {
                    end++;
                }

                var doi = text[at..end].TrimEnd(".,;").ToString();
                if (doi.Contains('/', StringComparison.Ordinal))
                {
                    return doi;
                }
            }

            var next = text[(at + 3)..].IndexOf("10.", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 3 + next;
        }

        return null;
    }

    // ---- Publisher -----------------------------------------------------------------------------------------------

    private PublisherRef? PickPublisher(string? named, bool siteAfterTitle, ImmutableArray<Contributor> authors, string? container, Uri? url, string? urlHost)
    {
        if (named is { Length: > 0 })
        {
            // A press or an organisation named as publisher is the publisher; so is a site named after the title, unless
            // an organisation wrote the work: its site is then the container, and the organisation the publisher.
            var written = contributors.ReadOrganization(named) ?? PublisherRef.Unresolved(named);
            if (!siteAfterTitle || !authors.Any(a => a.Organization is not null))
            {
                return written;
            }
        }

        foreach (var author in authors)
        {
            if (author.Organization is { } organization)
            {
                return organization;
            }
        }

        if (container is { Length: > 0 } && (publishers.Resolve(container) is { } known))
        {
            return known;
        }

        if (url is null)
        {
            return null;
        }

        var host = urlHost ?? url.Host;
        var original = ArchivedUrl.Original(url, host);
        if (publishers.ResolveUrl(original ?? url, original is null ? urlHost : null) is { } inferred)
        {
            if (original is null && ArchivedUrl.IsArchive(host))
            {
                return null;
            }

            Report(DiagnosticSeverity.Info, DiagnosticCodes.Reference.PublisherInferred, $"The publisher was inferred from the URL host '{host}'.", line.BodyStart, 0);
            return inferred;
        }

        return null;
    }

    // ---- Type and language ---------------------------------------------------------------------------------------

    private SourceType PickType(string? typeCode, Uri? url, LocalizedText? title, PublisherRef? publisher, string? container,
        ImmutableArray<Contributor> authors, ImmutableArray<Contributor> editors, CitationDate? issued, CitationDate? accessed)
    {
        TypeFacts = TypeFactsOf(typeCode, url, title, publisher, container, authors, editors, issued, accessed);
        if (ReferenceCategories.FromHeading(context.Category) == ReferenceCategory.Unknown && (types ?? TypeModel.Default).Predict(TypeModel.Features(TypeFacts)) is { } predicted)
        {
            var kind = Interchange.CslItemTypes.ToSourceType(predicted);

            // A law, rule or notice names itself so in its title (法, 条例, Act, Peraturan, Nghị định, พระราชบัญญัติ):
            // without such a word, the model's guess falls back to a plain document.
            if (kind == SourceType.Legislation && TypeFacts[TypeModel.LegislationFact] == 0)
            {
                kind = SourceType.Other;
            }

            // The model tells a report or a plain document from other kinds; who issued it tells a government's own
            // document from a research report (CSL writes both as "report", the finer kind as its genre).
            return kind is SourceType.ResearchReport or SourceType.Other && IsGovernment(publisher, authors) ? SourceType.GovernmentDocument : kind;
        }

        if (typeCode is { } code)
        {
            var main = code.Split('/')[0];
            return main switch
            {
                // GB/T 7714-2015 §4.1 and appendix B: the document type codes.
                "M" or "G" => SourceType.Book,
                "C" => SourceType.ConferencePaper,
                "J" => SourceType.JournalArticle,
                "N" => SourceType.NewsArticle,
                "R" => SourceType.ResearchReport,
                "D" => SourceType.Thesis,
                "S" => SourceType.Standard,
                "P" => SourceType.Patent,
                "CP" => SourceType.Software,
                "A" => SourceType.Collection,
                "CM" => SourceType.Map,
                "DB" or "DS" => SourceType.Dataset,
                "EB" or "OL" => SourceType.WebPage,
                _ => SourceType.Other,
            };
        }

        var isPress = (url is not null && url.OriginalString.Contains("/press", StringComparison.OrdinalIgnoreCase))
            || (title?.Text.Contains("プレスリリース", StringComparison.Ordinal) ?? false) || (title?.Text.Contains("报道发布", StringComparison.Ordinal) ?? false);
        switch (ReferenceCategories.FromHeading(context.Category))
        {
            case ReferenceCategory.Government:
                return isPress ? SourceType.PressRelease : SourceType.GovernmentDocument;
            case ReferenceCategory.Media:
                return SourceType.NewsArticle;
            case ReferenceCategory.ExpertCommentary:
                return SourceType.ExpertCommentary;
            case ReferenceCategory.Research:
                return SourceType.ResearchReport;
            case ReferenceCategory.Other:
                return url is not null ? SourceType.WebPage : SourceType.Other;
        }

        if (IsNewspaperName(container) || HasNewspaperEdition())
        {
            return SourceType.NewsArticle;
        }

        if (isPress)
        {
            return SourceType.PressRelease;
        }

        if (publisher?.Id is { } id)
        {
            switch (publishers.RoleOf(id))
            {
                case PublisherRole.Government:
                    return SourceType.GovernmentDocument;
                case PublisherRole.NewsMedia:
                    return SourceType.NewsArticle;
                case PublisherRole.Research:
                    return SourceType.ResearchReport;
            }
        }

        if (container is not null && HasLocator())
        {
            return SourceType.JournalArticle;
        }

        if (publisher is not null && ParsingData.EndsWithPublisherSuffix(publisher.Name) && container is null && url is null)
        {
            return SourceType.Book;
        }

        return url is not null ? SourceType.WebPage : SourceType.Other;
    }

    private bool IsGovernment(PublisherRef? publisher, ImmutableArray<Contributor> authors)
    {
        if (publisher?.Id is { } id)
        {
            return publishers.RoleOf(id) == PublisherRole.Government;
        }

        foreach (var author in authors)
        {
            if (author.Organization?.Id is { } authorId && publishers.RoleOf(authorId) == PublisherRole.Government)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page of a newspaper article after its edition: 2024年12月19日夕刊、1面.</summary>
    private string? NewspaperPage()
    {
        if (!HasNewspaperEdition())
        {
            return null;
        }

        foreach (var atom in Atoms)
        {
            var text = line.Slice(atom.ContentStart, atom.ContentEnd).Trim();
            if (text.Length >= 2 && text[^1] is '面' or '版' && text[..^1].All(char.IsDigit))
            {
                return text;
            }
        }

        return null;
    }

    private static readonly WordList JournalWords = new("journal", "学報", "学报", "學報", "期刊", "論文誌", "论文", "學刊", "学刊", "紀要", "Review", "Quarterly", "Bulletin", "Transactions", "Letters");

    private static readonly WordList ProceedingsWords = new("proceedings", "conference", "symposium", "workshop", "会議", "大会", "研究会", "シンポジウム", "会议", "研讨会", "年会", "論文集", "论文集");

    private static readonly WordList PageWords = new("pp.", "p.", "頁", "页", "ページ", "面");

    private static readonly WordList VolumeWords = new("巻", "卷", "期", "号", "號", "vol.", "no.");

    private static readonly WordList ThesisWords = new("論文", "学位", "thesis", "dissertation", "[D]");

    private static readonly WordList DegreeWords = new("碩士", "博士", "硕士", "修士", "thesis", "dissertation", "[D]");

    private static readonly WordList StandardWords = new("GB/T", "GB ", "ISO ", "JIS ", "IEC ", "ANSI");

    private static readonly WordList IsbnWords = new("ISBN");

    private static readonly WordList ConferenceWords = new("Conference", "Symposium", "Workshop", "Proceedings", "会議", "大会", "研究会", "会议", "研讨会", "[C]");

    private static readonly WordList MagazineWords = new("週刊", "月刊", "雑誌", "杂志", "雜誌", "Magazine", "Weekly");

    private static readonly WordList PatentWords = new("特許", "专利", "專利", "Patent", "patent", "[P]");

    private static readonly WordList DatasetWords = new("dataset", "Dataset", "データセット", "数据集", "資料集", "[DB", "[DS");

    private static readonly WordList PressReleaseWords = new("プレスリリース", "新闻稿", "新聞稿", "Press Release", "press release", "报道发布", "ニュースリリース");

    private static readonly WordList BlogWords = new("blog", "Blog", "ブログ", "博客", "部落格");

    private static readonly WordList NewspaperWords = new("新聞", "新闻", "日报", "日報", "時報", "时报", "News", "Times", "Shimbun", "通信社", "新聞社");

    private byte[] TypeFactsOf(string? typeCode, Uri? url, LocalizedText? title, PublisherRef? publisher, string? container,
        ImmutableArray<Contributor> authors, ImmutableArray<Contributor> editors, CitationDate? issued, CitationDate? accessed)
    {
        var words = ReadingWords.Instance;
        var body = line.Text.AsSpan(line.BodyStart, line.BodyEnd - line.BodyStart);
        var titleText = title?.Text ?? string.Empty;
        var f = new byte[TypeModel.FactCount];
        f[0] = typeCode?.Split('/')[0] switch
        {
            null => 0,
            "M" => 1,
            "J" => 2,
            "N" => 3,
            "R" => 4,
            "D" => 5,
            "S" => 6,
            "P" => 7,
            "C" => 8,
            "EB" or "OL" => 9,
            "A" or "G" => 10,
            "CP" => 11,
            "DB" or "DS" => 12,
            _ => 13,
        };
        f[1] = HostClass(url, publisher);
        f[2] = container is null ? (byte)0
            : JournalWords.IsIn(container) ? (byte)1
            : ProceedingsWords.IsIn(container) ? (byte)2
            : IsNewspaperName(container) ? (byte)3
            : words.Contains("site", container) || AtomFacts.MatchesHost(container, HostWords(url)) ? (byte)4 : (byte)5;
        var pages = PageWords.IsIn(body);
        var volume = HasLocator() || VolumeWords.IsIn(body);
        f[3] = (byte)((pages ? 1 : 0) + (volume ? 2 : 0));
        f[4] = publisher is null ? (byte)0
            : ParsingData.EndsWithPublisherSuffix(publisher.Name) ? (byte)1
            : publisher.Id is { } id ? publishers.RoleOf(id) switch { PublisherRole.Government => (byte)2, PublisherRole.NewsMedia => (byte)3, PublisherRole.Research => (byte)4, _ => (byte)5 }
            : (byte)6;
        var persons = authors.Count(a => a.Person is not null);
        f[5] = authors.IsEmpty ? (byte)0 : persons == authors.Length ? (byte)1 : persons == 0 ? (byte)2 : (byte)3;
        f[6] = (byte)(words.EndingLength("thesis", InvariantCase.ToLower(body.ToString())) > 0 || ThesisWords.IsIn(body) && DegreeWords.IsIn(body) ? 1 : 0);
        f[TypeModel.LegislationFact] = (byte)(words["legislation"].Any(w => w.Length > 1 ? titleText.Contains(w, StringComparison.OrdinalIgnoreCase) : titleText.EndsWith(w, StringComparison.Ordinal)) ? 1 : 0);
        f[8] = (byte)(words["report-word"].Any(w => titleText.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0);
        f[9] = (byte)(StandardWords.IsIn(body) || (line.Numbers.Count > 0 && typeCode == "S") ? 1 : 0);
        f[10] = (byte)(body.Contains(". In ", StringComparison.Ordinal) || body.Contains("。載於", StringComparison.Ordinal) || body.Contains("载于", StringComparison.Ordinal) || body.Contains("//", StringComparison.Ordinal) || body.StartsWith("In ", StringComparison.Ordinal) ? 1 : 0);
        f[11] = (byte)(editors.IsEmpty ? 0 : 1);
        f[12] = (byte)(accessed is null ? 0 : 1);
        f[13] = issued is null ? (byte)0 : issued.IsInterval ? (byte)4 : issued.Start.Precision switch { DatePrecision.Year => (byte)1, DatePrecision.Month => (byte)2, DatePrecision.Day => (byte)3, _ => (byte)4 };
        f[14] = (byte)(IsbnWords.IsIn(body) ? 1 : 0);
        f[15] = (byte)(FindDoi() is null ? 0 : 1);
        f[16] = (byte)(url is null ? 0 : 1);
        var language = DetectLanguage(titleText);
        f[17] = language switch { "ja" => (byte)0, "zh" or "zh-Hans" or "zh-Hant" => (byte)1, "en" => (byte)2, "ko" => (byte)3, _ => (byte)4 };
        f[18] = Run(FieldRole.Title) is var (first, _) ? Atoms[first].Kind switch
        {
            AtomKind.Corner => (byte)1,
            AtomKind.WhiteCorner => (byte)2,
            AtomKind.DoubleAngle => (byte)3,
            AtomKind.Angle => (byte)4,
            AtomKind.Quote or AtomKind.SingleQuote => (byte)5,
            _ => Atoms[first].Emphasis ? (byte)6 : (byte)0,
        } : (byte)0;
        f[19] = (byte)(ConferenceWords.IsIn(body) ? 1 : 0);
        f[20] = (byte)(MagazineWords.IsIn(body) ? 1 : 0);
        f[21] = (byte)(PatentWords.IsIn(body) ? 1 : 0);
        f[22] = (byte)(DatasetWords.IsIn(body) ? 1 : 0);
        f[23] = (byte)(PressReleaseWords.IsIn(body) || (url?.OriginalString.Contains("/press", StringComparison.OrdinalIgnoreCase) ?? false) ? 1 : 0);
        f[24] = (byte)(BlogWords.IsIn(body) ? 1 : 0);
        f[25] = (byte)(NewspaperWords.IsIn(body) ? 1 : 0);
        f[26] = (byte)(url?.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ?? false ? 1 : 0);
        (f[TypeModel.PathFact], f[TypeModel.DatedPathFact]) = PathClass(url);
        return f;
    }

    /// <summary>
    /// What the address's path says of the page — a post (/blog/, /posts/, /entry/), news (/news/, /article/), data
    /// (/dataset/, /data/), documentation (/docs/, /manual/), another page or the site's home — and whether it is dated (/2024/05/, /20240510_1.html),
    /// as blog engines and news sites lay out their addresses.
    /// </summary>
    private static (byte Kind, byte Dated) PathClass(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return (0, 0);
        }

        byte kind = 0;
        byte dated = 0;
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = InvariantCase.ToLower(segments[s]);
            var isLast = s == segments.Length - 1;
            byte segmentKind = segment switch
            {
                "blog" or "blogs" or "post" or "posts" or "entry" or "entries" or "diary" => 1,
                "news" or "article" or "articles" or "story" or "stories" or "newsroom" => 2,
                "dataset" or "datasets" or "data" or "opendata" => 3,
                "docs" or "doc" or "documentation" or "manual" or "reference" or "guide" or "api" => 4,
                _ => 0,
            };
            if (kind == 0 && segmentKind != 0 && !isLast)
            {
                kind = segmentKind;
            }

            if (IsYearSegment(segment) && s + 1 < segments.Length && segments[s + 1].Length is 1 or 2 && segments[s + 1].All(char.IsAsciiDigit))
            {
                dated = 1;
            }
            else if (segment.Length >= 8 && segment[..8].All(char.IsAsciiDigit) && IsYearSegment(segment[..4]))
            {
                dated = 1;
            }
        }

        if (kind == 0)
        {
            kind = segments.Length > 0 ? (byte)5 : (byte)6;
        }

        return (kind, dated);

        static bool IsYearSegment(string segment) => segment.Length == 4 && segment.All(char.IsAsciiDigit) && segment[0] is '1' or '2' && segment[..2] is "19" or "20";
    }

    private static List<string> HostWords(Uri? url)
    {
        var words = new List<string>();
        if (url is not null)
        {
            foreach (var part in url.Host.Split('.'))
            {
                if (part.Length >= 3 && part is not ("www" or "com" or "org" or "net"))
                {
                    words.Add(part);
                }
            }
        }

        return words;
    }

    private byte HostClass(Uri? url, PublisherRef? publisher)
    {
        if (url is null)
        {
            return 0;
        }

        var host = url.Host.ToLowerInvariant();
        var words = ReadingWords.Instance;
        bool On(string section) => words[section].Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
        if (On("host-code"))
        {
            return 1;
        }

        if (On("host-video"))
        {
            return 2;
        }

        if (On("host-blog"))
        {
            return 3;
        }

        if (On("host-forum"))
        {
            return 4;
        }

        if (On("host-academic"))
        {
            return 7;
        }

        if (On("host-wikipedia"))
        {
            return 8;
        }

        if (On("host-books"))
        {
            return 10;
        }

        if (host.StartsWith("docs.", StringComparison.Ordinal) || host.StartsWith("developer.", StringComparison.Ordinal) || url.AbsolutePath.Contains("/docs/", StringComparison.Ordinal))
        {
            return 9;
        }

        var owner = publishers.ResolveUrl(url) ?? publisher;
        if (owner?.Id is { } id)
        {
            switch (publishers.RoleOf(id))
            {
                case PublisherRole.NewsMedia:
                    return 5;
                case PublisherRole.Government:
                    return 6;
            }
        }

        return host.Contains(".go.", StringComparison.Ordinal) || host.EndsWith(".gov", StringComparison.Ordinal) || host.Contains(".gov.", StringComparison.Ordinal) ? (byte)6 : (byte)11;
    }

    private bool HasNewspaperEdition()
    {
        var words = ReadingWords.Instance;
        foreach (var atom in Atoms)
        {
            if (atom.Kind == AtomKind.Text && words.EndingLength("newspaper-edition", line.Slice(atom.ContentStart, atom.ContentEnd)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasLocator()
    {
        foreach (var atom in Atoms)
        {
            var text = line.Slice(atom.ContentStart, atom.ContentEnd);
            if (text.StartsWith("vol", StringComparison.OrdinalIgnoreCase) || text.StartsWith("no.", StringComparison.OrdinalIgnoreCase)
                || text.EndsWith('期') || text.EndsWith('卷') || text.EndsWith('巻') || text.StartsWith("pp", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNewspaperName(string? name) =>
        name is { Length: >= 2 } && (name.EndsWith("新聞", StringComparison.Ordinal) || name.EndsWith("新闻", StringComparison.Ordinal) || name.EndsWith("日报", StringComparison.Ordinal)
            || name.EndsWith("日報", StringComparison.Ordinal) || name.EndsWith("時報", StringComparison.Ordinal) || name.EndsWith("时报", StringComparison.Ordinal)
            || name.EndsWith("晚报", StringComparison.Ordinal) || name.EndsWith("晚報", StringComparison.Ordinal) || name.EndsWith("Times", StringComparison.Ordinal)
            || name.EndsWith("Shimbun", StringComparison.Ordinal) || name.EndsWith("Post", StringComparison.Ordinal) || name.EndsWith("青年报", StringComparison.Ordinal)
            || name.EndsWith("早报", StringComparison.Ordinal) || name.EndsWith("早報", StringComparison.Ordinal));

    private string? DetectLanguage(string? title)
    {
        // Thai, Vietnamese, Indonesian, …: by the title's own script, letters or words; else the line's.
        if ((title is null ? null : SoutheastAsianLanguage.Detect(title)) is { } southeastAsian)
        {
            return southeastAsian;
        }

        if (title is null && line.SoutheastAsianLanguage is { } lineSoutheastAsian)
        {
            return lineSoutheastAsian;
        }

        var counts = default(ScriptLanguage.Counts);
        var japaneseMarks = false;
        foreach (var atom in Atoms)
        {
            if (atom.Kind == AtomKind.Url)
            {
                continue;
            }

            var run = line.Text.AsSpan(atom.Start, atom.End - atom.Start);
            counts.Add(run);
            japaneseMarks |= atom.Kind is AtomKind.Corner or AtomKind.WhiteCorner;
        }

        var lineLanguage = counts.Decide(japaneseMarks ? "ja" : null);
        if (lineLanguage is "zh")
        {
            // Han text without telling characters takes its document's language: Chinese of that standard, or Japanese
            // (a kanji-only title in a Japanese document, 心理学統計法, is Japanese).
            lineLanguage = context.DocumentLanguage is { } document && (document.StartsWith("zh", StringComparison.Ordinal) || document is "ja" || document.StartsWith("ja-", StringComparison.Ordinal))
                ? document
                : "zh";
        }

        if (title is not null)
        {
            var titleLanguage = ScriptLanguage.Detect(title, lineLanguage is "en" ? null : lineLanguage);
            if (titleLanguage is not null and not "zh")
            {
                return titleLanguage;
            }
        }

        return lineLanguage;
    }

    private void Report(DiagnosticSeverity severity, string code, string message, int start, int length)
    {
        var from = line.Markup.SourceOffset(start);
        var to = line.Markup.SourceOffset(start + length);
        _diagnostics.Add(new Diagnostic(severity, code, message, context.SpanAt(from, Math.Max(0, to - from))));
    }
}
