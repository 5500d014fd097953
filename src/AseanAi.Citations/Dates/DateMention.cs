using System.Collections.Immutable;
using AseanAi.Citations.Internal;

namespace AseanAi.Citations.Dates;

/// <summary>A date found in running text by <see cref="DateScanner"/>: where it is, what it means, and what is wrong with it.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares every property.</remarks>
public sealed class DateMention : IEquatable<DateMention>
{
    internal DateMention(SourceSpan span, CitationDate? date, ImmutableArray<Diagnostic> diagnostics, bool isInTitle, bool isAccessDate = false)
    {
        IsAccessDate = isAccessDate;
        Span = span;
        Date = date;
        Diagnostics = SequenceEquality.OrEmpty(diagnostics);
        IsInTitle = isInTitle;
    }

    /// <summary>
    /// Where the date is: from its first to its last character, with a bracket around it included when the bracket holds
    /// nothing else (the whole of <c>(令和7年10月26日)</c>), and a weekday after it included (<c>2025年10月26日（日）</c>).
    /// </summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// The date, whose <see cref="CitationDate.OriginalText"/> is the text at <see cref="Span"/>; or <see langword="null"/>
    /// when the text is written as a date that does not exist (平成31年5月1日, 2025年2月30日), which <see cref="Diagnostics"/> explains.
    /// </summary>
    public CitationDate? Date { get; }

    /// <summary>Errors (when <see cref="Date"/> is <see langword="null"/>) and warnings, with spans in the scanned text.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// <see langword="true"/> when the date stands inside title marks (「」『』《》〈〉“”) on its line, such as the 令和6年度 of
    /// 「令和6年度補正予算の概要」: part of a title rather than the date of the document that the line describes.
    /// </summary>
    public bool IsInTitle { get; }

    /// <summary>
    /// <see langword="true"/> when the date follows an access marker of the language given to
    /// <see cref="DateScanner.FindAll(string, string?)"/> (Diakses pada, Dicapai pada, สืบค้นเมื่อ, truy cập ngày, Nakuha
    /// noong): the date on which a web source was read, not the date of the work. Always <see langword="false"/> without a language.
    /// </summary>
    public bool IsAccessDate { get; }

    /// <inheritdoc />
    public bool Equals(DateMention? other) =>
        other is not null
        && Span == other.Span
        && Date == other.Date
        && IsInTitle == other.IsInTitle
        && IsAccessDate == other.IsAccessDate
        && SequenceEquality.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Date, IsInTitle, IsAccessDate, SequenceEquality.Hash(Diagnostics));

    /// <summary>Writes the span, the original text and the date in EDTF (or the first error).</summary>
    /// <returns>A one-line description such as <c>24:23 (令和7年10月26日) 2025-10-26</c>.</returns>
    public override string ToString() =>
        Date is { } date
            ? FormattableString.Invariant($"{Span.Line}:{Span.Column} {date.OriginalText} {date.ToEdtf()}")
            : FormattableString.Invariant($"{Span.Line}:{Span.Column} {(Diagnostics.IsEmpty ? "not a date" : Diagnostics[0].Message)}");
}
