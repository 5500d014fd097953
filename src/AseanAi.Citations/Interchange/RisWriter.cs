using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>Writes citations as RIS records; see <see cref="Ris"/>.</summary>
internal sealed class RisWriter(InterchangeWriteOptions options)
{
    private const string NewLine = "\r\n";

    // Tags the writer itself writes; an extra field under one of them is not written a second time.
    private static readonly HashSet<string> StandardTags = new(StringComparer.Ordinal)
    {
        "TY", "ID", "AU", "TI", "T2", "A2", "A4", "PB", "CY", "PY", "DA", "Y2", "VL", "IS", "SP", "EP", "M1", "M3", "UR", "DO", "LA", "N1", "ER",
    };

    private readonly StringBuilder _builder = new(2048);
    private readonly CitationKeys _keys = new(options.UnicodeKeys);

    public void Write(TextWriter output, IEnumerable<Citation> citations)
    {
        var list = new List<Citation>();
        foreach (var citation in citations)
        {
            ArgumentNullException.ThrowIfNull(citation, nameof(citations));
            list.Add(citation);
            if (citation.Id is not null)
            {
                _keys.TryReserve(citation.Id);
            }
        }

        foreach (var citation in list)
        {
            WriteRecord(citation, citation.Id ?? _keys.Next(citation));
            output.Write(_builder);
            _builder.Clear();
        }
    }

    private void WriteRecord(Citation c, string id)
    {
        var written = ItemTypes.Write(TypeFormat.Ris, c.Type, c.Genre);
        Tag("TY", written.Name);
        Tag("ID", id);
        Names("AU", c.Authors);
        // RIS has plain text: titles lose CSL-JSON's inline markup here, and keep it in a U1 line.
        Tag("TI", c.Title is { } title ? TitleMarkup.PlainText(title.Text) : null);
        Tag("T2", c.ContainerTitle is { } container ? TitleMarkup.PlainText(container.Text) : null);
        Names("A2", c.Editors);
        Names("A4", c.Translators);
        Tag("PB", c.Publisher?.ToString());
        Tag("CY", c.PublisherPlace);
        var issuedExact = true;
        if (c.Issued is { } issued)
        {
            Tag("PY", issued.Start.Year.ToString("0000", CultureInfo.InvariantCulture));
            var da = RisFields.FormatDate(issued.Start);
            Tag("DA", da);
            issuedExact = RisFields.TryParseDate(da, null, out var back) && back == issued.WithOriginalText(null);
        }

        var accessedExact = true;
        if (c.Accessed is { } accessed)
        {
            var y2 = RisFields.FormatDate(accessed.Start);
            Tag("Y2", y2);
            accessedExact = RisFields.TryParseDate(y2, null, out var back) && back == accessed.WithOriginalText(null);
        }

        Tag("VL", c.Volume);
        Tag("IS", c.Issue);
        WritePages(c.Page);
        Tag("M1", c.Number);
        Tag("M3", written.Genre);
        Tag("UR", c.Url?.OriginalString);
        Tag("DO", c.Doi);
        Tag("LA", c.Language);
        var noteInCustom = c.Note is not null && !CanWriteExactly(c.Note);
        if (!noteInCustom)
        {
            Tag("N1", c.Note);
        }

        // What RIS has no tag for, one "key: JSON" per U1 line (U1 is RIS's user-defined tag).
        if (written.NeedsSourceType)
        {
            Custom(CustomFields.SourceType, SourceTypeNames.ToName(c.Type));
        }

        TextExtras(c.Title, c.Language, CustomFields.TitleLanguage, CustomFields.TitleTranslations, CustomFields.TitleTransliterations);
        TextExtras(c.ContainerTitle, c.Language, CustomFields.ContainerTitleLanguage, CustomFields.ContainerTitleTranslations, CustomFields.ContainerTitleTransliterations);
        if (c.Title is { } marked && TitleMarkup.HasMarkup(marked.Text))
        {
            Custom(CustomFields.TitleMarkup, marked.Text);
        }

        if (c.ContainerTitle is { } markedContainer && TitleMarkup.HasMarkup(markedContainer.Text))
        {
            Custom(CustomFields.ContainerTitleMarkup, markedContainer.Text);
        }

        ContributorExtras(CustomFields.Authors, c.Authors);
        ContributorExtras(CustomFields.Editors, c.Editors);
        ContributorExtras(CustomFields.Translators, c.Translators);
        if (options.KeepSource && c.Publisher is { IsResolved: true } publisher)
        {
            Custom(CustomFields.Publisher, publisher, NativeJsonParts.WritePublisher);
        }

        if (!issuedExact)
        {
            Custom(CustomFields.IssuedEdtf, c.Issued!.ToEdtf());
        }

        if (!accessedExact)
        {
            Custom(CustomFields.AccessedEdtf, c.Accessed!.ToEdtf());
        }

        if (c.Issued?.OriginalText is { } issuedText)
        {
            Custom(CustomFields.IssuedText, issuedText);
        }

        if (c.Accessed?.OriginalText is { } accessedText)
        {
            Custom(CustomFields.AccessedText, accessedText);
        }

        if (noteInCustom)
        {
            Custom(CustomFields.Note, c.Note!);
        }

        if (c.Category is not null)
        {
            Custom(CustomFields.Category, c.Category);
        }

        foreach (var extra in c.ExtraFields)
        {
            var name = ExtraFieldNames.In(TypeFormat.Ris, extra.Name);
            if (name == "SN" && RisFields.IsIssnList(extra.Value) != (extra.Name == ExtraFieldNames.Issn))
            {
                // SN holds ISBNs and ISSNs alike and the reader tells them by their form; one it would take for the other
                // is written under its own name.
                Custom(extra.Name, extra.Value);
            }
            else if (name == "U1")
            {
                Tag("U1", extra.Value);
            }
            else if (name.Length == 2 && char.IsAsciiLetterUpper(name[0]) && char.IsAsciiLetterOrDigit(name[1]) && !StandardTags.Contains(name) && CanWriteExactly(extra.Value))
            {
                Tag(name, extra.Value);
            }
            else if (!name.Contains(": ", StringComparison.Ordinal) && !IsCustomName(name))
            {
                Custom(name, extra.Value);
            }
        }

        if (options.KeepSource && c.RawText is not null)
        {
            Custom(CustomFields.RawText, c.RawText);
        }

        if (options.KeepSource && c.Span is { } span)
        {
            Custom(CustomFields.SourceSpan, span, NativeJsonParts.WriteSpan);
        }

        _builder.Append("ER  - ").Append(NewLine).Append(NewLine);
    }

