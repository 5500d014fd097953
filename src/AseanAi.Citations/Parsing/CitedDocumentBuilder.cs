using System.Collections.Immutable;
using System.Text;
using AseanAi.Citations.Parsing.Internal;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Parsing;

/// <summary>
/// Builds a <see cref="CitedDocument"/> from the blocks a <see cref="DocumentReader"/> streams (or that you produce, for
/// example from a PDF's text): it follows the sections, recognises the reference list (参考文献, 參考文獻, 出典, References)
/// and its category headings, parses each reference, notes the publisher and date mentions of the body, and at
/// <see cref="Build"/> links the body to the references.
/// </summary>
/// <remarks>
/// The builder keeps the references and, per body sentence that names a publisher or a date, that sentence; with
/// <see cref="CitedDocumentOptions.KeepBodyText"/> off it keeps no other body text. It never throws for bad input.
/// An instance builds one document and is not thread-safe.
/// </remarks>
public sealed class CitedDocumentBuilder
{
    private const int MaxSentenceLength = 600;
    private const int LanguageSampleLength = 4000;
    private const int MinBodySample = 24;

    // A run of blocks between two headings is held until it ends, so that its shape can be judged as a whole; past these
    // bounds it is judged on what has come and the rest of the run follows that verdict, so memory stays bounded.
    private const int MaxRunBlocks = 2048;
    private const int MaxRunCharacters = 1 << 20;
    private const double ReferenceShapedShare = 0.6;

    private readonly CitedDocumentOptions _options;
    private readonly PublisherLookup _publishers;
    private readonly List<DocumentSection> _sections = [];
    private readonly List<CitedReference> _references = [];
    private readonly List<MentionSentence> _sentences = [];
    private readonly List<(string Id, string Text, SourceSpan Span)> _publisherMentions = [];
    private readonly StringBuilder _languageSample = new();
    private readonly StringBuilder _listSample = new();
    private readonly ImmutableArray<DocumentParagraph>.Builder _paragraphs = ImmutableArray.CreateBuilder<DocumentParagraph>();
    private readonly List<DocumentBlock> _run = [];
    private readonly List<ReferenceListDecision> _decisions = [];
    private int _runCharacters;
    private bool? _runVerdict;
    private DocumentSection _current = new();
    private string? _title;
    private string? _declaredLanguage;
    private bool _inReferences;
    private int _referenceLevel;
    private string? _category;
    private bool _built;

    /// <summary>Creates a builder with the default options.</summary>
    public CitedDocumentBuilder()
        : this(CitedDocumentOptions.Default)
    {
    }

