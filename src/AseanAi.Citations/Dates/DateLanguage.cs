namespace AseanAi.Citations.Dates;

/// <summary>The language of a date text, as far as reading dates is concerned: which words, digits, eras and orders count.</summary>
internal enum DateLanguage : byte
{
    /// <summary>No hint, or a language whose dates the CJK and English reader covers (ja, zh, en): today's reading.</summary>
    Unspecified,
    Thai,
    Vietnamese,
    Indonesian,
    Malay,
    Filipino,
    Khmer,
    Lao,
    Burmese,
}

/// <summary>Maps BCP 47 tags to <see cref="DateLanguage"/> values, without the machine's culture data.</summary>
internal static class DateLanguages
{
    /// <summary>
    /// The language of a BCP 47 tag by its primary subtag, compared without regard to case (<c>th</c>, <c>th-TH</c>,
    /// <c>vi-VN</c>, <c>ms-Arab-MY</c>, <c>fil</c> or <c>tl</c>, <c>km</c>, <c>lo</c>, <c>my</c>); anything else, and
    /// <see langword="null"/>, is <see cref="DateLanguage.Unspecified"/>.
    /// </summary>
    public static DateLanguage FromTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return DateLanguage.Unspecified;
        }

        var span = tag.AsSpan();
        var dash = span.IndexOfAny('-', '_');
        var primary = dash < 0 ? span : span[..dash];
        return primary.Length switch
        {
            2 => ((char)(primary[0] | 0x20), (char)(primary[1] | 0x20)) switch
            {
                ('t', 'h') => DateLanguage.Thai,
                ('v', 'i') => DateLanguage.Vietnamese,
                ('i', 'd') or ('i', 'n') => DateLanguage.Indonesian,
                ('m', 's') => DateLanguage.Malay,
                ('t', 'l') => DateLanguage.Filipino,
                ('k', 'm') => DateLanguage.Khmer,
                ('l', 'o') => DateLanguage.Lao,
                ('m', 'y') => DateLanguage.Burmese,
                _ => DateLanguage.Unspecified,
            },
            3 when primary.Equals("fil", StringComparison.OrdinalIgnoreCase) => DateLanguage.Filipino,
            3 when primary.Equals("zsm", StringComparison.OrdinalIgnoreCase) || primary.Equals("msa", StringComparison.OrdinalIgnoreCase) => DateLanguage.Malay,
            3 when primary.Equals("ind", StringComparison.OrdinalIgnoreCase) => DateLanguage.Indonesian,
            _ => DateLanguage.Unspecified,
        };
    }
}
