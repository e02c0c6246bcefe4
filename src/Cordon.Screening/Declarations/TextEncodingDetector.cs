using System.Text;

namespace Cordon.Screening.Declarations;

/// <summary>Tells the encoding of a text file: a BOM, else strict UTF-8, else GB18030 when it decodes to Chinese, else Latin-1.</summary>
public static class TextEncodingDetector
{
    private const int SampleBytes = 1 << 16;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named by --encoding (utf-8, latin1, windows-1252, gb18030…).</summary>
    /// <exception cref="ArgumentException">The name is not an encoding .NET knows.</exception>
    public static Encoding Named(string name)
    {
        try
        {
            return name.ToLowerInvariant() switch
            {
                "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
                "utf8" or "utf-8" => new UTF8Encoding(false),
                _ => Encoding.GetEncoding(name),
            };
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"unknown encoding '{name}' (try utf-8, latin1, windows-1252 or gb18030)");
        }
    }

    /// <summary>Detects the encoding from the start of a seekable stream and rewinds it.</summary>
    public static Encoding Detect(Stream stream)
    {
        var sample = new byte[SampleBytes];
        var read = stream.ReadAtLeast(sample, SampleBytes, throwOnEndOfStream: false);
        stream.Position = 0;
        var bytes = sample.AsSpan(0, read);
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new UTF8Encoding(true);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode;
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode;
        }

        // A multi-byte character may be cut at the end of the sample: end the sample before its lead byte.
        var body = read == SampleBytes ? bytes[..CharacterBoundary(bytes)] : bytes;
        if (IsStrict(new UTF8Encoding(false, throwOnInvalidBytes: true), body))
        {
            return new UTF8Encoding(false);
        }

        // GB18030 accepts almost anything, so ask more of it: its Chinese characters are pairs of high bytes, where
        // Latin-1 accents stand alone between ASCII letters.
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (MostlyHighBytePairs(body) && IsStrict(gb, body) && gb.GetString(body).Any(c => c >= '\u4E00' && c <= '\u9FFF'))
        {
            return Encoding.GetEncoding("GB18030");
        }

        return Encoding.Latin1;
    }

    private static int CharacterBoundary(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        var back = 0;
        while (end > 0 && back < 4 && (bytes[end - 1] & 0xC0) == 0x80)
        {
            end--;
            back++;
        }

        // The byte before the continuation bytes (or the last byte) may itself start a sequence: drop it too.
        return end > 0 && bytes[end - 1] >= 0xC0 ? end - 1 : end;
    }

    private static bool MostlyHighBytePairs(ReadOnlySpan<byte> bytes)
    {
        int high = 0, paired = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            high++;
            if (i + 1 < bytes.Length && bytes[i + 1] >= 0x80)
            {
                paired++;
                i++;
            }
        }

        return high > 0 && paired * 10 >= high * 8;
    }

    private static bool IsStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
