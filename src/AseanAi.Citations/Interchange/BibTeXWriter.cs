using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Writes citations as BibTeX or BibLaTeX entries; see <see cref="BibTeX"/>.</summary>
internal sealed class BibTeXWriter(BibTeXDialect dialect, InterchangeWriteOptions options)
{

    // Fields the writer itself writes; an extra field of the same name is not written a second time.
    private static readonly HashSet<string> StandardFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "editor", "translator", "title", "journaltitle", "journal", "booktitle", "entrysubtype", "type", "publisher",
        "institution", "school", "location", "address", "date", "year", "month", "urldate", "volume", "number", "issue",
        "pages", "url", "doi", "langid", "language", "note",
    };

    private readonly StringBuilder _builder = new(2048);
    private readonly CitationKeys _keys = new(options.UnicodeKeys && dialect == BibTeXDialect.BibLaTeX);

    public static bool IsArticle(SourceType type) => type is SourceType.JournalArticle or SourceType.NewsArticle or SourceType.MagazineArticle;

    /// <summary>The key an id can be used as: a valid key that is not just a number (numbers are list positions, not keys).</summary>
    public static bool CanBeKey(string? id)
    {
        if (!CitationKeys.IsValidKey(id))
        {
            return false;
        }

        foreach (var c in id!)
        {
            if (!char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public void Write(TextWriter output, IEnumerable<Citation> citations)
    {
        var list = new List<Citation>();
        var reserved = new HashSet<Citation>(ReferenceEqualityComparer.Instance);
        foreach (var citation in citations)
        {
            ArgumentNullException.ThrowIfNull(citation, nameof(citations));
            list.Add(citation);
            if (CanBeKey(citation.Id) && _keys.TryReserve(citation.Id!))
            {
                reserved.Add(citation);
            }
        }

        var first = true;
        foreach (var citation in list)
        {
            if (!first)
            {
                output.Write('\n');
            }

            first = false;
            var key = reserved.Contains(citation) ? citation.Id! : _keys.Next(citation);
            WriteEntry(citation, key);
            output.Write(_builder);
            _builder.Clear();
        }
    }

    private void WriteEntry(Citation c, string key)
    {
        var b = _builder;
        var bibLaTeX = dialect == BibTeXDialect.BibLaTeX;
        var format = bibLaTeX ? TypeFormat.BibLaTeX : TypeFormat.BibTeX;
        var written = ItemTypes.Write(format, c.Type, c.Genre);
        var entryType = written.Name;
        b.Append('@').Append(entryType).Append('{').Append(key).Append(",\n");

        Names("author", c.Authors, InterchangeNames.HasOthers(c, "author"));
        Names("editor", c.Editors, InterchangeNames.HasOthers(c, "editor"));
        Names("translator", c.Translators, InterchangeNames.HasOthers(c, "translator"));
        var readings = ReadingFields.Readings(c);
        if (readings is not null && !c.ExtraFields.Any(f => f.Name == ReadingFields.Yomi))
        {
            Text(ReadingFields.Yomi, string.Join(" and ", readings));
        }
        else
        {
            readings = null;
        }

        if (c.Title is { } title)
        {
            Field("title");
            WriteTitle(b, title.Text);
            EndField();
        }

        if (c.ContainerTitle is { } container)
        {
            // Parts of books (chapters, papers in proceedings, entries) name their book in booktitle.
            var inBook = entryType is "incollection" or "inproceedings" or "inbook" or "inreference";
            var name = inBook ? "booktitle" : bibLaTeX ? "journaltitle" : "journal";
            if (TitleMarkup.HasMarkup(container.Text))
            {
                Field(name);
                TitleMarkup.WriteLatex(_builder, container.Text, static (b, text, _, _) => LatexText.Escape(b, text));
                EndField();
            }
            else
            {
                Text(name, container.Text);
            }
        }

        if (written.Subtype is { } subtype)
        {
            Text("entrysubtype", subtype);
        }

        Text("type", written.Genre);
        if (c.Publisher is { } publisher)
        {
            var field = entryType switch
            {
                "report" or "techreport" => "institution",
                "thesis" => bibLaTeX ? "institution" : "school",
                "phdthesis" or "mastersthesis" => "school",
                _ => "publisher",
            };
            ListText(field, publisher.ToString());
        }

        if (c.PublisherPlace is not null)
        {
            ListText(bibLaTeX ? "location" : "address", c.PublisherPlace);
        }

        var issuedNeedsEdtf = false;
        if (c.Issued is { } issued)
        {
            if (bibLaTeX)
            {
                Raw("date", issued.ToEdtf());
            }
            else
            {
                Raw("year", issued.Start.Year.ToString(CultureInfo.InvariantCulture));
                if (issued.Start.Month is { } month)
                {
                    b.Append("  month = ").Append(Dates.EnglishDateWords.MonthAbbreviation(month)).Append(",\n");
                }

                issuedNeedsEdtf = issued.IsInterval || issued.Start.Day is not null || issued.Start.Season is not null || issued.Start.Qualifier != DateQualifier.None;
            }
        }

        if (c.Accessed is { } accessed)
        {
            Raw("urldate", accessed.ToEdtf());
        }

        Text("volume", c.Volume);
        if (IsArticle(c.Type))
        {
            Text("number", c.Issue);
        }
        else
        {
            Text("number", c.Number);
            Text("issue", c.Issue);
        }

        Text("pages", c.Page);
        if (c.Url is { } url)
        {
            Raw("url", VerbatimUrl(url.OriginalString));
        }

        if (c.Doi is not null)
        {
            Raw("doi", VerbatimUrl(c.Doi));
        }

        string? languageTag = null;
        if (c.Language is { } language)
        {
            var name = BabelLanguages.NameOf(language, out var exact);
            if (name is not null)
            {
                Text(bibLaTeX ? "langid" : "language", name);
            }

            languageTag = exact ? null : language;
        }

        Text("note", c.Note);

        // What the standard fields cannot carry, under the names of CSL-JSON's custom keys.
        if (!string.Equals(c.Id, key, StringComparison.Ordinal))
        {
            Text(CustomFields.CitationId, c.Id);
        }

        if (written.NeedsSourceType)
        {
            Text(CustomFields.SourceType, SourceTypeNames.ToName(c.Type));
        }

        Text(CustomFields.LanguageTag, languageTag);
        TextExtras(c.Title, c.Language, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations);
        TextExtras(c.ContainerTitle, c.Language, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations);

        // A no-case span is a bare group in TeX, which reads back as nothing: the title with its markup goes along.
        Text(CustomFields.TitleMarkup, c.Title is { } marked && TitleMarkup.HasNoCase(marked.Text) ? marked.Text : null);
        Text(CustomFields.ContainerTitleMarkup, c.ContainerTitle is { } markedContainer && TitleMarkup.HasNoCase(markedContainer.Text) ? markedContainer.Text : null);
        ContributorExtras(CustomFields.Authors, c.Authors, readingsWritten: readings is not null && !c.Authors.IsEmpty);
        ContributorExtras(CustomFields.Editors, c.Editors, readingsWritten: readings is not null && c.Authors.IsEmpty);
        ContributorExtras(CustomFields.Translators, c.Translators, readingsWritten: false);
        if (options.KeepSource && c.Publisher is { IsResolved: true } resolved)
        {
            Json(CustomFields.Publisher, resolved, NativeJsonParts.WritePublisher);
        }

        if (issuedNeedsEdtf)
        {
            Raw(CustomFields.IssuedEdtf, c.Issued!.ToEdtf());
        }

        Text(CustomFields.IssuedText, c.Issued?.OriginalText);
        Text(CustomFields.AccessedText, c.Accessed?.OriginalText);
        if (IsArticle(c.Type))
        {
            Text(CustomFields.DocumentNumber, c.Number);
        }

        Text(CustomFields.Category, c.Category);
        foreach (var extra in c.ExtraFields)
        {
            var name = ExtraFieldNames.In(format, extra.Name);
            if (extra.Name != InterchangeNames.EtAl && IsFieldName(name) && !StandardFields.Contains(name) && !name.StartsWith(CustomFields.SourceType, StringComparison.Ordinal)
                && !(name == ReadingFields.JTitle && ReadingFields.JapaneseTitle(c.Title) is not null))
            {
                if (VerbatimExtra(name))
                {
                    Raw(name, VerbatimUrl(extra.Value));
                }
                else
                {
                    Text(name, extra.Value);
                }
            }
        }

        if (options.KeepSource)
        {
            Text(CustomFields.RawText, c.RawText);
            if (c.Span is { } span)
            {
                Json(CustomFields.SourceSpan, span, NativeJsonParts.WriteSpan);
            }
        }

        // Drop the comma after the last field.
        if (b[^2] == ',')
        {
            b.Remove(b.Length - 2, 1);
        }

        b.Append("}\n");
    }

    private void Field(string name) => _builder.Append("  ").Append(name).Append(" = {");

    private void EndField() => _builder.Append("},\n");

    private void Text(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        Field(name);
        LatexText.Escape(_builder, value);
        EndField();
    }

    // Publisher, institution and location are name-like lists in BibLaTeX: an "and" inside a name must be braced.
    private void ListText(string name, string value)
    {
        var protect = value.Contains(" and ", StringComparison.OrdinalIgnoreCase);
        Field(name);
        if (protect)
        {
            _builder.Append('{');
        }

        LatexText.Escape(_builder, value);
        if (protect)
        {
            _builder.Append('}');
        }

        EndField();
    }

    private void Raw(string name, string value)
    {
        Field(name);
        _builder.Append(value);
        EndField();
    }

    private void Json<T>(string name, T value, Action<Utf8JsonWriter, T> write) => Raw(name, NativeJsonParts.ToJson(value, write));

    private void Names(string name, ImmutableArray<Contributor> contributors, bool others)
    {
        if (contributors.IsEmpty && !others)
        {
            return;
        }

        Field(name);
        BibTeXNames.Write(_builder, contributors);
        if (others)
        {
            _builder.Append(contributors.IsEmpty ? "others" : " and others");
        }

        EndField();
    }

    // Field names BibTeX reads: letters, digits and - _ : . (an extra field from another format may not be one).
    private static bool IsFieldName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Fields the reader takes verbatim (file paths, eprints): written without TeX escapes.
    private static bool VerbatimExtra(string name) => name is "file" or "eprint";

    private void TextExtras(LocalizedText? text, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey)
    {
        if (text is null)
        {
            return;
        }

        if (!string.Equals(text.Language, itemLanguage, StringComparison.Ordinal))
        {
            Raw(languageKey, text.Language ?? string.Empty);
        }

        var translations = text.Translations;
        if (translationsKey == CustomFields.TitleTranslations && ReadingFields.JapaneseTitle(text) is { } japanese)
        {
            // jecon and jplain's jtitle: the title of the Japanese translation.
            Text(ReadingFields.JTitle, japanese.Text);
            translations = translations.RemoveAt(0);
        }

        if (!translations.IsEmpty)
        {
            Json(translationsKey, translations, NativeJsonParts.WriteTexts);
        }

        if (!text.Transliterations.IsEmpty)
        {
            Json(transliterationsKey, text.Transliterations, NativeJsonParts.WriteTexts);
        }
    }

    private void ContributorExtras(string key, ImmutableArray<Contributor> contributors, bool readingsWritten)
    {
        if (InterchangeNames.NeedsNativeForm(contributors, includeRegistry: options.KeepSource, readingsWritten: readingsWritten))
        {
            Json(key, InterchangeNames.WithoutRegistry(contributors, options.KeepSource), NativeJsonParts.WriteContributors);
        }
    }

    /// <summary>
    /// Titles are protected from case changes by styles: a CJK title as a whole (<c>{{日ASEAN…}}</c>), a Latin title
    /// word by word where a word has capitals after its first letter (acronyms such as <c>{ASEAN}</c>).
    /// </summary>
    private static void WriteTitle(StringBuilder builder, string title)
    {
        var cjk = CjkCharacters.ContainsCjk(title);
        if (cjk)
        {
            builder.Append('{');
        }

        // CSL-JSON's inline markup becomes TeX commands (<i>v.</i> is \textit{v.}); the text between tags is written as usual.
        if (TitleMarkup.HasMarkup(title))
        {
            TitleMarkup.WriteLatex(builder, title, cjk ? static (b, text, _, _) => LatexText.Escape(b, text) : WriteWords);
        }
        else if (cjk)
        {
            LatexText.Escape(builder, title);
        }
        else
        {
            WriteWords(builder, title, true, true);
        }

        if (cjk)
        {
            builder.Append('}');
        }
    }

    // A Latin title (or a piece of one between markup tags) word by word; titleStart/titleEnd say whether the piece
    // starts or ends the whole title, where a space would be trimmed by BibTeX.
    private static void WriteWords(StringBuilder builder, string title, bool titleStart, bool titleEnd)
    {
        var i = 0;
        while (i < title.Length)
        {
            if (title[i] == ' ')
            {
                // One space between words is plain; a space at either end or after another one would be collapsed.
                var plain = (i > 0 ? title[i - 1] != ' ' : !titleStart) && (i < title.Length - 1 || !titleEnd);
                builder.Append(plain ? " " : @"\ ");
                i++;
                continue;
            }

            var end = title.IndexOf(' ', i);
            if (end < 0)
            {
                end = title.Length;
            }

            var word = title[i..end];
            var protect = HasInnerCapital(word);
            if (protect)
            {
                builder.Append('{');
            }

            LatexText.Escape(builder, word);
            if (protect)
            {
                builder.Append('}');
            }

            i = end;
        }
    }

    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // A verbatim field (url, doi) is read without escapes; braces, the only characters that could break it, are percent-encoded.
    private static string VerbatimUrl(string value) =>
        value.AsSpan().IndexOfAny('{', '}') < 0 ? value : value.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
