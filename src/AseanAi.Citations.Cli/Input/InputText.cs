using System.Text;
using UtfUnknown;

namespace AseanAi.Citations.Cli.Input;

/// <summary>A decoded input: its text and the encoding it was read with.</summary>
internal sealed record InputText(string Name, string Text, string EncodingName);

/// <summary>An input that could not be read or decoded; the message is one line for stderr.</summary>
internal sealed class InputException(string message) : Exception(message);

/// <summary>
/// Reads the bytes of a file or standard input and decodes them: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; else the
/// encoding named with --encoding; else UTF-8 when the bytes are valid UTF-8; else the encoding that UTF.Unknown's
/// statistical detector (a port of Mozilla's uchardet) finds among the CJK legacy encodings: Shift_JIS, EUC-JP, Big5,
/// GB18030. Decoding is strict: bytes that do not decode give an error with their offset, never silent replacement.
/// </summary>
internal static class InputDecoder
{
    private static readonly string[] LegacyEncodings = ["shift_jis", "euc-jp", "big5", "gb18030"];

    /// <summary>Makes the code-page encodings (Shift_JIS, EUC-JP, Big5, GB18030) available; safe to call more than once.</summary>
    public static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Finds the encoding named <paramref name="name"/>, or throws <see cref="ArgumentException"/> naming the choices.</summary>
    public static Encoding Named(string name)
    {
        RegisterCodePages();
        try
        {
            return Strict(Encoding.GetEncoding(name.Trim()));
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"Unknown encoding '{name}'. Use utf-8, utf-16, shift_jis, euc-jp, big5 or gb18030.");
        }
    }

    public static async Task<InputText> ReadAsync(string path, Encoding? encoding, Stream standardInput, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                await standardInput.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file or folder.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{path}: permission denied (or it is a folder).");
        }
        catch (IOException exception)
        {
            throw new InputException($"{path}: {exception.Message}");
        }

        return Decode(path == "-" ? "<stdin>" : path, bytes, encoding);
    }

    public static InputText Decode(string name, byte[] bytes, Encoding? encoding)
    {
        RegisterCodePages();
        var (bomEncoding, bomLength) = FromByteOrderMark(bytes);
        if (bomEncoding is not null)
        {
            return new InputText(name, DecodeOrThrow(name, bytes.AsSpan(bomLength), bomEncoding), bomEncoding.WebName);
        }

        if (encoding is not null)
        {
            return new InputText(name, DecodeOrThrow(name, bytes, encoding), encoding.WebName);
        }

        var utf8 = Strict(new UTF8Encoding(false));
        if (TryDecode(bytes, utf8, out var text, out _))
        {
            return new InputText(name, text, "utf-8");
        }

        var detected = CharsetDetector.DetectFromBytes(bytes);
        var candidates = detected.Details?.Select(d => d.EncodingName?.ToLowerInvariant()).Where(n => n is not null).Select(n => Normalize(n!)) ?? [];
        foreach (var candidate in candidates.Concat(LegacyEncodings).Distinct())
        {
            if (!LegacyEncodings.Contains(candidate))
            {
                continue;
            }

            if (TryDecode(bytes, Strict(Encoding.GetEncoding(candidate)), out text, out _))
            {
                return new InputText(name, text, candidate);
            }
        }

        TryDecode(bytes, utf8, out _, out var badOffset);
        throw new InputException($"{name}: not valid UTF-8 (byte {badOffset}) and not Shift_JIS, EUC-JP, Big5 or GB18030 either; name the encoding with --encoding.");
    }

    private static string Normalize(string name) => name switch
    {
        "shift-jis" or "sjis" or "windows-31j" or "cp932" => "shift_jis",
        "gb2312" or "gbk" or "gb-18030" => "gb18030",
        "big-5" or "cp950" => "big5",
        _ => name,
    };

    private static (Encoding? Encoding, int Length) FromByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Strict(new UTF8Encoding(false)), 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Strict(new UTF32Encoding(bigEndian: false, byteOrderMark: false)), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (Strict(new UTF32Encoding(bigEndian: true, byteOrderMark: false)), 4),
        [0xFF, 0xFE, ..] => (Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false)), 2),
        [0xFE, 0xFF, ..] => (Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false)), 2),
        _ => (null, 0),
    };

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string DecodeOrThrow(string name, ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (TryDecode(bytes.ToArray(), encoding, out var text, out var badOffset))
        {
            return text;
        }

        throw new InputException($"{name}: byte {badOffset} is not valid {encoding.WebName}.");
    }

    private static bool TryDecode(byte[] bytes, Encoding encoding, out string text, out long badOffset)
    {
        try
        {
            text = encoding.GetString(bytes);
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            text = string.Empty;
            badOffset = exception.Index;
            return false;
        }
    }
}
