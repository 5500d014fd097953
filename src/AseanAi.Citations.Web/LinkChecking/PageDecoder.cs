using System.Text;
using System.Text.RegularExpressions;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// Decodes the bytes of a page: charset from the Content-Type header, else a byte order mark, else a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration near the start, else UTF-8. Shift_JIS, EUC-JP, Big5
/// and GB18030 (with their common labels) come from <see cref="CodePagesEncodingProvider"/>, used directly rather than
/// registered, so that no process-wide state changes.
/// </summary>
internal static partial class PageDecoder
{
    private const int MetaScanBytes = 4096;

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, out Encoding encoding)
    {
        encoding = Resolve(headerCharset) ?? FromByteOrderMark(body) ?? Resolve(SniffMetaCharset(body)) ?? Encoding.UTF8;

        // A BOM, when present, is not text.
        var preamble = encoding.Preamble;
        if (preamble.Length > 0 && body.StartsWith(preamble))
        {
            body = body[preamble.Length..];
        }

        return encoding.GetString(body);
    }

    /// <summary>Maps a charset label to an encoding, following the WHATWG Encoding Standard's label table for the labels that matter here.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        var codePage = name switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => 65001,
            "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "ms932" or "windows-31j" or "cp932" or "csshiftjis" => 932,
            "euc-jp" or "x-euc-jp" or "cseucpkdfmtjapanese" => 51932,
            "iso-2022-jp" or "csiso2022jp" => 50220,
            "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" or "csbig5" => 950,
            "gb18030" or "gbk" or "gb2312" or "x-gbk" or "cp936" or "csgb2312" or "chinese" or "iso-ir-58" or "euc-cn" => 54936,
            "euc-kr" or "ks_c_5601-1987" or "cseuckr" or "windows-949" => 949,
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" => 1252,
            "utf-16" or "utf-16le" => 1200,
            "utf-16be" => 1201,
            _ => -1,
        };

        try
        {
            return codePage switch
            {
                65001 => Encoding.UTF8,
                1200 => Encoding.Unicode,
                1201 => Encoding.BigEndianUnicode,
                -1 => CodePagesEncodingProvider.Instance.GetEncoding(name) ?? TryFramework(name),
                _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? TryFramework(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>Finds a charset declared in a <c>&lt;meta&gt;</c> tag in the first bytes (read as Latin-1, which every ASCII-compatible charset agrees with).</summary>
    public static string? SniffMetaCharset(ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanBytes)]);
        var match = MetaCharset().Match(prefix);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
