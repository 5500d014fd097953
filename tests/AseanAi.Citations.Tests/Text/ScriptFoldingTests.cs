using System.Diagnostics;
using System.Text;
using AseanAi.Citations.Tests.Infrastructure;
using AseanAi.Citations.Text;

namespace AseanAi.Citations.Tests.Text;

public class ScriptFoldingTests
{
    // Each row: two ways of writing the same thing, and the language tag of both (null: decided by kana).
    [Theory]
    // Organisations in Japanese, Traditional and Simplified Chinese.
    [InlineData("経済産業省", "經濟產業省", null)]
    [InlineData("経済産業省", "经济产业省", null)]
    [InlineData("日本経済新聞", "日本經濟新聞", null)]
    [InlineData("日本経済新聞", "日本经济新闻", null)]
    [InlineData("科学技術振興機構", "科學技術振興機構", null)]
    [InlineData("科学技術振興機構", "科学技术振兴机构", null)]
    [InlineData("広島", "廣島", null)]
    [InlineData("広島", "广岛", null)]
    [InlineData("総務省", "總務省", null)]
    [InlineData("総務省", "总务省", null)]
    [InlineData("団", "團", null)]
    [InlineData("団", "团", null)]
    [InlineData("国立国会図書館", "國立國會圖書館", null)]
    [InlineData("国立国会図書館", "国立国会图书馆", null)]
    [InlineData("駅", "驛", null)]
    [InlineData("駅", "驿", null)]
    [InlineData("沢", "澤", null)]
    [InlineData("沢", "泽", null)]
    [InlineData("県", "縣", null)]
    [InlineData("県", "县", null)]
    [InlineData("台湾", "臺灣", null)]
    [InlineData("台湾", "台灣", null)]
    [InlineData("亜細亜", "亞細亞", null)]
    [InlineData("亜細亜", "亚细亚", null)]
    [InlineData("外務省", "外务省", null)]
    [InlineData("日本貿易振興機構", "日本贸易振兴机构", null)]
    [InlineData("経団連", "經團連", null)]
    [InlineData("戦略", "战略", null)]
    [InlineData("楽天", "樂天", null)]
    [InlineData("黒田", "黑田", null)]
    [InlineData("徳島", "德島", null)]
    [InlineData("乾燥", "干燥", null)]
    // Old variants, compatibility ideographs, Kangxi radicals from PDF text, variants in names.
    [InlineData("研究", "硏究", null)]
    [InlineData("\uF9DC", "\u9686", null)]
    [InlineData("\u2F47本", "日本", null)]
    [InlineData("髙橋", "高橋", null)]
    [InlineData("山﨑", "山崎", null)]
    [InlineData("𠮷野家", "吉野家", null)]
    [InlineData("渡邉", "渡邊", null)]
    // Widths, kana sound marks, case.
    [InlineData("ＡＳＥＡＮ２０２５", "ASEAN2025", null)]
    [InlineData("ｶﾞｲﾑｼｮｳ", "ガイムショウ", null)]
    [InlineData("ﾊﾟﾌﾞﾘｯｸ", "パブリック", null)]
    [InlineData("ﾄｰｷｮｰ", "トーキョー", null)]
    [InlineData("カ\u3099イムショウ", "ガイムショウ", null)]
    [InlineData("ハ\u309Aブリック", "パブリック", null)]
    [InlineData("令和７年１０月２６日", "令和7年10月26日", null)]
    [InlineData("（仮訳）", "(仮訳)", null)]
    [InlineData("ASEAN", "asean", null)]
    [InlineData("VIỆT NAM", "việt nam", null)]
    [InlineData("ΑΘΗΝΑ", "αθηνα", null)]
    // White space and invisible marks.
    [InlineData("Science\u3000Portal", "Science Portal", null)]
    [InlineData("Science  Portal\tASEAN", "Science Portal ASEAN", null)]
    [InlineData("2025 年 10 月", "2025年10月", null)]
    [InlineData("日 ASEAN・AI 共創", "日ASEAN・AI共創", null)]
    [InlineData(" 外務省\n", "外務省", null)]
    [InlineData("葛\U000E0100飾区", "葛飾区", null)]
    [InlineData("神\uFE00社", "神社", null)]
    [InlineData("外\u200B務\u00AD省", "外務省", null)]
    // Wave dashes, tildes, middle dots, dashes, quotes.
    [InlineData("10月26日～28日", "10月26日〜28日", null)]
    [InlineData("10〜12", "10~12", null)]
    [InlineData("日ASEAN・AI", "日ASEAN·AI", null)]
    [InlineData("日ASEAN‧AI", "日ASEAN・AI", null)]
    [InlineData("ｱｼﾞｱ･太平洋", "アジア・太平洋", null)]
    [InlineData("Japan–ASEAN", "Japan-ASEAN", null)]
    [InlineData("―現実主義的AI戦略―", "—現実主義的AI戦略—", null)]
    [InlineData("“AI” and ‘LLM’", "\"AI\" and 'LLM'", null)]
    [InlineData("\u2329AI\u232A", "〈AI〉", null)]
    // Words that no character table relates.
    [InlineData("東アジア", "東亞", null)]
    [InlineData("東アジア", "东亚", null)]
    [InlineData("東南アジア", "東南亞", null)]
    [InlineData("東南アジア", "东南亚", null)]
    [InlineData("東アジア・ASEAN経済研究センター", "東亞·ASEAN經濟研究センター", null)]
    [InlineData("アジア", "亞細亞", null)]
    // Japanese-only shinjitai, in Japanese text (tagged, or with kana) against the Chinese forms.
    [InlineData("芸術", "藝術", "ja")]
    [InlineData("予算", "預算", "ja")]
    [InlineData("予算", "预算", "ja")]
    [InlineData("猶予", "猶豫", "ja")]
    [InlineData("日本弁護士連合会", "日本辯護士連合會", "ja")]
    [InlineData("花弁", "花瓣", "ja")]
    [InlineData("弁当のレシピ", "辨當のレシピ", null)]
    [InlineData("伝統", "傳統", "ja-JP")]
    [InlineData("弁別", "辨別", "ja")]
    [InlineData("欠席", "缺席", "ja")]
    [InlineData("沪過", "濾過", "ja")]
    [InlineData("浜松", "濱松", "ja")]
    [InlineData("糸", "絲", "ja")]
    [InlineData("缶", "罐", "ja")]
    [InlineData("豊田", "豐田", "JA")]
    [InlineData("麹", "麴", "ja")]
    [InlineData("浜松のうなぎ", "濱松のうなぎ", null)]
    [InlineData("芸術のまち", "藝術のまち", "zh-Hant")]
    public void Key_SameThingWrittenTwoWays_FoldsTogether(string a, string b, string? language)
    {
        ScriptFolding.Key(a, language).Should().Be(ScriptFolding.Key(b, language));
    }

