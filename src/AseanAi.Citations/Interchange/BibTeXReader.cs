using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Reads BibTeX and BibLaTeX files into citations; see <see cref="BibTeX"/>.</summary>
internal sealed class BibTeXReader
{
    // Fields read as written: URLs and DOIs are verbatim in BibLaTeX, and the custom JSON fields are JSON.
    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal)
    {
        "url", "doi", "date", "urldate", "year", "month", "day", "eprint", "file",
        CustomFields.IssuedEdtf, CustomFields.TitleLanguage, CustomFields.ContainerTitleLanguage,
        CustomFields.TitleTranslations, CustomFields.TitleTransliterations,
        CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations,
        CustomFields.Authors, CustomFields.Editors, CustomFields.Translators, CustomFields.Publisher, CustomFields.SourceSpan,
    };

    // Fields the reader uses; any other field is reported once per entry as having no place in the model.
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "author", "editor", "translator", "title", "journaltitle", "journal", "booktitle", "entrysubtype", "publisher",
        "institution", "organization", "school", "location", "address", "date", "year", "month", "day", "urldate", "volume",
        "number", "issue", "pages", "url", "doi", "langid", "language", "hyphenation", "note", "howpublished", "type",
        ReadingFields.JTitle,
        CustomFields.CitationId, CustomFields.SourceType, CustomFields.LanguageTag, CustomFields.TitleLanguage,
        CustomFields.TitleTranslations, CustomFields.TitleTransliterations, CustomFields.ContainerTitleLanguage,
        CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations, CustomFields.Authors,
        CustomFields.Editors, CustomFields.Translators, CustomFields.Publisher, CustomFields.IssuedEdtf, CustomFields.IssuedText,
        CustomFields.AccessedText, CustomFields.DocumentNumber, CustomFields.Category, CustomFields.RawText, CustomFields.SourceSpan,
        CustomFields.TitleMarkup, CustomFields.ContainerTitleMarkup,
    };

    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly StringBuilder _value = new();
    private int _position;

    private BibTeXReader(string text)
    {
        _text = text;
        _lines = new LineIndex(text);
        for (var month = 1; month <= 12; month++)
        {
            _macros[Dates.EnglishDateWords.MonthAbbreviation(month)] = month.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static ParseResult<IReadOnlyList<Citation>> Read(string text)
    {
        var reader = new BibTeXReader(text);
        var citations = reader.ReadAll();
        return ParseResult.FromValue<IReadOnlyList<Citation>>(citations, reader._diagnostics.ToImmutable());
    }

    private ImmutableArray<Citation> ReadAll()
    {
        var citations = ImmutableArray.CreateBuilder<Citation>();
        while (true)
        {
            var at = _text.IndexOf('@', _position);
            if (at < 0)
            {
                break;
            }

            _position = at;
            var entry = ReadBlock();
            if (entry is not null)
            {
                var citation = new EntryMapper(this, entry).Map();
                citations.Add(citation);
            }
        }

        return citations.ToImmutable();
    }

    private void Report(DiagnosticSeverity severity, string code, string message, int offset, int length) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, _lines.ClampedSpanOf(offset, length)));

    /// <summary>Reads one @-block; returns the entry, or null for @comment, @preamble, @string and bad blocks.</summary>
    private Entry? ReadBlock()
    {
        var start = _position;
        _position++;

        // BibTeX allows white space between @ and the type (@\n MaNuAl (key, …)); text that only looks so stays comment.
        var afterSpace = _position;
        while (afterSpace < _text.Length && char.IsWhiteSpace(_text[afterSpace]))
        {
            afterSpace++;
        }

        if (afterSpace > _position && LooksLikeEntry(afterSpace - 1))
        {
            _position = afterSpace;
        }

        var typeStart = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '-'))
        {
            _position++;
        }

        var type = _text[typeStart.._position].ToLowerInvariant();
        if (type.Length == 0)
        {
            // A lone @ outside an entry is comment text, as in BibTeX.
            return null;
        }

        SkipWhiteSpace();
        if (_position >= _text.Length || _text[_position] is not ('{' or '('))
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.BibTeX.Syntax, $"Expected '{{' or '(' after '@{type}'; skipped to the next entry.", start, _position - start);
            return null;
        }

        var close = _text[_position] == '{' ? '}' : ')';
        var open = _position;
        _position++;
        if (type is "comment" or "preamble")
        {
            SkipBalanced(open, close);
            return null;
        }

        try
        {
            if (type == "string")
            {
                ReadFields(close, out var definitions);
                foreach (var field in definitions)
                {
                    _macros[field.Name] = field.Value;
                }

                return null;
            }

            SkipWhiteSpace();
            var keyStart = _position;
            while (_position < _text.Length && _text[_position] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }

            var key = _text[keyStart.._position];
            SkipWhiteSpace();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
            }

            ReadFields(close, out var fields);
            if (key.Length == 0)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.MissingKey, $"The @{type} entry has no citation key.", start, 1);
            }
            else if (!_keys.Add(key))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.DuplicateKey, $"The key '{key}' is used by an earlier entry too.", keyStart, key.Length);
            }

            return new Entry(type, key, fields, start, _position - start);
        }
        catch (FormatException exception)
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.BibTeX.Syntax, exception.Message + " Skipped the entry.", _position, 1);
            SkipToNextEntry(start);
            return null;
        }
    }

    private void ReadFields(char close, out List<Field> fields)
    {
        fields = [];
        while (true)
        {
            SkipWhiteSpaceAndComments();
            if (_position >= _text.Length)
            {
                throw new FormatException($"The entry is not closed with '{close}'.");
            }

            var c = _text[_position];
            if (c == close)
            {
                _position++;
                return;
            }

            if (c == ',')
            {
                _position++;
                continue;
            }

            var nameStart = _position;
            while (_position < _text.Length && IsNameChar(_text[_position]))
            {
                _position++;
            }

            if (_position == nameStart)
            {
                throw new FormatException($"Expected a field name, found '{c}'.");
            }

            var written = _text[nameStart.._position];
            var name = written.ToLowerInvariant();
            SkipWhiteSpaceAndComments();
            if (_position >= _text.Length || _text[_position] != '=')
            {
                throw new FormatException($"Expected '=' after the field name '{name}'.");
            }

            _position++;
            var value = ReadValue(close);
            if (fields.Exists(f => f.Name == name))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.DuplicateField, $"The field '{name}' appears twice; kept the first.", nameStart, name.Length);
                continue;
            }

            fields.Add(new Field(name, value, nameStart, written));
        }
    }

    private string ReadValue(char close)
    {
        _value.Clear();
        while (true)
        {
            SkipWhiteSpaceAndComments();
            if (_position >= _text.Length)
            {
                throw new FormatException("A field value is not closed.");
            }

            var c = _text[_position];
            if (c == '{')
            {
                var end = FindClosingBrace(_position);
                _value.Append(_text, _position + 1, end - _position - 1);
                _position = end + 1;
            }
            else if (c == '"')
            {
                var end = FindClosingQuote(_position);
                _value.Append(_text, _position + 1, end - _position - 1);
                _position = end + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = _position;
                while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
                {
                    _position++;
                }

                _value.Append(_text, start, _position - start);
            }
            else if (IsNameChar(c))
            {
                var start = _position;
                while (_position < _text.Length && IsNameChar(_text[_position]))
                {
                    _position++;
                }

                var macro = _text[start.._position];
                if (_macros.TryGetValue(macro, out var expansion))
                {
                    _value.Append(expansion);
                }
                else
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.UndefinedMacro, $"'{macro}' is not a defined @string; read it as empty.", start, macro.Length);
                }
            }
            else
            {
                throw new FormatException($"Expected a field value, found '{c}'.");
            }

            SkipWhiteSpaceAndComments();
            if (_position < _text.Length && _text[_position] == '#')
            {
                _position++;
                continue;
            }

            if (_position < _text.Length && (_text[_position] == ',' || _text[_position] == close))
            {
                return _value.ToString();
            }

            throw new FormatException(_position < _text.Length
                ? $"Expected ',' or '{close}' after a field value, found '{_text[_position]}'."
                : "A field value is not followed by ',' or the end of the entry.");
        }
    }

    private int FindClosingBrace(int open)
    {
        var depth = 0;
        for (var i = open; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\' && i + 1 < _text.Length && _text[i + 1] is '{' or '}' or '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
            else if (c == '@' && depth == 1 && IsLineStart(i) && LooksLikeEntry(i))
            {
                break;
            }
        }

        _position = open;
        throw new FormatException("A '{' is not closed before the next entry or the end of the file.");
    }

    private int FindClosingQuote(int open)
    {
        var depth = 0;
        for (var i = open + 1; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\' && i + 1 < _text.Length)
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                return i;
            }
            else if (c == '@' && IsLineStart(i) && LooksLikeEntry(i))
            {
                break;
            }
        }

        _position = open;
        throw new FormatException("A '\"' is not closed before the next entry or the end of the file.");
    }

    private bool IsLineStart(int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (_text[j] == '\n')
            {
                return true;
            }

            if (_text[j] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikeEntry(int at)
    {
        var i = at + 1;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i > at + 1 && i < _text.Length && _text[i] is '{' or '(';
    }

    private void SkipBalanced(int open, char close)
    {
        var depth = 0;
        var openChar = _text[open];
        for (var i = open; i < _text.Length; i++)
        {
            if (_text[i] == openChar)
            {
                depth++;
            }
            else if (_text[i] == close && --depth == 0)
            {
                _position = i + 1;
                return;
            }
        }

        _position = _text.Length;
    }

    private void SkipToNextEntry(int entryStart)
    {
        var i = Math.Max(_position, entryStart + 1);
        while (i < _text.Length)
        {
            var at = _text.IndexOf('@', i);
            if (at < 0)
            {
                break;
            }

            if (IsLineStart(at) && LooksLikeEntry(at))
            {
                _position = at;
                return;
            }

            i = at + 1;
        }

        _position = _text.Length;
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private void SkipWhiteSpaceAndComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '%')
            {
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end + 1;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsNameChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' || (c > 127 && char.IsLetter(c));

    // Name in lower case, as the reader looks fields up; Written as the file writes it, kept for extra fields.
    private sealed record Field(string Name, string Value, int Offset, string Written);

    private sealed record Entry(string Type, string Key, List<Field> Fields, int Offset, int Length);

    /// <summary>Maps one entry's fields to a citation, reporting what it cannot keep.</summary>
    private sealed class EntryMapper(BibTeXReader reader, Entry entry)
    {
        private readonly Dictionary<string, Field> _fields = entry.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

        public Citation Map()
        {
            if (!ItemTypes.IsKnown(TypeFormat.BibTeX, entry.Type))
            {
                Report(DiagnosticSeverity.Info, DiagnosticCodes.BibTeX.UnknownType, $"'@{entry.Type}' is not a BibTeX or BibLaTeX entry type; read it as @misc.");
            }

            var genreField = GenreField();
            var (type, genre) = ItemTypes.Read(TypeFormat.BibTeX, entry.Type, Text("entrysubtype"), genreField);
            if (Text(CustomFields.SourceType) is { } customType && Codec.SourceType(customType, TypeFormat.BibTeX, entry.Type, "@" + entry.Type) is { } exact)
            {
                type = exact;
                genre = genreField;
            }

            var language = ReadLanguage();
            var isArticle = BibTeXWriter.IsArticle(type);
            var (authors, authorsOthers) = ReadNames("author", CustomFields.Authors);
            var (editors, editorsOthers) = ReadNames("editor", CustomFields.Editors);
            var (translators, translatorsOthers) = ReadNames("translator", CustomFields.Translators);
            var readingsRead = ReadReadings(ref authors) || (authors.IsEmpty && ReadReadings(ref editors));
            var extra = entry.Fields.Where(f => !KnownFields.Contains(f.Name) && !(readingsRead && f.Name == ReadingFields.Yomi)).ToList();
            if (extra.Count > 0)
            {
                Report(DiagnosticSeverity.Info, DiagnosticCodes.BibTeX.ExtraFields, $"The model has no place for {string.Join(", ", extra.Select(f => f.Name))}; kept them as extra fields.");
            }

            var extras = ImmutableArray.CreateBuilder<ExtraField>(extra.Count + 1);
            foreach (var field in extra)
            {
                extras.Add(new ExtraField(ExtraFieldNames.FromBibTeX(field.Written), Text(field.Name) ?? string.Empty));
            }

            if (InterchangeNames.OthersField(authorsOthers, editorsOthers, translatorsOthers) is { } others)
            {
                extras.Add(others);
            }

            var title = ReadText("title", language, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations);
            return new Citation
            {
                Id = Text(CustomFields.CitationId) ?? (entry.Key.Length > 0 ? entry.Key : null),
                Type = type,
                Genre = genre,
                Language = language,
                Title = title,
                ContainerTitle = ReadText(_fields.ContainsKey("journaltitle") ? "journaltitle" : _fields.ContainsKey("journal") ? "journal" : "booktitle", language, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations),
                Authors = authors,
                Editors = editors,
                Translators = translators,
                Publisher = ReadPublisher(),
                PublisherPlace = Text("location") ?? Text("address"),
                Issued = ReadIssued(),
                Accessed = ReadDate("urldate", CustomFields.AccessedText),
                Url = ReadUrl(),
                Doi = Raw("doi") is { } doi ? DoiText.Bare(doi) : null,
                Volume = Text("volume"),
                Issue = isArticle ? Text("number") ?? Text("issue") : Text("issue"),
                Number = isArticle ? Text(CustomFields.DocumentNumber) : Text("number"),
                Page = Text("pages"),
                Note = Text("note"),
                Category = Text(CustomFields.Category),
                ExtraFields = extras.ToImmutable(),
                RawText = Text(CustomFields.RawText),
                Span = ReadSpan(),
            };
        }

        // BibLaTeX's type field holds localisation keys for common genres (phdthesis); they read as the words they stand for.
        private string? GenreField() => Text("type") switch
        {
            null => null,
            "phdthesis" => "PhD thesis",
            "mathesis" or "mastersthesis" => "Master's thesis",
            "techreport" => "technical report",
            var other => other,
        };

        private void Report(DiagnosticSeverity severity, string code, string message, Field? field = null)
        {
            var text = $"@{entry.Type}{{{entry.Key}}}: {message}";
            if (field is null)
            {
                reader.Report(severity, code, text, entry.Offset, entry.Length);
            }
            else
            {
                reader.Report(severity, code, text, field.Offset, field.Name.Length);
            }
        }

        private void Ignore(string name, string why) =>
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.CustomIgnored, $"'{name}' {why}; ignored it.", _fields.GetValueOrDefault(name));

        private string? Raw(string name) => _fields.TryGetValue(name, out var field) ? field.Value : null;

        private string? Text(string name)
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                return null;
            }

            return VerbatimFields.Contains(name) ? field.Value.Trim() : LatexText.Decode(field.Value);
        }

        private string? ReadLanguage()
        {
            var field = _fields.GetValueOrDefault("langid") ?? _fields.GetValueOrDefault("language") ?? _fields.GetValueOrDefault("hyphenation");
            string? tag = null;
            if (field is not null)
            {
                var value = LatexText.Decode(field.Value);
                tag = BabelLanguages.TagOf(value.Split(" and ", 2)[0]);
                if (tag is null)
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.InvalidLanguage, $"'{field.Name}' holds '{value}', which is neither a babel language nor a language tag; ignored it.", field);
                }
            }

            if (Text(CustomFields.LanguageTag) is { } exact)
            {
                if (!LanguageTags.TryNormalize(exact, out var normalized, out _))
                {
                    Ignore(CustomFields.LanguageTag, "is not a language tag");
                }
                else if (tag is not null && !string.Equals(Primary(tag), Primary(normalized), StringComparison.Ordinal))
                {
                    Ignore(CustomFields.LanguageTag, $"('{exact}') disagrees with '{field!.Name}'");
                }
                else
                {
                    tag = normalized;
                }
            }

            return tag;

            static string Primary(string tag) => tag.Split('-')[0];
        }

        private LocalizedText? ReadText(string name, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey)
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                return null;
            }

            // Titles keep TeX's formatting commands as CSL-JSON's inline markup (\textit{v.} is <i>v.</i>).
            var markupKey = translationsKey == CustomFields.TitleTranslations ? CustomFields.TitleMarkup : CustomFields.ContainerTitleMarkup;
            var text = Codec.Markup(LatexText.Decode(field.Value, markup: true), markupKey, Text(markupKey));

            // jecon and jplain's jtitle: the title of the Japanese translation, first of the translations.
            var leading = translationsKey == CustomFields.TitleTranslations && Text(ReadingFields.JTitle) is { } japanese
                ? ImmutableArray.Create(new LocalizedText(japanese, "ja"))
                : default;
            using var translations = Json(translationsKey);
            using var transliterations = Json(transliterationsKey);
            return Codec.Text(
                text,
                itemLanguage,
                languageKey,
                Raw(languageKey)?.Trim(),
                translationsKey,
                translations?.RootElement,
                transliterationsKey,
                transliterations?.RootElement,
                leading);
        }

        private CustomFieldCodec? _codec;

        // One delegate per entry, not one per custom field.
        private CustomFieldCodec Codec => _codec ??= new(Ignore);

        private JsonDocument? Json(string name)
        {
            if (Raw(name) is not { } raw)
            {
                return null;
            }

            if (NativeJsonParts.TryParse(raw, out var document, out var error))
            {
                return document;
            }

            Ignore(name, "is " + error);
            return null;
        }

        private (ImmutableArray<Contributor> Names, bool Others) ReadNames(string name, string customKey)
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                return ([], false);
            }

            var names = BibTeXNames.Read(field.Value, message => Report(DiagnosticSeverity.Info, DiagnosticCodes.BibTeX.Name, $"'{name}': {message}.", field), out var others);
            return (ReadExactNames(name, customKey, names), others);
        }

        // yomi: the readings of the names, one for each (ReadingFields); an extra field when they do not pair up.
        private bool ReadReadings(ref ImmutableArray<Contributor> names)
        {
            if (!_fields.TryGetValue(ReadingFields.Yomi, out var field)
                || ReadingFields.WithReadings(names, BibTeXNames.SplitTopLevel(field.Value).ConvertAll(name => LatexText.Decode(name))) is not { } read)
            {
                return false;
            }

            names = read;
            return true;
        }

        private ImmutableArray<Contributor> ReadExactNames(string name, string customKey, ImmutableArray<Contributor> names)
        {
            using var custom = Json(customKey);
            return custom is null ? names : Codec.Contributors(customKey, custom.RootElement, names, $"'{name}'");
        }

        private PublisherRef? ReadPublisher()
        {
            var name = Text("publisher") ?? Text("institution") ?? Text("organization") ?? Text("school");
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            using var custom = Json(CustomFields.Publisher);
            return Codec.Publisher(custom?.RootElement, name, "the publisher field");
        }

        private CitationDate? ReadIssued()
        {
            CitationDate? date;
            if (_fields.ContainsKey("date"))
            {
                date = ReadDate("date", textKey: null);
            }
            else if (_fields.TryGetValue("year", out var yearField))
            {
                date = ReadYearMonth(yearField);
            }
            else
            {
                return null;
            }

            if (date is not null && Text(CustomFields.IssuedEdtf) is { } edtf)
            {
                if (!CitationDate.TryParseEdtf(edtf, out var exact))
                {
                    Ignore(CustomFields.IssuedEdtf, "is not EDTF");
                }
                else if (exact.Start.Year != date.Start.Year || (date.Start.Month is { } month && exact.Start.Month != month))
                {
                    Ignore(CustomFields.IssuedEdtf, "disagrees with the year and month");
                }
                else
                {
                    date = exact;
                }
            }

            return date is not null && Text(CustomFields.IssuedText) is { } original ? date.WithOriginalText(original) : date;
        }

        private CitationDate? ReadYearMonth(Field yearField)
        {
            var year = LatexText.Decode(yearField.Value);
            if (!int.TryParse(year, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y) || y is < PartialDate.MinYear or > PartialDate.MaxYear)
            {
                // A year as people write it: 1960/1985, 1872（明治五年）, 2003a, 平成15年, read by the date reader and kept as written.
                if (InterchangeDates.TryParseFreeText(year, out var written))
                {
                    return written;
                }

                Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.InvalidDate, $"'year' holds '{year}', which is not a year; ignored the date.", yearField);
                return null;
            }

            int? month = null;
            if (_fields.TryGetValue("month", out var monthField))
            {
                month = ParseMonth(LatexText.Decode(monthField.Value));
                if (month is null)
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.InvalidDate, $"'month' holds '{monthField.Value}', which is not a month; kept the year.", monthField);
                }
            }

            int? day = null;
            if (month is not null && _fields.TryGetValue("day", out var dayField)
                && int.TryParse(dayField.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && d >= 1 && d <= PartialDate.DaysInMonth(y, month.Value))
            {
                day = d;
            }

            return new CitationDate(new PartialDate(y, month, day));
        }

        private static int? ParseMonth(string value)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number is >= 1 and <= 12 ? number : null;
            }

            var lower = value.Trim().TrimEnd('.').ToLowerInvariant();
            if (lower.Length < 3)
            {
                return null;
            }

            var month = Dates.EnglishDateWords.MonthByPrefix(lower);
            return month == 0 ? null : month;
        }

        private CitationDate? ReadDate(string name, string? textKey)
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                return null;
            }

            var value = field.Value.Trim();
            if (!InterchangeDates.TryParseText(value, out var date))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.InvalidDate, $"'{name}' holds '{value}', which is not an EDTF date; ignored it.", field);
                return null;
            }

            return textKey is not null && Text(textKey) is { } original ? date.WithOriginalText(original) : date;
        }

        private Uri? ReadUrl()
        {
            var url = Raw("url")?.Trim();
            if (url is null && Text("howpublished") is { } howPublished && howPublished.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                url = howPublished;
            }

            if (url is null)
            {
                return null;
            }

            // A URL has no white space: a long one wrapped across lines in the .bib file is joined again.
            if (url.AsSpan().IndexOfAny(" \t\r\n") >= 0)
            {
                url = string.Concat(url.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            }

            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                return uri;
            }

            Report(DiagnosticSeverity.Warning, DiagnosticCodes.BibTeX.InvalidUrl, $"'url' holds '{url}', which is not an absolute URL; ignored it.", _fields.GetValueOrDefault("url"));
            return null;
        }

        private SourceSpan? ReadSpan()
        {
            using var json = Json(CustomFields.SourceSpan);
            return Codec.Span(json?.RootElement);
        }
    }
}
