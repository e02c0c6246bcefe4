using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Cordon.Screening.Declarations;

/// <summary>The parts of an .xlsx workbook the first sheet needs: where it is, its shared strings (each capped, and capped in total),
/// and which cell styles are dates. Read with XmlReader over bounded zip entries, so a zip bomb fails instead of filling memory.</summary>
internal sealed class XlsxWorkbook : IDisposable
{
    /// <summary>Characters one cell (inline or shared string) may hold, as for a CSV field.</summary>
    public const int MaxCellChars = Text.DelimitedRecordReader.MaxFieldChars;

    /// <summary>Decompressed bytes read from the sheet or the shared strings (2 GiB): enough for a 1.5 GB cell to be skipped and the rows after it read.</summary>
    public const long MaxPartBytes = Text.ReaderLimits.MaxXlsxPartBytes;

    /// <summary>Decompressed bytes of the small parts (workbook, relationships, styles).</summary>
    public const long MaxSmallPartBytes = 16 << 20;

    /// <summary>Characters of shared strings held in memory (64 Mi); strings past it are not loaded and their cells are errors.</summary>
    public const long MaxSharedChars = Text.ReaderLimits.MaxSharedStringChars;

    /// <summary>Shared strings indexed (16 Mi).</summary>
    public const int MaxSharedStrings = Text.ReaderLimits.MaxSharedStrings;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly List<string?> _shared = [];
    private readonly HashSet<int> _dateStyles = [];

    private XlsxWorkbook(ZipArchive zip, string source)
    {
        _zip = zip;
        Source = source;
    }

    /// <summary>The file name, for messages.</summary>
    public string Source { get; }

    /// <summary>Why shared strings are missing (too many, too long in total, or unreadable), or null.</summary>
    public string? SharedStringsProblem { get; private set; }

    /// <summary>Opens a workbook and loads its shared strings and styles.</summary>
    /// <exception cref="InvalidDataException">Not a zip, no worksheet, or a bounded part overflows.</exception>
    public static XlsxWorkbook Open(string path)
    {
        var source = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InvalidDataException($"{source}: not a readable .xlsx workbook ({e.Message})");
        }

