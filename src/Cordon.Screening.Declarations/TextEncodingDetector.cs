using System.Text;
using Cordon.Screening.Text;

namespace Cordon.Screening.Declarations;

/// <summary>Tells the encoding of a text file from all of its bytes (a BOM, else UTF-8, else GB18030 when it decodes to Chinese,
/// else Latin-1), so text that first appears deep in a file decides as much as text at its start.</summary>
public static class TextEncodingDetector
{
    /// <summary>The --encoding values accepted, with the name each stands for.</summary>
    public static readonly IReadOnlyList<string> Names = ["utf-8", "utf-16", "utf-16le", "utf-16be", "latin1", "iso-8859-1", "windows-1252", "gb18030", "gbk"];

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named by --encoding (one of <see cref="Names"/>, case and '-'/'_' ignored).</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static Encoding Named(string name) => name.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(false),
        "utf-16" or "utf16" or "utf-16le" or "utf16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        "utf-16be" or "utf16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
        "windows-1252" or "cp1252" => Encoding.GetEncoding(1252),
        "gb18030" or "gbk" or "gb2312" => Encoding.GetEncoding("GB18030"),
        _ => throw new ArgumentException($"unknown --encoding '{name}' (valid: {string.Join(", ", Names)})"),
    };

    /// <summary>Detects the encoding of a seekable stream from all of its bytes and rewinds it.</summary>
    public static Encoding Detect(Stream stream)
    {
        var head = new byte[3];
        var headLength = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        var bom = head.AsSpan(0, headLength);
        if (bom.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new UTF8Encoding(true);
        }

        if (bom.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode;
        }

        if (bom.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode;
        }

        var utf8 = new DecodingTally(new UTF8Encoding(false));
        var buffer = new byte[DecodingTally.ChunkBytes];
        long high = 0, paired = 0;
        var previousHigh = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var bytes = buffer.AsSpan(0, read);
            utf8.Add(bytes);
            // GB18030 accepts almost anything, so ask more of it: its Chinese characters are pairs of high bytes, where
            // Latin-1 accents stand alone between ASCII letters.
            foreach (var b in bytes)
            {
                if (b < 0x80)
                {
                    previousHigh = false;
                    continue;
                }

                if (previousHigh)
                {
                    paired++;
                    previousHigh = false;
                }
                else
                {
                    high++;
                    previousHigh = true;
                }
            }
        }

        utf8.Finish();
        stream.Position = 0;
        if (utf8.Invalid == 0)
        {
            return new UTF8Encoding(false);
        }

        // Mostly valid UTF-8 with a few bad bytes is UTF-8 with damaged rows (reported), not Latin-1 over the whole file.
        if (utf8.NonAscii >= utf8.Invalid)
        {
            return new UTF8Encoding(false);
        }

        if (paired * 10 < high * 8)
        {
            return Encoding.Latin1;
        }

        // A second pass, only for files that are not UTF-8 and look like double-byte text.
        var gb = new DecodingTally(Encoding.GetEncoding("GB18030"));
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            gb.Add(buffer.AsSpan(0, read));
        }

        gb.Finish();
        stream.Position = 0;
        return gb.Chinese > 0 && gb.Invalid * 100 <= high ? Encoding.GetEncoding("GB18030") : Encoding.Latin1;
    }
}
