using Cordon.Screening.Text;

namespace Cordon.Screening.Declarations;

/// <summary>Opens a declarations file by extension: .xlsx (Excel), .jsonl/.ndjson (JSON Lines), anything else delimited text.</summary>
public static class DeclarationReader
{
    /// <summary>Streams every row, in order; a row that cannot be read comes back with its error, never dropped.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="ArgumentException">The encoding name is not one of <see cref="TextEncodingDetector.Names"/>, or is given for .xlsx.</exception>
    /// <exception cref="InvalidDataException">The file has no header, or --map names an unknown column or field.</exception>
    public static IEnumerable<DeclarationRecord> Read(string path, string? encodingName, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var declared = encodingName is null ? null : TextEncodingDetector.Named(encodingName);
        if (extension == ".xlsx")
        {
            // A workbook carries its own encoding: an --encoding for it would be silently ignored, so it is refused.
            return declared is null ? XlsxDeclarationReader.Read(path, overrides, onHeader)
                : throw new ArgumentException("--encoding applies to text files (CSV, TSV, JSON Lines), not to .xlsx workbooks");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var problems = new DecodingProblemCounter();
        StreamReader reader;
        try
        {
            var encoding = declared ?? TextEncodingDetector.Detect(stream);
            reader = new StreamReader(stream, problems.Attach(encoding), detectEncodingFromByteOrderMarks: declared is null, 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        var lines = new BoundedLineReader(reader, problems);
        var name = Path.GetFileName(path);
        return extension is ".jsonl" or ".ndjson"
            ? JsonLinesDeclarationReader.Read(lines, name, overrides, onHeader)
            : DelimitedDeclarationReader.Read(lines, name, overrides, onHeader);
    }

    /// <summary>Wraps a bad --map in the error the readers report.</summary>
    internal static ColumnMap Map(IReadOnlyList<string> headers, IReadOnlyList<string>? overrides, string source)
    {
        try
        {
            return ColumnMap.Detect(headers, overrides);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}");
        }
    }

    /// <summary>A row that could not be read: its place, its error, and whatever could be read of its columns.</summary>
    internal static DeclarationRecord Failed(int row, int line, string source, string why, IReadOnlyList<KeyValuePair<string, string>>? columns = null) =>
        new(row, line, new Dictionary<DeclarationField, string>(), columns ?? [], $"{source}:{line}: {why}");
}
