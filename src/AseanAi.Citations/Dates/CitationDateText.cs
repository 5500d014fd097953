using System.Collections.Immutable;
using System.Globalization;

namespace AseanAi.Citations.Dates;

/// <summary>Reads whole texts into <see cref="CitationDate"/> values and explains failures; the engine of <see cref="CitationDate.TryParse(string?, out CitationDate?)"/>.</summary>
internal static class CitationDateText
{
    /// <summary>Reads <paramref name="text"/>; returns the date (whose original text is <paramref name="text"/> itself) or <see langword="null"/>.</summary>
    public static CitationDate? TryRead(string text) =>
        DateTextReader.TryReadCommonForm(text, out var common) ? new CitationDate(common, text) : ReadOtherForms(text, out _);

    /// <summary>
    /// Reads <paramref name="text"/> as a date of <paramref name="language"/>: with a Southeast Asian language, its own
    /// forms first and then every form <see cref="TryRead(string)"/> reads; otherwise exactly as <see cref="TryRead(string)"/>.
    /// </summary>
    public static CitationDate? TryRead(string text, DateLanguage language) =>
        language == DateLanguage.Unspecified ? TryRead(text) : Read(text, language, out _);

    /// <summary>Reads <paramref name="text"/> like <see cref="TryRead(string, DateLanguage)"/>, and tells what was found wrong or doubtful.</summary>
    public static CitationDate? Read(string text, DateLanguage language, out DateReading reading)
    {
        if (language == DateLanguage.Unspecified)
        {
            return Read(text, out reading);
        }

        reading = RegionalDateReader.ReadWhole(text, language);
        if (reading.Succeeded)
        {
            return Create(reading, text);
        }

        // The forms every language shares (EDTF, 2025-21, 26 October 2025, 2025年10月26日); when neither reads the text,
        // the language's own error explains it.
        var common = Read(text, out var other);
        if (common is not null)
        {
            reading = other;
        }

        return common;
    }

    /// <summary>Reads <paramref name="text"/> like <see cref="TryRead(string)"/>, and tells what was found wrong or doubtful.</summary>
    public static CitationDate? Read(string text, out DateReading reading)
    {
        if (DateTextReader.TryReadCommonForm(text, out var common))
        {
            reading = default;
            return new CitationDate(common, text);
        }

        return ReadOtherForms(text, out reading);
    }

    // Kept apart from the common form so that its large locals are set up only when needed.
    private static CitationDate? ReadOtherForms(string text, out DateReading reading)
    {
        // EDTF before the other forms, so that its own (2025-21 for spring, 2025-10-26~ for approximate) keep their EDTF meaning.
        if (LooksLikeEdtf(text) && EdtfReader.TryRead(text, out var edtf, out _, text))
        {
            reading = default;
            return edtf;
        }

        reading = DateTextReader.ReadWhole(text);
        return reading.Succeeded ? Create(reading, text) : null;
    }

    public static CitationDate Create(in DateReading reading, string originalText) =>
        reading.IsInterval ? new CitationDate(reading.Start, reading.End, originalText) : new CitationDate(reading.Start, originalText);

    /// <summary>The diagnostics of a reading, in text order, with spans in <paramref name="text"/>.</summary>
    public static ImmutableArray<Diagnostic> Diagnostics(in DateReading reading, ReadOnlySpan<char> text)
    {
        var count = reading.NoteCount + (reading.Succeeded ? 0 : 1);
        if (count == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Diagnostic>(count);
        var errorAdded = reading.Succeeded;
        for (var i = 0; i < reading.NoteCount; i++)
        {
            var note = reading.Notes[i];
            if (!errorAdded && reading.Error.Start < note.Start)
            {
                builder.Add(reading.Error.ToDiagnostic(text));
                errorAdded = true;
            }

            builder.Add(note.ToDiagnostic(text));
        }

        if (!errorAdded)
        {
            builder.Add(reading.Error.ToDiagnostic(text));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The message of the <see cref="FormatException"/> that <see cref="CitationDate.Parse(string)"/> throws.</summary>
    public static string FailureMessage(in DateReading reading, string text)
    {
        var error = reading.Error;
        var quoted = text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"'{DateCharacters.ToValidString(quoted)}' is not a date: {error.Message(text)} (at character {error.Start + 1}).");
    }

    private static bool LooksLikeEdtf(string text)
    {
        if (text.Length is < 4 or > 40)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is '-' or '/' or '?' or '~' or '%'))
            {
                return false;
            }
        }

        return true;
    }
}
