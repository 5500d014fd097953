namespace AseanAi.Citations;

/// <summary>How certain a date is, as EDTF level 1 qualifies a whole date (<c>?</c>, <c>~</c>, <c>%</c>).</summary>
[Flags]
public enum DateQualifier
{
    /// <summary>The date is as stated.</summary>
    None = 0,

    /// <summary>The date is uncertain (EDTF <c>?</c>): it may be wrong.</summary>
    Uncertain = 1,

    /// <summary>The date is approximate (EDTF <c>~</c>; CSL's <c>circa</c>): about that time.</summary>
    Approximate = 2,

    /// <summary>Both uncertain and approximate (EDTF <c>%</c>).</summary>
    UncertainAndApproximate = Uncertain | Approximate,
}
