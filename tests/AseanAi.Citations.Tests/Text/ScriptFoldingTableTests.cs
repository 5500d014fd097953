using AseanAi.Citations.Text;

namespace AseanAi.Citations.Tests.Text;

/// <summary>The embedded data behind <see cref="ScriptFolding"/>: the generated table and the alias list.</summary>
public class ScriptFoldingTableTests
{
    [Fact]
    public void Load_EmbeddedTable_HoldsTheGeneratedEntries()
    {
        var table = ScriptFoldingTable.Load();

        table.Map['經'].Should().Be('经');
        table.Map['\uF9DC'].Should().Be('\u9686');
        table.Map['Ａ'].Should().Be('a');
        table.Map['芸'].Should().Be(ScriptFoldingTable.Special, "芸 folds by language");
        table.Map['\u3000'].Should().Be(ScriptFoldingTable.Special, "white space folds by its neighbours");
        table.AstralKey(0x20BB7).Should().Be('吉');
        table.Compose('カ', semiVoiced: false).Should().Be('ガ');
        table.Compose('ハ', semiVoiced: true).Should().Be('パ');
        table.Compose('ア', semiVoiced: true).Should().Be('\0');
    }

    [Fact]
    public void LanguageDependentKey_JapaneseOnlyShinjitai_DependsOnTheLanguage()
    {
        var table = ScriptFoldingTable.Instance;

        table.IsLanguageDependent('芸').Should().BeTrue();
        table.IsLanguageDependent('経').Should().BeFalse();
        table.LanguageDependentKey('芸', japanese: true).Should().Be('艺');
        table.LanguageDependentKey('芸', japanese: false).Should().NotBe('艺');
        table.LanguageDependentKey('経', japanese: true).Should().Be('経');
    }

    [Theory]
    [InlineData("[all]\n經\n")]
    [InlineData("[all]\nab c\n")]
    [InlineData("[all]\nU+ZZZZ a\n")]
    [InlineData("[ja]\n𠮷 吉\n")]
    [InlineData("[voiced]\na b\n")]
    [InlineData("[unknown]\na b\n")]
    public void Parse_MalformedTable_ThrowsWithTheLine(string text)
    {
        var act = () => ScriptFoldingTable.Parse(text);

        act.Should().Throw<InvalidOperationException>().WithMessage("*line 2*");
    }

    [Fact]
    public void Aliases_Parse_JapaneseWordTwice_Throws()
    {
        var act = () => ScriptFoldingAliases.Parse(new StringReader(string.Empty), [("予算", "預算"), ("予算", "預算")]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*予算*");
    }

    [Fact]
    public void Load_EmbeddedTable_HoldsTheJapaneseWords()
    {
        ScriptFoldingTable.Instance.JapaneseWords.Should().Contain(("予算", "預算")).And.Contain(("弁護士", "辯護士"));
    }

    [Fact]
    public void Parse_HexTokens_AreCharacters()
    {
        var table = ScriptFoldingTable.Parse("# comment\n[all]\nU+0041 U+0062\n");

        table.Map['A'].Should().Be('b');
    }

    [Fact]
    public void Aliases_EveryWord_FoldsToItsKeyForm()
    {
        var aliases = ScriptFoldingAliases.Instance;

        aliases.Entries.Should().NotBeEmpty();
        foreach (var (word, key) in aliases.Entries)
        {
            ScriptFolding.Key(word).Should().Be(key);
            ScriptFolding.Key(key).Should().Be(key);
        }
    }

    [Theory]
    [InlineData("東亞\t東アジア\n")]
    [InlineData("东南亚洲\t東亞\n")]
    [InlineData("东亚\n")]
    [InlineData("东亚\t東アジア\n东亚\t東アジア\n")]
    [InlineData("丝\t糸線\n")]
    public void Aliases_Parse_RejectsWhatWouldBreakKeys(string text)
    {
        var act = () => ScriptFoldingAliases.Parse(new StringReader(text), []);

        act.Should().Throw<InvalidOperationException>();
    }
}
