using Cordon.Screening.Text;

namespace Cordon.Screening.Declarations;

/// <summary>CSV/TSV with any delimiter (sniffed from the header line), quoted fields holding delimiters and newlines.
/// Records are split by <see cref="DelimitedRecordReader"/>, so an unclosed quote costs its own row only.</summary>
internal static class DelimitedDeclarationReader
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    public static IEnumerable<DeclarationRecord> Read(BoundedLineReader lines, string source, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        using var records = new DelimitedRecordReader(lines, ',');
        var firstLine = records.PeekLine() ?? throw new InvalidDataException($"{source}: the file is empty");
        records.Delimiter = Candidates.OrderByDescending(c => firstLine.Text.Count(x => x == c)).First();
        var header = records.Read()!;
        if (header.Error is not null)
        {
            throw new InvalidDataException($"{source}:{header.Line}: the header cannot be read: {header.Error}");
        }

        var map = DeclarationReader.Map(header.Fields, overrides, source);
        onHeader?.Invoke(map);
        var row = 0;
        while (records.Read() is { } record)
        {
            row++;
            if (record.Error is not null)
            {
                // Keep what could be read (the id above all), but screen nothing from a row that may be misaligned.
                yield return map.Record(row, record.Line, record.Fields) with { Error = $"{source}:{record.Line}: {record.Error}" };
                continue;
            }

            yield return map.Record(row, record.Line, record.Fields);
        }
    }
}
