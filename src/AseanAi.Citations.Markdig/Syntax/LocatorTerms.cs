namespace AseanAi.Citations.Markdig.Syntax;

/// <summary>
/// The locator terms a cite's suffix may start with, in English (the short and long forms of the CSL en-US locale, as
/// Pandoc reads them), Japanese and Chinese, mapped to CSL locator terms. Stateless.
/// </summary>
internal static class LocatorTerms
{
    // Longest first within a shared start, so that "pp." wins over "p." and "chaps." over "chap.".
    private static readonly (string Term, string Label)[] Leading =
    [
        ("pages", "page"), ("page", "page"), ("pp.", "page"), ("p.", "page"),
        ("chapters", "chapter"), ("chapter", "chapter"), ("chaps.", "chapter"), ("chap.", "chapter"), ("ch.", "chapter"),
        ("sections", "section"), ("section", "section"), ("secs.", "section"), ("sec.", "section"), ("§§", "section"), ("§", "section"),
        ("paragraphs", "paragraph"), ("paragraph", "paragraph"), ("paras.", "paragraph"), ("para.", "paragraph"), ("¶¶", "paragraph"), ("¶", "paragraph"),
        ("volumes", "volume"), ("volume", "volume"), ("vols.", "volume"), ("vol.", "volume"),
        ("figures", "figure"), ("figure", "figure"), ("figs.", "figure"), ("fig.", "figure"),
        ("columns", "column"), ("column", "column"), ("cols.", "column"), ("col.", "column"),
        ("lines", "line"), ("line", "line"), ("ll.", "line"), ("l.", "line"),
        ("notes", "note"), ("note", "note"), ("nn.", "note"), ("n.", "note"),
        ("numbers", "issue"), ("number", "issue"), ("nos.", "issue"), ("no.", "issue"),
        ("parts", "part"), ("part", "part"), ("pts.", "part"), ("pt.", "part"),
        ("books", "book"), ("book", "book"), ("bks.", "book"), ("bk.", "book"),
        ("folios", "folio"), ("folio", "folio"), ("fols.", "folio"), ("fol.", "folio"),
        ("verses", "verse"), ("verse", "verse"), ("vv.", "verse"), ("v.", "verse"),
        ("tables", "table"), ("table", "table"), ("tbl.", "table"),
        ("s.vv.", "sub-verbo"), ("s.v.", "sub-verbo"), ("sub verbo", "sub-verbo"),
        ("opus", "opus"), ("op.", "opus"),
        ("頁", "page"), ("页", "page"), ("ページ", "page"),
        ("章", "chapter"), ("節", "section"), ("节", "section"), ("条", "section"), ("條", "section"), ("段", "paragraph"),
        ("巻", "volume"), ("卷", "volume"), ("図", "figure"), ("图", "figure"), ("圖", "figure"), ("表", "table"), ("行", "line"), ("注", "note"), ("註", "note"),
    ];

    /// <summary>
    /// The term at the start of <paramref name="text"/> and its length; a term of Latin letters must end there (a space,
    /// a digit or the end follows), so that <c>page</c> is not read out of <c>pages of</c> text and <c>p.</c> out of <c>pr.</c>.
    /// </summary>
    public static (string? Label, int Length) Match(ReadOnlySpan<char> text)
    {
        foreach (var (term, label) in Leading)
        {
            if (!text.StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (text.Length > term.Length && char.IsAsciiLetter(term[^1]) && char.IsAsciiLetter(text[term.Length]))
            {
                continue;
            }

            return (label, term.Length);
        }

        return (null, 0);
    }

    /// <summary>The CSL term of a CJK counter written after the number (<c>12頁</c>, <c>第3章</c>), or <see langword="null"/>.</summary>
    public static string? AfterNumber(char c) => c switch
    {
        '頁' or '页' => "page",
        '章' => "chapter",
        '節' or '节' or '条' or '條' => "section",
        '段' => "paragraph",
        '巻' or '卷' => "volume",
        '行' => "line",
        _ => null,
    };
}