    // A value with line breaks is written on continuation lines, which readers join. White space that readers trim, a
    // carriage return, or a line that would look like a tag would be misread, so such a note goes to a custom line.
    private static bool CanWriteExactly(string value)
    {
        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\r', StringComparison.Ordinal)
                || line.Length != line.TrimEnd().Length
                || (i == 0 && line.Length != line.TrimStart().Length)
                || (i > 0 && RisReader.IsTagLine(line)))
            {
                return false;
            }
        }

        return lines[^1].Length > 0;
    }

    private void WritePages(string? page)
    {
        if (page is null)
        {
            return;
        }

        // Zotero and EndNote write a range as SP and EP; a page that is not a plain a-b range stays whole in SP.
        var dash = page.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < page.Length - 1 && page.IndexOf('-', dash + 1) < 0 && !page.Contains(' ', StringComparison.Ordinal))
        {
            Tag("SP", page[..dash]);
            Tag("EP", page[(dash + 1)..]);
        }
        else
        {
            Tag("SP", page);
        }
    }

    private void Tag(string tag, string? value)
    {
        if (value is null)
        {
            return;
        }

        _builder.Append(tag).Append("  - ");
        var first = true;
        foreach (var line in value.Split('\n'))
        {
            if (!first)
            {
                _builder.Append(NewLine);
            }

            _builder.Append(line.TrimEnd('\r'));
            first = false;
        }

        _builder.Append(NewLine);
    }

    private void Names(string tag, ImmutableArray<Contributor> contributors)
    {
        foreach (var contributor in contributors)
        {
            Tag(tag, RisFields.FormatName(contributor));
        }
    }

    private void Custom(string key, string value) =>
        Tag("U1", key + ": " + NativeJsonParts.ToJson(value, static (writer, text) => writer.WriteStringValue(text)));

    private void Custom<T>(string key, T value, Action<Utf8JsonWriter, T> write) =>
        Tag("U1", key + ": " + NativeJsonParts.ToJson(value, write));

    private void TextExtras(LocalizedText? text, string? itemLanguage, string languageKey, string translationsKey, string transliterationsKey)
    {
        if (text is null)
        {
            return;
        }

        if (!string.Equals(text.Language, itemLanguage, StringComparison.Ordinal))
        {
            Tag("U1", languageKey + ": " + (text.Language is null ? "null" : NativeJsonParts.ToJson(text.Language, static (w, t) => w.WriteStringValue(t))));
        }

        if (!text.Translations.IsEmpty)
        {
            Custom(translationsKey, text.Translations, NativeJsonParts.WriteTexts);
        }

        if (!text.Transliterations.IsEmpty)
        {
            Custom(transliterationsKey, text.Transliterations, NativeJsonParts.WriteTexts);
        }
    }

    private static bool IsCustomName(string name) => name is CustomFields.SourceType or CustomFields.Category or CustomFields.Note
        or CustomFields.RawText or CustomFields.SourceSpan or CustomFields.Authors or CustomFields.Editors or CustomFields.Translators
        or CustomFields.TitleMarkup or CustomFields.ContainerTitleMarkup;

    private void ContributorExtras(string key, ImmutableArray<Contributor> contributors)
    {
        if (NeedsNativeForm(contributors, options.KeepSource))
        {
            Custom(key, InterchangeNames.WithoutRegistry(contributors, options.KeepSource), NativeJsonParts.WriteContributors);
        }
    }

    /// <summary>Whether any contributor would read back differently from its <c>AU</c> line, or has what RIS cannot hold.</summary>
    private static bool NeedsNativeForm(ImmutableArray<Contributor> contributors, bool keepSource)
    {
        if (InterchangeNames.NeedsNativeForm(contributors, includeRegistry: keepSource))
        {
            return true;
        }

        foreach (var contributor in InterchangeNames.WithoutRegistry(contributors, keepSource))
        {
            var written = RisFields.FormatName(contributor);
            if (written.Contains('\n', StringComparison.Ordinal) || !Equals(RisFields.ParseName(written), contributor))
            {
                return true;
            }
        }

        return false;
    }
}
