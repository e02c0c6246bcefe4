using Cordon.Screening.Text;

namespace Cordon.Screening.Input;

/// <summary>Reads one column of a CSV/TSV file with a header; quoted fields may hold delimiters and newlines, and an unclosed
/// quote costs its own row only (see <see cref="DelimitedRecordReader"/>).</summary>
internal static class CsvQueryReader
{
    private static readonly string[] PreferredColumns = ["query", "smiles", "cas", "name", "substance", "chemical"];

    public static IEnumerable<QueryRecord> Read(BoundedLineReader lines, string source, string? column, char delimiter)
    {
        var records = new DelimitedRecordReader(lines, delimiter);
        var headerRow = records.Read();
        if (headerRow is null || headerRow.Error is not null)
        {
            records.Dispose();
            throw new InvalidDataException(headerRow is null ? $"{source}: the CSV file has no header line" : $"{source}:{headerRow.Line}: the header cannot be read: {headerRow.Error}");
        }

        var header = headerRow.Fields.Select(h => h.Trim()).ToArray();
        var columnIndex = column is null
            ? Array.FindIndex(header, h => PreferredColumns.Contains(h.ToLowerInvariant()))
            : Array.FindIndex(header, h => string.Equals(h, column.Trim(), StringComparison.OrdinalIgnoreCase));
        if (columnIndex < 0)
        {
            if (column is not null)
            {
                records.Dispose();
                throw new InvalidDataException($"{source}: no column named '{column}' (columns: {string.Join(", ", header)})");
            }

            columnIndex = 0;
        }

        return Rows(records, source, header, columnIndex);
    }

    private static IEnumerable<QueryRecord> Rows(DelimitedRecordReader records, string source, string[] header, int columnIndex)
    {
        using (records)
        {
            var index = 0;
            var idColumn = Array.FindIndex(header, h => h.Equals("id", StringComparison.OrdinalIgnoreCase));
            while (records.Read() is { } row)
            {
                var fields = row.Fields;
                var id = idColumn >= 0 && idColumn < fields.Count ? fields[idColumn] : null;
                if (row.Error is not null)
                {
                    yield return new QueryRecord(index++, "", source, row.Line, id, null, row.Error);
                    continue;
                }

                if (columnIndex >= fields.Count)
                {
                    yield return new QueryRecord(index++, "", source, row.Line, id, null,
                        $"row has {fields.Count} fields; column '{header[columnIndex]}' is field {columnIndex + 1}");
                    continue;
                }

                yield return new QueryRecord(index++, fields[columnIndex], source, row.Line, id);
            }
        }
    }
}