    [Fact]
    public void Key_JapaneseOnlyShinjitai_FoldsAgainstChineseText()
    {
        ScriptFolding.Key("芸術", "ja").Should().Be(ScriptFolding.Key("艺术", "zh-Hans"));
        ScriptFolding.Key("伝統", "ja").Should().Be(ScriptFolding.Key("傳統", "zh-Hant"));
    }

    // Each row: two things that must stay apart. Chinese text keeps the characters that are Japanese shinjitai of
    // other characters (芸 'rue' is not 艺 'art'); kana, voicing, title marks and word breaks in Latin text matter.
    [Theory]
    [InlineData("芸", "艺", null)]
    [InlineData("芸", "艺", "zh-Hans")]
    [InlineData("芸", "藝", "zh-Hant")]
    [InlineData("沪", "滤", null)]
    [InlineData("沪", "濾", "zh")]
    [InlineData("欠", "缺", null)]
    [InlineData("予", "豫", null)]
    [InlineData("弁", "辨", null)]
    [InlineData("弁", "辯", "zh-Hant")]
    [InlineData("缶", "罐", null)]
    [InlineData("糸", "丝", null)]
    [InlineData("糸", "絲", "zh-Hant")]
    [InlineData("浜", "滨", null)]
    [InlineData("豊", "丰", null)]
    [InlineData("豊", "豐", "zh-Hant")]
    [InlineData("伝", "传", null)]
    [InlineData("麹", "麴", null)]
    [InlineData("着", "著", null)]
    [InlineData("ガイムショウ", "カイムショウ", null)]
    [InlineData("がいむしょう", "ガイムショウ", null)]
    [InlineData("「外務省」", "外務省", null)]
    [InlineData("『AI』", "「AI」", null)]
    [InlineData("《AI》", "〈AI〉", null)]
    [InlineData("【AI】", "[AI]", null)]
    [InlineData("ASEAN", "ASE AN", null)]
    [InlineData("東アジアン", "东亚ン", null)]
    public void Key_DifferentThings_StayApart(string a, string b, string? language)
    {
        ScriptFolding.Key(a, language).Should().NotBe(ScriptFolding.Key(b, language));
    }