        var workbook = new XlsxWorkbook(zip, source);
        try
        {
            workbook.LoadStyles();
            workbook.LoadSharedStrings();
            return workbook;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            workbook.Dispose();
            throw new InvalidDataException($"{source}: not a readable .xlsx workbook ({e.Message})");
        }
    }

    /// <summary>Opens the first worksheet's XML, bounded.</summary>
    public XmlReader OpenFirstSheet(out BoundedEntryStream stream)
    {
        var entry = FirstSheet() ?? throw new InvalidDataException($"{Source}: the workbook has no worksheet");
        stream = new BoundedEntryStream(entry.Open(), entry.FullName, MaxPartBytes);
        return XmlReader.Create(stream, Settings);
    }

    /// <summary>The text of shared string <paramref name="index"/>, or null with <paramref name="problem"/> saying why.</summary>
    public string? Shared(string indexText, out string? problem)
    {
        problem = null;
        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            problem = $"shared string index '{Shorten(indexText)}' is not a number";
            return null;
        }

        if (index >= _shared.Count)
        {
            problem = SharedStringsProblem is { } why && index >= _shared.Count ? $"shared string {index} was not loaded ({why})" : $"shared string {index} does not exist";
            return null;
        }

        if (_shared[index] is null)
        {
            problem = $"shared string {index} is longer than {MaxCellChars} characters or past the {MaxSharedChars}-character budget";
        }

        return _shared[index];
    }

    /// <summary>Whether a cell style (the s attribute) formats numbers as dates.</summary>
    public bool IsDateStyle(string? style) =>
        style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && _dateStyles.Contains(s);

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    /// <summary>Appends the text of the current element (a t or v) to <paramref name="text"/> up to <paramref name="room"/> characters,
    /// reading the rest in chunks without keeping it; returns false when the text was longer.</summary>
    public static bool ReadText(XmlReader reader, StringBuilder text, int room, char[] chunk)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        var depth = reader.Depth;
        var fits = true;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int n;
                while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    var take = Math.Min(n, room);
                    if (take < n)
                    {
                        fits = false;
                    }

                    text.Append(chunk, 0, Math.Max(take, 0));
                    room -= Math.Max(take, 0);
                }
            }
        }

        return fits;
    }

    private ZipArchiveEntry? FirstSheet()
    {
        // The first <sheet> of workbook.xml names its part through workbook.xml.rels; a workbook without them falls back to the first sheet part.
        string? id = null;
        if (_zip.GetEntry("xl/workbook.xml") is { } book)
        {
            using var reader = Small(book);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
            }
        }

        if (id is not null && _zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = Small(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id
                    && reader.GetAttribute("Target") is { } target)
                {
                    var full = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    if (_zip.GetEntry(full) is { } sheet)
                    {
                        return sheet;
                    }
                }
            }
        }

        return _zip.Entries
            .Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private XmlReader Small(ZipArchiveEntry entry) => XmlReader.Create(new BoundedEntryStream(entry.Open(), entry.FullName, MaxSmallPartBytes), Settings);

    private void LoadStyles()
    {
        if (_zip.GetEntry("xl/styles.xml") is not { } entry)
        {
            return;
        }

        var customDates = new HashSet<int>();
        using var reader = Small(entry);
        var inCellXfs = false;
        var xf = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id)
                    && IsDateFormat(reader.GetAttribute("formatCode") ?? ""):
                    customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    if (int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format)
                        && (format is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) || customDates.Contains(format)))
                    {
                        _dateStyles.Add(xf);
                    }

                    xf++;
                    break;
            }
        }
    }

    // A format is a date when, outside quoted text and [..] sections, it has a day or year part ("m" alone may be minutes).
    private static bool IsDateFormat(string code)
    {
        var inQuote = false;
        var inBracket = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '[')
            {
                inBracket = true;
            }
            else if (!inQuote && c == ']')
            {
                inBracket = false;
            }
            else if (!inQuote && !inBracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    private void LoadSharedStrings()
    {
        if (_zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return;
        }

        using var reader = XmlReader.Create(new BoundedEntryStream(entry.Open(), entry.FullName, MaxPartBytes), Settings);
        var chunk = new char[1 << 14];
        var text = new StringBuilder();
        long total = 0;
        var inString = false;
        var fits = true;
        var phoneticDepth = -1;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "rPh" && reader.Depth == phoneticDepth)
                    {
                        phoneticDepth = -1;
                    }
                    else if (reader.LocalName == "si" && inString)
                    {
                        inString = false;
                        Add(text, fits, ref total);
                    }

                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "si")
                {
                    if (_shared.Count >= MaxSharedStrings)
                    {
                        SharedStringsProblem = $"the workbook has more than {MaxSharedStrings} shared strings";
                        return;
                    }

                    text.Clear();
                    fits = true;
                    inString = !reader.IsEmptyElement;
                    if (!inString)
                    {
                        Add(text, fits, ref total);
                    }
                }
                else if (reader.LocalName == "rPh" && !reader.IsEmptyElement)
                {
                    // Phonetic runs are reading aids, not cell text.
                    phoneticDepth = reader.Depth;
                }
                else if (reader.LocalName == "t" && inString && phoneticDepth < 0)
                {
                    fits &= ReadText(reader, text, MaxCellChars - text.Length, chunk);
                }
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            // Strings read so far stay usable; cells past them are errors naming this.
            SharedStringsProblem = $"xl/sharedStrings.xml could not be read past string {_shared.Count}: {e.Message}";
        }
    }

    private void Add(StringBuilder text, bool fits, ref long total)
    {
        total += text.Length;
        _shared.Add(fits && total <= MaxSharedChars ? text.ToString() : null);
        if (total > MaxSharedChars)
        {
            SharedStringsProblem = $"shared strings hold more than {MaxSharedChars} characters";
        }
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "..." : text;
}