    /// <summary>Creates a builder.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public CitedDocumentBuilder(CitedDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _publishers = options.Parser.Publishers;
    }

    /// <summary>Adds the next block of the document.</summary>
    /// <param name="block">The block.</param>
    /// <exception cref="ArgumentNullException"><paramref name="block"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called.</exception>
    public void Add(DocumentBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_built)
        {
            throw new InvalidOperationException("The document has been built; create a new builder for another document.");
        }

        _declaredLanguage ??= DeclaredLanguage.Normalize(block.Language);

        if (block.Kind == DocumentBlockKind.Heading)
        {
            FlushRun();
            _runVerdict = null;
            AddHeading(block);
            return;
        }

        _run.Add(block);
        _runCharacters += block.Text.Length;
        if (_run.Count >= MaxRunBlocks || _runCharacters >= MaxRunCharacters)
        {
            FlushRun();
        }
    }

    /// <summary>Finishes the document: links the body to the references.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called before.</exception>
    public CitedDocument Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The document has been built already.");
        }

        _built = true;
        FlushRun();
        CloseSection();
        var references = _references.ToImmutableArray();
        return new CitedDocument
        {
            Title = _title,
            Language = DocumentLanguage(),
            Sections = [.. _sections],
            References = references,
            Links = Link(references),
            UnbackedMentions = Unbacked(references),
            ListDecisions = [.. _decisions],
        };
    }

    private void AddHeading(DocumentBlock block)
    {
        var text = block.Text.Trim();
        var isReferenceHeading = ReferenceHeading.IsReferenceHeading(text);
        if (_title is null && block.Level <= 1 && _sections.Count == 0 && _paragraphs.Count == 0)
        {
            _title = text;
            AppendSample(text);
            if (!isReferenceHeading)
            {
                return;
            }
        }

        if (_inReferences && !isReferenceHeading)
        {
            var category = ReferenceCategories.FromHeading(text);
            var endsList = block.Level < _referenceLevel || (block.Level == _referenceLevel && category == ReferenceCategory.Unknown)
                || ReferenceHeading.IsClosingHeading(text);
            if (!endsList)
            {
                _category = text;
                StartSection(block, isReferenceList: true);
                return;
            }

            _inReferences = false;
            _category = null;
        }

        if (isReferenceHeading)
        {
            _inReferences = true;
            _referenceLevel = Math.Max(1, block.Level);
            _category = null;
            StartSection(block, isReferenceList: true);
            return;
        }

        StartSection(block, isReferenceList: false);
    }

    private void StartSection(DocumentBlock heading, bool isReferenceList)
    {
        CloseSection();
        _current = new DocumentSection { Heading = heading.Text.Trim(), Level = heading.Level, Span = heading.Span, IsReferenceList = isReferenceList };
    }

    private void CloseSection()
    {
        if (_current.Heading is not null || _paragraphs.Count > 0)
        {
            _sections.Add(_current with { Paragraphs = _paragraphs.ToImmutable() });
        }

        _paragraphs.Clear();
    }

    /// <summary>Judges the run of blocks since the last heading: a reference list (under a reference heading, or by the shape of its entries), footnotes, or body text.</summary>
    private void FlushRun()
    {
        if (_run.Count == 0)
        {
            return;
        }

        var entries = ReferenceListEntries.Join(_run);
        _run.Clear();
        _runCharacters = 0;

        if (_inReferences)
        {
            var taken = TakeList(entries, shapeOnly: false);
            _decisions.Add(new ReferenceListDecision(entries[0].Span, _current.Heading, entries.Count, taken, entries.Count(e => e.Shape.LooksLikeReference), ReferenceListReason.Heading));
            return;
        }

        var counted = 0;
        var shaped = 0;
        var footnotes = 0;
        var records = 0;
        var listItems = 0;
        foreach (var entry in entries)
        {
            if (entry.Shape.IsFootnote)
            {
                footnotes++;
                continue;
            }

            if (entry.Shape.IsSourceRecord)
            {
                records++;
                continue;
            }

            listItems += entry.Kind == DocumentBlockKind.ListItem ? 1 : 0;
            if (entry.Shape.IsEmpty || entry.Shape.IsBadge)
            {
                continue;
            }

            counted++;
            shaped += IsReferenceShaped(entry) ? 1 : 0;
        }

        var isList = _runVerdict ?? (shaped >= 2 && shaped >= ReferenceShapedShare * counted);
        _runVerdict = isList;
        if (isList)
        {
            var category = _category;
            _category = _current.Heading is { } heading && heading != _title ? heading : null;
            var taken = TakeList(entries, shapeOnly: true);
            _category = category;
            _decisions.Add(new ReferenceListDecision(entries[0].Span, _current.Heading, entries.Count, taken, shaped + footnotes, ReferenceListReason.Shape));
            return;
        }

        var footnotesTaken = 0;
        foreach (var entry in entries)
        {
            if (entry.Shape.IsFootnote)
            {
                AddReference(entry);
                footnotesTaken++;
                continue;
            }

            if (entry.Shape.IsSourceRecord)
            {
                AddReference(entry);
                continue;
            }

            foreach (var block in entry.Blocks)
            {
                AddBody(block);
            }
        }

        if (footnotesTaken > 0)
        {
            var first = entries.First(e => e.Shape.IsFootnote);
            _decisions.Add(new ReferenceListDecision(first.Span, _current.Heading, footnotes, footnotesTaken, footnotes, ReferenceListReason.Footnotes));
        }

        if (records > 0)
        {
            var first = entries.First(e => e.Shape.IsSourceRecord);
            _decisions.Add(new ReferenceListDecision(first.Span, _current.Heading, records, records, records, ReferenceListReason.SourceRecord));
        }

        if (listItems >= 2 || shaped >= 1)
        {
            var reason = counted < 2 ? ReferenceListReason.TooFewEntries : ReferenceListReason.EntriesNotReferences;
            var first = entries.First(e => !e.Shape.IsFootnote);
            _decisions.Add(new ReferenceListDecision(first.Span, _current.Heading, counted, 0, shaped, reason));
        }
    }

    /// <summary>
    /// Whether an entry outside any reference section looks like a reference: a list item that looks like one, or a
    /// paragraph with a link, a number label or a type code (a paragraph with only a date and title marks is body text
    /// that quotes and dates).
    /// </summary>
    private static bool IsReferenceShaped(ReferenceListEntry entry) =>
        entry.Shape.LooksLikeReference
        && (entry.Kind == DocumentBlockKind.ListItem || entry.Shape.HasUrl || entry.Shape.HasLabel || entry.Shape.HasTypeCode);

    /// <summary>Reads the entries of a reference list; category labels set the category, annotations and prose are left out.</summary>
    /// <returns>How many references were taken.</returns>
    private int TakeList(List<ReferenceListEntry> entries, bool shapeOnly)
    {
        // A list set wholly in bold (every entry **…**, linked or not) has no bold category labels: its bold names are entries.
        var items = entries.Count(e => e.Kind == DocumentBlockKind.ListItem && !e.Shape.IsEmpty);
        var boldItems = entries.Count(e => e.Kind == DocumentBlockKind.ListItem && e.Shape.IsBold);
        var boldList = !shapeOnly && boldItems >= 3 && boldItems >= ReferenceShapedShare * items && entries.Any(e => e.Shape.IsBold && e.Shape.HasUrl);
        var taken = 0;
        foreach (var entry in entries)
        {
            var shape = entry.Shape;
            if (shape.IsEmpty || shape.IsBadge)
            {
                continue;
            }

            if (shape.IsCategoryLabel && !shape.LooksLikeReference && !(boldList && shape.IsBold && entry.Kind == DocumentBlockKind.ListItem))
            {
                _category = ReferenceListEntries.LabelText(entry.Text);
                continue;
            }

            if (shape.IsNeverReference || (shapeOnly ? !IsReferenceShaped(entry) && entry.Kind != DocumentBlockKind.ListItem : !shape.LooksLikeReference && ReferenceListEntries.IsSentence(entry.Text) && !ReferenceListEntries.OpensWithTitle(entry.Text)))
            {
                AppendSample(_listSample, entry.Text);
                continue;
            }

            AddReference(entry);
            taken++;
        }

        return taken;
    }

    private void AddReference(ReferenceListEntry entry)
    {
        AppendSample(_listSample, entry.Text);
        var number = _references.Count + 1;
        var context = new ReferenceContext
        {
            Span = entry.Span,
            Category = _category,
            DocumentLanguage = DocumentLanguage(),
        };
        var result = _options.Parser.Parse(ReferenceListEntries.WithoutDescription(entry.Text), context);
        _references.Add(new CitedReference(number, result.Value!, ReferenceCategories.FromHeading(_category), result.Diagnostics));
    }

    private void AddBody(DocumentBlock block)
    {
        if (_options.KeepBodyText)
        {
            _paragraphs.Add(new DocumentParagraph(block.Text, block.Span));
        }

        AppendSample(block.Text);

        // One pass of each scanner over the whole paragraph, then the finds are shared out to its sentences.
        var text = block.Text;
        var dates = new List<DateHit>();
        ReferenceDates.Find(text, 0, text.Length, dates, runningText: true);
        dates.RemoveAll(hit => hit.IsYearOnly);
        var publishers = _publishers.FindMentions(text);
        if (dates.Count == 0 && publishers.Count == 0)
        {
            return;
        }

        // Both finds come in text order, so each sentence takes the next run of each list: linear in the paragraph,
        // whatever the number of sentences (a 5 MB paragraph of dated sentences must not become quadratic).
        dates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var nextDate = 0;
        var nextPublisher = 0;
        foreach (var (start, end) in Sentences(text))
        {
            var firstDate = nextDate;
            while (nextDate < dates.Count && dates[nextDate].Start < end)
            {
                nextDate++;
            }

            var firstPublisher = nextPublisher;
            while (nextPublisher < publishers.Count && publishers[nextPublisher].Start < end)
            {
                nextPublisher++;
            }

            if (firstDate == nextDate && firstPublisher == nextPublisher)
            {
                continue;
            }

            var sentenceDates = ImmutableArray.CreateBuilder<CitationDate>(nextDate - firstDate);
            for (var d = firstDate; d < nextDate; d++)
            {
                sentenceDates.Add(dates[d].Date);
            }

            var sentencePublishers = new List<PublisherMentionHit>(nextPublisher - firstPublisher);
            for (var p = firstPublisher; p < nextPublisher; p++)
            {
                sentencePublishers.Add(publishers[p]);
            }

            var length = Math.Min(end - start, MaxSentenceLength);
            var span = new SourceSpan(block.Span.Offset + start, length, block.Span.Line, block.Span.Column + start);
            foreach (var mention in sentencePublishers)
            {
                var at = mention.Start - start;
                _publisherMentions.Add((mention.Id, mention.Name, new SourceSpan(span.Offset + at, mention.Length, span.Line, span.Column + at)));
            }

            _sentences.Add(new MentionSentence(text.Substring(start, length), span, sentenceDates.MoveToImmutable(), [.. sentencePublishers.Select(p => p.Id)]));
        }
    }

    private void AppendSample(string text) => AppendSample(_languageSample, text);

    private static void AppendSample(StringBuilder sample, string text)
    {
        if (sample.Length < LanguageSampleLength)
        {
            sample.Append(text.AsSpan(0, Math.Min(text.Length, LanguageSampleLength - sample.Length))).Append('\n');
        }
    }

    /// <summary>
    /// The language the document declares, unless its script plainly says otherwise (see <see cref="DeclaredLanguage.Choose"/>);
    /// else that of the body; where the body is too short to tell (a file that is only a list), of the body and the lists together.
    /// </summary>
    private string? DocumentLanguage()
    {
        var sample = _languageSample.Length >= MinBodySample || _listSample.Length == 0
            ? _languageSample.ToString()
            : _languageSample.ToString() + _listSample.ToString();
        var detected = ScriptLanguage.Detect(sample);

        // Thai, Lao, Khmer and Burmese text has none of the letters ScriptLanguage counts; Vietnamese, Indonesian, Malay
        // and Filipino text reads as English to it.
        if (detected is null or "en")
        {
            detected = SoutheastAsianLanguage.Detect(sample) ?? detected;
        }

        return DeclaredLanguage.Choose(_declaredLanguage, detected);
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                if (i + 1 > start)
                {
                    yield return (start, i + 1);
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    // ---- Linking --------------------------------------------------------------------------------------------------

    private ImmutableArray<ReferenceLink> Link(ImmutableArray<CitedReference> references)
    {
        var links = ImmutableArray.CreateBuilder<ReferenceLink>();
        var titleKeys = references.Select(r => r.Citation.Title is { } title ? ScriptFolding.Key(title.Text) : string.Empty).ToArray();
        var issuers = references.Select(IssuerIds).ToArray();

        // References by the year of their date, so that a sentence is compared only with references of its years.
        var byYear = new Dictionary<int, List<int>>();
        for (var r = 0; r < references.Length; r++)
        {
            if (references[r].Citation.Issued is { } issued)
            {
                if (!byYear.TryGetValue(issued.Start.Year, out var list))
                {
                    byYear[issued.Start.Year] = list = [];
                }

                list.Add(r);
            }
        }

        var scored = new List<(int Index, int Score, LinkEvidence Evidence)>();
        var candidates = new SortedSet<int>();
        foreach (var sentence in _sentences)
        {
            candidates.Clear();
            foreach (var date in sentence.Dates)
            {
                if (byYear.TryGetValue(date.Start.Year, out var list))
                {
                    candidates.UnionWith(list);
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var key = ScriptFolding.Key(sentence.Text);
            var best = 0;
            scored.Clear();
            foreach (var r in candidates)
            {
                var issued = references[r].Citation.Issued;
                var dateScore = issued is null ? 0 : sentence.Dates.Max(date => DateAgreement(date, issued));
                if (dateScore < 2)
                {
                    continue;
                }

                var evidence = LinkEvidence.Date;
                var score = dateScore;
                if (sentence.PublisherIds.Any(issuers[r].Contains))
                {
                    evidence |= LinkEvidence.Publisher;
                    score += 2;
                }

                var common = LongestCommonSubstring(key, titleKeys[r]);
                if (common >= 4)
                {
                    evidence |= LinkEvidence.Title;
                    score += common >= 8 ? 3 : 2;
                }

                if (evidence == LinkEvidence.Date)
                {
                    continue;
                }

                scored.Add((r, score, evidence));
                best = Math.Max(best, score);
            }

            foreach (var (index, score, evidence) in scored)
            {
                if (score == best)
                {
                    links.Add(new ReferenceLink(references[index].Number, sentence.Text, sentence.Span, evidence));
                }
            }
        }

        return links.ToImmutable();
    }

    private ImmutableArray<UnbackedMention> Unbacked(ImmutableArray<CitedReference> references)
    {
        var backed = new HashSet<string>(references.SelectMany(IssuerIds), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<UnbackedMention>();
        foreach (var (id, text, span) in _publisherMentions)
        {
            if (!backed.Contains(id) && seen.Add(id))
            {
                result.Add(new UnbackedMention(id, text, span));
            }
        }

        return result.ToImmutable();
    }

    private static HashSet<string> IssuerIds(CitedReference reference)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (reference.Citation.Publisher?.Id is { } publisher)
        {
            ids.Add(publisher);
        }

        foreach (var author in reference.Citation.Authors)
        {
            if (author.Organization?.Id is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>3 when the days agree, 2 when one date lies within the other's month, 1 within its year, else 0.</summary>
    private static int DateAgreement(CitationDate mention, CitationDate reference)
    {
        var a = mention.Start;
        var b = reference.Start;
        if (a.Year != b.Year)
        {
            return 0;
        }

        if (a.Month is null || b.Month is null)
        {
            return 1;
        }

        if (a.Month != b.Month)
        {
            return 0;
        }

        if (a.Day is not null && b.Day is not null)
        {
            return a.Day == b.Day ? 3 : 0;
        }

        return 2;
    }

    /// <summary>The length of the longest common substring of two short keys (dynamic programming over one row).</summary>
    private static int LongestCommonSubstring(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        var best = 0;
        foreach (var c in a)
        {
            for (var j = b.Length; j >= 1; j--)
            {
                row[j] = b[j - 1] == c ? row[j - 1] + 1 : 0;
                best = Math.Max(best, row[j]);
            }
        }

        return best;
    }

    private sealed record MentionSentence(string Text, SourceSpan Span, ImmutableArray<CitationDate> Dates, ImmutableArray<string> PublisherIds);
}
