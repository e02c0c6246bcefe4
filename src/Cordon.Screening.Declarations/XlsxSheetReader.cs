using System.Globalization;
using System.Text;
using System.Xml;

namespace Cordon.Screening.Declarations;

/// <summary>Streams the rows of one worksheet's XML: cell texts capped at <see cref="XlsxWorkbook.MaxCellChars"/> before they are
/// materialised, rows capped at <see cref="MaxRowChars"/> and <see cref="MaxColumns"/>; an over-cap row is an error row and the next row is read.</summary>
internal sealed class XlsxSheetReader(XlsxWorkbook workbook, XmlReader reader) : IDisposable
{
    /// <summary>Characters one row may hold, as a CSV line.</summary>
    public const int MaxRowChars = Text.BoundedLineReader.DefaultMaxLineChars;

    /// <summary>Columns of a worksheet (A to XFD).</summary>
    public const int MaxColumns = 16384;

    private readonly char[] _chunk = new char[1 << 14];
    private readonly StringBuilder _text = new();
    private int _lastRow;

    /// <summary>The sheet row number of the last row read.</summary>
    public int LastRow => _lastRow;

    /// <summary>The next row with at least one cell element, or null at the end of the sheet.</summary>
    /// <exception cref="XmlException">The sheet XML is malformed.</exception>
    /// <exception cref="InvalidDataException">The sheet decompresses past its bound.</exception>
    public XlsxRow? Read()
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                return Row();
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();

    private XlsxRow Row()
    {
        var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : _lastRow + 1;
        _lastRow = number;
        var values = new List<string>();
        if (reader.IsEmptyElement)
        {
            return new XlsxRow(number, values, null);
        }

        string? error = null;
        long chars = 0;
        var depth = reader.Depth;
        var column = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            var reference = reader.GetAttribute("r");
            column = reference is not null && ColumnOf(reference) is { } c ? c : column + 1;
            if (column >= MaxColumns)
            {
                error ??= $"a cell lies past column XFD ({MaxColumns} columns)";
                reader.Skip();
                continue;
            }

            var (text, problem) = Cell(reference);
            error ??= problem;
            if (text.Length == 0)
            {
                // Empty cells cost nothing: a row is padded only up to a cell that holds something.
                continue;
            }

            chars += text.Length;
            if (chars > MaxRowChars)
            {
                error ??= $"the row holds more than {MaxRowChars} characters";
                continue;
            }

            while (values.Count <= column)
            {
                values.Add("");
            }

            values[column] = text;
        }

        if (error is not null)
        {
            // Keep a short echo (the id above all); screen nothing from the row.
            values = values.Select(v => v.Length > 1000 ? v[..1000] : v).ToList();
        }

        return new XlsxRow(number, values, error);
    }

    // Reads one <c>: its value (v), inline string (is/t) or shared string; leaves the reader on its end.
    private (string Text, string? Problem) Cell(string? reference)
    {
        if (reader.IsEmptyElement)
        {
            return ("", null);
        }

        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        var place = reference ?? "without a reference";
        var depth = reader.Depth;
        var text = _text.Clear();
        var fits = true;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "t")
            {
                fits &= XlsxWorkbook.ReadText(reader, text, XlsxWorkbook.MaxCellChars - text.Length, _chunk);
            }
        }

        if (!fits)
        {
            return (text.ToString(0, Math.Min(text.Length, 1000)), $"cell {place} holds more than {XlsxWorkbook.MaxCellChars} characters");
        }

        var raw = text.ToString();
        switch (type)
        {
            case "s":
                return workbook.Shared(raw.Trim(), out var problem) is { } shared ? (shared, null) : ("", $"cell {place}: {problem}");
            case "b":
                return (raw.Trim() == "1" ? "TRUE" : "FALSE", null);
            case "inlineStr" or "str" or "e":
                return (raw, null);
            case "d":
                return (raw.Length >= 10 ? raw[..10] : raw, null);
            default:
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return (raw, null);
                }

                if (workbook.IsDateStyle(style) && number is > -657435 and < 2958466)
                {
                    return (DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
                }

                return (number.ToString(CultureInfo.InvariantCulture), null);
        }
    }

    // "BC12" → 54; null when the reference has no letters or too many.
    private static int? ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            if (++letters > 3)
            {
                return null;
            }

            column = column * 26 + (upper - 'A' + 1);
        }

        return letters == 0 ? null : column - 1;
    }
}