    [Fact]
    public void Key_JapaneseOnlyShinjitai_FoldOnlyInJapaneseText()
    {
        const string shinjitai = "芸沪欠予弁缶糸浜豊伝麹";
        const string kyujitai = "藝濾缺豫辨罐絲濱豐傳麴";

        ScriptFolding.Key(shinjitai, "ja").Should().Be(ScriptFolding.Key(kyujitai, "ja"));
        for (var i = 0; i < shinjitai.Length; i++)
        {
            var chinese = ScriptFolding.Key(shinjitai.AsSpan(i, 1), "zh");
            chinese.Should().Be(ScriptFolding.Key(shinjitai.AsSpan(i, 1), language: null));
            chinese.Should().NotBe(ScriptFolding.Key(kyujitai.AsSpan(i, 1), "zh"), "{0} is its own character in Chinese", shinjitai[i]);
        }
    }

    [Fact]
    public void Key_ChineseCharacterThatSimplifiesToAJapaneseOnlyShinjitai_KeepsItsMeaningInJapaneseText()
    {
        // 滬 (Shanghai) simplifies to 沪, which in Japanese is the short form of 濾 (filter).
        ScriptFolding.Key("滬", "zh").Should().Be(ScriptFolding.Key("沪", "zh"));
        ScriptFolding.Key("上海(滬)", "ja").Should().Be(ScriptFolding.Key("上海(沪)", "zh"));
        ScriptFolding.Key("滬", "ja").Should().NotBe(ScriptFolding.Key("沪", "ja"));
        ScriptFolding.Key("蕓薹", "ja").Should().Be(ScriptFolding.Key("芸薹", "zh"));
    }

    [Theory]
    [InlineData("ＡＳＥＡＮ２０２５", "asean2025")]
    [InlineData("ｶﾞｲﾑｼｮｳ", "ガイムショウ")]
    [InlineData("経済産業省", "经济产业省")]
    [InlineData("〜～~", "~~~")]
    [InlineData("・·‧･", "····")]
    [InlineData("「日ASEAN・AI共創イニシアティブ」", "「日asean·ai共创イニシアティブ」")]
    [InlineData("Science  Portal ASEAN", "science portal asean")]
    [InlineData("ﾞ", "゛")]
    [InlineData("a\u309Ab", "a゜b")]
    [InlineData("\u3000\u3000", "")]
    public void Key_GivesTheDocumentedForm(string text, string key)
    {
        ScriptFolding.Key(text).Should().Be(key);
    }

    [Fact]
    public void Key_OfAKey_IsTheSameInstance()
    {
        var key = ScriptFolding.Key("經濟產業省");

        ScriptFolding.Key(key).Should().BeSameAs(key);
    }

