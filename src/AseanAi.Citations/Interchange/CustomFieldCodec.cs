using System.Collections.Immutable;
using System.Text.Json;
using AseanAi.Citations.Internal;
using AseanAi.Citations.Serialization;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Decodes the custom fields (<see cref="CustomFields"/>) that refine a format's standard fields, by one set of rules
/// for CSL-JSON's <c>custom</c> object, BibTeX's extra fields and RIS <c>U1</c> lines: a custom value is used only when
/// it is well formed and agrees with the standard field it refines; otherwise the standard value stands and
/// <paramref name="ignore"/> is told the key and why (each reader reports it as its <c>*.custom-ignored</c> warning).
/// Each reader finds the values its own way (a JSON property, a BibTeX field, a U1 line) and passes them in as JSON.
/// Stateless and thread-safe.
/// </summary>
/// <param name="ignore">Called with a custom key and the reason it was not used ("is malformed (…)").</param>
internal readonly struct CustomFieldCodec(Action<string, string> ignore)
{
    /// <summary>
    /// The title with CSL-JSON's inline markup that <paramref name="marked"/> (the custom key <paramref name="key"/>)
    /// gives, when its text without the tags is the title's; otherwise <paramref name="text"/>, and the key is ignored.
    /// </summary>
    public string Markup(string text, string key, string? marked)
    {
        if (marked is null || string.Equals(marked, text, StringComparison.Ordinal))
        {
            return text;
        }

        if (string.Equals(TitleMarkup.PlainText(marked), TitleMarkup.PlainText(text), StringComparison.Ordinal))
        {
            return marked;
        }

        ignore(key, "disagrees with the title it marks up");
        return text;
    }

    /// <summary>
    /// The text with the language, translations and transliterations its custom keys give. <paramref name="language"/>
    /// is the language key's value as text (<see cref="LanguageText"/>): <see langword="null"/> when absent, empty for
    /// no language, else a tag, normalised; a value that is not a tag keeps the item's language.
    /// </summary>
    public LocalizedText Text(
        string text,
        string? itemLanguage,
        string languageKey,
        string? language,
        string translationsKey,
        JsonElement? translations,
        string transliterationsKey,
        JsonElement? transliterations,
        ImmutableArray<LocalizedText> leadingTranslations = default)
    {
        var tag = itemLanguage;
        if (language is { Length: 0 })
        {
            tag = null;
        }
        else if (language is not null)
        {
            if (LanguageTags.TryNormalize(language.Trim(), out var normalized, out _))
            {
                tag = normalized;
            }
            else
            {
                ignore(languageKey, "is not a language tag");
            }
        }

        var result = new LocalizedText(text, tag);
        if (!leadingTranslations.IsDefaultOrEmpty)
        {
            result = result with { Translations = leadingTranslations };
        }

        if (translations is { } translationsValue)
        {
            if (NativeJsonParts.TryReadTexts(translationsValue, out var list, out var error))
            {
                result = result with { Translations = result.Translations.AddRange(list) };
            }
            else
            {
                ignore(translationsKey, "is malformed (" + error + ")");
            }
        }

        if (transliterations is { } transliterationsValue)
        {
            if (NativeJsonParts.TryReadTexts(transliterationsValue, out var list, out var error))
            {
                result = result with { Transliterations = list };
            }
            else
            {
                ignore(transliterationsKey, "is malformed (" + error + ")");
            }
        }

        return result;
    }

    /// <summary>
    /// A JSON language value as <see cref="Text"/> takes it: <c>null</c> is empty (no language), a non-empty string is
    /// itself, anything else its JSON text (which is no tag).
    /// </summary>
    public static string? LanguageText(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => string.Empty,
        { ValueKind: JsonValueKind.String } v when v.GetString() is { Length: > 0 } s => s,
        { } v => v.GetRawText(),
    };

    /// <summary>
    /// The contributors in the native JSON shape when they agree with the standard names
    /// (<see cref="InterchangeNames.Agree"/>, each name as the format writes it: <paramref name="writtenForm"/>);
    /// else the standard names.
    /// </summary>
    public ImmutableArray<Contributor> Contributors(
        string key,
        JsonElement? custom,
        ImmutableArray<Contributor> standard,
        string standardName,
        Func<Contributor, string>? writtenForm = null)
    {
        if (custom is not { } value)
        {
            return standard;
        }

        if (!NativeJsonParts.TryReadContributors(value, out var exact, out var error))
        {
            ignore(key, "is malformed (" + error + ")");
            return standard;
        }

        if (!InterchangeNames.Agree(exact, standard, writtenForm))
        {
            ignore(key, $"disagrees with {standardName}");
            return standard;
        }

        return exact;
    }

    /// <summary>
    /// The publisher with its registry id, unit and inference when its name is the standard field's; else the standard
    /// name unresolved (<see langword="null"/> when that is blank).
    /// </summary>
    public PublisherRef? Publisher(JsonElement? custom, string? standard, string standardName)
    {
        if (custom is { } value)
        {
            if (!NativeJsonParts.TryReadPublisher(value, out var exact, out var error))
            {
                ignore(CustomFields.Publisher, "is malformed (" + error + ")");
            }
            else if (!string.Equals(exact.ToString(), standard, StringComparison.Ordinal))
            {
                ignore(CustomFields.Publisher, $"disagrees with {standardName}");
            }
            else
            {
                return exact;
            }
        }

        return string.IsNullOrWhiteSpace(standard) ? null : PublisherRef.Unresolved(standard);
    }

    /// <summary>
    /// The kind of source that <c>source-type</c> names (<paramref name="custom"/>, its text) when the format's type
    /// (<paramref name="writtenType"/>; <see langword="null"/> when the entry has none) is the one this library writes for
    /// it; else <see langword="null"/>, and the type and genre read from the format stand.
    /// </summary>
    public SourceType? SourceType(string? custom, TypeFormat format, string? writtenType, string writtenName)
    {
        if (custom is null)
        {
            return null;
        }

        if (!SourceTypeNames.TryParse(custom, out var exact))
        {
            ignore(CustomFields.SourceType, $"('{custom}') is not a source type name");
            return null;
        }

        if (writtenType is not null && !ItemTypes.Writes(format, exact, writtenType))
        {
            ignore(CustomFields.SourceType, $"('{custom}') disagrees with {writtenName}");
            return null;
        }

        return exact;
    }

    /// <summary>The source span (<c>{"offset","length","line","column"}</c>), or <see langword="null"/> when absent or malformed.</summary>
    public SourceSpan? Span(JsonElement? custom)
    {
        if (custom is not { } value)
        {
            return null;
        }

        if (NativeJsonParts.TryReadSpan(value, out var span, out var error))
        {
            return span;
        }

        ignore(CustomFields.SourceSpan, "is malformed (" + error + ")");
        return null;
    }
}
