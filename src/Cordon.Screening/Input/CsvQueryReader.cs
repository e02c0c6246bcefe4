using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cordon.Screening.Input;

/// <summary>Reads one column of a CSV/TSV file with a header; quoted fields may hold delimiters and newlines.</summary>
internal static class CsvQueryReader
{
    private static readonly string[] PreferredColumns = ["query", "smiles", "cas", "name", "substance", "chemical"];

    public static IEnumerable<QueryRecord> Read(TextReader reader, string source, string? column, string delimiter)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new InvalidDataException($"{source}: the CSV file has no header line");
        }

        var header = csv.HeaderRecord;
        var columnIndex = column is null
            ? Array.FindIndex(header, h => PreferredColumns.Contains(h.Trim().ToLowerInvariant()))
            : Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        if (columnIndex < 0)
        {
            columnIndex = column is null ? 0 : throw new InvalidDataException(
                $"{source}: no column named '{column}' (columns: {string.Join(", ", header)})");
        }

        var index = 0;
        var previousEnd = csv.Parser.RawRow;
        var idColumn = Array.FindIndex(header, h => h.Trim().Equals("id", StringComparison.OrdinalIgnoreCase));
        while (csv.Read())
        {
            // A quoted field may span lines: the record starts just after the previous one ended.
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            var fields = csv.Parser.Count;
            var id = idColumn >= 0 && idColumn < fields ? csv.GetField(idColumn) : null;
            if (columnIndex >= fields)
            {
                yield return new QueryRecord(index++, "", source, line, id, null,
                    $"row has {fields} fields; column '{header[columnIndex]}' is field {columnIndex + 1}");
                continue;
            }

            yield return new QueryRecord(index++, csv.GetField(columnIndex) ?? "", source, line, id);
        }
    }
}
