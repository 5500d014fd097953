using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Reads RIS files into citations; see <see cref="Ris"/>.</summary>
internal sealed class RisReader
{
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal)
    {
        "TY", "ER", "ID", "TI", "T1", "CT", "BT", "T2", "JO", "JF", "JA", "J2", "AU", "A1", "A2", "ED", "A4", "PB", "CY",
        "PY", "Y1", "DA", "Y2", "VL", "IS", "SP", "EP", "M1", "M3", "UR", "DO", "LA", "N1", "U1", "SO",
    };

    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private RisReader(string text)
    {
        _text = text;
        _lines = new LineIndex(text);
    }

    /// <summary>Whether a line is a tag line: two characters (a capital letter, then a capital or a digit), spaces, a hyphen.</summary>
    public static bool IsTagLine(ReadOnlySpan<char> line)
    {
        if (line.Length < 5 || !char.IsAsciiLetterUpper(line[0]) || !(char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1])) || line[2] != ' ')
        {
            return false;
        }

        // "XX  - value" as the specification writes it; "XX - value" as some exporters do.
        var dash = line[3] == ' ' ? 4 : 3;
        return line.Length > dash && line[dash] == '-' && (line.Length == dash + 1 || line[dash + 1] == ' ');
    }

    public static ParseResult<IReadOnlyList<Citation>> Read(string text)
    {
        var reader = new RisReader(text);
        var citations = reader.ReadAll();
        return ParseResult.FromValue<IReadOnlyList<Citation>>(citations, reader._diagnostics.ToImmutable());
    }

    private void Report(DiagnosticSeverity severity, string code, string message, int offset, int length) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, _lines.ClampedSpanOf(offset, length)));

    private ImmutableArray<Citation> ReadAll()
    {
        var citations = ImmutableArray.CreateBuilder<Citation>();
        Record? record = null;
        Field? last = null;
        var strayReported = false;
        var position = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
        while (position < _text.Length)
        {
            var end = _text.IndexOf('\n', position);
            var next = end < 0 ? _text.Length : end + 1;
            var lineEnd = end < 0 ? _text.Length : end;
            if (lineEnd > position && _text[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            var line = _text.AsSpan(position, lineEnd - position);
            if (IsTagLine(line))
            {
                var tag = line[..2].ToString();
                var valueStart = line.IndexOf('-') + 1;
                var value = line[valueStart..].Trim().ToString();
                if (tag == "TY")
                {
                    if (record is not null)
                    {
                        Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.MissingEr, "The record before this one does not end with 'ER  - '; kept it.", record.Offset, 2);
                        Finish(record, citations);
                    }

                    record = new Record(value, position);
                    last = null;
                    strayReported = false;
                }
                else if (tag == "ER")
                {
                    if (record is null)
                    {
                        Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.StrayEr, "'ER' without a record before it.", position, line.Length);
                    }
                    else
                    {
                        Finish(record, citations);
                    }

                    record = null;
                    last = null;
                }
                else if (record is null)
                {
                    if (!strayReported)
                    {
                        Report(DiagnosticSeverity.Error, DiagnosticCodes.Ris.OutsideRecord, $"'{tag}' stands outside a record (no 'TY' before it); skipped the lines up to the next 'TY'.", position, line.Length);
                        strayReported = true;
                    }
                }
                else
                {
                    last = new Field(tag, value, position);
                    record.Fields.Add(last);
                }
            }
            else if (record is not null && last is not null)
            {
                // A continuation line: multi-line values (abstracts, notes) as EndNote and Zotero write them.
                last.Value = last.Value + "\n" + line.TrimEnd().ToString();
            }
            else if (!line.IsWhiteSpace())
            {
                if (record is null && !strayReported)
                {
                    Report(DiagnosticSeverity.Error, DiagnosticCodes.Ris.OutsideRecord, "Text outside a record (no 'TY' before it); skipped the lines up to the next 'TY'.", position, line.Length);
                    strayReported = true;
                }
                else if (record is not null)
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.NotATag, "The line is not a tag line ('XX  - value') and follows no field; skipped it.", position, line.Length);
                }
            }

            position = next;
        }

        if (record is not null)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.MissingEr, "The last record does not end with 'ER  - '; kept it.", record.Offset, 2);
            Finish(record, citations);
        }

        return citations.ToImmutable();
    }

    private void Finish(Record record, ImmutableArray<Citation>.Builder citations)
    {
        foreach (var field in record.Fields)
        {
            field.Value = field.Value.TrimEnd('\n', ' ');
        }

        if (record.Type.Length == 0)
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.Ris.MissingType, "The record's 'TY' has no reference type; skipped the record.", record.Offset, 2);
            return;
        }

        citations.Add(new RecordMapper(this, record).Map());
    }

    private sealed class Field(string tag, string value, int offset)
    {
        public string Tag { get; } = tag;

        public string Value { get; set; } = value;

        public int Offset { get; } = offset;
    }

    private sealed class Record(string type, int offset)
    {
        public string Type { get; } = type;

        public int Offset { get; } = offset;

        public List<Field> Fields { get; } = [];
    }

    private sealed class RecordMapper(RisReader reader, Record record)
    {
        private readonly Dictionary<string, JsonElement> _custom = new(StringComparer.Ordinal);
        private readonly List<JsonDocument> _documents = [];

        public Citation Map()
        {
            try
            {
                return MapCore();
            }
            finally
            {
                foreach (var document in _documents)
                {
                    document.Dispose();
                }
            }
        }

        private Citation MapCore()
        {
            var found = new List<(int Offset, ExtraField Field, string Written)>();
            ReadCustomLines(found);
            // SO (source) is the container only when no container tag gives one; else it is kept as an extra field.
            var typeIsBook = record.Type.ToUpperInvariant() is "BOOK" or "EBOOK" or "EDBOOK";
            var soIsContainer = First("T2", "JF", "JO", "JA", "J2") is null && (typeIsBook || First("BT") is null);
            // A tag the model has no place for is one extra field however often it comes (A3, KW), its values one per line
            // in the order of the file, so that formats with one value per field (BibTeX) keep them all. SN holds an ISBN
            // or an ISSN (RIS specification); an ISSN is told by its form, NNNN-NNNC, line by line.
            List<(Field Field, string Name)>? unplaced = null;
            foreach (var field in record.Fields)
            {
                if (!KnownTags.Contains(field.Tag) || (field.Tag == "SO" && !soIsContainer))
                {
                    var name = field.Tag == "SN" && RisFields.IsIssnList(field.Value) ? ExtraFieldNames.Issn : ExtraFieldNames.Canonical(field.Tag);
                    (unplaced ??= []).Add((field, name));
                }
            }

            foreach (var group in unplaced?.GroupBy(f => f.Name, StringComparer.Ordinal) ?? [])
            {
                var first = group.First().Field;
                found.Add((first.Offset, new ExtraField(group.Key, string.Join("\n", group.Select(f => f.Field.Value))), first.Tag));
            }

            var (url, otherUrls) = ReadUrls();
            if (otherUrls is { } others)
            {
                found.Add((others.Offset, new ExtraField("UR", others.Text), "UR"));
            }

            // In the order of the lines, as writers give them back.
            found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var extras = found.Select(f => f.Field).ToImmutableArray();
            if (extras.Length > 0)
            {
                var names = found.Select(f => f.Written).Distinct();
                Report(DiagnosticSeverity.Info, DiagnosticCodes.Ris.ExtraFields, $"The model has no place for {string.Join(", ", names)}; kept them as extra fields.");
            }

            var typeName = record.Type.ToUpperInvariant();
            if (!ItemTypes.IsKnown(TypeFormat.Ris, typeName))
            {
                Report(DiagnosticSeverity.Info, DiagnosticCodes.Ris.UnknownType, $"'{record.Type}' is not an RIS reference type; read it as GEN.");
            }

            var genreField = First("M3");
            var (type, genre) = ItemTypes.Read(TypeFormat.Ris, typeName, null, genreField);
            if (CustomString(CustomFields.SourceType) is { } customType && Codec.SourceType(customType, TypeFormat.Ris, typeName, "TY " + record.Type) is { } exact)
            {
                type = exact;
                genre = genreField;
            }

            var language = ReadLanguage();
            return new Citation
            {
                Id = First("ID"),
                Type = type,
                Genre = genre,
                Language = language,
                Title = ReadText(First("TI", "T1", "CT") ?? (typeName is "BOOK" or "EBOOK" or "EDBOOK" ? First("BT") : null), language, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations),
                ContainerTitle = ReadText(First("T2", "JF", "JO", "JA", "J2") ?? (typeName is "BOOK" or "EBOOK" or "EDBOOK" ? null : First("BT")) ?? First("SO"), language, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations),
                Authors = ReadNames(CustomFields.Authors, "AU", "A1"),
                // A3 is the tertiary author, a series editor for EndNote and Zotero, not an editor of the work; kept as extra field.
                Editors = ReadNames(CustomFields.Editors, "A2", "ED"),
                Translators = ReadNames(CustomFields.Translators, "A4"),
                Publisher = ReadPublisher(),
                PublisherPlace = First("CY"),
                Issued = ReadIssued(),
                Accessed = ReadDate(First("Y2"), "Y2", null, CustomFields.AccessedEdtf, CustomFields.AccessedText),
                Volume = First("VL"),
                Issue = First("IS"),
                Page = ReadPages(),
                Number = First("M1"),
                Url = url,
                Doi = ReadDoi(),
                Note = ReadNote(),
                Category = CustomString(CustomFields.Category),
                ExtraFields = extras,
                RawText = CustomString(CustomFields.RawText),
                Span = ReadSpan(),
            };
        }

        private void Report(DiagnosticSeverity severity, string code, string message, Field? field = null)
        {
            var text = $"TY {record.Type} record: {message}";
            if (field is null)
            {
                reader.Report(severity, code, text, record.Offset, 2);
            }
            else
            {
                reader.Report(severity, code, text, field.Offset, 2);
            }
        }

        private void Ignore(string key, string why) =>
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.CustomIgnored, $"U1 '{key}' {why}; ignored it.");

        private Field? FieldOf(string tag) => record.Fields.Find(f => f.Tag == tag);

        private string? First(params string[] tags)
        {
            foreach (var tag in tags)
            {
                if (FieldOf(tag) is { Value.Length: > 0 } field)
                {
                    return field.Value;
                }
            }

            return null;
        }

        private void ReadCustomLines(List<(int Offset, ExtraField Field, string Written)> extras)
        {
            foreach (var field in record.Fields)
            {
                if (field.Tag != "U1")
                {
                    continue;
                }

                var colon = field.Value.IndexOf(": ", StringComparison.Ordinal);
                var key = colon > 0 ? field.Value[..colon] : null;
                if (key is null || !IsCustomKey(key))
                {
                    // Another tool's U1 line, or an extra field this library wrote as "name: \"value\"".
                    if (key is not null && NativeJsonParts.TryParse(field.Value[(colon + 2)..], out var extraDocument, out _)
                        && extraDocument!.RootElement.ValueKind == JsonValueKind.String)
                    {
                        extras.Add((field.Offset, new ExtraField(ExtraFieldNames.Canonical(key), extraDocument.RootElement.GetString()!), "U1 " + key));
                        extraDocument.Dispose();
                    }
                    else
                    {
                        extras.Add((field.Offset, new ExtraField("U1", field.Value), "U1"));
                    }

                    continue;
                }

                if (NativeJsonParts.TryParse(field.Value[(colon + 2)..], out var document, out var error))
                {
                    _documents.Add(document!);
                    _custom[key] = document!.RootElement;
                }
                else
                {
                    Ignore(key, "is " + error);
                }
            }
        }

        private static string MarkupKey(string translationsKey) =>
            translationsKey == CustomFields.TitleTranslations ? CustomFields.TitleMarkup : CustomFields.ContainerTitleMarkup;

        private static bool IsCustomKey(string key) => key is CustomFields.SourceType or CustomFields.TitleLanguage or CustomFields.TitleTranslations
            or CustomFields.TitleTransliterations or CustomFields.ContainerTitleLanguage or CustomFields.ContainerTitleTranslations
            or CustomFields.ContainerTitleTransliterations or CustomFields.Authors or CustomFields.Editors or CustomFields.Translators
            or CustomFields.Publisher or CustomFields.IssuedEdtf or CustomFields.IssuedText or CustomFields.AccessedEdtf
            or CustomFields.AccessedText or CustomFields.Note or CustomFields.Category or CustomFields.RawText or CustomFields.SourceSpan
            or CustomFields.TitleMarkup or CustomFields.ContainerTitleMarkup;

        private string? CustomString(string key)
        {
            if (!_custom.TryGetValue(key, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Ignore(key, "must be a JSON string");
            return null;
        }

        private string? ReadLanguage()
        {
            if (FieldOf("LA") is not { } field)
            {
                return null;
            }

            var tag = RisFields.ParseLanguage(field.Value);
            if (tag is null)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.InvalidLanguage, $"LA holds '{field.Value}', which is not a language this reader knows; ignored it.", field);
            }

            return tag;
        }

        private JsonElement? Custom(string key) => _custom.TryGetValue(key, out var value) ? value : null;

        private CustomFieldCodec? _codec;

        // One delegate per entry, not one per custom field.
        private CustomFieldCodec Codec => _codec ??= new(Ignore);

        private LocalizedText? ReadText(string? text, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey) =>
            text is null
                ? null
                : Codec.Text(Codec.Markup(text, MarkupKey(translationsKey), CustomString(MarkupKey(translationsKey))), itemLanguage, languageKey, CustomFieldCodec.LanguageText(Custom(languageKey)), translationsKey, Custom(translationsKey), transliterationsKey, Custom(transliterationsKey));

        private ImmutableArray<Contributor> ReadNames(string customKey, params string[] tags)
        {
            var builder = ImmutableArray.CreateBuilder<Contributor>();
            foreach (var field in record.Fields)
            {
                if (Array.IndexOf(tags, field.Tag) >= 0 && RisFields.ParseName(field.Value) is { } contributor)
                {
                    builder.Add(contributor);
                }
            }

            var names = builder.ToImmutable();
            return Custom(customKey) is { } custom ? Codec.Contributors(customKey, custom, names, $"the {tags[0]} lines", RisFields.FormatName) : names;
        }

        private PublisherRef? ReadPublisher()
        {
            var name = First("PB");
            if (name is null)
            {
                return null;
            }

            return Codec.Publisher(Custom(CustomFields.Publisher), name, "PB");
        }

        private CitationDate? ReadIssued()
        {
            var py = FieldOf("PY") ?? FieldOf("Y1");
            int? year = null;
            CitationDate? fromPy = null;
            if (py is not null)
            {
                if (RisFields.TryParseDate(py.Value, null, out var parsed))
                {
                    fromPy = parsed;
                    year = parsed.Start.Year;
                }
                else
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.InvalidDate, $"{py.Tag} holds '{py.Value}', which is not a date; ignored it.", py);
                }
            }

            var da = FieldOf("DA");
            var date = da is null ? null : ReadDate(da.Value, "DA", year, null, null);
            if (date is not null && year is not null && date.Start.Year != year)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.ConflictingDates, $"DA ({da!.Value}) and {py!.Tag} ({py.Value}) give different years; kept DA.", da);
            }

            date ??= fromPy;
            return ApplyDateCustom(date, CustomFields.IssuedEdtf, CustomFields.IssuedText);
        }

        private CitationDate? ReadDate(string? value, string tag, int? year, string? edtfKey, string? textKey)
        {
            if (value is null)
            {
                return null;
            }

            if (!RisFields.TryParseDate(value, year, out var date))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.InvalidDate, $"{tag} holds '{value}', which is not a date; ignored it.", FieldOf(tag));
                return null;
            }

            return edtfKey is null ? date : ApplyDateCustom(date, edtfKey, textKey!);
        }

        private CitationDate? ApplyDateCustom(CitationDate? date, string edtfKey, string textKey)
        {
            if (date is null)
            {
                return null;
            }

            if (_custom.TryGetValue(edtfKey, out var edtf))
            {
                if (edtf.ValueKind != JsonValueKind.String || !CitationDate.TryParseEdtf(edtf.GetString(), out var exact))
                {
                    Ignore(edtfKey, "is not EDTF");
                }
                else if (!InterchangeDates.SameParts(new CitationDate(exact.Start), date))
                {
                    Ignore(edtfKey, "disagrees with the date");
                }
                else
                {
                    date = exact;
                }
            }

            return CustomString(textKey) is { } text ? date.WithOriginalText(text) : date;
        }

        private string? ReadPages()
        {
            var start = First("SP");
            var end = First("EP");
            return (start, end) switch
            {
                (null, null) => null,
                (not null, null) => start,
                (null, not null) => end,
                _ => start + "-" + end,
            };
        }

        /// <summary>
        /// The first absolute URL of the UR lines, and the rest of their text: further URLs (EndNote lists several, on
        /// continuation lines or separated by spaces) and values that are no URL (EndNote's <c>&lt;Go to ISI&gt;://WOS:…</c>),
        /// kept as the extra field UR, one per line, so that nothing is dropped.
        /// </summary>
        private (Uri? Url, (int Offset, string Text)? Others) ReadUrls()
        {
            Uri? url = null;
            Field? bad = null;
            var others = new List<string>();
            var offset = -1;
            foreach (var field in record.Fields.Where(f => f.Tag == "UR"))
            {
                foreach (var line in field.Value.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // Several URLs on a line are several values; a line with anything else in it is one value.
                    var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var uris = new Uri?[words.Length];
                    for (var i = 0; i < words.Length; i++)
                    {
                        if (!Uri.TryCreate(words[i], UriKind.Absolute, out uris[i]))
                        {
                            (words, uris) = ([line], [null]);
                            break;
                        }
                    }

                    for (var i = 0; i < words.Length; i++)
                    {
                        if (url is null && uris[i] is { } uri)
                        {
                            url = uri;
                            continue;
                        }

                        if (uris[i] is null)
                        {
                            bad ??= field;
                        }

                        offset = offset < 0 ? field.Offset : offset;
                        others.Add(words[i]);
                    }
                }
            }

            if (bad is not null)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ris.InvalidUrl, $"UR holds '{bad.Value}', which is not an absolute URL; kept it as the extra field UR.", bad);
            }

            return (url, others.Count == 0 ? null : (offset, string.Join("\n", others)));
        }

        private string? ReadDoi() => First("DO") is { } doi ? DoiText.Bare(doi) : null;

        private string? ReadNote()
        {
            if (CustomString(CustomFields.Note) is { } exact)
            {
                return exact;
            }

            var notes = record.Fields.Where(f => f.Tag == "N1" && f.Value.Length > 0).Select(f => f.Value).ToList();
            return notes.Count == 0 ? null : string.Join("\n", notes);
        }

        private SourceSpan? ReadSpan() => Codec.Span(Custom(CustomFields.SourceSpan));
    }
}
