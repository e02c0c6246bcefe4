using System.IO.Compression;
using System.Security;
using System.Text;

namespace Cordon.Screening.Tests;

/// <summary>Writes minimal .xlsx workbooks with ZipArchive: rows of inline strings, or raw sheet XML (for hostile workbooks).</summary>
internal static class XlsxBuilder
{
    private const string Workbook = """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """;

    private const string Rels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """;

    /// <summary>A workbook whose first sheet holds <paramref name="rows"/> as inline strings.</summary>
    public static string Write(IEnumerable<string[]> rows, string? sharedStrings = null)
    {
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            sheet.Append($"<row r=\"{number}\">");
            for (var i = 0; i < row.Length; i++)
            {
                sheet.Append($"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[i])}</t></is></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        return WriteParts(w => Entry(w, "xl/worksheets/sheet1.xml", sheet.ToString()), sharedStrings);
    }

    /// <summary>A workbook whose sheet XML is written by <paramref name="writeSheet"/> straight into the zip entry (streamed, never held whole).</summary>
    public static string WriteStreamed(Action<StreamWriter> writeSheet, string? sharedStrings = null) =>
        WriteParts(zip =>
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            writeSheet(writer);
        }, sharedStrings);

    private static string WriteParts(Action<ZipArchive> sheet, string? sharedStrings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "xl/workbook.xml", Workbook);
            Entry(zip, "xl/_rels/workbook.xml.rels", Rels);
            if (sharedStrings is not null)
            {
                Entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }

            sheet(zip);
        }

        return path;
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