    [Fact]
    public void Key_SpanAndStringOverloads_Agree()
    {
        const string text = "日本経済新聞「東南アジアのAI基盤整備支援」";

        ScriptFolding.Key(text.AsSpan()).Should().Be(ScriptFolding.Key(text));
        ScriptFolding.Key(text.AsSpan(), "zh").Should().Be(ScriptFolding.Key(text, "zh"));
    }

    [Fact]
    public void Key_Null_Throws()
    {
        var act = () => ScriptFolding.Key((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800")]
    [InlineData("\uDC00")]
    [InlineData("a\uD800b")]
    [InlineData("\uDC00\uD800")]
    [InlineData("外\uD83D務")]
    [InlineData("\uFFFF\uFFFE")]
    [InlineData("ﾞﾟ\u3099")]
    [InlineData("\U000E0100")]
    [InlineData("\0\u0001")]
    public void Key_MalformedText_FoldsWithoutThrowing(string text)
    {
        var key = ScriptFolding.Key(text);

        key.Length.Should().BeLessThanOrEqualTo(text.Length);
        ScriptFolding.Key(key).Should().Be(key);
    }

    [Fact]
    public void Key_UnpairedSurrogates_AreKept()
    {
        ScriptFolding.Key("a\uD800b\uDC00").Should().Be("a\uD800b\uDC00");
    }

    [Fact]
    public void Key_TenThousandDigits_FoldsInLinearTime()
    {
        var digits = new string('９', 10_000);
        var watch = Stopwatch.StartNew();

        var key = ScriptFolding.Key(digits);

        key.Should().Be(new string('9', 10_000));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a fold is one pass (a generous bound: this is a hang check, not a speed test)");
    }

    [Fact]
    public void Key_RandomText_IsNeverLongerAndIsItsOwnKey()
    {
        var random = new Random(20251026);
        var buffer = new char[4096];
        for (var round = 0; round < 200; round++)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                // Mostly the interesting blocks, sometimes any UTF-16 code unit (unpaired surrogates included).
                buffer[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0x3000, 0x3100),
                    1 => (char)random.Next(0x4E00, 0xA000),
                    2 => (char)random.Next(0xFF00, 0xFFF0),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(buffer);
            var key = ScriptFolding.Key(text);

            key.Length.Should().BeLessThanOrEqualTo(text.Length);
            var again = ScriptFolding.Key(key);
            var at = again.Zip(key).TakeWhile(pair => pair.First == pair.Second).Count();
            again.Should().Be(key, "round {0} must be idempotent (around {1})", round, Describe(key.AsSpan(Math.Max(0, at - 3), Math.Min(6, key.Length - Math.Max(0, at - 3)))));
        }
    }

    [Fact]
    public void Key_EveryCharacter_IsIdempotentInBothLanguages()
    {
        var failures = new List<string>();
        for (var c = 0; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = ((char)c).ToString();
            foreach (var language in new[] { "ja", "zh" })
            {
                var key = ScriptFolding.Key(text, language);
                if (ScriptFolding.Key(key, language) != key || key.Length > 1)
                {
                    failures.Add($"U+{c:X4} ({language})");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Key_SeedDocument_IsIdempotentAndFoldsItsMixedNames()
    {
        var text = File.ReadAllText(RepositoryPaths.SeedDocument);

        var key = ScriptFolding.Key(text);

        ScriptFolding.Key(key).Should().Be(key);
        key.Should().Contain(ScriptFolding.Key("經濟產業省")).And.Contain(ScriptFolding.Key("経済産業省"));
        key.Should().Contain("日asean·ai共创イニシアティブ", "the Japanese title in the references folds like its Chinese mention");
        key.Should().Contain("日asean·ai共创倡议");
    }

    private static string Describe(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)c:X4} ");
        }

        return builder.ToString();
    }
}
