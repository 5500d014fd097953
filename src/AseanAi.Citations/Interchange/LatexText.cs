using System.Collections.Frozen;
using System.Text;

namespace AseanAi.Citations.Interchange;

/// <summary>
/// Escapes text for BibTeX field values and reads it back. Writing keeps UTF-8 as it is (CJK is never folded to ASCII or
/// to LaTeX commands) and escapes only what LaTeX would read otherwise: <c>\ { } &amp; % $ # _ ~ ^</c>, line breaks, and
/// spaces that BibTeX would collapse. Reading also understands what other tools write: accent commands (<c>{\"u}</c>),
/// named symbols (<c>\ss</c>), formatting commands (<c>\emph{…}</c>), <c>~</c> as a no-break space and grouping braces.
/// </summary>
internal static class LatexText
{
    // Symbol commands and the text they stand for (LaTeX's text-mode symbols; see the LaTeX2e font encoding guide).
    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["textbackslash"] = "\\",

        // Logos as they read, and font switches, which the text does not keep (\rm, \it in old .bib files).
        ["TeX"] = "TeX",
        ["LaTeX"] = "LaTeX",
        ["LaTeXe"] = "LaTeX2\u03b5",
        ["BibTeX"] = "BibTeX",
        ["XeTeX"] = "XeTeX",
        ["MF"] = "Metafont",
        ["MP"] = "MetaPost",
        ["rm"] = "",
        ["it"] = "",
        ["bf"] = "",
        ["sf"] = "",
        ["tt"] = "",
        ["sc"] = "",
        ["sl"] = "",
        ["em"] = "",
        ["textasciitilde"] = "~",
        ["textasciicircum"] = "^",
        ["textbar"] = "|",
        ["textless"] = "<",
        ["textgreater"] = ">",
        ["textunderscore"] = "_",
        ["textbraceleft"] = "{",
        ["textbraceright"] = "}",
        ["textendash"] = "\u2013",
        ["textemdash"] = "\u2014",
        ["ldots"] = "\u2026",
        ["dots"] = "\u2026",
        ["textellipsis"] = "\u2026",
        ["newline"] = "\n",
        ["par"] = "\n",
        ["ss"] = "ß",
        ["ae"] = "æ",
        ["AE"] = "Æ",
        ["oe"] = "œ",
        ["OE"] = "Œ",
        ["o"] = "ø",
        ["O"] = "Ø",
        ["aa"] = "å",
        ["AA"] = "Å",
        ["l"] = "ł",
        ["L"] = "Ł",
        ["i"] = "ı",
        ["j"] = "ȷ",
        ["S"] = "§",
        ["P"] = "¶",
        ["copyright"] = "©",
        ["textregistered"] = "®",
        ["texttrademark"] = "™",
        ["euro"] = "€",
        ["pounds"] = "£",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Accent commands: the combining mark each adds, and the precomposed letters for the letters it usually takes (from
    // the Unicode Latin-1 Supplement and Latin Extended-A/B/Additional blocks). A table rather than string.Normalize,
    // which does not compose in globalization-invariant mode.
    private static readonly FrozenDictionary<string, (char Mark, string Bases, string Composed)> Accents =
        new Dictionary<string, (char Mark, string Bases, string Composed)>(StringComparer.Ordinal)
        {
            ["'"] = ('\u0301', "AEIOUYaeiouyCcNnSsZzLlRrGg", "ÁÉÍÓÚÝáéíóúýĆćŃńŚśŹźĹĺŔŕǴǵ"),
            ["`"] = ('\u0300', "AEIOUaeiouNn", "ÀÈÌÒÙàèìòùǸǹ"),
            ["^"] = ('\u0302', "AEIOUaeiouCcGgHhJjSsWwYy", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ"),
            ["\""] = ('\u0308', "AEIOUaeiouYy", "ÄËÏÖÜäëïöüŸÿ"),
            ["~"] = ('\u0303', "ANOanoIiUuEeYy", "ÃÑÕãñõĨĩŨũẼẽỸỹ"),
            ["="] = ('\u0304', "AEIOUaeiou", "ĀĒĪŌŪāēīōū"),
            ["."] = ('\u0307', "CcEeGgIZz", "ĊċĖėĠġİŻż"),
            ["c"] = ('\u0327', "CcSsTtGgKkLlNnRr", "ÇçŞşŢţĢģĶķĻļŅņŖŗ"),
            ["v"] = ('\u030C', "CcDdEeNnRrSsTtZzAaIiOoUu", "ČčĎďĚěŇňŘřŠšŤťŽžǍǎǏǐǑǒǓǔ"),
            ["u"] = ('\u0306', "AaEeGgIiOoUu", "ĂăĔĕĞğĬĭŎŏŬŭ"),
            ["H"] = ('\u030B', "OoUu", "ŐőŰű"),
            ["k"] = ('\u0328', "AaEeIiUu", "ĄąĘęĮįŲų"),
            ["r"] = ('\u030A', "AaUu", "ÅåŮů"),
            ["d"] = ('\u0323', "AaEeIiOoUuYy", "ẠạẸẹỊịỌọỤụỴỵ"),
            ["b"] = ('\u0331', "", ""),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Commands whose one argument is the text (formatting that the model does not keep).
    private static readonly FrozenSet<string> Wrappers = new[]
    {
        "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textsl", "textmd", "textnormal",
        "mkbibquote", "mkbibemph", "mkbibitalic", "mkbibbold", "enquote", "url", "nolinkurl", "NoCaseChange", "MakeUppercase", "MakeLowercase", "uppercase", "lowercase",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Escape(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                case '{': builder.Append(@"\{"); break;
                case '}': builder.Append(@"\}"); break;
                case '&' or '%' or '$' or '#' or '_': builder.Append('\\').Append(c); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '^': builder.Append(@"\textasciicircum{}"); break;
                case '\n': builder.Append(@"\newline{}"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r': builder.Append(@"\newline{}"); break;
                case ' ' or '\t' when i == 0 || i == text.Length - 1 || text[i - 1] is ' ' or '\t' or '\n' or '\r':
                    // BibTeX collapses runs of white space and trims the ends; a control space survives.
                    builder.Append(@"\ ");
                    break;
                case '\t': builder.Append(' '); break;
                case '-' or '`' or '\'' when i + 1 < text.Length && text[i + 1] == c:
                    // TeX makes -- an en dash, ``/'' curly quotes: an empty group keeps the characters as they are.
                    builder.Append(c).Append("{}");
                    break;
                case '\u2013': builder.Append("--"); break;
                case '\u2014': builder.Append("---"); break;
                default: builder.Append(c); break;
            }
        }
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        Escape(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// Reads a field value's raw text (between its outer delimiters) as plain text; with <paramref name="markup"/>, the
    /// formatting commands that CSL-JSON's inline markup has (<c>\textit{v.}</c>, <c>\textsc</c> …) become its tags
    /// (<see cref="TitleMarkup"/>).
    /// </summary>
    public static string Decode(ReadOnlySpan<char> raw, bool markup = false)
    {
        if (!NeedsDecoding(raw))
        {
            return raw.Trim().ToString();
        }

        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var pendingLineBreak = false;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                pendingSpace = builder.Length > 0;
                pendingLineBreak |= c is '\n' or '\r';
                i++;
                continue;
            }

            if (c is '{' or '}')
            {
                i++;
                continue;
            }

            if (pendingSpace)
            {
                // A line break between two CJK characters is no space, as pTeX and upTeX read it (経済成\n長 is 経済成長).
                if (!(pendingLineBreak && IsWideCharacter(builder[^1]) && IsWideCharacter(c)))
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
            }

            pendingLineBreak = false;
            if (c is '-' or '`' or '\'' && i + 1 < raw.Length && raw[i + 1] == c)
            {
                // TeX ligatures: --- em dash, -- en dash (1--7 is 1–7), ``…'' curly double quotes.
                if (c == '-')
                {
                    var em = i + 2 < raw.Length && raw[i + 2] == '-';
                    builder.Append(em ? '\u2014' : '\u2013');
                    i += em ? 3 : 2;
                }
                else
                {
                    builder.Append(c == '`' ? '\u201C' : '\u201D');
                    i += 2;
                }

                continue;
            }

            if (c == '~')
            {
                builder.Append('\u00A0');
                i++;
                continue;
            }

            if (c != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var next = raw[i + 1];
            if (next is '&' or '%' or '$' or '#' or '_' or '{' or '}' or ' ')
            {
                builder.Append(next);
                i += 2;
                continue;
            }

            if (next == '\\')
            {
                builder.Append('\n');
                i += 2;
                continue;
            }

            // A command: one non-letter character, or a run of letters.
            var nameStart = i + 1;
            var nameEnd = nameStart + 1;
            if (char.IsAsciiLetter(next))
            {
                while (nameEnd < raw.Length && char.IsAsciiLetter(raw[nameEnd]))
                {
                    nameEnd++;
                }
            }

            var name = raw[nameStart..nameEnd].ToString();
            i = nameEnd;
            if (char.IsAsciiLetter(next))
            {
                while (i < raw.Length && raw[i] is ' ' or '\t')
                {
                    i++;
                }
            }

            if (Accents.TryGetValue(name, out var accent) && i < raw.Length && (raw[i] != '\\' || name.Length == 1))
            {
                var argument = ReadArgument(raw, ref i);
                var decoded = Decode(argument);
                var letter = decoded switch
                {
                    "ı" => 'i',
                    "ȷ" => 'j',
                    { Length: 1 } => decoded[0],
                    _ => '\0',
                };
                var index = letter == '\0' ? -1 : accent.Bases.IndexOf(letter, StringComparison.Ordinal);
                if (index >= 0)
                {
                    builder.Append(accent.Composed[index]);
                }
                else
                {
                    builder.Append(decoded.Length == 0 ? " " : decoded).Append(accent.Mark);
                }

                continue;
            }

            if (Symbols.TryGetValue(name, out var symbol))
            {
                builder.Append(symbol);
                if (i + 1 < raw.Length && raw[i] == '{' && raw[i + 1] == '}')
                {
                    i += 2;
                }

                continue;
            }

            if (markup && i < raw.Length && raw[i] == '{' && TitleMarkup.TagOfCommand(name) is { } tag)
            {
                var inner = Decode(ReadArgument(raw, ref i), markup: true);
                builder.Append(tag.Open).Append(inner).Append(tag.Close);
                continue;
            }

            if (Wrappers.Contains(name) || name == "href")
            {
                if (name == "href" && i < raw.Length && raw[i] == '{')
                {
                    ReadArgument(raw, ref i);
                }

                continue;
            }

            // An unknown command is kept as written, so that nothing is lost.
            builder.Append('\\').Append(name);
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<char> ReadArgument(ReadOnlySpan<char> raw, ref int i)
    {
        if (raw[i] == '\\' && i + 1 < raw.Length)
        {
            // A command as the argument: \'\i.
            var commandStart = i++;
            if (char.IsAsciiLetter(raw[i]))
            {
                while (i < raw.Length && char.IsAsciiLetter(raw[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            return raw[commandStart..i];
        }

        if (raw[i] != '{')
        {
            return raw.Slice(i++, 1);
        }

        var depth = 0;
        var start = i + 1;
        for (; i < raw.Length; i++)
        {
            if (raw[i] == '{')
            {
                depth++;
            }
            else if (raw[i] == '}' && --depth == 0)
            {
                i++;
                return raw[start..(i - 1)];
            }
        }

        return raw[start..];
    }

    // CJK characters and full-width punctuation, between which pTeX and upTeX drop a line break (surrogates: CJK extensions).
    private static bool IsWideCharacter(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF')
        || char.IsSurrogate(c);

    private static bool NeedsDecoding(ReadOnlySpan<char> raw)
    {
        foreach (var c in raw)
        {
            if (c is '\\' or '{' or '}' or '~' or '\n' or '\r' or '\t')
            {
                return true;
            }
        }

        return raw.Contains("  ", StringComparison.Ordinal) || raw.Contains("--", StringComparison.Ordinal)
            || raw.Contains("``", StringComparison.Ordinal) || raw.Contains("''", StringComparison.Ordinal);
    }
}
