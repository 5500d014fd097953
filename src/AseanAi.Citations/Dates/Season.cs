namespace AseanAi.Citations;

/// <summary>A season of a year, numbered as Library of Congress EDTF level 1 numbers them (21–24).</summary>
public enum Season
{
    /// <summary>Spring (EDTF 21; 春).</summary>
    Spring = 21,

    /// <summary>Summer (EDTF 22; 夏).</summary>
    Summer = 22,

    /// <summary>Autumn (EDTF 23; 秋).</summary>
    Autumn = 23,

    /// <summary>Winter (EDTF 24; 冬).</summary>
    Winter = 24,
}
