using AseanAi.Citations.Csl;

namespace AseanAi.Citations.Tests.Csl;

/// <summary>
/// Sort keys of Thai, Lao and Vietnamese text (<c>SortValue.Fold</c>): Thai dictionary order, Thai letters before Latin
/// under a Thai locale, đ after d.
/// </summary>
public class ThaiSortOrderTests
{
    [Fact]
    public void Fold_ThaiWords_SortInDictionaryOrder()
    {
        // The Royal Society of Thailand's dictionary order: a consonant with no written vowel first, then the vowels
        // ะ ั า ำ ิ … ู, then the preposed ones เ แ โ ใ ไ, each under its consonant; tone marks do not move a word.
        string[] dictionary = ["กก", "กะ", "กัน", "กา", "กำ", "กิน", "กุ้ง", "เก", "เก่ง", "แก", "โก", "ใกล้", "ไก่", "ขา", "เขา", "ฤดู", "ลม", "ไฦ", "สมชาย", "สำนัก", "อรุณ", "ฮา"];

        var sorted = dictionary.Reverse().OrderBy(word => SortValue.Fold(word), StringComparer.Ordinal).ToArray();

        sorted.Should().Equal(dictionary);
    }

    [Theory]
    [InlineData("เกศินี", "กเศินี")]
    [InlineData("ไก่", "กไ")]
    [InlineData("เก้า", "กเา")]
    [InlineData("ปี ๒๕๖๘", "ปี 2568")]
    [InlineData("ເລກ ໒໐໒໕", "ລເກ 2025")]
    public void Fold_ThaiAndLao_PreposedVowelsAfterConsonantToneMarksDropped(string text, string expected)
    {
        SortValue.Fold(text).Should().Be(expected);
    }

    [Theory]
    [InlineData(false, new[] { "adams", "smith", "กิตติ", "สมชาย" })]
    [InlineData(true, new[] { "กิตติ", "สมชาย", "adams", "smith" })]
    public void Fold_Collation_ThaiLocalePutsThaiBeforeLatin(bool thaiLocale, string[] expected)
    {
        string[] words = ["smith", "สมชาย", "adams", "กิตติ"];
        var collation = thaiLocale ? SortCollation.Thai : SortCollation.Default;

        words.OrderBy(word => SortValue.Fold(word, collation), StringComparer.Ordinal).Should().Equal(expected);
    }

    [Fact]
    public void Fold_ThaiLocale_ThaiDigitsSortAsDigits()
    {
        string[] words = ["ปี 2568", "ปี ๒๕๖๗", "ปี 2569"];

        words.OrderBy(word => SortValue.Fold(word, SortCollation.Thai), StringComparer.Ordinal).Should().Equal("ปี ๒๕๖๗", "ปี 2568", "ปี 2569");
    }

    [Fact]
    public void Fold_LaoLocale_PutsLaoBeforeLatin()
    {
        string[] words = ["smith", "ສົມພອນ", "adams"];

        words.OrderBy(word => SortValue.Fold(word, SortCollation.Lao), StringComparer.Ordinal).Should().Equal("ສົມພອນ", "adams", "smith");
    }

    [Fact]
    public void Fold_VietnameseDStroke_SortsAfterEveryDAndBeforeE()
    {
        string[] words = ["Đặng", "Dung", "Em", "Dzung", "Ân"];

        words.OrderBy(word => SortValue.Fold(word), StringComparer.Ordinal).Should().Equal("Ân", "Dung", "Dzung", "Đặng", "Em");
    }
}
