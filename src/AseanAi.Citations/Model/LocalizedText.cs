using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations;

/// <summary>
/// A text in a known language, such as a Japanese title, with optional translations (the same meaning in other languages)
/// and transliterations (the same words in another script, such as a reading in kana or a romanisation).
/// </summary>
/// <remarks>
/// Language tags are BCP 47 (<c>ja</c>, <c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c>, <c>ja-Latn</c>) and are normalised
/// to their canonical case, so <c>ZH-hant</c> is stored as <c>zh-Hant</c>. Equality compares the text, the language and
/// every translation and transliteration, in order. Instances are immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text in a language.</summary>
    /// <param name="text">The text as written; kept exactly, never folded or trimmed.</param>
    /// <param name="language">Its BCP 47 language tag, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a well-formed BCP 47 tag.</exception>
    public LocalizedText(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Language = language is null ? null : LanguageTags.Normalize(language, nameof(language));
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The BCP 47 language tag of <see cref="Text"/>, or <see langword="null"/> when unknown.</summary>
    public string? Language { get; }

    /// <summary>The same meaning in other languages, for example an English translation of a Japanese title.</summary>
    /// <remarks>Never default: an unset value reads as empty.</remarks>
    public ImmutableArray<LocalizedText> Translations
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>The same words in another script, for example a kana reading (<c>ja-Hrkt</c>) or romanisation (<c>ja-Latn</c>).</summary>
    /// <remarks>Never default: an unset value reads as empty.</remarks>
    public ImmutableArray<LocalizedText> Transliterations
    {
        get;
        init => field = SequenceEquality.OrEmpty(value);
    } = [];

    /// <summary>Returns a copy with <paramref name="translation"/> added to <see cref="Translations"/>.</summary>
    /// <param name="translation">The translation to add.</param>
    /// <returns>The new text.</returns>
    public LocalizedText WithTranslation(LocalizedText translation)
    {
        ArgumentNullException.ThrowIfNull(translation);
        return this with { Translations = Translations.Add(translation) };
    }

    /// <summary>Returns a copy with <paramref name="transliteration"/> added to <see cref="Transliterations"/>.</summary>
    /// <param name="transliteration">The transliteration to add.</param>
    /// <returns>The new text.</returns>
    public LocalizedText WithTransliteration(LocalizedText transliteration)
    {
        ArgumentNullException.ThrowIfNull(transliteration);
        return this with { Transliterations = Transliterations.Add(transliteration) };
    }

    /// <summary>Finds the translation in <paramref name="language"/>, comparing tags case-insensitively.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The first matching translation, or <see langword="null"/>.</returns>
    public LocalizedText? GetTranslation(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        foreach (var translation in Translations)
        {
            if (string.Equals(translation.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return translation;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && SequenceEquality.Equal(Translations, other.Translations)
        && SequenceEquality.Equal(Transliterations, other.Transliterations);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Text),
            Language,
            SequenceEquality.Hash(Translations),
            SequenceEquality.Hash(Transliterations));

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text as written.</returns>
    public override string ToString() => Text;
}
